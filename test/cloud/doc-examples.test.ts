import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import {
  DATA_BALANCE_DETAIL,
  DATA_TRANSACTIONS_LIST,
  DATA_TRANSACTIONS_REFERENCE,
  FILTER_BALANCES,
  FILTER_LEDGERS,
  FILTER_TRANSACTIONS,
  PROXY_BALANCE_CREATED,
  PROXY_LEDGER_CREATED,
  PROXY_METADATA_UPDATED,
  PROXY_TRANSACTION_CREATED,
} from '../fixtures/cloud-docs.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import { fakeCloud } from './fake-cloud.js';

/**
 * Each example response of Cloud's documents (test/fixtures/cloud-docs.ts, cited there by path),
 * served byte for byte by a fake Cloud and read through the gateway (issue 22, acceptance 1):
 * no UPSTREAM_ERROR, values checked by hand, and the calls each selection costs.
 */
const CLOUD = { token: 'blnk_at_doc-examples', instanceId: 'inst_docs' };
const BALANCE = 'bln_5ce86029-3c2e-4e2a-aae2-7fb931ca4c4f';
const LEDGER = 'ldg_073f7ffe-9dfd-42ce-aa50-d1dca1788adc';
const TXN = 'txn_c4e70eb8-e4d6-4e04-a2e2-92a43b969e0c';

/**
 * Core's own row for that balance as the proxy forwards it (GET /proxy/balances/{id}): Core's keys
 * (seed 002 lists them; it shows no body), minor units. Built for these tests: balance 10050 is
 * the Filters API example's amount for the same balance, so every route agrees.
 */
const CORE_BALANCE = {
  balance: 10050,
  version: 3,
  inflight_balance: 0,
  credit_balance: 15075,
  inflight_credit_balance: 0,
  debit_balance: 5025,
  inflight_debit_balance: 0,
  ledger_id: LEDGER,
  identity_id: '',
  balance_id: BALANCE,
  indicator: 'acct-main',
  currency: 'USD',
  created_at: '2024-11-26T08:36:36.238244338Z',
  inflight_expires_at: '0001-01-01T00:00:00Z',
  meta_data: null,
  track_fund_lineage: true,
  allocation_strategy: 'FIFO',
};
/** Core's filter row of it: no version, lineage or strategy (docs/blnk-contract.md section 4.1). */
const { version: _v, track_fund_lineage: _t, allocation_strategy: _a, ...CORE_BALANCE_ROW } = CORE_BALANCE;

/** The Data API list example's row, served as the transaction's Data API detail. */
const dataRow = (example: string) => JSON.stringify((JSON.parse(example) as { data: unknown[] }).data[0]);

const BalanceThin = graphql(`
  query DocBalanceThin($id: ID!) {
    balance(id: $id) {
      id
      currency
      ledgerId
      identityId
      createdAt
      metaData
    }
  }
`);

const BalanceWithLedger = graphql(`
  query DocBalanceWithLedger($id: ID!) {
    balance(id: $id) {
      currency
      ledger {
        name
      }
    }
  }
`);

const BalanceFull = graphql(`
  query DocBalanceFull($id: ID!) {
    balance(id: $id) {
      balance
      creditBalance
      version
      trackFundLineage
      indicator
      allocationStrategy
    }
  }
`);

const BalancesAmount = graphql(`
  query DocBalancesAmount {
    balances(first: 1) {
      totalCount
      edges {
        node {
          id
          balance
          currency
          ledgerId
        }
      }
    }
  }
`);

const BalancesCredit = graphql(`
  query DocBalancesCredit {
    balances(first: 1) {
      edges {
        node {
          id
          balance
          creditBalance
        }
      }
    }
  }
`);

const TransactionAmounts = graphql(`
  query DocTransaction($id: ID!) {
    transaction(id: $id) {
      id
      preciseAmount
      amount
      currency
      status
    }
  }
`);

const TransactionsPage = graphql(`
  query DocTransactions {
    transactions(first: 1) {
      edges {
        node {
          id
          preciseAmount
          currency
        }
      }
    }
  }
`);

