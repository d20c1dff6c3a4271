import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { bearer, JWT_AUTH, post, signToken } from '../helpers/jwt.js';

/**
 * Issue 17, items 3 and 6: no existence oracle by cost or by error. An object a principal may not
 * see must answer, and cost upstream, exactly what an id that exists nowhere does, on every entry
 * point. Counted from the sandbox's request log, through the gateway's HTTP handling with real
 * HS256 tokens. Seed (src/sandbox/seed.ts): Ada holds adaUsd and adaEth; seed-3 is her payment
 * to Acme, seed-7 Grace's to Acme, seed-2 @World's to Grace; floatUsd has no identity.
 */
const B = SEED_IDS.balances;
const I = SEED_IDS.identities;
const L = SEED_IDS.ledgers;
const txn = (n: number) => `txn_00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MISSING = {
  balance: 'bln_00000000-0000-4000-8000-00000000dead',
  identity: 'idt_00000000-0000-4000-8000-00000000dead',
  ledger: 'ldg_00000000-0000-4000-8000-00000000dead',
  transaction: 'txn_00000000-0000-4000-8000-00000000dead',
  monitor: 'mon_00000000-0000-4000-8000-00000000dead',
};

let h: Harness;
let ada: Record<string, string>;
let reader: Record<string, string>;
let writer: Record<string, string>;
let admin: Record<string, string>;
let monitorId: string;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: true }, auth: JWT_AUTH });
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: I.ada }));
  reader = bearer(await signToken({ scope: 'ledger:read' }));
  writer = bearer(await signToken({ scope: 'ledger:write' }));
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
  const made = await post(
    h,
    `mutation($b: ID!) { createBalanceMonitor(input: { balanceId: $b, condition: { field: BALANCE, operator: GT, value: "5" } }) { __typename ... on BalanceMonitor { id } } }`,
    { b: B.graceUsd },
    admin,
  );
  monitorId = made.body.data.createBalanceMonitor.id;
});
afterAll(() => h.close());

interface Seen {
  /** The upstream calls, as `METHOD route`, sorted: what /metrics counts. */
  calls: string[];
  errors: { path: string; message: string; code: string }[];
  data: unknown;
}

async function observe(query: string, variables: Record<string, unknown>, who: Record<string, string>): Promise<Seen> {
  h.sandbox.resetRequests();
  const res = await post(h, query, variables, who);
  return {
    calls: h
      .upstream()
      .map((r) => `${r.method} ${r.route}`)
      .sort(),
    errors: (res.body.errors ?? []).map((e: any) => ({ path: e.path?.join('.'), message: e.message, code: e.extensions?.code })),
    data: res.body.data,
  };
}

/** Runs `query` with a hidden and a missing value: both must be answered and cost alike. */
async function alike(query: string, hidden: Record<string, unknown>, missing: Record<string, unknown>, who = ada): Promise<Seen> {
  const seen = await observe(query, hidden, who);
  expect(await observe(query, missing, who)).toEqual(seen);
  return seen;
}

const notFound = (path: string, entity: string) => [{ path, message: `${entity} not found`, code: 'NOT_FOUND' }];
const OWN_BALANCES = 'POST /balances/filter';
const TXN_FILTER = 'POST /transactions/filter';

describe("item 3: another identity's transaction costs a confined principal what a missing one does", () => {
  const entry = {
    transaction: `query($id: ID!) { transaction(id: $id) { id } }`,
    node: `query($id: ID!) { node(id: $id) { id } }`,
    nodes: `query($id: ID!) { nodes(ids: [$id]) { id } }`,
    entities: `query($id: ID!) { _entities(representations: [{ __typename: "Transaction", id: $id }]) { ... on Transaction { id } } }`,
  };

  it.each(Object.entries(entry))(
    '%s: one filter for the id and one for her balances, found or not, and NOT_FOUND alike',
    async (name, query) => {
      const path = name === 'nodes' ? 'nodes.0' : name === 'entities' ? '_entities.0' : name;
      // Grace's payment to Acme (two balances, neither hers), and @World's to Grace: before, each
      // cost two more calls than a missing id (the two sides' balances, read one after the other).
      for (const theirs of [txn(7), txn(2)]) {
        const seen = await alike(query, { id: theirs }, { id: MISSING.transaction });
        expect(seen.calls).toEqual([OWN_BALANCES, TXN_FILTER]);
        expect(seen.errors).toEqual(notFound(path, 'Transaction'));
      }
      // Her own payment is answered, at the same cost.
      const own = await observe(query, { id: txn(3) }, ada);
      expect(own.errors).toEqual([]);
      expect(own.calls).toEqual([OWN_BALANCES, TXN_FILTER]);
    },
  );

  it('transactionByReference: the same, through the batched reference loader', async () => {
    const query = `query($ref: String!) { transactionByReference(reference: $ref) { id } }`;
    const seen = await alike(query, { ref: 'seed-7' }, { ref: 'seed-nobody' });
    expect(seen.calls).toEqual([OWN_BALANCES, TXN_FILTER]);
    expect(seen.errors).toEqual(notFound('transactionByReference', 'Transaction'));
    const own = await observe(query, { ref: 'seed-3' }, ada);
    expect(own.data).toEqual({ transactionByReference: { id: txn(3) } });
    expect(own.calls).toEqual([OWN_BALANCES, TXN_FILTER]);
  });

  it('many ids in one request read her balances once', async () => {
    const seen = await alike(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [txn(7), txn(2), txn(3)] },
      { ids: [MISSING.transaction, `${MISSING.transaction.slice(0, -4)}beef`, txn(3)] },
    );
    expect(seen.calls).toEqual([OWN_BALANCES, TXN_FILTER]);
    expect(seen.data).toEqual({ nodes: [null, null, { id: txn(3) }] });
  });
});

describe('item 3: balances, identities, ledgers and indicators cost alike too', () => {
  // With `identity` selected, a balance read by id asks Blnk to include its identity; Blnk answers
  // 500 for a balance that has none, and the gateway read it again without: two calls for such a
  // balance, one for a missing id. A confined principal never owns one, so it never asks.
  const selections: [string, string][] = [
    ['id', 'POST /balances/filter'],
    ['id version', 'GET /balances/:id'],
    ['id ledger { id }', 'GET /balances/:id'],
    ['id identity { id }', 'GET /balances/:id'],
    ['id queuedDebitBalance', 'GET /balances/:id'],
  ];

  it("balance(id) and node(id), whatever the selection: a balance without identity, another's and a missing id", async () => {
    for (const field of ['balance', 'node']) {
      for (const [selection, route] of selections) {
        const query = `query($id: ID!) { ${field}(id: $id) { ... on Balance { ${selection} } } }`;
        for (const theirs of [B.floatUsd, B.graceUsd]) {
          const seen = await alike(query, { id: theirs }, { id: MISSING.balance });
          expect(seen.calls, `${field} { ${selection} }`).toEqual([route]);
          expect(seen.errors).toEqual(notFound(field, 'Balance'));
        }
      }
      // Her own balance's identity still answers, from the identity loader.
      const own = await observe(
        `query($id: ID!) { ${field}(id: $id) { ... on Balance { id identity { id firstName } } } }`,
        { id: B.adaUsd },
        ada,
      );
      expect(own.data).toEqual({ [field]: { id: B.adaUsd, identity: { id: I.ada, firstName: 'Ada' } } });
      expect(own.calls).toEqual(['GET /balances/:id', 'POST /identities/filter']);
    }
  });

  // A guard: these answered alike before this issue too (the test passes on the code before it).
  it('identities, ledgers and balances by every other entry point, and @indicator balances', async () => {
    for (const [type, theirs, missing, route] of [
      ['Identity', I.grace, MISSING.identity, 'POST /identities/filter'],
      ['Ledger', L.wallets, MISSING.ledger, 'POST /ledgers/filter'],
      ['Balance', B.graceUsd, MISSING.balance, 'POST /balances/filter'],
    ] as const) {
      const field = type.toLowerCase();
      for (const [query, path] of [
        [`query($id: ID!) { ${field}(id: $id) { id } }`, field],
        [`query($id: ID!) { nodes(ids: [$id]) { id } }`, 'nodes.0'],
        [`query($id: ID!) { _entities(representations: [{ __typename: "${type}", id: $id }]) { ... on ${type} { id } } }`, '_entities.0'],
      ] as const) {
        const seen = await alike(query, { id: theirs }, { id: missing });
        expect(seen.calls, query).toEqual([route]);
        expect(seen.errors).toEqual(notFound(path, type));
      }
    }
    const indicator = await alike(
      `query($i: String!) { balanceByIndicator(indicator: $i, currency: "USD") { id } }`,
      { i: '@World' },
      { i: '@Nobody' },
    );
    expect(indicator.calls).toEqual(['GET /balances/indicator/:indicator/currency/:currency']);
    expect(indicator.errors).toEqual(notFound('balanceByIndicator', 'Balance'));
    // Issue 20 item 8 plans the read from the selection: metaData alone is the filter row (no
    // second call for the missing one), and fields only the full row holds are never read for a
    // balance the caller may not see.
    for (const [selection, route] of [
      ['id metaData', 'POST /balances/filter'],
      ['id version metaData available', 'GET /balances/indicator/:indicator/currency/:currency'],
    ] as const) {
      const planned = await alike(
        `query($i: String!) { balanceByIndicator(indicator: $i, currency: "USD") { ${selection} } }`,
        { i: '@World' },
        { i: '@Nobody' },
      );
      expect(planned.calls, selection).toEqual([route]);
      expect(planned.errors).toEqual(notFound('balanceByIndicator', 'Balance'));
    }
  });
});

describe('item 6: a monitor id answers alike, existing or not, for every principal without ledger:admin', () => {
  const byNode = `query($id: ID!) { node(id: $id) { id } }`;
  const byNodes = `query($id: ID!) { nodes(ids: [$id]) { id } }`;
  const byField = `query($id: ID!) { balanceMonitor(id: $id) { id } }`;

  it('node and nodes: NOT_FOUND with one read; balanceMonitor(id) and Balance.monitors: FORBIDDEN with none; ledger:admin reads it', async () => {
    for (const who of [reader, writer, ada]) {
      const node = await alike(byNode, { id: monitorId }, { id: MISSING.monitor }, who);
      // Before: FORBIDDEN for the monitor that exists, NOT_FOUND for the one that does not.
      expect(node.errors).toEqual(notFound('node', 'Balance monitor'));
      expect(node.calls).toEqual(['GET /balance-monitors/:id']);
      const nodes = await alike(byNodes, { id: monitorId }, { id: MISSING.monitor }, who);
      expect(nodes.errors).toEqual(notFound('nodes.0', 'Balance monitor'));
      expect(nodes.calls).toEqual(['GET /balance-monitors/:id']);
      const field = await alike(byField, { id: monitorId }, { id: MISSING.monitor }, who);
      expect(field.errors).toEqual([{ path: 'balanceMonitor', message: 'Forbidden: needs ledger:admin', code: 'FORBIDDEN' }]);
      expect(field.calls).toEqual([]);
    }
    const nested = await alike(
      `query($id: ID!) { balance(id: $id) { monitors { edges { node { id } } } } }`,
      { id: B.graceUsd },
      { id: B.acmeUsd },
      reader,
    );
    expect(nested.errors).toEqual([{ path: 'balance.monitors', message: 'Forbidden: needs ledger:admin', code: 'FORBIDDEN' }]);
    // ledger:admin still reads it by every entry point.
    for (const query of [byNode, byField]) {
      const seen = await observe(query, { id: monitorId }, admin);
      expect(seen.errors).toEqual([]);
      expect(Object.values(seen.data as object)).toEqual([{ id: monitorId }]);
    }
    const missing = await observe(byNode, { id: MISSING.monitor }, admin);
    expect(missing.errors).toEqual(notFound('node', 'Balance monitor'));
  });
});
