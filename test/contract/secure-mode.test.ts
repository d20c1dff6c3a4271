import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { expectEnvelope, expectGin404 } from '../helpers/entities.js';
import { client } from '../helpers/http.js';
import type { Call } from '../helpers/http.js';

const WRONG = `wrong-${randomUUID()}`;

let t: Target;
let KEY: string;
/** Sends the key given, or none at all (`call` sends the master key unless a header names one). */
let call: Call;
let unkeyed: Call;
const withKey = (key: string) => ({ headers: { 'X-Blnk-Key': key } });

beforeAll(async () => {
  t = await startTarget({ secure: true });
  KEY = t.apiKey!;
  call = t.call;
  unkeyed = client(t.url);
});
afterAll(() => t.close());

/** Known routes of every family, a wrong method and unknown paths. */
const GUARDED: [string, string, unknown?][] = [
  ['GET', '/ledgers'],
  ['POST', '/ledgers', { name: 'x' }],
  ['GET', '/ledgers/general_ledger_id'],
  ['PUT', '/ledgers/general_ledger_id', { name: 'x' }],
  ['POST', '/ledgers/filter', { filters: [] }],
  ['GET', '/balances'],
  ['POST', '/balances', { ledger_id: 'general_ledger_id', currency: 'USD' }],
  ['GET', '/balances/bln_x?include=ledger'],
  ['GET', '/balances/indicator/@World/currency/USD'],
  ['GET', '/balances/bln_x/at'],
  ['GET', '/identities'],
  ['POST', '/identities', {}],
  ['DELETE', '/identities/idt_x'],
  ['GET', '/transactions'],
  ['POST', '/transactions', {}],
  ['GET', '/balance-monitors'],
  ['POST', '/ldg_x/metadata', { meta_data: { a: 'b' } }],
  ['GET', '/no-such-route'],
  ['DELETE', '/ledgers'],
  ['GET', '/health/extra'],
];

describe('secure mode (section 8.1)', () => {
  it('leaves GET / and GET /health open, with or without a key (§8.1)', async () => {
    for (const [send, options] of [
      [unkeyed, {}],
      [call, withKey(WRONG)],
      [call, withKey(KEY)],
    ] as const) {
      const root = await send('GET', '/', options);
      expect(root.status).toBe(200);
      expect(root.text).toBe('"server running..."');
      const health = await send('GET', '/health', options);
      expect(health.status).toBe(200);
      expect(health.text).toBe('{"status":"UP"}');
    }
  });

  it('answers every other route, unknown ones included, with 401 AUTH_MISSING_API_KEY when no key is sent (§8.1, §8.2)', async () => {
    for (const [method, path, body] of GUARDED) {
      for (const [send, options] of [
        [unkeyed, { body }],
        [call, { body, headers: { 'X-Blnk-Key': '' } }],
      ] as const) {
        const res = await send(method, path, options);
        const detail = expectEnvelope(res, 401, 'AUTH_MISSING_API_KEY');
        expect(detail.message, `${method} ${path}`).toBe('Authentication required. Use X-Blnk-Key header');
      }
    }
  });

  it('answers a wrong key with 401 AUTH_INVALID_API_KEY, and writes nothing (§8.1, §8.2)', async () => {
    for (const [method, path, body] of GUARDED) {
      const res = await call(method, path, { body, ...withKey(WRONG) });
      expect(expectEnvelope(res, 401, 'AUTH_INVALID_API_KEY').message, `${method} ${path}`).toBe('Invalid API key');
    }
    // A key that differs only in case, or by a prefix, is still wrong.
    // Sent unrecorded: a recording must hold nothing close to the key.
    for (const near of [KEY.toUpperCase(), KEY.slice(0, -1), `${KEY}x`, `x${KEY}`]) {
      expectEnvelope(await unkeyed('GET', '/ledgers', withKey(near)), 401, 'AUTH_INVALID_API_KEY');
    }
    const ledgers = await call('GET', '/ledgers?limit=100', withKey(KEY));
    expect(ledgers.json.map((l: any) => l.ledger_id)).toEqual(['general_ledger_id']);
  });

  it("serves normal answers with the right X-Blnk-Key, whatever the header name's case (§1, §8.1)", async () => {
    const created = await call('POST', '/ledgers', { body: { name: 'secured' }, ...withKey(KEY) });
    expect(created.status).toBe(201);
    const read = await call('GET', `/ledgers/${created.json.ledger_id}`, { headers: { 'x-blnk-key': KEY } });
    expect(read.status).toBe(200);
    expect(read.json.name).toBe('secured');
    const lower = await call('GET', '/ledgers/general_ledger_id', { headers: { 'X-blnk-key': KEY } });
    expect(lower.status).toBe(200);
    // With the key, unknown routes are gin's plain 404 again, and missing entities their JSON 404.
    expectGin404(await call('GET', '/no-such-route', withKey(KEY)));
    expectEnvelope(await call('GET', `/ledgers/ldg_${randomUUID()}`, withKey(KEY)), 404, 'LGR_NOT_FOUND');
  });

  it("/metrics skips key auth; the sandbox has no metrics, so it is gin's 404 (§8.1)", async () => {
    expectGin404(await call('GET', '/metrics'));
  });
});
