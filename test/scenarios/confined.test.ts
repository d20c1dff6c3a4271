import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { bearer, JWT_AUTH, signToken } from '../helpers/jwt.js';
import { startScenario } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 16, Build 3: a principal confined to one identity (a JWT with `blnk_identity_id`), on the
 * sandbox and on real Blnk Core. The operator (ledger:admin, unconfined) builds:
 *   ada: adaUsd (5000 in from @World), adaEur (empty); grace: graceUsd (1000 in from @World);
 *   opUsd, the operator's (no identity).
 *   p1: adaUsd → graceUsd 125 (Ada's payment);  p2: graceUsd → opUsd 100 (none of Ada's business)
 * so adaUsd = 4875, graceUsd = 1025, opUsd = 100.
 * Ada then reads only her own, finds Grace's objects missing (answered exactly as ids that exist
 * nowhere), cannot move Grace's money or set what only the operator may, and can pay what she has.
 */

let h: ScenarioHarness;
let ada: Record<string, string>;
let admin: Record<string, string>;
const tag = `cf${Date.now().toString(36)}`;
const id: Record<string, string> = {};
const MISSING = {
  balance: 'bln_00000000-0000-4000-8000-00000000dead',
  identity: 'idt_00000000-0000-4000-8000-00000000dead',
  transaction: 'txn_00000000-0000-4000-8000-00000000dead',
};

const ScCfLedger = graphql(`
  mutation ScCfLedger($input: CreateLedgerInput!) {
    createLedger(input: $input) {
      __typename
      ... on Ledger {
        id
      }
    }
  }
`);
const ScCfIdentity = graphql(`
  mutation ScCfIdentity($input: CreateIdentityInput!) {
    createIdentity(input: $input) {
      __typename
      ... on Identity {
        id
      }
    }
  }
`);
const ScCfBalance = graphql(`
  mutation ScCfBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Balance {
        id
      }
      ... on Error {
        code
      }
    }
  }
`);
const ScCfPay = graphql(`
  mutation ScCfPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
        status
        preciseAmount
      }
      ... on Error {
        code
        message
      }
      ... on ValidationError {
        field
      }
    }
  }
`);
const ScCfBulk = graphql(`
  mutation ScCfBulk($input: RecordBulkTransactionsInput!) {
    recordBulkTransactions(input: $input) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);
const ScCfRefund = graphql(`
  mutation ScCfRefund($id: ID!) {
    refundTransaction(input: { id: $id, skipQueue: true }) {
      __typename
    }
  }
`);
const ScCfAdmin = graphql(`
  mutation ScCfAdmin($ledger: ID!, $identity: ID!, $target: ID!) {
    createLedger(input: { name: "mine" }) {
      __typename
    }
    createBalance(input: { ledgerId: $ledger, currency: "USD", identityId: $identity }) {
      __typename
    }
    updateMetadata(input: { id: $target, metaData: { note: "x" } }) {
      __typename
    }
  }
`);
const ScCfAmounts = graphql(`
  query ScCfAmounts($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Balance {
        balance
        creditBalance
        debitBalance
      }
    }
  }
`);
const ScCfReads = graphql(`
  query ScCfReads($mine: ID!, $theirs: ID!, $me: ID!, $them: ID!, $myTxn: ID!, $theirTxn: ID!, $theirRef: String!) {
    mine: balance(id: $mine) {
      id
      balance
      identity {
        id
        firstName
      }
    }
    theirs: balance(id: $theirs) {
      id
      balance
    }
    me: identity(id: $me) {
      id
      firstName
    }
    them: identity(id: $them) {
      id
      firstName
    }
    myTxn: transaction(id: $myTxn) {
      id
      preciseAmount
    }
    theirTxn: transaction(id: $theirTxn) {
      id
      preciseAmount
    }
    byRef: transactionByReference(reference: $theirRef) {
      id
    }
    node(id: $theirs) {
      id
    }
  }
`);
const ScCfNested = graphql(`
  query ScCfNested($id: ID!) {
    transaction(id: $id) {
      id
      sourceBalance {
        id
        balance
      }
      destinationBalance {
        id
        balance
      }
    }
  }
`);
const ScCfNodes = graphql(`
  query ScCfNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);
