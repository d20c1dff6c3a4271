import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { create, expectEnvelope, expectGin404 } from '../helpers/entities.js';
import { useSandbox } from '../helpers/sandbox.js';

/*
 * Sandbox-only: sandbox.requests, the request log tests read to see what reached Blnk. The REST
 * answers to the same paths run on both targets in test/contract/paths.test.ts.
 */
const { sandbox, call } = useSandbox();
let ledgerId: string;
let balanceId: string;
let identityId: string;

beforeAll(async () => {
  ledgerId = (await create(call, '/ledgers', { name: 'paths' })).ledger_id;
  identityId = (await create(call, '/identities', { first_name: 'Path' })).identity_id;
  balanceId = (await create(call, '/balances', { ledger_id: ledgerId, currency: 'USD', identity_id: identityId })).balance_id;
});

const last = () => sandbox.requests[sandbox.requests.length - 1]!;

describe('sandbox-only: the request log keeps paths exactly as sent (sections 1, 2.6)', () => {
  it("an id with an encoded traversal never reaches another route: gin's plain-text 404", async () => {
    const cases = [
      `/balances/${encodeURIComponent('bln_x/../../identities')}`,
      '/balances/..%2Fledgers',
      `/ledgers/${encodeURIComponent(`../balances/${balanceId}`)}`,
      `/identities/${encodeURIComponent(`${identityId}/../../balances/${balanceId}`)}`,
      `/balances/${encodeURIComponent('../ledgers/general_ledger_id')}`,
    ];
    for (const path of cases) {
      const res = await call('GET', path);
      expectGin404(res);
      expect(res.text).not.toContain(balanceId);
      // The recording keeps the path exactly as sent, still encoded.
      expect(last().path).toBe(path);
      expect(last().route).toBeNull();
    }
    expect(last().path).toContain('%2F');
  });

  it('an encoded traversal in a POST id is a 404 too, and writes nothing', async () => {
    const path = `/${encodeURIComponent(`${ledgerId}/../ledgers`)}/metadata`;
    expectGin404(await call('POST', path, { body: { meta_data: { hacked: 'yes' } } }));
    expectGin404(await call('POST', `/ledgers/${encodeURIComponent('x/..')}`, { body: { name: 'n' } }));
    const ledger = await call('GET', `/ledgers/${ledgerId}`);
    expect(ledger.json.meta_data).toBeNull();
    const ledgers = await call('GET', '/ledgers?limit=100');
    expect(ledgers.json.map((l: any) => l.name).sort()).toEqual(['General Ledger', 'paths']);
  });

  it('an encoded ? stays part of the id: no query string is smuggled in', async () => {
    const id = `${balanceId}?include=identity&with_queued=true`;
    const path = `/balances/${encodeURIComponent(id)}`;
    const res = await call('GET', path);
    const detail = expectEnvelope(res, 404, 'BAL_NOT_FOUND');
    expect(detail.message).toBe(`Balance with ID '${id}' not found`);
    expect(last().path).toBe(path);
    expect(last().route).toBe('/balances/:id');
    expect([...last().query.keys()]).toEqual([]);
  });

  it('an encoded % is decoded exactly once', async () => {
    // idt_%41 sent as idt_%2541: the id is "idt_%41", never "idt_A".
    const res = await call('GET', `/identities/${encodeURIComponent('idt_%41')}`);
    expect(expectEnvelope(res, 404, 'IDT_NOT_FOUND').message).toContain("'idt_%41'");
    expect(last().path).toBe('/identities/idt_%2541');
  });

  it('a plainly encoded id still addresses its entity', async () => {
    const res = await call('GET', `/balances/${encodeURIComponent(balanceId)}`);
    expect(res.status).toBe(200);
    expect(res.json.balance_id).toBe(balanceId);
    const indicator = await call('GET', `/balances/indicator/${encodeURIComponent('@Nope')}/currency/USD`);
    expect(expectEnvelope(indicator, 404, 'BAL_NOT_FOUND').message).toBe("balance with indicator '@Nope' not found");
  });

  it('like gin, routes on the decoded path: an encoded slash is a real slash (§2.6)', async () => {
    // So `${id}%2Fat` is /balances/:id/at. A gateway must refuse ids containing "/" itself.
    const path = `/balances/${encodeURIComponent(`${balanceId}/at`)}`;
    const res = await call('GET', path);
    expect(res.status).toBe(200);
    expect(res.json.balance.balance_id).toBe(balanceId);
    expect(last().route).toBe('/balances/:id/at');
    expect(last().path).toBe(path);
  });

  it('a malformed escape is a 400, recorded as sent, and the sandbox stays up', async () => {
    for (const path of ['/balances/%zz', '/balances/%', '/identities/idt_%E0%A4%A']) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(400);
      expect(last().path).toBe(path);
      expect(last().status).toBe(400);
    }
    expect((await call('GET', '/health')).status).toBe(200);
  });
});

describe('sandbox-only: the request log never holds the key (section 8.1)', () => {
  const KEY = `master-${randomUUID()}`;
  const WRONG = `wrong-${randomUUID()}`;
  const withKey = (key: string) => ({ headers: { 'X-Blnk-Key': key } });
  const { sandbox, call } = useSandbox({ apiKey: KEY });

  it('never records the key, right or wrong, anywhere in sandbox.requests', async () => {
    sandbox.resetRequests();
    await call('GET', '/ledgers', withKey(KEY));
    await call('POST', '/ledgers', { body: { name: 'recorded' }, ...withKey(KEY) });
    await call('GET', '/ledgers', withKey(WRONG));
    await call('GET', '/ledgers');
    await call('GET', '/health', withKey(KEY));
    expect(sandbox.requests.map((r) => r.status)).toEqual([200, 201, 401, 401, 200]);
    const dump = JSON.stringify(sandbox.requests, (_key, value) =>
      value instanceof URLSearchParams ? value.toString() : typeof value === 'bigint' ? String(value) : value,
    );
    expect(dump).toContain('recorded');
    expect(dump).not.toContain(KEY);
    expect(dump).not.toContain(WRONG);
    expect(dump.toLowerCase()).not.toContain('x-blnk-key');
  });
});
