import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlnkError } from '../../src/blnk/errors.js';
import { mutationError } from '../../src/blnk/refusals.js';
import { ValidationError } from '../../src/domain/errors.js';
import { scaleOf, toDecimal } from '../../src/domain/money.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * Issue 13, items 5 to 7 and 9: errors a newcomer understands (where in the input, why, in the
 * gateway's words), amounts at their precision's scale, and why Blnk rejected a queued transfer.
 */

let h: Harness;
let f: ReturnType<typeof fixtures>;
let ledger: string;

beforeAll(async () => {
  h = await startHarness();
  f = fixtures(h.sandbox);
  ledger = await f.ledger('Adoption');
});
afterAll(() => h.close());

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; data?: any; errors?: any[] }> {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...JSON.parse(await res.text()) };
}

const REFUSAL = `... on ValidationError { code field path message problems { path message } }`;

describe('amounts at the scale of their precision', () => {
  it('writes every place the precision has, trailing zeros included', () => {
    // By hand: 1230 / 100 = 12.30; 5 / 1 = 5; 5 / 4 = 1.25; 4 / 4 = 1.00; 1 / 8 = 0.125.
    expect(toDecimal(1230n, 100n)).toBe('12.30');
    expect(toDecimal(1200n, 100n)).toBe('12.00');
    expect(toDecimal(-5n, 100n)).toBe('-0.05');
    expect(toDecimal(5n, 1n)).toBe('5');
    expect(toDecimal(5n, 4n)).toBe('1.25');
    expect(toDecimal(4n, 4n)).toBe('1.00');
    expect(toDecimal(8n, 8n)).toBe('1.000');
    expect(toDecimal(10n ** 18n, 10n ** 18n)).toBe(`1.${'0'.repeat(18)}`);
    // 1/3 never ends: 16 places, rounded half up; 3/3 keeps the same 16 places.
    expect(toDecimal(1n, 3n)).toBe('0.3333333333333333');
    expect(toDecimal(2n, 3n)).toBe('0.6666666666666667');
    expect(toDecimal(3n, 3n)).toBe('1.0000000000000000');
    expect([scaleOf(1n), scaleOf(100n), scaleOf(4n), scaleOf(50n), scaleOf(12n)]).toEqual([0, 2, 2, 2, 16]);
  });

  it('answers Transaction.amount as "12.30", never "12.3", at precision 100', async () => {
    const wallet = await f.balance(ledger);
    const res = await gql(
      `mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on Transaction { id amount } } }`,
      {
        input: {
          source: '@World',
          destination: wallet,
          preciseAmount: '1230',
          precision: '100',
          currency: 'USD',
          description: 'scale',
          allowOverdraft: true,
          skipQueue: true,
        },
      },
    );
    expect(res.data.recordTransaction).toMatchObject({ __typename: 'Transaction', amount: '12.30' });
    const read = await gql(`query ($id: ID!) { transaction(id: $id) { amount } }`, { id: res.data.recordTransaction.id });
    expect(read.data.transaction.amount).toBe('12.30');
  });
});

