import { composeServices } from '@apollo/composition';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createHash } from 'node:crypto';
import { parse, print } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { ordersSubgraph } from './orders-subgraph.js';

/**
 * The gateway as one subgraph of a supergraph: composed with a second subgraph by Apollo's
 * composition library, and run through Apollo's federation gateway in this process. The ledger
 * subgraph is reached through `yoga.fetch`, so every call crosses its real HTTP handling.
 */
let h: Harness;
let balances: string[];
let gateway: ApolloGateway;
let executor: Awaited<ReturnType<ApolloGateway['load']>>['executor'];
let apiSchema: GraphQLSchema;

async function ledgerSdl(): Promise<string> {
  const res = await h.gateway.fetch('http://ledger.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  return (await res.json()).data._service.sdl;
}

beforeAll(async () => {
  h = await startHarness();
  const f = fixtures(h.sandbox);
  const ledgers = [await f.ledger('North'), await f.ledger('South')];
  balances = [];
  for (let i = 0; i < 50; i += 1) balances.push(await f.balance(ledgers[i % 2]!, 'USD'));
  const orders = ordersSubgraph(balances);

  const composed = composeServices([
    { name: 'ledger', typeDefs: parse(await ledgerSdl()), url: 'http://ledger.test/graphql' },
    { name: 'orders', typeDefs: orders.typeDefs, url: 'http://orders.test/graphql' },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));

  gateway = new ApolloGateway({
    supergraphSdl: composed.supergraphSdl,
    buildService: ({ name, url }) =>
      name === 'orders'
        ? new LocalGraphQLDataSource(orders.schema)
        : new RemoteGraphQLDataSource({
            url: url!,
            fetcher: ((input: string, init: RequestInit) => h.gateway.fetch(input, init)) as never,
          }),
  });
  const loaded = await gateway.load();
  executor = loaded.executor;
  apiSchema = loaded.schema;
});
afterAll(async () => {
  await gateway?.stop();
  await h.close();
});

/** What a server in front of the gateway would hand its executor. */
async function execute(document: DocumentNode, variables: Record<string, unknown> = {}) {
  const query = print(document);
  return executor({
    request: { query, variables },
    document,
    queryHash: createHash('sha256').update(query).digest('hex'),
    schema: apiSchema,
    context: {},
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    metrics: {},
    overallCachePolicy: {},
    cache: undefined,
  } as never);
}

describe('Apollo Federation v2 subgraph', () => {
  it('composes, and answers a query across both subgraphs for 50 orders with at most 2 Blnk requests', async () => {
    h.sandbox.resetRequests();
    const result = await execute(
      parse(`{
        orders(first: 50) {
          id
          total
          balance { id balance currency openOrders ledger { name } }
        }
      }`),
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      orders: { id: string; balance: { id: string; balance: string; openOrders: number; ledger: { name: string } } }[];
    };
    expect(data.orders).toHaveLength(50);
    data.orders.forEach((order, i) => {
      expect(order.balance).toEqual({
        id: balances[i],
        balance: '0',
        currency: 'USD',
        openOrders: 1,
        ledger: { name: i % 2 === 0 ? 'North' : 'South' },
      });
    });
    // One batch of balances and one of ledgers, however many entities the gateway asked for.
    expect(
      h
        .upstream()
        .map((c) => c.route)
        .sort(),
    ).toEqual(['/balances/filter', '/ledgers/filter']);
  });

  it('resolves 100 Balance representations with 1 request; an unknown id is null, not a failure', async () => {
    const ids = [...balances, ...balances].slice(0, 99);
    const representations = [
      ...ids.map((id) => ({ __typename: 'Balance', id })),
      { __typename: 'Balance', id: 'bln_00000000-0000-4000-8000-00000000dead' },
    ];
    h.sandbox.resetRequests();
    const res = await h.gateway.fetch('http://ledger.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Balance { id currency } } }',
        variables: { r: representations },
      }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(100);
    expect(body.data._entities.slice(0, 99)).toEqual(ids.map((id) => ({ id, currency: 'USD' })));
    expect(body.data._entities[99]).toBeNull();
    expect(h.upstream()).toEqual([expect.objectContaining({ route: '/balances/filter' })]);
  });

  it('answers _service { sdl } with the committed subgraph SDL', async () => {
    const { readFileSync } = await import('node:fs');
    const committed = readFileSync(new URL('../../schema/subgraph.graphql', import.meta.url), 'utf8');
    expect(`${await ledgerSdl()}\n`).toBe(committed);
  });
});
