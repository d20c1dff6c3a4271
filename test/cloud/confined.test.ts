import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { JWT_AUTH, bearer, post, signToken } from '../helpers/jwt.js';

/**
 * A principal confined to one identity, over Blnk Cloud's thin rows: the Filters API's
 * transaction rows hold no source or destination, so every check of whose business a row is
 * reads both sides from Core's rows (one batched call), and the identity's own balance ids come
 * from the Filters API alone (only ids are needed: no Core filter behind the proxy for them).
 * Another identity's rows are never shown, nor its balance by id.
 */
const CLOUD = { token: 'blnk_at_confined-token', instanceId: 'inst_confined' };

describe('a confined principal on Blnk Cloud', () => {
  let h: Harness;
  let ada: Record<string, string>;
  let adaBalance: string;
  let bobBalance: string;
  let adaTransfer: string;
  let bobTransfer: string;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { cloud: CLOUD }, cloud: CLOUD, auth: JWT_AUTH });
    const f = fixtures(h.sandbox, CLOUD);
    const ledger = await f.ledger('Confined on Cloud');
    const adaId = await f.identity('Ada');
    const bobId = await f.identity('Bob');
    adaBalance = await f.balance(ledger, 'USD', adaId);
    bobBalance = await f.balance(ledger, 'USD', bobId);
    adaTransfer = (await f.transfer('@World', adaBalance, 700n)).transaction_id;
    bobTransfer = (await f.transfer('@World', bobBalance, 900n)).transaction_id;
    ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: adaId }));
  });
  afterAll(() => h.close());

  it('lists only its own transactions, the ids of its balances read from the Filters API alone', async () => {
    h.sandbox.resetRequests();
    const res = await post(h, '{ transactions(first: 10) { edges { node { id preciseAmount } } } }', {}, ada);
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.transactions.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(adaTransfer);
    expect(ids).not.toContain(bobTransfer);
    expect(res.body.data.transactions.edges.find((e: { node: { id: string } }) => e.node.id === adaTransfer).node.preciseAmount).toBe(
      '700',
    );
    const calls = h.sandbox.requests.map((r) => `${r.method} ${r.path}`);
    // Its balances: ids only, so no Core filter for balances behind the proxy.
    expect(calls).toContain('POST /balances/filter');
    expect(calls).not.toContain('POST /proxy/balances/filter');
    // The transactions' sides, which the Filters API rows lack: one batched Core filter.
    expect(calls.filter((c) => c === 'POST /proxy/transactions/filter')).toHaveLength(1);
  });

  it("another identity's balance and transaction read as missing", async () => {
    const balance = await post(h, 'query ($id: ID!) { balance(id: $id) { id balance } }', { id: bobBalance }, ada);
    expect(balance.body.data.balance).toBeNull();
    expect(balance.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const transaction = await post(h, 'query ($id: ID!) { transaction(id: $id) { id preciseAmount } }', { id: bobTransfer }, ada);
    expect(transaction.body.data.transaction).toBeNull();
    expect(transaction.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const nodes = await post(h, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [bobBalance, bobTransfer, adaBalance] }, ada);
    expect(nodes.body.data.nodes.map((n: { id: string } | null) => n?.id ?? null)).toEqual([null, null, adaBalance]);
  });
});
