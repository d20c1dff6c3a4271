import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { create, expectEnvelope, expectGin404 } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';

let t: Target;
let call: Call;
let ledgerId: string;
let balanceId: string;
let identityId: string;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
  ledgerId = (await create(call, '/ledgers', { name: 'paths' })).ledger_id;
  identityId = (await create(call, '/identities', { first_name: 'Path' })).identity_id;
  balanceId = (await create(call, '/balances', { ledger_id: ledgerId, currency: 'USD', identity_id: identityId })).balance_id;
});
afterAll(() => t.close());

describe('percent-encoded ids (sections 1, 2.6)', () => {
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
    }
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
  });

  it('an encoded % is decoded exactly once', async () => {
    // idt_%41 sent as idt_%2541: the id is "idt_%41", never "idt_A".
    const res = await call('GET', `/identities/${encodeURIComponent('idt_%41')}`);
    expect(expectEnvelope(res, 404, 'IDT_NOT_FOUND').message).toContain("'idt_%41'");
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
  });

  it('a malformed escape is a 400, and the server stays up', async () => {
    for (const path of ['/balances/%zz', '/balances/%', '/identities/idt_%E0%A4%A']) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(400);
    }
    expect((await call('GET', '/health')).status).toBe(200);
  });
});
