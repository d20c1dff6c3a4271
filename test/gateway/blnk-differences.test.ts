import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/*
 * The gateway against what Blnk v0.15.2 really does (docs/blnk-differences.md), through
 * yoga.fetch and the sandbox on loopback.
 */
let h: Harness;
let f: ReturnType<typeof fixtures>;
let ledger: string;

beforeAll(async () => {
  h = await startHarness();
  f = fixtures(h.sandbox);
  ledger = await f.ledger('Differences');
});
afterAll(() => h.close());

const Split = graphql(`
  mutation SplitPrecise($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        status
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const ByIdentity = graphql(`
  query TransactionsByIdentity($filter: TransactionFilter) {
    transactions(first: 10, filter: $filter) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const NewBalance = graphql(`
  mutation NewOwnedBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const Forget = graphql(`
  mutation ForgetIdentity($id: ID!) {
    deleteIdentity(id: $id) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);

const Blank = graphql(`
  mutation BlankIdentityUpdate($input: UpdateIdentityInput!) {
    updateIdentity(input: $input) {
      __typename
      ... on ValidationError {
        code
      }
    }
  }
`);

const TagTransaction = graphql(`
  mutation TagTransaction($input: UpdateMetadataInput!) {
    updateMetadata(input: $input) {
      __typename
      ... on UpdateMetadataPayload {
        metaData
      }
    }
  }
`);

describe('Blnk v0.15.2 differences, gateway side', () => {
  it('sends precise_distribution as a string of minor units, which Blnk binds', async () => {
    const [a, b] = [await f.balance(ledger), await f.balance(ledger)];
    h.sandbox.resetRequests();
    const res = await h.run(Split, {
      input: {
        source: '@World',
        destinations: [
          { identifier: a, preciseDistribution: '40' },
          { identifier: b, distribution: 'left' },
        ],
        preciseAmount: '100',
        precision: '100',
        currency: 'USD',
        description: 'split',
        allowOverdraft: true,
        skipQueue: true,
      },
    });
    expect(res.data?.recordTransaction).toMatchObject({ __typename: 'Transaction' });
    const sent = h.sandbox.requests.find((r) => r.route === '/transactions' && r.method === 'POST')!.body;
    expect(sent).toContain('"precise_distribution":"40"');
  });

  it('filters transactions on an identity through its balances, never with source_identity', async () => {
    const owner = await f.identity('Owner');
    const mine = await f.balance(ledger, 'USD', owner);
    const other = await f.balance(ledger);
    const toMine = await f.transfer('@World', mine, 10n);
    await f.transfer('@World', other, 10n);
    const fromMine = await f.transfer(mine, other, 5n);

    h.sandbox.resetRequests();
    const dest = await h.run(ByIdentity, { filter: { destinationIdentityId: { eq: owner } } });
    expect(dest.errors).toBeUndefined();
    expect(dest.data?.transactions?.edges.map((e) => e.node.id)).toEqual([toMine.transaction_id]);
    expect(h.upstream().map((r) => r.route)).toEqual(['/balances/filter', '/transactions/filter']);
    const body = h.sandbox.requests.find((r) => r.route === '/transactions/filter')!.body;
    expect(body).not.toContain('identity');

    const src = await h.run(ByIdentity, { filter: { sourceIdentityId: { in: [owner] } } });
    expect(src.data?.transactions?.edges.map((e) => e.node.id)).toEqual([fromMine.transaction_id]);

    const nobody = await f.identity('Nobody');
    h.sandbox.resetRequests();
    const none = await h.run(ByIdentity, { filter: { sourceIdentityId: { eq: nobody } } });
    expect(none.data?.transactions?.edges).toEqual([]);
  });

  it('names the identity, not the ledger, when Blnk says "Invalid ledger ID" for an unknown identity', async () => {
    const res = await h.run(NewBalance, {
      input: { ledgerId: ledger, currency: 'USD', identityId: 'idt_00000000-0000-4000-8000-000000000042' },
    });
    expect(res.data?.createBalance).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'Identity not found' });
    const noLedger = await h.run(NewBalance, {
      input: {
        ledgerId: 'ldg_00000000-0000-4000-8000-000000000042',
        currency: 'USD',
        identityId: 'idt_00000000-0000-4000-8000-000000000042',
      },
    });
    expect(noLedger.data?.createBalance).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'Ledger not found' });
  });

  it('answers a ConflictError for an identity that still owns balances, and a ValidationError for an empty update', async () => {
    const owner = await f.identity('Holder');
    await f.balance(ledger, 'USD', owner);
    expect((await h.run(Forget, { id: owner })).data?.deleteIdentity).toEqual({ __typename: 'ConflictError', code: 'CONFLICT' });
    h.sandbox.resetRequests();
    expect((await h.run(Blank, { input: { id: owner, city: '' } })).data?.updateIdentity).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_ERROR',
    });
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('answers the merged metadata of a transaction, though Blnk answers only the patch', async () => {
    const txn = await f.transfer('@World', await f.balance(ledger), 10n, { meta_data: { order: 'A-1' } });
    const res = await h.run(TagTransaction, { input: { id: txn.transaction_id, metaData: { settled: true } } });
    expect(res.data?.updateMetadata).toEqual({
      __typename: 'UpdateMetadataPayload',
      metaData: { allow_overdraft: true, order: 'A-1', settled: true },
    });
  });
});
