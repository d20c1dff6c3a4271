import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import type { Dispatcher } from '../../src/blnk/http.js';
import { loadConfig } from '../../src/config.js';
import { exampleQuery } from '../../src/server/graphiql/example-query.js';
import { createGateway } from '../../src/server/gateway.js';
import { schema } from '../../src/graphql/index.js';
import { SEED_IDS, startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/**
 * GraphiQL in a real browser: Debian's headless Chromium (its own downloads cannot be fetched
 * here) driven by playwright-core, against the gateway on a loopback listener, as `npm start`
 * builds it. Every request the page makes to another origin is aborted and recorded, so a page
 * that needs a CDN fails here instead of hanging on "Loading..." for a user offline.
 *
 * Without a browser the tests are skipped with the reason; REQUIRE_BROWSER=1 (CI) fails them.
 */
const executablePath = (
  process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']
).find((candidate) => existsSync(candidate));
const NO_BROWSER = `no Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell or /usr/bin/chromium'} (apt-get install chromium-headless-shell, or set CHROMIUM_PATH); REQUIRE_BROWSER=1 makes this a failure`;

/** Where the screenshot of the example's result goes (git-ignored). */
const SCREENSHOT = fileURLToPath(new URL('../../test-results/graphiql.png', import.meta.url));

const balanceId = SEED_IDS.balances.adaUsd;

let sandbox: Sandbox | undefined;
let dispatcher: Dispatcher | undefined;
let http: BlnkHttp | undefined;
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
let origin: string;
/** Requests the page made, or tried to make, anywhere but the gateway. */
const elsewhere = new Set<string>();

function needsBrowser(ctx: TestContext): void {
  if (executablePath) return;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${NO_BROWSER.split(';')[0]}`);
  ctx.skip(NO_BROWSER);
}

beforeAll(async () => {
  if (!executablePath) {
    // vitest lists a skipped test by name only when it runs one file: say it in every run.
    if (process.env.REQUIRE_BROWSER !== '1') console.log(`Skipped "GraphiQL in headless Chromium" (test/browser): ${NO_BROWSER}`);
    return;
  }
  sandbox = await startSandbox({ port: 0, seed: true });
  dispatcher = createDispatcher(sandbox.url, { connections: 4 });
  http = new BlnkHttp({ origin: sandbox.url, dispatcher, timeoutMs: 10_000 });
  // Development defaults, as `npm start` without settings has them.
  const config = loadConfig({});
  const gateway = createGateway({
    http,
    graphiql: true,
    limits: config.limits,
    authenticate: createAuthenticator(config.auth),
    defaultQuery: exampleQuery(balanceId),
  });
  server = createServer(gateway);
  await new Promise<void>((resolve, reject) => {
    server!.once('error', reject);
    server!.listen(0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
      // Chromium refuses to run as root with its sandbox on (CI containers run as root).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // Tall enough that the whole example and its whole result are on screen: the editors render
  // only the lines in view.
  const context = await browser.newContext({ viewport: { width: 1800, height: 1300 } });
  const outside = (url: string) => !url.startsWith('data:') && new URL(url).origin !== origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!outside(url)) return route.continue();
    elsewhere.add(url);
    return route.abort('blockedbyclient');
  });
  // Also what never reaches routing (blob: workers, websockets), in case one is elsewhere.
  context.on('request', (request) => {
    if (outside(request.url())) elsewhere.add(request.url());
  });
  page = await context.newPage();
  // Every wait is bounded; these are generous for a machine busy with other tests.
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(60_000);
  page.on('websocket', (socket) => {
    if (outside(socket.url().replace(/^ws/, 'http'))) elsewhere.add(socket.url());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  http?.shutdown();
  await dispatcher?.close();
  await sandbox?.close();
});

/** The text an editor shows, line by line in order (Monaco positions its lines absolutely). */
async function editorText(selector: string): Promise<string> {
  const lines = await page.$$eval(`${selector} .view-line`, (elements) =>
    elements.map((e) => ({ top: parseFloat((e as HTMLElement).style.top), text: e.textContent ?? '' })),
  );
  return lines
    .sort((a, b) => a.top - b.top)
    .map((line) => line.text.replace(/\u00a0/g, ' ').trimEnd())
    .join('\n')
    .trimEnd();
}

describe('GraphiQL in headless Chromium', () => {
  it('renders from the gateway alone, with the example query in the editor', async (ctx) => {
    needsBrowser(ctx);
    const response = await page.goto(`${origin}/graphql`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Blnk GraphQL');
    // Generous: the browser parses 9 MB of script, on a machine that may be busy with other tests.
    await page.locator('.graphiql-query-editor .view-line').first().waitFor({ timeout: 60_000 });
    // Not yoga's welcome comment: the example, with the seeded balance's id.
    await expect.poll(() => editorText('.graphiql-query-editor'), { timeout: 10_000 }).toBe(exampleQuery(balanceId).trimEnd());
    expect(await editorText('.graphiql-query-editor')).toContain(`balance(id: "${balanceId}")`);
  }, 90_000);

  it('runs the example and shows its data in the result pane', async (ctx) => {
    needsBrowser(ctx);
    const [answered] = await Promise.all([
      page.waitForResponse(
        (r) => r.url() === `${origin}/graphql` && r.request().method() === 'POST' && !!r.request().postData()?.includes('query Balance'),
        { timeout: 30_000 },
      ),
      // The example holds two operations (the query, then a live balance): GraphiQL asks which.
      page
        .getByRole('button', { name: /^Execute query/ })
        .click()
        .then(() => page.getByRole('menuitem', { name: 'Balance', exact: true }).click()),
    ]);
    const body = (await answered.json()) as {
      errors?: unknown;
      data: { balance: Record<string, unknown>; transactions: { edges: { node: Record<string, string> }[] } };
    };
    expect(body.errors).toBeUndefined();
    // The seed: Ada's USD wallet got 5,000.00 from @World and sent 125.00 to Acme (two queued
    // transfers are not applied), so 500000 - 12500 = 487500 cents.
    expect(body.data.balance).toMatchObject({
      id: balanceId,
      currency: 'USD',
      balance: '487500',
      ledger: { name: 'Customer Wallets' },
      identity: { firstName: 'Ada', lastName: 'Lovelace' },
    });
    expect(body.data.transactions.edges).toHaveLength(1);
    expect(body.data.transactions.edges[0]!.node).toMatchObject({ currency: 'USD', reference: expect.stringMatching(/^seed-\d+$/) });

    // What the user sees: the same data in the result pane.
    const shown = ['"487500"', '"Customer Wallets"', '"Lovelace"', `"${body.data.transactions.edges[0]!.node.reference}"`];
    await expect
      .poll(() => editorText('.graphiql-response'), { timeout: 10_000 })
      .toSatisfy((text: string) => shown.every((s) => text.includes(s)));
    expect(await editorText('.graphiql-response')).not.toContain('"errors"');

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
    console.log(`GraphiQL screenshot: ${SCREENSHOT}`);
  }, 60_000);

  it('opens Query.balance in the docs explorer', async (ctx) => {
    needsBrowser(ctx);
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query', exact: true }).click();
    await docs.getByRole('link', { name: 'balance', exact: true }).click();
    await expect.poll(() => docs.locator('.graphiql-doc-explorer-title').textContent(), { timeout: 10_000 }).toBe('balance');
    // The schema's own description, as the explorer renders it (Markdown: marks drop out).
    const description = schema.getQueryType()!.getFields().balance!.description;
    expect(description).toBeTruthy();
    const plain = (text: string | null | undefined) => (text ?? '').replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
    expect(plain(await docs.locator('.graphiql-markdown-description').first().textContent())).toBe(plain(description));
    expect(await docs.locator('.graphiql-doc-explorer-section-content .graphiql-doc-explorer-type-name').first().textContent()).toBe(
      'Balance',
    );
  }, 60_000);

  it('made no request anywhere but the gateway on 127.0.0.1', (ctx) => {
    needsBrowser(ctx);
    expect(new URL(origin).hostname).toBe('127.0.0.1');
    expect([...elsewhere]).toEqual([]);
  });
});