const ScCfLists = graphql(`
  query ScCfLists($grace: ID!) {
    balances(first: 50) {
      edges {
        node {
          id
        }
      }
    }
    identities(first: 50) {
      edges {
        node {
          id
        }
      }
    }
    transactions(first: 50) {
      edges {
        node {
          id
        }
      }
    }
    graceBalances: balances(first: 50, filter: { identityId: { eq: $grace } }) {
      edges {
        node {
          id
        }
      }
    }
    graceTransactions: transactions(first: 50, filter: { sourceIdentityId: { eq: $grace } }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const ScCfLedgers = graphql(`
  query ScCfLedgers {
    ledgers(first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const codes = (errors: { path?: (string | number)[]; extensions?: { code?: string } }[] | undefined) =>
  (errors ?? [])
    .map((e) => [e.path?.join('.') ?? null, e.extensions?.code])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));

/** The operator's view of the balances, exact. */
async function amounts(): Promise<Record<string, string>> {
  const ids = ['adaUsd', 'adaEur', 'graceUsd', 'opUsd'];
  const res = await h.run(ScCfAmounts, { ids: ids.map((n) => id[n]!) }, admin);
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data!.nodes.map((n, i) => [ids[i]!, (n as { balance: string }).balance]));
}

beforeAll(async () => {
  h = await startScenario({ auth: JWT_AUTH });
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
  const must = (v: { __typename: string } | null | undefined): string => {
    expect(v && 'id' in v, JSON.stringify(v)).toBe(true);
    return (v as unknown as { id: string }).id;
  };
  id.ledger = must((await h.run(ScCfLedger, { input: { name: `${tag}-wallets` } }, admin)).data?.createLedger);
  id.ada = must((await h.run(ScCfIdentity, { input: { firstName: 'Ada', identityType: 'individual' } }, admin)).data?.createIdentity);
  id.grace = must((await h.run(ScCfIdentity, { input: { firstName: 'Grace', identityType: 'individual' } }, admin)).data?.createIdentity);
  const bal = async (identityId?: string, currency = 'USD') =>
    must(
      (await h.run(ScCfBalance, { input: { ledgerId: id.ledger!, currency, ...(identityId ? { identityId } : {}) } }, admin)).data
        ?.createBalance,
    );
  id.adaUsd = await bal(id.ada);
  id.adaEur = await bal(id.ada, 'EUR');
  id.graceUsd = await bal(id.grace);
  id.opUsd = await bal();
  const pay = async (name: string, input: Record<string, unknown>) => {
    const res = await h.run(
      ScCfPay,
      { input: { precision: '100', currency: 'USD', description: name, skipQueue: true, reference: `${tag}-${name}`, ...input } as any },
      admin,
    );
    id[name] = must(res.data?.recordTransaction);
  };
  await pay('fundAda', { source: '@World', destination: id.adaUsd, preciseAmount: '5000', allowOverdraft: true });
  await pay('fundGrace', { source: '@World', destination: id.graceUsd, preciseAmount: '1000', allowOverdraft: true });
  await pay('p1', { source: id.adaUsd, destination: id.graceUsd, preciseAmount: '125' });
  await pay('p2', { source: id.graceUsd, destination: id.opUsd, preciseAmount: '100' });
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: id.ada }));
});
afterAll(() => h?.close());

