import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/blnk/client.js';
import { exactDecimal, minorOrAbsent, preciseAmountOf } from '../../src/blnk/cloud-units.js';
import { parseUpstreamJson } from '../../src/blnk/json.js';
import { cloudBalance, cloudTransaction } from '../../src/blnk/map-cloud.js';
import { graphql } from '../gql/index.js';
import {
  DATA_BALANCE_DETAIL,
  DATA_TRANSACTIONS_LIST,
  FILTER_BALANCES,
  FILTER_TRANSACTIONS,
  PROXY_TRANSACTION_CREATED,
} from '../fixtures/cloud-docs.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { client as httpClient } from '../helpers/http.js';
import { gatewayOver, runOn, startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { fakeCloud } from './fake-cloud.js';

/** Issue 22, points 1-3: thin rows, defaults never shown as facts, units. */
const CLOUD = { token: 'blnk_at_rows-test', instanceId: 'inst_rows' };
const BALANCE = 'bln_5ce86029-3c2e-4e2a-aae2-7fb931ca4c4f';
const TXN = 'txn_c4e70eb8-e4d6-4e04-a2e2-92a43b969e0c';

describe('cloud-units.ts', () => {
  it('takes minor units only as integers: a decimal is absent, never rounded', () => {
    expect(minorOrAbsent(10050)).toBe(10050n);
    expect(minorOrAbsent(10n ** 30n)).toBe(10n ** 30n);
    expect(minorOrAbsent('10050')).toBe(10050n);
    expect(minorOrAbsent(100.5)).toBeNull();
    expect(minorOrAbsent(undefined)).toBeNull();
  });

  it('computes preciseAmount exactly: precise_amount first, else amount × precision by decimal arithmetic, else absent', () => {
    // 100.50 × 100 = 10050 (data-api.mdx's list example).
    const listRow = (parseUpstreamJson(DATA_TRANSACTIONS_LIST.body) as { data: Record<string, unknown>[] }).data[0]!;
    expect(preciseAmountOf(listRow)).toBe(10050n);
    // Core's row: precise_amount 10050 wins.
    expect(preciseAmountOf(parseUpstreamJson(PROXY_TRANSACTION_CREATED.body) as Record<string, unknown>)).toBe(10050n);
    // 0.1 × 3 is not an integer: absent, where floats would say 0.30000000000000004.
    expect(preciseAmountOf({ amount: 0.1, precision: 3 })).toBeNull();
    // 1.005 × 1000 = 1005, exactly (floats give 1004.9999999999999).
    expect(preciseAmountOf({ amount: 1.005, precision: 1000 })).toBe(1005n);
    // No precision, or a float with more digits than its text can be known by: absent.
    expect(preciseAmountOf({ amount: 100.5 })).toBeNull();
    expect(preciseAmountOf({ amount: 1.2345678901234567, precision: 10n ** 16n })).toBeNull();
    expect(exactDecimal(100.5)).toEqual({ digits: 1005n, scale: 1 });
  });

  it('never takes amount × precision where the float may have lost units (10^15 minor units and up)', () => {
    // Core's float of 100000000000000001 / 100 prints as 1e15: the product, 10^17, is not the amount.
    expect(preciseAmountOf({ amount: Number(100000000000000001n) / 100, precision: 100 })).toBeNull();
    // 2^53 + 1 at precision 1 reads back as 2^53.
    expect(preciseAmountOf({ amount: 9007199254740992, precision: 1 })).toBeNull();
    expect(preciseAmountOf({ amount: 9007199254740992n, precision: 1 })).toBeNull();
    // Just under the bound: 9999999999999.99 × 100 = 999999999999999, exact.
    expect(preciseAmountOf({ amount: 9999999999999.99, precision: 100 })).toBe(999999999999999n);
    expect(preciseAmountOf({ amount: -9999999999999.99, precision: 100 })).toBe(-999999999999999n);
    // precise_amount, when present, is taken at any size.
    expect(preciseAmountOf({ precise_amount: 100000000000000001n, amount: 1e15, precision: 100 })).toBe(100000000000000001n);
  });
});

describe('map-cloud.ts', () => {
  it('seed 000: every amount absent (major units, no precision), version/lineage/strategy/indicator absent, the rest mapped', () => {
    const b = cloudBalance(parseUpstreamJson(DATA_BALANCE_DETAIL.body), 'data');
    expect([...b.absent!].sort()).toEqual(
      [
        'allocationStrategy',
        'balance',
        'creditBalance',
        'debitBalance',
        'indicator',
        'inflightBalance',
        'inflightCreditBalance',
        'inflightDebitBalance',
        'inflightExpiresAt',
        'trackFundLineage',
        'version',
      ].sort(),
    );
    expect(b).toMatchObject({ id: BALANCE, currency: 'USD', identityId: null, metaData: null });
  });

  it('filters-api.mdx: the balance in minor units, the rest of the row absent', () => {
    const row = (parseUpstreamJson(FILTER_BALANCES.body) as { data: unknown[] }).data[0];
    const b = cloudBalance(row, 'filters');
    expect(b.balance).toBe(10050n);
    expect(b.absent!.has('balance')).toBe(false);
    expect(b.absent!.has('creditBalance')).toBe(true);
    expect(b.absent!.has('createdAt')).toBe(true);
    // A decimal where minor units are documented is absent too, never rounded.
    expect(cloudBalance({ balance_id: BALANCE, balance: 100.5 }, 'filters').absent!.has('balance')).toBe(true);
  });

  it('a transaction row without precision leaves preciseAmount absent', () => {
    const t = cloudTransaction({
      transaction_id: TXN,
      amount: 100.5,
      currency: 'USD',
      status: 'APPLIED',
      created_at: '2025-01-15T10:00:00Z',
    });
    expect(t.absent!.has('preciseAmount')).toBe(true);
    expect(t.absent!.has('reference')).toBe(true);
    expect(t.status).toBe('APPLIED');
  });
});

const Nodes = graphql(`
  query RowsNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Balance {
        balance
        creditBalance
      }
    }
  }
`);

const OneBalance = graphql(`
  query RowsOneBalance($id: ID!) {
    balance(id: $id) {
      balance
      creditBalance
      debitBalance
      version
    }
  }
`);

const Filtered = graphql(`
  query RowsFiltered($id: ID!) {
    balances(filter: { id: { eq: $id } }, first: 1) {
      edges {
        node {
          balance
        }
      }
    }
  }
`);

describe('the sandbox’s Cloud renders the documented shapes, and the gateway reads them the same through every route', () => {
  let h: Harness;
  let balance: string;
  let call: ReturnType<typeof httpClient>;
  const auth = { authorization: `Bearer ${CLOUD.token}` };
  const q = `?instance_id=${CLOUD.instanceId}`;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { cloud: CLOUD }, cloud: CLOUD });
    const f = fixtures(h.sandbox, CLOUD);
    balance = await f.balance(await f.ledger('Rows'));
    await f.transfer('@World', balance, 10050n);
    call = httpClient(h.sandbox.url);
  });
  afterAll(() => h.close());

  it('Data API balance detail: seed 000’s twelve keys, amounts in major units (10050 → 100.5)', async () => {
    const res = await call('GET', `/data/balances/${balance}${q}`, { headers: auth });
    expect(Object.keys(res.json).sort()).toEqual(Object.keys(JSON.parse(DATA_BALANCE_DETAIL.body)).sort());
    expect(res.json.balance).toBe(100.5);
    expect(res.json.credit_balance).toBe(100.5);
  });

  it('Filters API balance rows: balance_id, currency, balance (minor integer), ledger_id', async () => {
    const res = await call('POST', `/balances/filter${q}`, {
      headers: auth,
      body: { filters: [{ field: 'balance_id', operator: 'eq', value: balance }] },
    });
    expect(Object.keys(res.json.data[0]).sort()).toEqual(['balance', 'balance_id', 'currency', 'ledger_id']);
    expect(res.json.data[0].balance).toBe(10050n);
  });

  it('Data API transaction rows carry the list example’s keys; the detail adds reference, description and parent', async () => {
    const list = await call('GET', `/data/transactions${q}&destination_eq=${balance}`, { headers: auth });
    const row = list.json.data[0];
    expect(Object.keys(row).sort()).toEqual(
      ['amount', 'created_at', 'currency', 'destination', 'meta_data', 'precision', 'source', 'status', 'transaction_id'].sort(),
    );
    expect(row.amount).toBe(100.5);
    const detail = await call('GET', `/data/transactions/${row.transaction_id}${q}`, { headers: auth });
    expect(Object.keys(detail.json).sort()).toEqual([...Object.keys(row), 'reference', 'description', 'parent_transaction'].sort());
  });

  it('the same balance reads the same through the Filters API, Core’s row behind the proxy and nodes', async () => {
    h.sandbox.resetRequests();
    const byFilter = await h.run(Filtered, { id: balance });
    expect(byFilter.errors).toBeUndefined();
    expect(byFilter.data?.balances?.edges[0]?.node.balance).toBe('10050');
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /balances/filter']);

    h.sandbox.resetRequests();
    const byId = await h.run(OneBalance, { id: balance });
    expect(byId.errors).toBeUndefined();
    // Blnk reads version 1 after creation, 2 after the one transfer: from Core's row, not a default 0.
    expect(byId.data?.balance).toEqual({ balance: '10050', creditBalance: '10050', debitBalance: '0', version: 2 });
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual([`GET /proxy/balances/${balance}`]);

    h.sandbox.resetRequests();
    const nodes = await h.run(Nodes, { ids: [balance] });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data?.nodes).toEqual([{ id: balance, balance: '10050', creditBalance: '10050' }]);
    // creditBalance is not in the Filters row: one batched completion, not one call per row.
    expect(h.upstream().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /balances/filter', 'POST /proxy/balances/filter']);
  });
});

