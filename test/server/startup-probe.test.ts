import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { probeBlnk, probeOutcome } from '../../src/server/startup-probe.js';

/** The start-up probe against a keyed sandbox on loopback, and against a port nothing listens on. */
const KEY = 'startup-probe-blnk-master-key';
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: true, apiKey: KEY });
});
afterAll(() => sandbox.close());

const target = (origin: string, key: string) => ({
  origin,
  headers: { 'x-blnk-key': key },
  query: {},
  timeoutMs: 10_000,
  originSetting: 'BLNK_URL',
  keySetting: 'BLNK_API_KEY',
});

/** A loopback port that was just free: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('probeBlnk', () => {
  it('passes with the right key, and reports no version when Blnk (v0.15.2, the sandbox) says none', async () => {
    expect(await probeBlnk(target(sandbox.url, KEY))).toEqual({ ok: true, version: null });
  });

  it('says the key was not accepted on a 401, naming the setting and never the key', async () => {
    const result = await probeBlnk(target(sandbox.url, 'a-wrong-key'));
    expect(result).toEqual({
      ok: false,
      problem: `BLNK_API_KEY not accepted by Blnk at BLNK_URL=${sandbox.url} (HTTP 401): check the key`,
    });
  });

  it('says the connection was refused when nothing listens at BLNK_URL', async () => {
    const origin = `http://127.0.0.1:${await closedPort()}`;
    expect(await probeBlnk(target(origin, KEY))).toEqual({
      ok: false,
      problem: `Blnk is not reachable at BLNK_URL=${origin}: connection refused`,
    });
  });
});

it('says so when Blnk answers its health check with 503', async () => {
  const unhealthy = createHttpServer((_req, res) => res.writeHead(503).end('{"status":"DOWN"}'));
  await new Promise<void>((resolve) => unhealthy.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(unhealthy.address() as AddressInfo).port}`;
  try {
    expect(await probeBlnk(target(origin, KEY))).toEqual({
      ok: false,
      problem: `Blnk at BLNK_URL=${origin} reports itself unhealthy (GET /health: HTTP 503)`,
    });
  } finally {
    await new Promise((resolve) => unhealthy.close(resolve));
  }
});

describe('probeOutcome', () => {
  const failed = { ok: false as const, problem: 'BLNK_API_KEY not accepted by Blnk at BLNK_URL=http://b (HTTP 401): check the key' };
  it('warns and starts by default, stops the start when fatal', () => {
    expect(probeOutcome(failed, 'warn', 'http://b')).toEqual({
      level: 'warn',
      message: `${failed.problem} (starting anyway: BLNK_STARTUP_CHECK=fatal stops the start instead)`,
    });
    expect(probeOutcome(failed, 'fatal', 'http://b')).toEqual({ fatal: `${failed.problem} (BLNK_STARTUP_CHECK=fatal)` });
  });
  it('says which version Blnk reported, when it did', () => {
    expect(probeOutcome({ ok: true, version: '0.16.0' }, 'fatal', 'http://b')).toEqual({
      level: 'info',
      message: 'Blnk at http://b is reachable and accepted the key (Blnk 0.16.0)',
    });
  });
});
