import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { spawnBuilt } from '../helpers/process.js';

/**
 * The built gateway's start-up checks (issue 21, item 3): a BLNK_URL where nothing listens, a
 * BLNK_API_KEY that Blnk refuses, and a PORT already taken each print one clear line.
 */
const SLOW_MS = 120_000;
const KEY = 'startup-checks-blnk-master-key';

const opened: (Server | Sandbox)[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => ('url' in s ? s.close() : new Promise((resolve) => s.close(resolve)))));
});

async function listening(): Promise<Server> {
  const server = createServer();
  opened.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A loopback port that was just free: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('start-up checks of the built gateway', () => {
  it(
    'says once that the connection to BLNK_URL was refused, and starts anyway by default',
    async () => {
      const origin = `http://127.0.0.1:${await closedPort()}`;
      const app = await spawnBuilt('main.js', [], { PORT: '0', HOST: '127.0.0.1', BLNK_URL: origin, BLNK_API_KEY: KEY });
      await app.line(/gateway on http:\/\/127\.0\.0\.1:\d+\/graphql/);
      const line = `Blnk is not reachable at BLNK_URL=${origin}: connection refused (starting anyway: BLNK_STARTUP_CHECK=fatal stops the start instead)`;
      expect(count(app.output(), line)).toBe(1);
      expect(app.output()).toContain('"level":40');
      expect(app.output()).not.toContain(KEY);
    },
    SLOW_MS,
  );

  it(
    'with BLNK_STARTUP_CHECK=fatal, a key Blnk refuses stops the start with one line and a non-zero exit',
    async () => {
      const sandbox = await startSandbox({ port: 0, seed: true, apiKey: KEY });
      opened.push(sandbox);
      const wrong = 'a-key-blnk-does-not-know';
      const app = await spawnBuilt('main.js', [], {
        PORT: '0',
        HOST: '127.0.0.1',
        BLNK_URL: sandbox.url,
        BLNK_API_KEY: wrong,
        BLNK_STARTUP_CHECK: 'fatal',
      });
      expect(await app.exited()).toBe(1);
      const line = `Could not start: BLNK_API_KEY not accepted by Blnk at BLNK_URL=${sandbox.url} (HTTP 401): check the key (BLNK_STARTUP_CHECK=fatal)`;
      expect(count(app.output(), line)).toBe(1);
      expect(app.output()).not.toContain('gateway on');
      expect(app.output()).not.toContain(wrong);
    },
    SLOW_MS,
  );

  it(
    'the right key passes: Blnk (v0.15.2, as the sandbox) is said reachable, with no version claimed',
    async () => {
      const sandbox = await startSandbox({ port: 0, seed: true, apiKey: KEY });
      opened.push(sandbox);
      const app = await spawnBuilt('main.js', [], {
        PORT: '0',
        HOST: '127.0.0.1',
        BLNK_URL: sandbox.url,
        BLNK_API_KEY: KEY,
        BLNK_STARTUP_CHECK: 'fatal',
      });
      await app.line(/gateway on http:\/\/127\.0\.0\.1:\d+\/graphql/);
      expect(count(app.output(), `"msg":"Blnk at ${sandbox.url} is reachable and accepted the key"`)).toBe(1);
      expect(app.output()).not.toContain(KEY);
    },
    SLOW_MS,
  );

  it(
    'a PORT already taken is named at once, before the sandbox starts, with a non-zero exit',
    async () => {
      const { port } = (await listening()).address() as AddressInfo;
      const app = await spawnBuilt('main.js', [], { PORT: String(port), HOST: '127.0.0.1' });
      expect(await app.exited()).toBe(1);
      expect(app.output().trim()).toBe(
        `Could not start: PORT ${port} is already in use on HOST 127.0.0.1 (EADDRINUSE): stop what listens there or set PORT to a free port`,
      );
    },
    SLOW_MS,
  );
});
