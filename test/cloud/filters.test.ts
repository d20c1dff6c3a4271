import { readFileSync } from 'node:fs';
import { buildSchema, isInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUD_FILTERABLE, CLOUD_OPERATORS, cloudFilterable, cloudFilterRefusal } from '../../src/blnk/cloud-filters.js';
import { FILTERABLE as SANDBOX_FILTERABLE } from '../../src/sandbox/routes/cloud.js';
import type { FilterResource } from '../../src/blnk/map-filters.js';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { client } from '../helpers/http.js';

/**
 * Filters on Blnk Cloud: only the fields its Filters API documents for each resource
 * (cloud/proxy/filters-api.mdx, "Filterable fields by resource"), only its documented operators,
 * and no `or` (no logical_operator is documented). Anything else is refused before any call.
 */
const CLOUD = { token: 'blnk_at_filters-token', instanceId: 'inst_filters' };

/** Every filter field the GraphQL API offers, per resource, read from the committed schema. */
const INPUTS: Record<FilterResource, string> = {
  transactions: 'TransactionFilter',
  balances: 'BalanceFilter',
  ledgers: 'LedgerFilter',
  identities: 'IdentityFilter',
};
const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
function offered(resource: FilterResource): string[] {
  const type = schema.getType(INPUTS[resource]);
  if (!isInputObjectType(type)) throw new Error(`${INPUTS[resource]} is not an input type`);
  return Object.keys(type.getFields()).filter((name) => name !== 'or');
}
const onCloud = (resource: FilterResource, name: string) => cloudFilterable(resource, name === 'metaData' ? 'metaData.key' : name);

/** The fields the GraphQL API offers that Cloud does not document, checked by hand against the page's table. */
const REFUSED: Record<FilterResource, string[]> = {
  // No description, indicator or identity column in Cloud's transactions list; the gateway's
  // identity filters are its own (resolved to balances on Core).
  transactions: ['description', 'destinationIdentityId', 'indicator', 'sourceIdentityId'],
  balances: [],
  ledgers: [],
  identities: [],
};

describe("every filter the GraphQL API offers, against Cloud's documented list", () => {
  it.each(Object.keys(INPUTS) as FilterResource[])('%s', (resource) => {
    const fields = offered(resource);
    expect(fields.length).toBeGreaterThan(3);
    expect(fields.filter((f) => !onCloud(resource, f)).sort()).toEqual(REFUSED[resource]);
  });

  it('fields the GraphQL API does not offer are refused at the client too (hash, inflight), and so are or and undocumented operators', () => {
    for (const field of ['hash', 'inflight', 'description', 'indicator']) {
      const refused = cloudFilterRefusal('transactions', { filters: [{ field, operator: 'eq', value: 'x' }] });
      expect(refused?.code).toBe('UPSTREAM_UNSUPPORTED');
      expect(refused?.message).toContain(`on ${field}:`);
    }
    expect(cloudFilterRefusal('balances', { filters: [], anyOf: true })?.message).toContain('or');
    expect(cloudFilterRefusal('ledgers', { filters: [{ field: 'name', operator: 'contains', value: 'x' }] })?.message).toContain(
      'contains',
    );
    for (const operator of CLOUD_OPERATORS) {
      expect(cloudFilterRefusal('transactions', { filters: [{ field: 'metaData.channel', operator }] })).toBeNull();
    }
    expect(cloudFilterRefusal('transactions', { filters: [{ field: 'effectiveDate', operator: 'gte', value: '2025-01-01' }] })).toBeNull();
  });
});

