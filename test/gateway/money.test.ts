import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

const BIG = 123456789012345678901234567890n;

let h: Harness;
let wallet: string;
let txn: { transaction_id: string; reference: string };

beforeAll(async () => {
  h = await startHarness();
  const f = fixtures(h.sandbox);
  wallet = await f.balance(await f.ledger('Whales'));
  txn = await f.transfer('@World', wallet, BIG);
});
afterAll(() => h.close());

const Amounts = graphql(`
  query Amounts($id: ID!, $txn: ID!, $ref: String!) {
    balance(id: $id) {
      balance
      creditBalance
      debitBalance
      available
      expected
    }
    world: balanceByIndicator(indicator: "@World", currency: "USD") {
      balance
      debitBalance
      indicator
      ledgerId
      identityId
      metaData
    }
    transaction(id: $txn) {
      preciseAmount
      precision
      amount
      status
      destinationBalance {
        balance
      }
    }
    transactionByReference(reference: $ref) {
      id
      precision
      amount
      hash
    }
  }
`);

describe('exact money', () => {
  it('returns 123456789012345678901234567890 as that exact string in every amount field holding it', async () => {
    const res = await h.run(Amounts, { id: wallet, txn: txn.transaction_id, ref: txn.reference });
    expect(res.errors).toBeUndefined();
    const digits = BIG.toString();
    expect(res.data?.balance).toEqual({
      balance: digits,
      creditBalance: digits,
      debitBalance: '0',
      available: digits,
      expected: digits,
    });
    expect(res.data?.world).toEqual({
      balance: `-${digits}`,
      debitBalance: digits,
      indicator: '@World',
      ledgerId: 'general_ledger_id',
      identityId: null,
      metaData: null,
    });
    expect(res.data?.transaction).toEqual({
      preciseAmount: digits,
      precision: '100',
      // 123456789012345678901234567890 / 100, by hand, at the two places of precision 100.
      amount: '1234567890123456789012345678.90',
      status: 'APPLIED',
      destinationBalance: { balance: digits },
    });
    // Read by reference, Blnk omits precision and hash: the gateway completes them by id.
    expect(res.data?.transactionByReference).toMatchObject({
      id: txn.transaction_id,
      precision: '100',
      amount: '1234567890123456789012345678.90',
    });
    expect(res.data?.transactionByReference?.hash).toMatch(/^[0-9a-f]{64}$/);
    // The wire carries them as JSON strings, never numbers.
    expect(res.text).toContain(`"preciseAmount":"${digits}"`);
  });
});