const LedgersPage = graphql(`
  query DocLedgers($meta: Boolean!) {
    ledgers(first: 1) {
      edges {
        node {
          id
          name
          createdAt
          metaData @include(if: $meta)
        }
      }
    }
  }
`);

/** A Filters API page of 2 and, its example's total saying the page was capped at 1, pages 1 and 2 of 1. */
const FILTERS_THEN_REREAD = (call: string) => [call, call, call];

describe('the documents’ example responses through the gateway (Blnk Cloud)', () => {
  let cloud: Awaited<ReturnType<typeof fakeCloud>>;
  let run: ReturnType<typeof runOn>;
  let closeGateway: () => Promise<void>;

  beforeAll(async () => {
    cloud = await fakeCloud({
      [`GET /data/balances/${BALANCE}`]: DATA_BALANCE_DETAIL.body,
      [`GET /proxy/balances/${BALANCE}`]: JSON.stringify(CORE_BALANCE),
      'POST /balances/filter': FILTER_BALANCES.body,
      'POST /proxy/balances/filter': JSON.stringify([CORE_BALANCE_ROW]),
      'POST /ledger/filter': FILTER_LEDGERS.body,
      'POST /proxy/ledgers/filter': JSON.stringify([PROXY_LEDGER_CREATED].map((e) => JSON.parse(e.body))),
      [`GET /data/transactions/${TXN}`]: dataRow(DATA_TRANSACTIONS_LIST.body),
      [`GET /proxy/transactions/${TXN}`]: PROXY_TRANSACTION_CREATED.body,
      'POST /transactions/filter': FILTER_TRANSACTIONS.body,
      'POST /proxy/transactions/filter': `[${PROXY_TRANSACTION_CREATED.body}]`,
    });
    const { gateway, dispatcher, http } = gatewayOver(cloud.url, { cloud: CLOUD });
    run = runOn(gateway);
    closeGateway = async () => {
      http.shutdown();
      await dispatcher.close();
    };
  });
  afterAll(async () => {
    await closeGateway();
    await cloud.close();
  });

  it('seed 000 (Data API balance detail): what it holds is one Data API call; its decimal amounts are never used', async () => {
    cloud.reset();
    const res = await run(BalanceThin, { id: BALANCE });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance).toEqual({
      id: BALANCE,
      currency: 'USD',
      ledgerId: LEDGER,
      // "identity_id": "" is Core's "none".
      identityId: null,
      createdAt: '2024-11-26T08:36:36.238Z',
      metaData: null,
    });
    expect(cloud.calls()).toEqual([`GET /data/balances/${BALANCE}`]);
  });

  it('seed 000 with the ledger: one Data API call for the balance, one Filters API call for the ledger', async () => {
    cloud.reset();
    const res = await run(BalanceWithLedger, { id: BALANCE });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance).toEqual({ currency: 'USD', ledger: { name: 'My Integration Ledger' } });
    expect(cloud.calls().sort()).toEqual([`GET /data/balances/${BALANCE}`, 'POST /ledger/filter']);
  });

  it('amounts, version, lineage and indicator come from Core’s row behind the proxy in one call, never 0/false/null from the Data API row', async () => {
    cloud.reset();
    const res = await run(BalanceFull, { id: BALANCE });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance).toEqual({
      // Not the Data API's 100.50 (major units, no precision): Core's minor units.
      balance: '10050',
      creditBalance: '15075',
      version: 3,
      trackFundLineage: true,
      indicator: 'acct-main',
      allocationStrategy: 'FIFO',
    });
    expect(cloud.calls()).toEqual([`GET /proxy/balances/${BALANCE}`]);
  });

  it('filters-api.mdx balances: 10050 reads "10050" (minor units), with the estimate-free total', async () => {
    cloud.reset();
    const res = await run(BalancesAmount, {});
    expect(res.errors).toBeUndefined();
    expect(res.data?.balances?.edges.map((e) => e.node)).toEqual([{ id: BALANCE, balance: '10050', currency: 'USD', ledgerId: LEDGER }]);
    expect(res.data?.balances?.totalCount).toBe(5);
    // The example's exact total (5) beside its one row, for a page of 2 (first: 1 and the probe
    // row), reads as a page Cloud capped at one row: the window is read again in pages of 1
    // (cloud-pages.ts) rather than trust it; the fake answers the example every time, and the
    // repeated row is one row.
    expect(cloud.calls()).toEqual(FILTERS_THEN_REREAD('POST /balances/filter'));
  });

  it('a page selecting a field the Filters row lacks: the Filters API call and one batched proxy filter with `in`', async () => {
    cloud.reset();
    const res = await run(BalancesCredit, {});
    expect(res.errors).toBeUndefined();
    // The same balance reads the same through every route: 10050 on the Filters API, Core's row and the proxy.
    expect(res.data?.balances?.edges.map((e) => e.node)).toEqual([{ id: BALANCE, balance: '10050', creditBalance: '15075' }]);
    expect(cloud.calls()).toEqual([...FILTERS_THEN_REREAD('POST /balances/filter'), 'POST /proxy/balances/filter']);
    const completion = JSON.parse(cloud.requests[3]!.body) as { filters: unknown[] };
    expect(completion.filters).toEqual([{ field: 'balance_id', operator: 'in', values: [BALANCE] }]);
  });

  it('data-api.mdx transaction list row as the Data API detail: 100.50 × precision 100 = preciseAmount "10050", one call', async () => {
    cloud.reset();
    const res = await run(TransactionAmounts, { id: TXN });
    expect(res.errors).toBeUndefined();
    expect(res.data?.transaction).toEqual({ id: TXN, preciseAmount: '10050', amount: '100.50', currency: 'USD', status: 'APPLIED' });
    expect(cloud.calls()).toEqual([`GET /data/transactions/${TXN}`]);
  });

  it('filters-api.mdx transactions (no precision): preciseAmount from Core’s row behind the proxy, one batched call', async () => {
    cloud.reset();
    const res = await run(TransactionsPage, {});
    expect(res.errors).toBeUndefined();
    expect(res.data?.transactions?.edges.map((e) => e.node)).toEqual([{ id: TXN, preciseAmount: '10050', currency: 'USD' }]);
    expect(cloud.calls().filter((c) => c === 'POST /proxy/transactions/filter')).toHaveLength(1);
    expect(cloud.calls().every((c) => c === 'POST /transactions/filter' || c === 'POST /proxy/transactions/filter')).toBe(true);
  });

  it('filters-api.mdx ledgers: the Filters API alone; metaData (not in the row) from Core’s filter behind the proxy', async () => {
    cloud.reset();
    const thin = await run(LedgersPage, { meta: false });
    expect(thin.errors).toBeUndefined();
    expect(thin.data?.ledgers?.edges.map((e) => e.node)).toEqual([
      { id: LEDGER, name: 'My Integration Ledger', createdAt: '2024-02-20T05:28:03.558Z' },
    ]);
    expect(cloud.calls()).toEqual(FILTERS_THEN_REREAD('POST /ledger/filter'));
    cloud.reset();
    const full = await run(LedgersPage, { meta: true });
    expect(full.errors).toBeUndefined();
    expect(full.data?.ledgers?.edges[0]?.node.metaData).toEqual({
      description: 'Ledger for integration test – all test balances and transactions live here',
    });
    expect(cloud.calls()).toEqual([...FILTERS_THEN_REREAD('POST /ledger/filter'), 'POST /proxy/ledgers/filter']);
  });
});