describe('ValidationError.path and problems', () => {
  it('points into a bulk item by its index', async () => {
    const wallet = await f.balance(ledger);
    const item = { source: '@World', destination: wallet, precision: '100', currency: 'USD', description: 'bulk', allowOverdraft: true };
    h.sandbox.resetRequests();
    const res = await gql(
      `mutation ($input: RecordBulkTransactionsInput!) { recordBulkTransactions(input: $input) { __typename ${REFUSAL} } }`,
      {
        input: {
          transactions: [
            { ...item, amount: '1.00' },
            { ...item, amount: '1.00' },
            { ...item, amount: '1.001' },
          ],
        },
      },
    );
    expect(res.data.recordBulkTransactions).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_ERROR',
      field: 'transactions.2.amount',
      path: ['transactions', '2', 'amount'],
      problems: [{ path: ['transactions', '2', 'amount'] }],
    });
    expect(h.sandbox.requests).toEqual([]);
  });

  it('says that a missing precision defaulted to 1, and what that means', async () => {
    const wallet = await f.balance(ledger);
    const res = await gql(`mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ${REFUSAL} } }`, {
      input: { source: '@World', destination: wallet, amount: '12.34', currency: 'USD', description: 'no precision', allowOverdraft: true },
    });
    expect(res.data.recordTransaction).toMatchObject({ __typename: 'ValidationError', path: ['amount'] });
    expect(res.data.recordTransaction.message).toMatch(/precision was not given and defaulted to 1/);
    expect(res.data.recordTransaction.message).toMatch(/whole units/);
    // With a precision, the message is about the places instead.
    const placed = await gql(`mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ${REFUSAL} } }`, {
      input: {
        source: '@World',
        destination: wallet,
        amount: '12.345',
        precision: '100',
        currency: 'USD',
        description: 'places',
        allowOverdraft: true,
      },
    });
    expect(placed.data.recordTransaction.message).toBe('amount has more decimal places than precision 100 holds');
  });

  it('maps Blnk\'s "a: …; b: …" refusal to one problem each, in the gateway\'s words', () => {
    const refused = new BlnkError(
      400,
      'BAL_VALIDATION_ERROR',
      'currency: cannot be blank; ledger_id: must be a valid value; meta_data: some text Blnk wrote.',
    );
    const error = mutationError(refused) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems).toEqual([
      { path: ['currency'], message: 'currency is required and cannot be blank' },
      { path: ['ledgerId'], message: 'ledgerId is not one of the values Blnk accepts' },
      { path: ['metaData'], message: 'metaData was refused by Blnk' },
    ]);
    expect(error.path).toEqual(['currency']);
    expect(error.field).toBe('currency');
    expect(error.message).toBe('Blnk refused 3 values: currency, ledgerId, metaData');
    expect(JSON.stringify(error.problems)).not.toMatch(/some text Blnk wrote/);
  });

  it('gives a refusal that names no field a reason in words, never "Blnk refused the input" or Blnk\'s text', () => {
    const malformed = mutationError(new BlnkError(400, 'GEN_MALFORMED_REQUEST', 'Invalid input')) as ValidationError;
    expect(malformed.path).toBeNull();
    expect(malformed.message).toMatch(/type or format/);
    const bare = mutationError(new BlnkError(400, 'TXN_VALIDATION_ERROR', 'something odd happened')) as ValidationError;
    expect(bare.field).toBeNull();
    expect(bare.message).not.toBe('Blnk refused the input');
    expect(bare.message).not.toMatch(/something odd/);
    // A refusal that names a known field without ozzo's form still points at it.
    const distribution = mutationError(
      new BlnkError(400, 'TXN_VALIDATION_ERROR', 'invalid precise_distribution format'),
    ) as ValidationError;
    expect(distribution.path).toEqual(['preciseDistribution']);
  });
});

describe('Transaction.rejectionReason', () => {
  it('says why Blnk rejected a queued transfer, on the queued transaction and on its REJECTED outcome', async () => {
    const empty = await f.balance(ledger);
    const payee = await f.balance(ledger);
    const reference = `reject-${Date.now()}`;
    const sent = await gql(
      `mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on Transaction { status } } }`,
      {
        input: {
          source: empty,
          destination: payee,
          preciseAmount: '500',
          precision: '100',
          currency: 'USD',
          description: 'too much',
          reference,
        },
      },
    );
    // Queued: Blnk answers at once and only checks the funds when it applies the transfer.
    expect(sent.data.recordTransaction).toEqual({ __typename: 'Transaction', status: 'QUEUED' });
    const query = `query ($ref: String!) {
      transactionByReference(reference: $ref) {
        status
        rejectionReason { code message }
        outcome { status rejectionReason { code message } metaData }
      }
    }`;
    let read: any = null;
    // Blnk's queue applies the transfer after the answer: poll, bounded.
    for (let i = 0; i < 200; i += 1) {
      read = await gql(query, { ref: reference });
      if (read.data?.transactionByReference?.outcome) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const txn = read.data.transactionByReference;
    expect(txn.outcome.status).toBe('REJECTED');
    const reason = { code: 'INSUFFICIENT_FUNDS', message: expect.stringMatching(/did not hold enough/) };
    expect(txn.outcome.rejectionReason).toEqual(reason);
    expect(txn.rejectionReason).toEqual(reason);
    // Blnk's own text stays where Blnk put it, and out of the typed reason.
    expect(typeof txn.outcome.metaData.blnk_rejection_reason).toBe('string');
    expect(txn.outcome.rejectionReason.message).not.toContain(txn.outcome.metaData.blnk_rejection_reason);
  });

  it('is null on an applied transaction', async () => {
    const wallet = await f.balance(ledger);
    const res = await gql(
      `mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { ... on Transaction { status rejectionReason { code } } } }`,
      {
        input: {
          source: '@World',
          destination: wallet,
          preciseAmount: '1',
          currency: 'USD',
          description: 'ok',
          allowOverdraft: true,
          skipQueue: true,
        },
      },
    );
    expect(res.data.recordTransaction).toEqual({ status: 'APPLIED', rejectionReason: null });
  });
});