const Transactions = graphql(`
  query CloudFilterTransactions($filter: TransactionFilter) {
    transactions(filter: $filter, first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const Balances = graphql(`
  query CloudFilterBalances($filter: BalanceFilter) {
    balances(filter: $filter, first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const Ledgers = graphql(`
  query CloudFilterLedgers($filter: LedgerFilter) {
    ledgers(filter: $filter, first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const Identities = graphql(`
  query CloudFilterIdentities($filter: IdentityFilter) {
    identities(filter: $filter, first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('Cloud filters through the gateway', () => {
  let h: Harness;
  let balance: string;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { cloud: CLOUD }, cloud: CLOUD });
    const f = fixtures(h.sandbox, CLOUD);
    balance = await f.balance(await f.ledger('Filters'));
    await f.transfer('@World', balance, 1050n);
  });
  afterAll(() => h.close());

  it.each([
    ['description', { description: { eq: 'fixture' } }],
    ['indicator', { indicator: { eq: '@World' } }],
    ['indicator', { indicator: { ne: '@World' } }],
    ['sourceIdentityId', { sourceIdentityId: { eq: 'idt_00000000-0000-4000-8000-000000000001' } }],
    ['destinationIdentityId', { destinationIdentityId: { in: ['idt_00000000-0000-4000-8000-000000000001'] } }],
  ])('transactions filtered on %s → BAD_USER_INPUT naming the field, no upstream call', async (field, filter) => {
    h.sandbox.resetRequests();
    const res = await h.run(Transactions, { filter });
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error.extensions as { path?: string }).path).toBe(field);
    expect(error.message).toBe(
      `filter.${field}: Blnk Cloud cannot filter transactions on ${field}: its Filters API documents only transaction_id, parent_transaction, amount, currency, source, destination, balance_id, reference, status, created_at, effective_date, precision, meta_data (cloud/proxy/filters-api.mdx, "Filterable fields by resource")`,
    );
    expect(h.sandbox.requests).toEqual([]);
  });

  it.each([
    ['transactions', Transactions, { or: [{ status: { eq: 'APPLIED' } }, { currency: { eq: 'EUR' } }] }],
    ['balances', Balances, { or: [{ currency: { eq: 'USD' } }, { currency: { eq: 'EUR' } }] }],
    ['ledgers', Ledgers, { or: [{ name: { eq: 'a' } }, { name: { eq: 'b' } }] }],
    ['identities', Identities, { or: [{ firstName: { eq: 'a' } }, { lastName: { eq: 'b' } }] }],
  ] as const)('%s with or → BAD_USER_INPUT at filter.or, no upstream call', async (_resource, document, filter) => {
    h.sandbox.resetRequests();
    const res = await h.run(document as any, { filter });
    expect(res.errors?.map((e) => [e.extensions?.code, (e.extensions as { path?: string }).path])).toEqual([['BAD_USER_INPUT', 'or']]);
    expect(res.errors![0]!.message).toContain('no logical_operator');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('documented fields pass: one Filters API call each, with the documented field names', async () => {
    h.sandbox.resetRequests();
    const txns = await h.run(Transactions, {
      filter: { balanceId: { eq: balance }, effectiveDate: { lte: '2999-01-01T00:00:00Z' }, status: { eq: 'APPLIED' } },
    });
    expect(txns.errors).toBeUndefined();
    expect(txns.data?.transactions?.edges).toHaveLength(1);
    const balances = await h.run(Balances, { filter: { indicator: { isNull: true }, id: { eq: balance } } });
    expect(balances.errors).toBeUndefined();
    expect(balances.data?.balances?.edges.map((e) => e.node.id)).toEqual([balance]);
    const bodies = h.sandbox.requests.map(
      (r) => `${r.path} ${(JSON.parse(r.body) as { filters: { field: string }[] }).filters.map((c) => c.field).join(',')}`,
    );
    expect(bodies).toEqual(['/transactions/filter balance_id,effective_date,status', '/balances/filter balance_id,indicator']);
  });
});

describe("the sandbox's Filters API holds to the documents", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { cloud: CLOUD }, cloud: CLOUD });
  });
  afterAll(() => h.close());

  const post = (path: string, body: unknown) =>
    client(h.sandbox.url)('POST', `${path}?instance_id=${CLOUD.instanceId}`, { body, headers: { authorization: `Bearer ${CLOUD.token}` } });

  it('filters is required and must be an array (400 otherwise)', async () => {
    expect((await post('/transactions/filter', {})).status).toBe(400);
    expect((await post('/balances/filter', { filters: 'status' })).status).toBe(400);
    expect((await post('/ledger/filter', { filters: [] })).status).toBe(200);
  });

  it('an undocumented field is refused with 400 naming it', async () => {
    const res = await post('/transactions/filter', { filters: [{ field: 'description', operator: 'eq', value: 'x' }] });
    expect(res.status).toBe(400);
    expect(res.text).toContain('description');
    expect((await post('/transactions/filter', { filters: [{ field: 'meta_data.channel', operator: 'eq', value: 'x' }] })).status).toBe(
      200,
    );
  });

  it('answers as documented: transactions with total_source and stats, balances with stats, ledgers without', async () => {
    const txns = (await post('/transactions/filter', { filters: [] })).json;
    expect(Object.keys(txns).sort()).toEqual(['data', 'stats', 'total', 'total_is_estimate', 'total_source']);
    expect(txns.total_source).toBe('exact');
    expect(Object.keys((await post('/balances/filter', { filters: [] })).json).sort()).toEqual(['data', 'stats', 'total']);
    expect(Object.keys((await post('/ledger/filter', { filters: [] })).json).sort()).toEqual(['data', 'total']);
  });
});

describe('one reading of filters-api.mdx', () => {
  it("the gateway's and the sandbox's documented filterable fields are the same list (each transcribes the table; neither imports the other)", () => {
    for (const resource of ['ledgers', 'balances', 'transactions', 'identities'] as const) {
      expect([...SANDBOX_FILTERABLE[resource]!].sort(), resource).toEqual([...CLOUD_FILTERABLE[resource]].sort());
    }
  });
});