const Page = graphql(`
  query RowsPage {
    balances(first: 3) {
      edges {
        node {
          id
          balance
        }
      }
    }
  }
`);

describe('a thin row in a page of full rows', () => {
  it('does not fail the page: only that row is completed, in one batched proxy call', async () => {
    const full = (id: string, amount: number) => ({ balance_id: id, currency: 'USD', balance: amount, ledger_id: 'ldg_1' });
    const a = 'bln_00000000-0000-4000-8000-00000000000a';
    const b = 'bln_00000000-0000-4000-8000-00000000000b';
    const c = 'bln_00000000-0000-4000-8000-00000000000c';
    const cloud = await fakeCloud({
      // b's amount is a decimal where the Filters API documents minor units: absent, never rounded.
      'POST /balances/filter': `{"data":[${JSON.stringify(full(a, 1))},{"balance_id":"${b}","currency":"USD","balance":100.50,"ledger_id":"ldg_1"},${JSON.stringify(full(c, 3))}],"total":3}`,
      'POST /proxy/balances/filter': JSON.stringify([
        {
          balance_id: b,
          balance: 10050,
          credit_balance: 10050,
          debit_balance: 0,
          inflight_balance: 0,
          inflight_credit_balance: 0,
          inflight_debit_balance: 0,
          ledger_id: 'ldg_1',
          identity_id: '',
          currency: 'USD',
          created_at: '2024-11-26T08:36:36Z',
          meta_data: null,
        },
      ]),
    });
    const { gateway, dispatcher, http } = gatewayOver(cloud.url, { cloud: CLOUD });
    try {
      const res = await runOn(gateway)(Page, {});
      expect(res.errors).toBeUndefined();
      expect(res.data?.balances?.edges.map((e) => e.node)).toEqual([
        { id: a, balance: '1' },
        { id: b, balance: '10050' },
        { id: c, balance: '3' },
      ]);
      expect(cloud.calls()).toEqual(['POST /balances/filter', 'POST /proxy/balances/filter']);
      expect((JSON.parse(cloud.requests[1]!.body) as { filters: unknown[] }).filters).toEqual([
        { field: 'balance_id', operator: 'in', values: [b] },
      ]);
    } finally {
      http.shutdown();
      await dispatcher.close();
      await cloud.close();
    }
  });
});