const ByIndicator = graphql(`
  query DocByIndicator($full: Boolean!) {
    balanceByIndicator(indicator: "acct-main", currency: "USD") {
      id
      indicator
      currency
      ledgerId
      version @include(if: $full)
      balance @include(if: $full)
    }
  }
`);

const CreateBalance = graphql(`
  mutation DocCreateBalance($ledger: ID!) {
    createBalance(input: { ledgerId: $ledger, currency: "USD" }) {
      __typename
      ... on Balance {
        id
        balance
        currency
        identityId
      }
    }
  }
`);

const UpdateLedgerMeta = graphql(`
  mutation DocUpdateMeta($id: ID!) {
    updateMetadata(input: { id: $id, metaData: { myApp: { channel: "web" } } }) {
      __typename
      ... on UpdateMetadataPayload {
        id
        metaData
      }
    }
  }
`);

describe('the Data API query filter and the proxy’s own examples', () => {
  let cloud: Awaited<ReturnType<typeof fakeCloud>>;
  let run: ReturnType<typeof runOn>;
  let closeGateway: () => Promise<void>;

  beforeAll(async () => {
    cloud = await fakeCloud({
      // A Data API list of seed 000's row: the query filter's answer (data-api.mdx "Working with filters").
      'GET /data/balances': `{"data":[${DATA_BALANCE_DETAIL.body}],"total":1}`,
      [`GET /proxy/balances/${BALANCE}`]: JSON.stringify(CORE_BALANCE),
      'POST /proxy/balances': PROXY_BALANCE_CREATED.body,
      [`POST /proxy/${LEDGER}/metadata`]: PROXY_METADATA_UPDATED.body,
    });
    const { gateway, dispatcher, http } = gatewayOver(cloud.url, { cloud: CLOUD });
    run = runOn(gateway);
    closeGateway = async () => {
      http.shutdown();
      await dispatcher.close();
    };
  });
  afterAll(async () => {
    await closeGateway();
    await cloud.close();
  });

  it('balanceByIndicator: one indicator_eq + currency_eq query when the Data API row holds the selection', async () => {
    cloud.reset();
    const res = await run(ByIndicator, { full: false });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balanceByIndicator).toEqual({ id: BALANCE, indicator: 'acct-main', currency: 'USD', ledgerId: LEDGER });
    expect(cloud.calls()).toEqual(['GET /data/balances']);
    expect(cloud.requests[0]!.query.get('indicator_eq')).toBe('acct-main');
    expect(cloud.requests[0]!.query.get('currency_eq')).toBe('USD');
  });

  it('balanceByIndicator with version and balance: then Core’s row behind the proxy, two calls, no default 0', async () => {
    cloud.reset();
    const res = await run(ByIndicator, { full: true });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balanceByIndicator).toMatchObject({ version: 3, balance: '10050' });
    expect(cloud.calls()).toEqual(['GET /data/balances', `GET /proxy/balances/${BALANCE}`]);
  });

  it('proxy-api.mdx / seed 001 balance creation: Core’s answer, one call', async () => {
    cloud.reset();
    const res = await run(CreateBalance, { ledger: LEDGER });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createBalance).toEqual({ __typename: 'Balance', id: BALANCE, balance: '0', currency: 'USD', identityId: null });
    expect(cloud.calls()).toEqual(['POST /proxy/balances']);
  });

  it('proxy-api.mdx metadata update: the merged object', async () => {
    cloud.reset();
    const res = await run(UpdateLedgerMeta, { id: LEDGER });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateMetadata).toEqual({
      __typename: 'UpdateMetadataPayload',
      id: LEDGER,
      metaData: { myApp: { channel: 'web', customer_id: 'cust_abc123', approval_status: 'approved' } },
    });
  });
});

describe('the reference page’s transaction row (no precision)', () => {
  it('leaves preciseAmount absent on the Data API row and reads it from Core’s row: two calls, "10050"', async () => {
    const cloud = await fakeCloud({
      [`GET /data/transactions/${TXN}`]: dataRow(DATA_TRANSACTIONS_REFERENCE.body),
      [`GET /proxy/transactions/${TXN}`]: PROXY_TRANSACTION_CREATED.body,
    });
    const { gateway, dispatcher, http } = gatewayOver(cloud.url, { cloud: CLOUD });
    try {
      const res = await runOn(gateway)(TransactionAmounts, { id: TXN });
      expect(res.errors).toBeUndefined();
      // Core's row (proxy-api.mdx): precise_amount 10050, precision 100, status QUEUED.
      expect(res.data?.transaction).toEqual({ id: TXN, preciseAmount: '10050', amount: '100.50', currency: 'USD', status: 'QUEUED' });
      expect(cloud.calls()).toEqual([`GET /data/transactions/${TXN}`, `GET /proxy/transactions/${TXN}`]);
    } finally {
      http.shutdown();
      await dispatcher.close();
      await cloud.close();
    }
  });
});
