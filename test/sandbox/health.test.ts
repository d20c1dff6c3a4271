import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { client } from '../helpers/http.js';
import type { Call } from '../helpers/http.js';

let sandbox: Sandbox;
let call: Call;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  call = client(sandbox.url);
});
afterAll(() => sandbox.close());

describe('health and unknown routes (section 2.6)', () => {
  it('answers GET /health with {"status":"UP"}', async () => {
    const res = await call('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"status":"UP"}');
    expect(res.contentType).toMatch(/^application\/json/);
  });

  it('answers an unknown path with gin\'s plain-text 404, a wrong method too', async () => {
    for (const [method, path] of [
      ['GET', '/no-such-route'],
      ['DELETE', '/ledgers'],
      ['PATCH', '/balances/bln_x'],
    ] as const) {
      const res = await call(method, path);
      expect(res.status).toBe(404);
      expect(res.text).toBe('404 page not found');
      expect(res.contentType).toMatch(/^text\/plain/);
    }
  });

  it('listens on loopback only', () => {
    expect(new URL(sandbox.url).hostname).toBe('127.0.0.1');
  });
});
