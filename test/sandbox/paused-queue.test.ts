import { describe, expect, it } from 'vitest';
import { openSandbox, ref } from '../helpers/sandbox.js';

/*
 * Sandbox-only: a queue held paused is a sandbox control (real Blnk's workers cannot be held), so
 * QUEUED transfers stay queued long enough to read with_queued deterministically. The REST
 * beliefs about with_queued run on both targets in test/contract/ledgers-balances.test.ts.
 */
describe('sandbox-only: with_queued while the queue is held paused (§6)', () => {
  it('sums QUEUED transfers as queued debit on the source and queued credit on the destination', async () => {
    const { sandbox: paused, call: c, ledger, newBalance } = await openSandbox({ queue: { paused: true } });
    try {
      const ledgerId = await ledger('q');
      const [from, to] = [await newBalance('USD', ledgerId), await newBalance('USD', ledgerId)];
      for (const amount of [1_234n, 10_000n]) {
        const res = await c('POST', '/transactions', {
          body: {
            precise_amount: amount,
            precision: 100,
            currency: 'USD',
            reference: ref('q'),
            description: 'queued',
            source: from,
            destination: to,
            allow_overdraft: true,
          },
        });
        expect(res.status).toBe(201);
        expect(res.json.status).toBe('QUEUED');
      }
      await paused.queue.idle();
      const source = await c('GET', `/balances/${from}?with_queued=true`);
      expect(source.json.queued_debit_balance).toBe(11_234n);
      expect(source.json.queued_credit_balance).toBe(0n);
      expect(source.json.balance).toBe(0n);
      const destination = await c('GET', `/balances/${to}?with_queued=true`);
      expect(destination.json.queued_debit_balance).toBe(0n);
      expect(destination.json.queued_credit_balance).toBe(11_234n);
    } finally {
      await paused.close();
    }
  });
});