describe('internal callers get complete rows (exactly-once lookups, hold batches, the live hub)', () => {
  it('a Filters row Core does not answer for is left out, never shown with placeholders', async () => {
    const cloud = await fakeCloud({
      // filters-api.mdx's transaction row, counted as what an `in` of one id can match.
      'POST /transactions/filter': FILTER_TRANSACTIONS.body.replace('"total": 12', '"total": 1'),
      // Core has no such row (gone between the calls, or not Core's to show).
      'POST /proxy/transactions/filter': '[]',
    });
    const { http, dispatcher } = gatewayOver(cloud.url, { cloud: CLOUD });
    const client = createClient(http, { surface: 'cloud' });
    const TXN_ID = 'txn_c4e70eb8-e4d6-4e04-a2e2-92a43b969e0c';
    try {
      // Whole rows asked for: the row lacks source, reference, precise_amount…, Core has none.
      const whole = await client.filterTransactions({ filters: [{ field: 'id', operator: 'in', values: [TXN_ID] }], limit: 100 });
      expect(whole.rows).toEqual([]);
      expect(cloud.calls()).toEqual(['POST /transactions/filter', 'POST /proxy/transactions/filter']);
      // What the Filters row holds is enough: no completion, and the row is there.
      cloud.reset();
      const thin = await client.filterTransactions(
        { filters: [{ field: 'id', operator: 'in', values: [TXN_ID] }], limit: 100 },
        new Set(['id', 'status', 'currency']),
      );
      expect(thin.rows.map((t) => [t.id, t.status, t.currency])).toEqual([[TXN_ID, 'APPLIED', 'USD']]);
      expect(cloud.calls()).toEqual(['POST /transactions/filter']);
    } finally {
      http.shutdown();
      await dispatcher.close();
      await cloud.close();
    }
  });

  it('reads without needs answer Core’s rows behind the proxy: one call for a row, one batched call for a page', async () => {
    const cloud = await fakeCloud({
      [`GET /proxy/transactions/${TXN}`]: PROXY_TRANSACTION_CREATED.body,
      'GET /data/transactions': DATA_TRANSACTIONS_LIST.body,
      // The list example's row, counted as what an `in` of one id can match (the example's total,
      // 42, beside one row would read as a page Cloud capped: cloud-pages.ts, lists.test.ts).
      'POST /transactions/filter': DATA_TRANSACTIONS_LIST.body.replace('"total": 42', '"total": 1'),
      'POST /proxy/transactions/filter': `[${PROXY_TRANSACTION_CREATED.body}]`,
    });
    const { http, dispatcher } = gatewayOver(cloud.url, { cloud: CLOUD });
    const client = createClient(http, { surface: 'cloud' });
    try {
      const byId = await client.getTransaction(TXN);
      expect(byId.absent).toBeUndefined();
      expect(byId.hash).toBe('hash_...');
      expect(cloud.calls()).toEqual([`GET /proxy/transactions/${TXN}`]);

      cloud.reset();
      const byRef = await client.getTransactionByReference('ref_myApp-integration-test-001');
      expect(byRef.absent).toBeUndefined();
      expect(byRef.preciseAmount).toBe(10050n);
      expect(cloud.calls()).toEqual(['GET /data/transactions', `GET /proxy/transactions/${TXN}`]);
      expect(cloud.requests[0]!.query.get('reference_eq')).toBe('ref_myApp-integration-test-001');

      cloud.reset();
      const page = await client.filterTransactions({ filters: [{ field: 'id', operator: 'in', values: [TXN] }], limit: 100 });
      expect(page.rows.map((t) => [t.id, t.absent, t.reference])).toEqual([[TXN, undefined, 'ref_myApp-integration-test-001']]);
      expect(cloud.calls()).toEqual(['POST /transactions/filter', 'POST /proxy/transactions/filter']);
    } finally {
      http.shutdown();
      await dispatcher.close();
      await cloud.close();
    }
  });
});
