import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compiled } from '../helpers/build.js';
import { spawnBuilt } from '../helpers/process.js';

/**
 * `npm start` as a newcomer runs it: the build (`npm run build`, which `npm start` runs first;
 * test/helpers/build.ts) on plain node, in its own process, with no BLNK_URL, so it starts the
 * seeded sandbox first. PORT=0 keeps it off any port in use.
 */
/** Bounds for a loaded 2-core machine (the gateway loads in seconds when idle). */
const SLOW_MS = 120_000;

const start = (env: Record<string, string>) => spawnBuilt('main.js', [], { HOST: '127.0.0.1', ...env });

/** The JSON lines of pino on stdout, parsed: every line must parse. */
function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('npm start', () => {
  it(
    'starts the sandbox, serves GraphiQL, and its default query returns data',
    async () => {
      const app = await start({ PORT: '0' });
      const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
      const sandboxUrl = /started the Blnk sandbox .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(app.output())?.[1];
      expect(sandboxUrl).toBeDefined();
      // The line a newcomer reads: the URL, the Blnk it talks to, and how to stop, in words.
      const announced = logLines(app.output()).find((l) => l.url === url)!;
      expect(announced).toMatchObject({ level: 30, upstream: { kind: 'sandbox', origin: sandboxUrl } });
      expect(announced.msg).toBe(
        `Blnk GraphQL gateway on ${url} (GraphiQL when opened in a browser), talking to the built-in Blnk sandbox at ${sandboxUrl} ` +
          '(demo data in memory, gone on exit; set BLNK_URL for your own Blnk). Stop it with Ctrl+C (SIGINT) or SIGTERM.',
      );
      // Not at a terminal (a pipe, as under a process manager): JSON lines only, no banner.
      expect(app.output()).not.toContain('press Ctrl+C');

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
        // The document also holds the live balance subscription (BalanceLive): name the query.
        body: JSON.stringify({ query, operationName: 'Balance' }),
      });
      const body = await res.json();
      expect(query).toContain('subscription BalanceLive');
      expect(body.errors).toBeUndefined();
      expect(body.data.balance).toMatchObject({ currency: 'USD', ledger: { name: 'Customer Wallets' }, identity: { firstName: 'Ada' } });
      expect(body.data.balance.balance).toMatch(/^-?\d+$/);

      const health = await fetch(url.replace('/graphql', '/healthz'));
      const ready = await fetch(url.replace('/graphql', '/readyz'));
      expect([health.status, ready.status]).toEqual([200, 200]);

      app.child.kill('SIGTERM');
      expect(await app.exited()).toBe(0);
      expect(logLines(app.output()).at(-1)).toMatchObject({ msg: 'stopped' });
    },
    SLOW_MS,
  );

  it(
    'names the BLNK_URL origin it talks to, and never its key',
    async () => {
      const key = 'start-test-blnk-key-7f3a9c';
      const app = await start({ PORT: '0', BLNK_URL: 'http://127.0.0.1:9', BLNK_API_KEY: key, GRAPHIQL: 'false' });
      const url = await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+\/graphql)/);
      const announced = logLines(app.output()).find((l) => l.url === url)!;
      expect(announced).toMatchObject({ upstream: { kind: 'core', origin: 'http://127.0.0.1:9' } });
      expect(announced.msg).toBe(
        `Blnk GraphQL gateway on ${url}, talking to Blnk at http://127.0.0.1:9 (BLNK_URL). Stop it with Ctrl+C (SIGINT) or SIGTERM.`,
      );
      expect(app.output()).not.toContain('sandbox');
      app.child.kill('SIGINT');
      expect(await app.exited()).toBe(0);
      expect(app.output()).not.toContain(key);
    },
    SLOW_MS,
  );

  // util-linux's script(1) gives the gateway a terminal, as `npm start` in a shell does.
  it.skipIf(!existsSync('/usr/bin/script'))(
    'in a terminal, it also prints plain lines beside the JSON log, and Ctrl+C stops it',
    async () => {
      const dir = await compiled();
      const command = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(dir, 'main.js'))} 2>&1 >/dev/null`;
      const child = execFile('/usr/bin/script', ['-qfec', command, '/dev/null'], {
        env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0' },
      });
      let output = '';
      let pressed = false;
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString().replaceAll('\r', '');
        // Ctrl+C typed at the terminal: the terminal sends SIGINT, as a person's key press does.
        if (!pressed && output.includes('press Ctrl+C')) {
          pressed = true;
          child.stdin!.write('\x03');
        }
      });
      onTestFinished(() => {
        if (child.exitCode === null) child.kill('SIGKILL');
      });
      const [code] = (await once(child, 'close')) as [number];
      // script -e exits with the gateway's code: Ctrl+C stopped it cleanly.
      expect(code, output).toBe(0);
      const url = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+\/graphql) +\(open it in a browser for GraphiQL\)/.exec(output)?.[1];
      expect(url, output).toBeDefined();
      expect(output).toMatch(/Blnk: +the built-in Blnk sandbox at http:\/\/127\.0\.0\.1:\d+ \(demo data in memory/);
      expect(output).toMatch(/Stop: +press Ctrl\+C\n/);
      // stderr only: stdout (sent to /dev/null here) stays pino's JSON.
      expect(output).not.toContain('"level"');
    },
    SLOW_MS,
  );

  it(
    'stops at a bad setting with one line naming the variable',
    async () => {
      const app = await start({ BLNK_TIMEOUT_MS: 'soon' });
      const code = await app.exited();
      expect(code).toBe(1);
      expect(app.output().trim()).toBe("Configuration error: BLNK_TIMEOUT_MS must be a whole number from 1 to 600000, got 'soon'");
    },
    SLOW_MS,
  );
});
