import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * Rows a list read holds are remembered by the request's loaders (RequestLoaders.primeRows), so a
 * nested field asking for one of them by id costs no call. Counted in the sandbox's request log:
 * without priming, each query below would send one more batch (the by-id filter of the owners).
 */
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const f = fixtures(h.sandbox);
  const ledgers = [await f.ledger('Prime one'), await f.ledger('Prime two')];
  const people = [await f.identity('Ann'), await f.identity('Bob')];
  await f.balance(ledgers[0]!, 'USD', people[0]);
  await f.balance(ledgers[1]!, 'USD', people[1]);
  await f.balance(ledgers[1]!, 'EUR', people[0]);
});
afterAll(() => h.close());

const OwnersFromList = graphql(`
  query OwnersFromList {
    identities(first: 10) {
      edges {
        node {
          balances(first: 10) {
            edges {
              node {
                identity {
                  firstName
                }
              }
            }
          }
        }
      }
    }
  }
`);

const LedgersFromList = graphql(`
  query LedgersFromList {
    ledgers(first: 10) {
      edges {
        node {
          balances(first: 10) {
            edges {
              node {
                ledger {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

const routes = () => h.upstream().map((r) => `${r.method} ${r.route}`);

describe('rows of a list stand in for their by-id reads in the same request', () => {
  it('identities listed: each balance’s identity is answered from the list, no identity batch', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(OwnersFromList);
    expect(res.errors).toBeUndefined();
    const names = res.data!.identities!.edges.flatMap((e) => e.node.balances!.edges.map((b) => b.node.identity?.firstName));
    expect(names.sort()).toEqual(['Ann', 'Ann', 'Bob']);
    // One list of identities, then the identities' first pages of balances in one call (issue 20
    // item 8), nothing else.
    expect(
      routes().filter((r) => r.includes('/identities')),
      routes().join('\n'),
    ).toEqual(['POST /identities/filter']);
    expect(routes().filter((r) => r.includes('/balances'))).toEqual(['POST /balances/filter']);
  });

  it('ledgers listed: each balance’s ledger is answered from the list, no ledger batch', async () => {
    h.sandbox.resetRequests();
    const res = await h.run(LedgersFromList);
    expect(res.errors).toBeUndefined();
    const names = res.data!.ledgers!.edges.flatMap((e) => e.node.balances!.edges.map((b) => b.node.ledger?.name));
    expect(names.sort()).toEqual(['Prime one', 'Prime two', 'Prime two']);
    expect(
      routes().filter((r) => r.includes('/ledgers')),
      routes().join('\n'),
    ).toEqual(['POST /ledgers/filter']);
  });
});