describe('scenarios: confined principal', () => {
  it("reads its own balance, identity and transaction; another identity's answer exactly as ids that exist nowhere", async () => {
    const theirs = {
      mine: id.adaUsd!,
      theirs: id.graceUsd!,
      me: id.ada!,
      them: id.grace!,
      myTxn: id.p1!,
      theirTxn: id.p2!,
      theirRef: `${tag}-p2`,
    };
    const res = await h.run(ScCfReads, theirs, ada);
    expect(res.data).toEqual({
      mine: { id: id.adaUsd, balance: '4875', identity: { id: id.ada, firstName: 'Ada' } },
      theirs: null,
      me: { id: id.ada, firstName: 'Ada' },
      them: null,
      myTxn: { id: id.p1, preciseAmount: '125' },
      theirTxn: null,
      byRef: null,
      node: null,
    });
    expect(codes(res.errors)).toEqual([
      ['byRef', 'NOT_FOUND'],
      ['node', 'NOT_FOUND'],
      ['theirTxn', 'NOT_FOUND'],
      ['theirs', 'NOT_FOUND'],
      ['them', 'NOT_FOUND'],
    ]);
    expect(res.text).not.toContain('Grace');
    expect(res.text).not.toContain('1025');
    // Not an existence oracle: the same answer for ids that exist nowhere.
    const missing = await h.run(
      ScCfReads,
      { ...theirs, theirs: MISSING.balance, them: MISSING.identity, theirTxn: MISSING.transaction, theirRef: `${tag}-nobody` },
      ada,
    );
    const shape = (r: typeof res) => (r.errors ?? []).map((e) => [e.path?.join('.'), e.message, JSON.stringify(e.extensions)]).sort();
    expect(shape(missing)).toEqual(shape(res));
    expect(missing.data).toEqual(res.data);
  });

  it("nested fields and nodes: its payment shows its own side only; another's ids are null", async () => {
    const nested = await h.run(ScCfNested, { id: id.p1! }, ada);
    expect(nested.data?.transaction).toEqual({ id: id.p1, sourceBalance: { id: id.adaUsd, balance: '4875' }, destinationBalance: null });
    expect(codes(nested.errors)).toEqual([['transaction.destinationBalance', 'NOT_FOUND']]);
    const nodes = await h.run(
      ScCfNodes,
      { ids: [id.adaUsd!, id.graceUsd!, id.ada!, id.grace!, id.p1!, id.p2!, id.fundGrace!, MISSING.balance] },
      ada,
    );
    expect(nodes.data?.nodes).toEqual([{ id: id.adaUsd }, null, { id: id.ada }, null, { id: id.p1 }, null, null, null]);
    expect(codes(nodes.errors).map((c) => c.join(' '))).toEqual([
      'nodes.1 NOT_FOUND',
      'nodes.3 NOT_FOUND',
      'nodes.5 NOT_FOUND',
      'nodes.6 NOT_FOUND',
      'nodes.7 NOT_FOUND',
    ]);
  });

  it('lists hold only its own rows; filters on another identity find nothing; ledgers are the operator’s', async () => {
    const res = await h.run(ScCfLists, { grace: id.grace! }, ada);
    expect(res.errors).toBeUndefined();
    const ids = (c: { edges: { node: { id: string } }[] } | null | undefined) => (c?.edges ?? []).map((e) => e.node.id).sort();
    expect(ids(res.data?.balances)).toEqual([id.adaUsd, id.adaEur].sort());
    expect(ids(res.data?.identities)).toEqual([id.ada]);
    // Her balance's rows: the funding and her payment to Grace; never Grace's payment to the operator.
    expect(ids(res.data?.transactions)).toEqual([id.fundAda, id.p1].sort());
    expect(ids(res.data?.graceBalances)).toEqual([]);
    expect(ids(res.data?.graceTransactions)).toEqual([]);
    const ledgers = await h.run(ScCfLedgers, {}, ada);
    expect(codes(ledgers.errors)).toEqual([['ledgers', 'FORBIDDEN']]);
  });

  it("cannot move another identity's money: a foreign and a missing source answer alike, nothing moves", async () => {
    const before = await amounts();
    const transfer = (source: string) => ({
      source,
      destination: id.adaUsd!,
      preciseAmount: '500',
      precision: '100',
      currency: 'USD',
      description: 'take',
      skipQueue: true,
    });
    const foreign = await h.run(ScCfPay, { input: transfer(id.graceUsd!) }, ada);
    const missing = await h.run(ScCfPay, { input: transfer(MISSING.balance) }, ada);
    expect(foreign.data?.recordTransaction ?? null).toBeNull();
    expect(codes(foreign.errors)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    expect(foreign.errors).toEqual(missing.errors);
    const world = await h.run(ScCfPay, { input: transfer('@World') }, ada);
    expect(codes(world.errors)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    const split = await h.run(
      ScCfPay,
      {
        input: {
          ...transfer(id.adaUsd!),
          source: undefined,
          destination: id.opUsd!,
          sources: [
            { identifier: id.adaUsd!, distribution: '50%' },
            { identifier: id.graceUsd!, distribution: 'left' },
          ],
        },
      },
      ada,
    );
    expect(codes(split.errors)).toEqual([['recordTransaction', 'FORBIDDEN']]);
    const bulk = await h.run(
      ScCfBulk,
      {
        input: {
          transactions: [
            { ...transfer(id.adaUsd!), destination: id.opUsd!, skipQueue: undefined },
            { ...transfer(id.graceUsd!), skipQueue: undefined },
          ],
          skipQueue: true,
        },
      },
      ada,
    );
    expect(bulk.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'transactions.1.source' });
    // Refunding Grace's payment to the operator would move the operator's money back to Grace.
    const refund = await h.run(ScCfRefund, { id: id.p2! }, ada);
    expect(codes(refund.errors)).toEqual([['refundTransaction', 'FORBIDDEN']]);
    expect(await amounts()).toEqual(before);
  });

  it('cannot set what only the operator may: overdraft, backdating, holds, reserved metadata, foreign references, admin writes', async () => {
    const before = await amounts();
    const base = {
      source: id.adaUsd!,
      destination: id.graceUsd!,
      preciseAmount: '100',
      precision: '100',
      currency: 'USD',
      description: 'x',
      skipQueue: true,
    };
    const refused: [string, Record<string, unknown>][] = [
      ['allowOverdraft', { allowOverdraft: true, preciseAmount: '999999999' }],
      ['effectiveDate', { effectiveDate: '2020-01-01T00:00:00Z' }],
      ['scheduledFor', { scheduledFor: '2099-01-01T00:00:00Z' }],
      ['inflight', { inflight: true }],
      ['destination', { destination: '@Somewhere' }],
      ['reference', { reference: `${id.grace}:order-1` }],
      ['reference', { reference: `${id.ada}:order-1_q` }],
    ];
    for (const [field, extra] of refused) {
      const res = await h.run(ScCfPay, { input: { ...base, ...extra } as any }, ada);
      expect.soft(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'FORBIDDEN', field });
    }
    // A key Blnk writes itself: refused before Blnk, as FORBIDDEN for a confined caller or, where
    // the gateway refuses it for everyone, as a ValidationError on metaData.
    const reserved = await h.run(ScCfPay, { input: { ...base, metaData: { orderId: 'o-1', QUEUED_PARENT_TRANSACTION: 'x' } } }, ada);
    const typed = reserved.data?.recordTransaction;
    if (reserved.errors) expect(reserved.errors[0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'metaData' });
    else expect(typed).toMatchObject({ __typename: 'ValidationError', field: expect.stringMatching(/^metaData/) });
    const adminWrites = await h.run(ScCfAdmin, { ledger: id.ledger!, identity: id.ada!, target: id.adaUsd! }, ada);
    expect(codes(adminWrites.errors)).toEqual([
      ['createBalance', 'FORBIDDEN'],
      ['createLedger', 'FORBIDDEN'],
      ['updateMetadata', 'FORBIDDEN'],
    ]);
    expect(await amounts()).toEqual(before);
  });

  it('pays what it has, now, exactly; more than it has is InsufficientFundsError', async () => {
    const pay = await h.run(
      ScCfPay,
      {
        input: {
          source: id.adaUsd!,
          destination: id.graceUsd!,
          amount: '1.75',
          precision: '100',
          currency: 'USD',
          description: 'coffee',
          skipQueue: true,
          reference: `${id.ada}:coffee-1`,
        },
      },
      ada,
    );
    expect(pay.errors).toBeUndefined();
    expect(pay.data?.recordTransaction).toMatchObject({ __typename: 'Transaction', status: 'APPLIED', preciseAmount: '175' });
    // adaUsd 4875 − 175 = 4700; graceUsd 1025 + 175 = 1200.
    expect(await amounts()).toEqual({ adaUsd: '4700', adaEur: '0', graceUsd: '1200', opUsd: '100' });
    const tooMuch = await h.run(
      ScCfPay,
      {
        input: {
          source: id.adaUsd!,
          destination: id.graceUsd!,
          preciseAmount: '4701',
          precision: '100',
          currency: 'USD',
          description: 'too much',
          skipQueue: true,
        },
      },
      ada,
    );
    expect(tooMuch.data?.recordTransaction).toMatchObject({ __typename: 'InsufficientFundsError', code: 'INSUFFICIENT_FUNDS' });
    expect(await amounts()).toEqual({ adaUsd: '4700', adaEur: '0', graceUsd: '1200', opUsd: '100' });
  });
});
