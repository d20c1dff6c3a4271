import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import type { Call } from '../helpers/http.js';

let t: Target;
let call: Call;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
});
afterAll(() => t.close());

describe('health and unknown routes (section 2.6)', () => {
  it('answers GET /health with {"status":"UP"}', async () => {
    const res = await call('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"status":"UP"}');
    expect(res.contentType).toMatch(/^application\/json/);
  });

  it("answers an unknown path with gin's plain-text 404, a wrong method too", async () => {
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
});
