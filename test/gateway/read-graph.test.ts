import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

let h: Harness;
let ledgerA: string;
let ledgerB: string;
let ada: string;
let grace: string;
/** 260 balances: even ones Ada's in ledger A, odd ones without identity in ledger B. */
let balances: string[];

beforeAll(async () => {
  h = await startHarness();
  const f = fixtures(h.sandbox);
  ledgerA = await f.ledger('Wallets');
  ledgerB = await f.ledger('Float');
  ada = await f.identity('Ada');
  grace = await f.identity('Grace');
  balances = [];
  for (let i = 0; i < 260; i += 1) {
    balances.push(await f.balance(i % 2 === 0 ? ledgerA : ledgerB, 'USD', i % 2 === 0 ? (i % 4 === 0 ? ada : grace) : undefined));
  }
});
afterAll(() => h.close());

const BalanceWithOwner = graphql(`
  query BalanceWithOwner($id: ID!) {
    balance(id: $id) {
      id
      balance
      creditBalance
      debitBalance
      ledger {
        id
        name
      }
      identity {
        id
        firstName
      }
    }
  }
`);

const NodesAmounts = graphql(`
  query NodesAmounts($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Balance {
        balance
        currency
      }
    }
  }
`);

const NodesNested = graphql(`
  query NodesNested($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Balance {
        ledger {
          name
        }
        identity {
          firstName
        }
      }
    }
  }
`);

describe('planning upstream calls (docs/architecture.md section 4)', () => {
  it('answers a balance with its ledger and identity in exactly 1 upstream request', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(BalanceWithOwner, { id: balances[0]! });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance).toMatchObject({
      id: balances[0],
      balance: '0',
      ledger: { id: ledgerA, name: 'Wallets' },
      identity: { id: ada, firstName: 'Ada' },
    });
    const calls = h.upstream();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.route).toBe('/balances/:id');
    // Repeated parameters: a comma list would silently include nothing.
    const query = h.sandbox.requests[0]!.query;
    expect(query.getAll('include').sort()).toEqual(['identity', 'ledger']);
  });

  it('falls back to the identity loader when Blnk refuses include=identity on a balance without one', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(BalanceWithOwner, { id: balances[1]! });
    expect(res.errors).toBeUndefined();
    expect(res.data?.balance).toMatchObject({ id: balances[1], ledger: { name: 'Float' }, identity: null });
    // The 500 for include=identity, then the same balance with include=ledger only.
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/:id', '/balances/:id']);
  });

  it('batches nodes: 100 ids cost 1 request, 250 cost 3, in the order asked', async () => {
    h.sandbox.resetRequests();
    const hundred = balances.slice(0, 100).reverse();
    const res = await h.run(NodesAmounts, { ids: hundred });
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes.map((n) => n?.id)).toEqual(hundred);
    expect(h.upstream()).toEqual([expect.objectContaining({ method: 'POST', route: '/balances/filter' })]);

    h.sandbox.resetRequests();
    const many = balances.slice(0, 250);
    const res250 = await h.run(NodesAmounts, { ids: many });
    expect(res250.data?.nodes.map((n) => n?.id)).toEqual(many);
    expect(h.upstream()).toHaveLength(3);
    // Every chunk asks for at most 100 ids, with a limit Blnk honours.
    for (const r of h.sandbox.requests) {
      const body = JSON.parse(r.body);
      expect(body.filters[0].values.length).toBeLessThanOrEqual(100);
      expect(body.limit).toBe(body.filters[0].values.length);
    }
  });

  it('nulls only the unknown ids with NOT_FOUND, in one batch', async () => {
    h.sandbox.resetRequests();
    const unknown = 'bln_00000000-0000-4000-8000-00000000dead';
    const ids = [balances[3]!, unknown, 'nope'];
    const res = await h.run(NodesAmounts, { ids });
    expect(res.data?.nodes).toEqual([{ id: balances[3], balance: '0', currency: 'USD' }, null, null]);
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['nodes', 1], 'NOT_FOUND'],
        [['nodes', 2], 'NOT_FOUND'],
      ]),
    );
    expect(res.errors).toHaveLength(2);
    expect(h.upstream()).toHaveLength(1);
    expect(JSON.parse(h.sandbox.requests[0]!.body).filters[0].values).toEqual([balances[3], unknown]);
  });

  it('refuses an id listed twice (each position would run its selection again), naming the positions, before any call', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(NodesAmounts, { ids: [balances[3]!, balances[4]!, balances[3]!] });
    expect(res.data?.nodes ?? null).toBeNull();
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'nodes takes each id once: ids[2] repeats ids[0]'],
    ]);
    expect(res.text).not.toContain(balances[3]!);
    expect(h.upstream()).toHaveLength(0);
  });

  it('resolves 50 balances with ledger and identity in at most 3 requests', async () => {
    h.sandbox.resetRequests();
    const ids = balances.slice(100, 150);
    const res = await h.run(NodesNested, { ids });
    expect(res.errors).toBeUndefined();
    res.data?.nodes.forEach((node, i) => {
      const even = (100 + i) % 2 === 0;
      expect(node).toMatchObject({
        id: ids[i],
        ledger: { name: even ? 'Wallets' : 'Float' },
        identity: even ? { firstName: (100 + i) % 4 === 0 ? 'Ada' : 'Grace' } : null,
      });
    });
    expect(
      h
        .upstream()
        .map((c) => c.route)
        .sort(),
    ).toEqual(['/balances/filter', '/identities/filter', '/ledgers/filter']);
  });
});

const RowFields = graphql(`
  query RowFields($id: ID!) {
    balance(id: $id) {
      id
      balance
      inflightBalance
    }
  }
`);
const WithVersion = graphql(`
  query WithVersion($id: ID!) {
    balance(id: $id) {
      id
      version
    }
  }
`);
const WithQueued = graphql(`
  query WithQueued($id: ID!) {
    balance(id: $id) {
      id
      queuedDebitBalance
    }
  }
`);

describe('full vs partial rows', () => {
  it('takes the filter path for row fields, and GET by id only for version or queued amounts', async () => {
    h.sandbox.resetRequests();
    await h.run(RowFields, { id: balances[5]! });
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/filter']);

    h.sandbox.resetRequests();
    const v = await h.run(WithVersion, { id: balances[5]! });
    // Blnk v0.15.2 reads version 1 right after creation (its create answer says 0).
    expect(v.data?.balance?.version).toBe(1);
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/:id']);
    expect(h.sandbox.requests[0]!.query.has('with_queued')).toBe(false);

    h.sandbox.resetRequests();
    const q = await h.run(WithQueued, { id: balances[5]! });
    expect(q.data?.balance?.queuedDebitBalance).toBe('0');
    expect(h.upstream().map((c) => c.route)).toEqual(['/balances/:id']);
    expect(h.sandbox.requests[0]!.query.get('with_queued')).toBe('true');
  });
});
