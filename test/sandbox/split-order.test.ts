import { describe, expect, it } from 'vitest';
import { expectError, held, useSandbox } from '../helpers/sandbox.js';

/**
 * SANDBOX-ONLY: split transactions whose outcome depends on the order the legs are made in. Blnk
 * makes them in Go map order, which changes from run to run; the sandbox uses a fixed order (it
 * starts at the second entry), so these tests can name which leg went first. The order-free
 * beliefs about splits run on both targets in test/contract/inflight-refund-bulk.test.ts.
 */

const { sandbox, call, newBalance, post, funded, amounts, childrenOf } = useSandbox();

describe('split transactions: sources / destinations with distributions', () => {
  it('"50%", a fixed amount and "left" across destinations: every leg is applied and the legs add up', async () => {
    const a = await funded(20_000n);
    const [b, c, d] = [await newBalance(), await newBalance(), await newBalance()];
    // 100.00 at precision 100: 50% is 5000, "20" is 20.00 = 2000, "left" is the remaining 3000.
    const res = await post({
      amount: 100,
      source: a,
      destinations: [
        { identifier: b, distribution: '50%' },
        { identifier: c, distribution: '20' },
        { identifier: d, distribution: 'left' },
      ],
      skip_queue: true,
    });
    expect(res.status).toBe(201);
    expect(res.json.precise_amount).toBe(10_000n);
    const legs: any[] = res.json.destinations;
    expect(legs.map((l) => l.identifier)).toEqual([b, c, d]);
    expect(legs.map((l) => l.distribution)).toEqual(['50%', '20', 'left']);

    // The transfers are made in Go map order, and legs[i].transaction_id is the i-th transfer
    // made (model/transaction.go: SplitTransactionPrecise), so a leg's transaction_id need not
    // be its own identifier's transfer: read each transfer for its destination.
    const byDestination = new Map<string, bigint>();
    const references: string[] = [];
    for (const leg of legs) {
      expect(leg.transaction_id).toMatch(/^txn_/);
      const got = await call('GET', `/transactions/${leg.transaction_id}`);
      expect(got.status).toBe(200);
      expect(got.json.status).toBe('APPLIED');
      expect(got.json.source).toBe(a);
      expect(got.json.parent_transaction).toBe(res.json.transaction_id);
      byDestination.set(got.json.destination, got.json.precise_amount);
      references.push(got.json.reference);
    }
    expect(Object.fromEntries(byDestination)).toEqual({ [b]: 5000n, [c]: 2000n, [d]: 3000n });
    // With skip_queue the legs are `<ref>-<n>`.
    expect(references.sort()).toEqual([1, 2, 3].map((n) => `${res.json.reference}-${n}`));
    expect(await amounts(a)).toEqual(held(10_000n));
    expect(await amounts(b)).toEqual(held(5000n));
    expect(await amounts(c)).toEqual(held(2000n));
    expect(await amounts(d)).toEqual(held(3000n));
  });

  it('with skip_queue a failing leg leaves the others applied; with atomic they are refunded through the queue', async () => {
    const rich = await funded(5000n);
    const poor = await funded(100n);
    const dest = await newBalance();
    // 10.00: 5.00 from rich succeeds, 5.00 from poor (1.00) fails. Blnk makes the legs in Go
    // map order (fixed shares are entered first, "left" last); the sandbox starts at the
    // second entry, so rich's leg is made first here.
    const sources = [
      { identifier: rich, distribution: 'left' },
      { identifier: poor, distribution: '5' },
    ];
    const plain = await post({ amount: 10, sources, destination: dest, skip_queue: true });
    expectError(plain, 400, 'TXN_INSUFFICIENT_FUNDS');
    expect(await amounts(rich)).toEqual(held(4500n));
    expect(await amounts(dest)).toEqual(held(500n));

    const atomic = await post({ amount: 10, sources, destination: dest, skip_queue: true, atomic: true });
    expectError(atomic, 400, 'TXN_INSUFFICIENT_FUNDS');
    await sandbox.queue.idle();
    // The second attempt's 5.00 from rich was applied, then refunded: rich and dest are back.
    expect(await amounts(rich)).toEqual(held(4500n));
    expect(await amounts(dest)).toEqual(held(500n));
    expect(await amounts(poor)).toEqual(held(100n));
  });

  it('queued legs are `<ref>_<n>`, each settled on its own: one leg can be REJECTED while another is APPLIED', async () => {
    const rich = await funded(5000n);
    const poor = await funded(100n);
    const dest = await newBalance();
    const res = await post({
      amount: 10,
      sources: [
        { identifier: rich, distribution: '50%' },
        { identifier: poor, distribution: 'left' },
      ],
      destination: dest,
    });
    expect(res.status).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    await sandbox.queue.idle();
    const legs = await childrenOf(res.json.transaction_id);
    expect(legs.map((l) => l.reference).sort()).toEqual([`${res.json.reference}_1`, `${res.json.reference}_2`]);
    const outcomes = await Promise.all(
      legs.map(async (l) => [l.source, (await call('GET', `/transactions/reference/${l.reference}_q`)).json.status]),
    );
    expect(Object.fromEntries(outcomes)).toEqual({ [rich]: 'APPLIED', [poor]: 'REJECTED' });
    expect(await amounts(rich)).toEqual(held(4500n));
    expect(await amounts(dest)).toEqual(held(500n));
  });
});
