import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectError, held, openSandbox, txn, useSandbox } from '../helpers/sandbox.js';

/**
 * SANDBOX-ONLY beliefs: they hold the sandbox's queue worker with `queue.pause()` between two
 * requests (and wait with `queue.idle()`), which nothing can do to real Blnk, whose queue applies
 * in 250–1,300 ms. What they pin (queued amounts, an action pending on a hold, the QUEUED parent
 * as a commit's target) is Blnk's behaviour as read from its source; the same REST beliefs that
 * need no pause run on both targets in test/contract/transactions.test.ts and
 * test/contract/inflight-refund-bulk.test.ts.
 */

const { sandbox, call, newBalance, post, funded, balance, amounts, childrenOf } = useSandbox();

const inflight = (id: string, body: Record<string, unknown>) => call('PUT', `/transactions/inflight/${id}`, { body });

async function hold(source: string, destination: string, amount: bigint): Promise<string> {
  const res = await post({ precise_amount: amount, source, destination, inflight: true, skip_queue: true });
  expect(res.json.status).toBe('INFLIGHT');
  return res.json.transaction_id;
}

describe('the queue held between requests (sandbox only)', () => {
  it('the QUEUED row is not there while the 201 is read, and is once the prepare step has run, with the worker still held', async () => {
    // A slow prepare step (a second), so that no pause of a busy machine between the answer and
    // the look at the store can let it run first.
    const { sandbox: slow, call: c, ledger, newBalance: balanceOn } = await openSandbox({ queue: { prepareMs: 1000 } });
    try {
      const dest = await balanceOn('USD', await ledger('slow'));
      slow.queue.pause();
      const res = await c('POST', '/transactions', {
        body: txn({ precise_amount: 5n, source: '@World', destination: dest, allow_overdraft: true }),
      });
      expect(res.status).toBe(201);
      const id: string = res.json.transaction_id;
      expect(slow.store.transactions.has(id)).toBe(false);
      expect((await c('GET', `/transactions/${id}`)).status).toBe(404);
      await slow.queue.idle();
      expect(slow.store.transactions.get(id)?.status).toBe('QUEUED');
      expect(slow.store.childrenOf(id)).toEqual([]);
      slow.queue.resume();
      await slow.queue.idle();
      expect(slow.store.childrenOf(id).map((x) => x.status)).toEqual(['APPLIED']);
    } finally {
      await slow.close();
    }
  });

  it('with the worker paused, GET /balances/:id?with_queued=true shows queued_debit/credit_balance; without it they are absent; after resume they are 0 (§6, §4.1)', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    sandbox.queue.pause();
    try {
      // Two that will apply, one that will be REJECTED (b is empty), one that will be held INFLIGHT.
      for (const body of [
        { precise_amount: 3000n, source: a, destination: b },
        { precise_amount: 500n, source: a, destination: b },
        { precise_amount: 99_999n, source: b, destination: a },
        { precise_amount: 200n, source: a, destination: b, inflight: true },
      ]) {
        const res = await post(body);
        expect(res.status).toBe(201);
        expect(res.json.status).toBe('QUEUED');
      }
      await sandbox.queue.idle(); // the QUEUED rows are written; the worker is held

      const qa = await balance(a, '?with_queued=true');
      expect(qa.queued_debit_balance).toBe(3000n + 500n + 200n);
      expect(qa.queued_credit_balance).toBe(99_999n);
      expect(qa.balance).toBe(10_000n);
      const qb = await balance(b, '?with_queued=true');
      expect(qb.queued_debit_balance).toBe(99_999n);
      expect(qb.queued_credit_balance).toBe(3000n + 500n + 200n);
      expect(qb.balance).toBe(0n);
      // Go field order: the queued pair sits between inflight_debit_balance and ledger_id.
      const keys = Object.keys(qa);
      expect(keys.slice(keys.indexOf('inflight_debit_balance'), keys.indexOf('ledger_id') + 1)).toEqual([
        'inflight_debit_balance',
        'queued_debit_balance',
        'queued_credit_balance',
        'ledger_id',
      ]);

      const plain = await call('GET', `/balances/${a}`);
      expect(plain.text).not.toContain('queued_');
      // Only the exact string "true" turns it on.
      const one = await call('GET', `/balances/${a}?with_queued=1`);
      expect(one.status).toBe(200);
      expect(one.text).not.toContain('queued_');
    } finally {
      sandbox.queue.resume();
    }
    await sandbox.queue.idle();

    // Settled by an APPLIED, REJECTED or INFLIGHT child, none of them is queued any more.
    const after = await balance(a, '?with_queued=true');
    expect(after.queued_debit_balance).toBe(0n);
    expect(after.queued_credit_balance).toBe(0n);
    expect(after.balance).toBe(6500n);
    expect(after.inflight_debit_balance).toBe(200n);
    const afterB = await balance(b, '?with_queued=true');
    expect(afterB.queued_debit_balance).toBe(0n);
    expect(afterB.queued_credit_balance).toBe(0n);
    expect(afterB.balance).toBe(3500n);
    expect(afterB.inflight_credit_balance).toBe(200n);
  });

  it('in queued mode the @ balance exists once the transaction is prepared, before the worker applies it (§7)', async () => {
    const dest = await newBalance();
    const indicator = `@Bank${randomUUID().slice(0, 8)}`;
    sandbox.queue.pause();
    try {
      const res = await post({ precise_amount: 10n, source: indicator, destination: dest, allow_overdraft: true });
      expect(res.status).toBe(201);
      await sandbox.queue.idle();
      const bank = await call('GET', `/balances/indicator/${indicator}/currency/USD`);
      expect(bank.status).toBe(200);
      expect(bank.json.balance).toBe(0n);
      expect(bank.json.ledger_id).toBe('general_ledger_id');
    } finally {
      sandbox.queue.resume();
    }
    await sandbox.queue.idle();
    const bank = await call('GET', `/balances/indicator/${indicator}/currency/USD`);
    expect(bank.json.balance).toBe(-10n);
  });

  it('a second queued action on a hold while a queued one is pending is 409 GEN_CONFLICT; a skip_queue one is not asked and acts now (§4.4, v0.15; real Blnk v0.15.2, test/contract/row-limit.test.ts)', async () => {
    const a = await funded(10_000n);
    const b = await newBalance();
    const id = await hold(a, b, 800n);
    sandbox.queue.pause();
    try {
      const queued = await inflight(id, { status: 'commit', precise_amount: 300n });
      expect(queued.status).toBe(200);
      expect(queued.json.queued).toBe(true);
      expectError(await inflight(id, { status: 'void' }), 409, 'GEN_CONFLICT');
      // Nothing has moved yet.
      expect(await amounts(a)).toEqual(held(10_000n, 800n));
      const now = await inflight(id, { status: 'commit', precise_amount: 300n, skip_queue: true });
      expect(now.status).toBe(200);
      expect(await amounts(a)).toEqual(held(9700n, 500n));
    } finally {
      sandbox.queue.resume();
    }
    await sandbox.queue.idle();
    expect(await amounts(a)).toEqual(held(9400n, 200n));
  });

  it('a queued commit may name the QUEUED parent of a hold before the worker has made the hold: 200 with the QUEUED row and queued: true; applied to the hold once it exists (blnk: IsInflightTransaction)', async () => {
    const a = await funded(1000n);
    const b = await newBalance();
    sandbox.queue.pause();
    const queued = await post({ precise_amount: 300n, source: a, destination: b, inflight: true });
    expect(queued.json.status).toBe('QUEUED');
    await sandbox.queue.idle();
    const res = await inflight(queued.json.transaction_id, { status: 'commit' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ transaction_id: queued.json.transaction_id, status: 'QUEUED', queued: true, inflight: true });
    expectError(await inflight(queued.json.transaction_id, { status: 'void' }), 409, 'GEN_CONFLICT');
    sandbox.queue.resume();
    await sandbox.queue.idle();
    const holdRow = (await call('GET', `/transactions/reference/${queued.json.reference}_q`)).json;
    expect(holdRow.status).toBe('INFLIGHT');
    expect((await childrenOf(holdRow.transaction_id)).map((c) => [c.status, c.precise_amount])).toEqual([['APPLIED', 300n]]);
    expect(await amounts(a)).toEqual(held(700n));
    expect(await amounts(b)).toEqual(held(300n));
  });

  it('a queued bulk answers before anything moves: with the worker held its items are QUEUED rows under the batch', async () => {
    const a = await funded(1000n);
    const b = await newBalance();
    sandbox.queue.pause();
    try {
      const res = await call('POST', '/transactions/bulk', {
        body: {
          transactions: [txn({ precise_amount: 300n, source: a, destination: b }), txn({ precise_amount: 5n, source: a, destination: b })],
        },
      });
      expect(res.status).toBe(201);
      await sandbox.queue.idle();
      expect(await amounts(a)).toEqual(held(1000n));
      const queued = await childrenOf(res.json.batch_id);
      expect(queued.map((r) => r.status)).toEqual(['QUEUED', 'QUEUED']);
    } finally {
      sandbox.queue.resume();
    }
    await sandbox.queue.idle();
    expect(await amounts(a)).toEqual(held(695n));
  });
});
