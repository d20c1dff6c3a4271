import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectEnvelope } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';
import { startTarget } from './target.js';
import type { Target } from './target.js';

let t: Target;
let call: Call;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
});
afterAll(() => t.close());

async function transfer(body: Record<string, unknown>): Promise<any> {
  return create(call, '/transactions', {
    precision: 100,
    currency: 'USD',
    description: 'lineage',
    reference: `lin-${randomUUID()}`,
    skip_queue: true,
    ...body,
  });
}

describe('fund lineage (v0.15.2 GET /balances/:id/lineage, GET /transactions/:id/lineage)', () => {
  it('a tracked balance funded by two providers, then a FIFO debit: providers, what remains, the allocation and the shadow transfers', async () => {
    const identity = (await create(call, '/identities', { first_name: 'Grace', last_name: 'Hopper' })).identity_id as string;
    const ledger = (await create(call, '/ledgers', { name: 'lineage' })).ledger_id as string;
    const tracked = await create(call, '/balances', {
      ledger_id: ledger,
      identity_id: identity,
      currency: 'USD',
      track_fund_lineage: true,
      allocation_strategy: 'FIFO',
    });
    const payee = (await create(call, '/balances', { ledger_id: ledger, currency: 'USD' })).balance_id as string;
    const id = tracked.balance_id as string;

    const empty = await call('GET', `/balances/${id}/lineage`);
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual({ balance_id: id, total_with_lineage: 0n, aggregate_balance_id: '', providers: [] });

    const stripe = await transfer({
      amount: 10,
      source: '@WorldUSD',
      destination: id,
      allow_overdraft: true,
      meta_data: { BLNK_LINEAGE_PROVIDER: 'stripe' },
    });
    // Lineage is written by Blnk's worker after the transfer: wait for the first mapping, so the
    // providers' order (the order they first credited) is fixed.
    await t.poll('GET', `/balances/${id}/lineage`, (r) => r.json?.providers?.length === 1, { timeoutMs: 15_000 });
    await transfer({
      amount: 5,
      source: '@WorldUSD',
      destination: id,
      allow_overdraft: true,
      meta_data: { BLNK_LINEAGE_PROVIDER: 'paypal' },
    });
    const funded = await t.poll('GET', `/balances/${id}/lineage`, (r) => r.json?.total_with_lineage === 1500n, { timeoutMs: 15_000 });
    expect(funded.status).toBe(200);
    const shadows = funded.json.providers.map((p: any) => p.shadow_balance_id);
    expect(funded.json).toEqual({
      balance_id: id,
      total_with_lineage: 1500n,
      aggregate_balance_id: expect.stringMatching(/^bln_/),
      providers: [
        { provider: 'stripe', amount: 1000n, available: 1000n, spent: 0n, shadow_balance_id: shadows[0] },
        { provider: 'paypal', amount: 500n, available: 500n, spent: 0n, shadow_balance_id: shadows[1] },
      ],
    });
    const aggregate = funded.json.aggregate_balance_id as string;
    // The shadow and aggregate balances are @indicator balances of the general ledger, named by
    // the identity ("grace_hopper_" and the id's first 8 characters).
    const who = `grace_hopper_${identity.slice(0, 8)}`;
    // Not recorded: the indicators hold 8 characters of a fresh id, which a replay cannot match.
    const shadow = (await t.callKeeping('GET', `/balances/${shadows[0]}`, () => false)).json;
    expect(shadow).toMatchObject({
      indicator: `@stripe_${who}_lineage`,
      ledger_id: 'general_ledger_id',
      debit_balance: 1000n,
      credit_balance: 0n,
    });
    expect((await t.callKeeping('GET', `/balances/${aggregate}`, () => false)).json).toMatchObject({
      indicator: `@${who}_lineage`,
      credit_balance: 1500n,
    });

    // The credit's shadow transfer: shadow → aggregate, tagged with what it shadows.
    const creditLineage = await call('GET', `/transactions/${stripe.transaction_id}/lineage`);
    expect(creditLineage.status).toBe(200);
    expect(Object.keys(creditLineage.json).sort()).toEqual(['shadow_transactions', 'transaction_id']);
    expect(creditLineage.json.shadow_transactions).toHaveLength(1);
    expect(creditLineage.json.shadow_transactions[0]).toMatchObject({
      source: shadows[0],
      destination: aggregate,
      precise_amount: 1000n,
      reference: `${stripe.reference}_shadow_stripe`,
      description: 'Shadow credit from stripe',
      status: 'APPLIED',
      meta_data: {
        _shadow_for: stripe.transaction_id,
        _provider: 'stripe',
        _identity_id: identity,
        _lineage_type: 'credit',
        _main_balance: id,
        allow_overdraft: true,
      },
    });

    // 12.00 out, FIFO: all 10.00 of stripe's, then 2.00 of paypal's.
    const spend = await transfer({ amount: 12, source: id, destination: payee });
    // Real Blnk writes the release transfers and then the allocation (into the debit's metadata):
    // under load a read can fall between the two, so wait for both.
    const spent = await t.poll(
      'GET',
      `/transactions/${spend.transaction_id}/lineage`,
      (r) => r.json?.shadow_transactions?.length === 2 && Array.isArray(r.json?.fund_allocation),
      { timeoutMs: 15_000 },
    );
    expect(spent.json.fund_allocation).toEqual([
      { amount: 1000n, provider: 'stripe' },
      { amount: 200n, provider: 'paypal' },
    ]);
    const releases = [...spent.json.shadow_transactions].sort((a: any, b: any) => a.reference.localeCompare(b.reference));
    expect(releases.map((r: any) => [r.source, r.destination, r.precise_amount, r.reference, r.description, r.meta_data])).toEqual([
      [
        aggregate,
        shadows[1],
        200n,
        `${spend.reference}_release_paypal`,
        'Release paypal funds',
        { _allocation: 'FIFO', _lineage_type: 'release', _main_balance: id, _provider: 'paypal', _shadow_for: spend.transaction_id },
      ],
      [
        aggregate,
        shadows[0],
        1000n,
        `${spend.reference}_release_stripe`,
        'Release stripe funds',
        { _allocation: 'FIFO', _lineage_type: 'release', _main_balance: id, _provider: 'stripe', _shadow_for: spend.transaction_id },
      ],
    ]);
    // The allocation is written into the debit's own metadata.
    expect((await call('GET', `/transactions/${spend.transaction_id}`)).json.meta_data).toEqual({
      BLNK_FUND_ALLOCATION: [
        { amount: 1000n, provider: 'stripe' },
        { amount: 200n, provider: 'paypal' },
      ],
    });

    const after = await call('GET', `/balances/${id}/lineage`);
    expect(after.json).toEqual({
      balance_id: id,
      total_with_lineage: 300n,
      aggregate_balance_id: aggregate,
      providers: [
        { provider: 'stripe', amount: 1000n, available: 0n, spent: 1000n, shadow_balance_id: shadows[0] },
        { provider: 'paypal', amount: 500n, available: 300n, spent: 200n, shadow_balance_id: shadows[1] },
      ],
    });
  });

  it('PROPORTIONAL: a debit is split by what each provider has left (the last takes the remainder)', async () => {
    const identity = (await create(call, '/identities', { organization_name: 'Acme Corp' })).identity_id as string;
    const ledger = (await create(call, '/ledgers', { name: 'proportional' })).ledger_id as string;
    const id = (
      await create(call, '/balances', {
        ledger_id: ledger,
        identity_id: identity,
        currency: 'USD',
        track_fund_lineage: true,
        allocation_strategy: 'PROPORTIONAL',
      })
    ).balance_id as string;
    const payee = (await create(call, '/balances', { ledger_id: ledger, currency: 'USD' })).balance_id as string;
    await transfer({
      amount: 10,
      source: '@WorldUSD',
      destination: id,
      allow_overdraft: true,
      meta_data: { BLNK_LINEAGE_PROVIDER: 'stripe' },
    });
    await t.poll('GET', `/balances/${id}/lineage`, (r) => r.json?.providers?.length === 1, { timeoutMs: 15_000 });
    await transfer({
      amount: 5,
      source: '@WorldUSD',
      destination: id,
      allow_overdraft: true,
      meta_data: { BLNK_LINEAGE_PROVIDER: 'paypal' },
    });
    const funded = await t.poll('GET', `/balances/${id}/lineage`, (r) => r.json?.total_with_lineage === 1500n, { timeoutMs: 15_000 });
    // An organization's lineage balances are named by it: "acme_corp_" and the id's first 8 characters.
    const aggregate = (await t.callKeeping('GET', `/balances/${funded.json.aggregate_balance_id}`, () => false)).json;
    expect(aggregate.indicator).toBe(`@acme_corp_${identity.slice(0, 8)}_lineage`);

    // 6.00 of 15.00: stripe 600 × 1000 / 1500 = 400, paypal (the last) the remaining 200.
    const spend = await transfer({ amount: 6, source: id, destination: payee });
    // Real Blnk writes the release transfers and then the allocation (into the debit's metadata):
    // under load a read can fall between the two, so wait for both.
    const spent = await t.poll(
      'GET',
      `/transactions/${spend.transaction_id}/lineage`,
      (r) => r.json?.shadow_transactions?.length === 2 && Array.isArray(r.json?.fund_allocation),
      { timeoutMs: 15_000 },
    );
    expect(spent.json.fund_allocation).toEqual([
      { amount: 400n, provider: 'stripe' },
      { amount: 200n, provider: 'paypal' },
    ]);
    expect(spent.json.shadow_transactions.map((r: any) => r.meta_data._allocation)).toEqual(['PROPORTIONAL', 'PROPORTIONAL']);
    const after = await call('GET', `/balances/${id}/lineage`);
    expect(after.json.total_with_lineage).toBe(900n);
    expect(after.json.providers.map((p: any) => [p.provider, p.amount, p.spent, p.available])).toEqual([
      ['stripe', 1000n, 400n, 600n],
      ['paypal', 500n, 200n, 300n],
    ]);
  });

  it('answers 400 for a balance without lineage tracking, 404 for missing ones, and a bare lineage (shadow_transactions null) for an ordinary transfer', async () => {
    const ledger = (await create(call, '/ledgers', { name: 'plain' })).ledger_id as string;
    const plain = (await create(call, '/balances', { ledger_id: ledger, currency: 'USD' })).balance_id as string;
    const refused = expectEnvelope(await call('GET', `/balances/${plain}/lineage`), 400, 'GEN_BAD_REQUEST');
    expect(refused.message).toBe(`balance ${plain} does not have fund lineage tracking enabled`);
    expectEnvelope(await call('GET', '/balances/bln_00000000-0000-4000-8000-000000000000/lineage'), 404, 'BAL_NOT_FOUND');
    expectEnvelope(await call('GET', '/transactions/txn_00000000-0000-4000-8000-000000000000/lineage'), 404, 'TXN_NOT_FOUND');

    const txn = await transfer({ amount: 1, source: '@WorldUSD', destination: plain, allow_overdraft: true });
    const bare = await call('GET', `/transactions/${txn.transaction_id}/lineage`);
    expect(bare.status).toBe(200);
    // No shadow rows: Blnk's nil slice, null on the wire; no fund_allocation key at all.
    expect(bare.json).toEqual({ transaction_id: txn.transaction_id, shadow_transactions: null });
  });
});
