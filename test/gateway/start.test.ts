import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnEntry } from '../helpers/process.js';

/**
 * `npm start` as a newcomer runs it: the build (`npm run build`, which `npm start` runs first)
 * on plain node, in its own process, with no BLNK_URL, so it starts the seeded sandbox first.
 * PORT=0 keeps it off any port in use.
 */
beforeAll(() => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}, 120_000);

const start = (env: Record<string, string>) => spawnEntry('dist/main.js', [], { HOST: '127.0.0.1', ...env });

describe('npm start', () => {
  it('starts the sandbox, serves GraphiQL, and its default query returns data', async () => {
    const app = start({ PORT: '0' });
    const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
    expect(app.output()).toMatch(/started the Blnk sandbox .* at http:\/\/127\.0\.0\.1:\d+/);

    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    // The default query GraphiQL opens with, as embedded in the page.
    const embedded = /"defaultQuery":("(?:[^"\\]|\\.)*")/.exec(html);
    expect(embedded).not.toBeNull();
    const query = JSON.parse(embedded![1]!) as string;

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.balance).toMatchObject({ currency: 'USD', ledger: { name: 'Customer Wallets' }, identity: { firstName: 'Ada' } });
    expect(body.data.balance.balance).toMatch(/^-?\d+$/);

    const health = await fetch(url.replace('/graphql', '/healthz'));
    const ready = await fetch(url.replace('/graphql', '/readyz'));
    expect([health.status, ready.status]).toEqual([200, 200]);

    app.child.kill('SIGTERM');
    const [code] = await once(app.child, 'exit');
    expect(code).toBe(0);
  });

  it('stops at a bad setting with one line naming the variable', async () => {
    const app = start({ BLNK_TIMEOUT_MS: 'soon' });
    const [code] = await once(app.child, 'exit');
    expect(code).toBe(1);
    expect(app.output().trim()).toBe("Configuration error: BLNK_TIMEOUT_MS must be a whole number from 1 to 600000, got 'soon'");
  });
});
