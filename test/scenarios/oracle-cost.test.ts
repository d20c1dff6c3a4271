import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/telemetry/metrics.js';
import { graphql } from '../gql/index.js';
import { bearer, JWT_AUTH, signToken } from '../helpers/jwt.js';
import { startScenario } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 17, items 3 and 6, on the sandbox and on real Blnk Core v0.15.2: what a principal may not
 * see answers, and costs upstream, exactly what an id that exists nowhere does. Costs are the
 * gateway's own count of its Blnk calls by route, as /metrics serves it
 * (blnk_upstream_requests_total). The operator (ledger:admin) builds:
 *   ada: adaUsd; grace: graceUsd; opUsd, the operator's (no identity);
 *   mine: @World → adaUsd; theirs: graceUsd → opUsd (none of Ada's business); a monitor on graceUsd.
 */

let h: ScenarioHarness;
let metrics: Metrics;
let ada: Record<string, string>;
let reader: Record<string, string>;
let admin: Record<string, string>;
const tag = `oc${Date.now().toString(36)}`;
const id: Record<string, string> = {};
const MISSING = {
  balance: 'bln_00000000-0000-4000-8000-00000000dead',
  identity: 'idt_00000000-0000-4000-8000-00000000dead',
  ledger: 'ldg_00000000-0000-4000-8000-00000000dead',
  transaction: 'txn_00000000-0000-4000-8000-00000000dead',
  monitor: 'mon_00000000-0000-4000-8000-00000000dead',
};

const ScOcLedger = graphql(`
  mutation ScOcLedger($name: String!) {
    createLedger(input: { name: $name }) {
      __typename
      ... on Ledger {
        id
      }
    }
  }
`);
const ScOcIdentity = graphql(`
  mutation ScOcIdentity($firstName: String!) {
    createIdentity(input: { firstName: $firstName, identityType: "individual" }) {
      __typename
      ... on Identity {
        id
      }
    }
  }
`);
const ScOcBalance = graphql(`
  mutation ScOcBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Balance {
        id
      }
    }
  }
`);
const ScOcPay = graphql(`
  mutation ScOcPay($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      __typename
      ... on Transaction {
        id
      }
    }
  }
`);
const ScOcMonitor = graphql(`
  mutation ScOcMonitor($balanceId: ID!) {
    createBalanceMonitor(input: { balanceId: $balanceId, condition: { field: BALANCE, operator: GT, value: "5" } }) {
      __typename
      ... on BalanceMonitor {
        id
      }
    }
  }
`);
const ScOcTransaction = graphql(`
  query ScOcTransaction($id: ID!) {
    transaction(id: $id) {
      id
    }
  }
`);
const ScOcByReference = graphql(`
  query ScOcByReference($reference: String!) {
    transactionByReference(reference: $reference) {
      id
    }
  }
`);
const ScOcNode = graphql(`
  query ScOcNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const ScOcNodes = graphql(`
  query ScOcNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);
const ScOcEntities = graphql(`
  query ScOcEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Transaction {
        id
      }
      ... on Balance {
        id
      }
    }
  }
`);
const ScOcBalanceRead = graphql(`
  query ScOcBalanceRead($id: ID!) {
    balance(id: $id) {
      id
      identity {
        id
      }
    }
  }
`);
const ScOcBalanceFull = graphql(`
  query ScOcBalanceFull($id: ID!) {
    node(id: $id) {
      ... on Balance {
        id
        version
      }
    }
  }
`);
const ScOcIdentityRead = graphql(`
  query ScOcIdentityRead($id: ID!) {
    identity(id: $id) {
      id
    }
  }
`);
const ScOcLedgerRead = graphql(`
  query ScOcLedgerRead($id: ID!) {
    ledger(id: $id) {
      id
    }
  }
`);
const ScOcMonitorRead = graphql(`
  query ScOcMonitorRead($id: ID!) {
    balanceMonitor(id: $id) {
      id
    }
  }
`);

/** Blnk calls by `METHOD route`, whatever their status, as /metrics counts them. */
async function callsSoFar(): Promise<Map<string, number>> {
  const metric = metrics.registry.getSingleMetric('blnk_upstream_requests_total');
  const counts = new Map<string, number>();
  for (const { labels, value } of (await metric!.get()).values) {
    const key = `${labels.method} ${labels.route}`;
    counts.set(key, (counts.get(key) ?? 0) + value);
  }
  return counts;
}

interface Seen {
  calls: Record<string, number>;
  errors: { path: string | undefined; message: string; code: unknown }[];
  data: unknown;
}

type Run = () => ReturnType<ScenarioHarness['run']>;

async function observe(run: Run): Promise<Seen> {
  const before = await callsSoFar();
  const res = await run();
  const after = await callsSoFar();
  const calls: Record<string, number> = {};
  for (const [key, n] of after) if (n !== (before.get(key) ?? 0)) calls[key] = n - (before.get(key) ?? 0);
  return {
    calls,
    errors: (res.errors ?? []).map((e) => ({ path: e.path?.join('.'), message: e.message, code: e.extensions?.code })),
    data: res.data,
  };
}

/** A hidden object and a missing id: the same answer and the same Blnk calls. */
async function alike(hidden: Run, missing: Run): Promise<Seen> {
  const seen = await observe(hidden);
  expect(await observe(missing)).toEqual(seen);
  return seen;
}

const notFound = (path: string, entity: string) => [{ path, message: `${entity} not found`, code: 'NOT_FOUND' }];

beforeAll(async () => {
  metrics = new Metrics();
  h = await startScenario({ auth: JWT_AUTH, metrics });
  admin = bearer(await signToken({ scope: 'ledger:admin' }));
  const must = (v: { __typename: string } | null | undefined): string => {
    expect(v && 'id' in v, JSON.stringify(v)).toBe(true);
    return (v as unknown as { id: string }).id;
  };
  id.ledger = must((await h.run(ScOcLedger, { name: `${tag}-wallets` }, admin)).data?.createLedger);
  id.ada = must((await h.run(ScOcIdentity, { firstName: 'Ada' }, admin)).data?.createIdentity);
  id.grace = must((await h.run(ScOcIdentity, { firstName: 'Grace' }, admin)).data?.createIdentity);
  const balance = async (identityId?: string) =>
    must(
      (await h.run(ScOcBalance, { input: { ledgerId: id.ledger!, currency: 'USD', ...(identityId ? { identityId } : {}) } }, admin)).data
        ?.createBalance,
    );
  id.adaUsd = await balance(id.ada);
  id.graceUsd = await balance(id.grace);
  id.opUsd = await balance();
  const pay = async (name: string, source: string, destination: string) => {
    const input = {
      source,
      destination,
      preciseAmount: '100',
      precision: '100',
      currency: 'USD',
      description: name,
      skipQueue: true,
      reference: `${tag}-${name}`,
      allowOverdraft: true,
    };
    id[name] = must((await h.run(ScOcPay, { input }, admin)).data?.recordTransaction);
  };
  await pay('mine', '@World', id.adaUsd);
  await pay('theirs', id.graceUsd, id.opUsd);
  id.monitor = must((await h.run(ScOcMonitor, { balanceId: id.graceUsd }, admin)).data?.createBalanceMonitor);
  ada = bearer(await signToken({ scope: 'ledger:write', blnk_identity_id: id.ada }));
  reader = bearer(await signToken({ scope: 'ledger:read' }));
});
afterAll(() => h?.close());

describe('scenarios: no existence oracle by cost or by error (issue 17, items 3 and 6)', () => {
  it("another identity's transaction costs a confined principal what a missing one does, on every entry point", async () => {
    const reads = { 'POST /transactions/filter': 1, 'POST /balances/filter': 1 };
    const cases: [string, (txn: string) => Run][] = [
      ['transaction', (txn) => () => h.run(ScOcTransaction, { id: txn }, ada)],
      ['node', (txn) => () => h.run(ScOcNode, { id: txn }, ada)],
      ['nodes.0', (txn) => () => h.run(ScOcNodes, { ids: [txn] }, ada)],
      ['_entities.0', (txn) => () => h.run(ScOcEntities, { representations: [{ __typename: 'Transaction', id: txn }] }, ada)],
    ];
    for (const [path, read] of cases) {
      const seen = await alike(read(id.theirs!), read(MISSING.transaction));
      expect(seen.calls, path).toEqual(reads);
      expect(seen.errors).toEqual(notFound(path, 'Transaction'));
      // Her own is answered, at that cost.
      const own = await observe(read(id.mine!));
      expect(own.errors, path).toEqual([]);
      expect(own.calls).toEqual(reads);
    }
    const byReference = (reference: string) => () => h.run(ScOcByReference, { reference }, ada);
    const seen = await alike(byReference(`${tag}-theirs`), byReference(`${tag}-nobody`));
    expect(seen.calls).toEqual(reads);
    expect(seen.errors).toEqual(notFound('transactionByReference', 'Transaction'));
    expect((await observe(byReference(`${tag}-mine`))).data).toEqual({ transactionByReference: { id: id.mine } });
  });

  it('a balance without identity, read with its identity, costs what a missing one does (Blnk answers 500 to include=identity there)', async () => {
    const read = (balance: string) => () => h.run(ScOcBalanceRead, { id: balance }, ada);
    for (const theirs of [id.opUsd!, id.graceUsd!]) {
      const seen = await alike(read(theirs), read(MISSING.balance));
      expect(seen.calls).toEqual({ 'GET /balances/:id': 1 });
      expect(seen.errors).toEqual(notFound('balance', 'Balance'));
    }
    const full = (balance: string) => () => h.run(ScOcBalanceFull, { id: balance }, ada);
    expect((await alike(full(id.opUsd!), full(MISSING.balance))).calls).toEqual({ 'GET /balances/:id': 1 });
    const own = await observe(read(id.adaUsd!));
    expect(own.data).toEqual({ balance: { id: id.adaUsd, identity: { id: id.ada } } });
    expect(own.calls).toEqual({ 'GET /balances/:id': 1, 'POST /identities/filter': 1 });
    // Identities and ledgers by id: one filter each, found or not.
    const identity = (i: string) => () => h.run(ScOcIdentityRead, { id: i }, ada);
    expect((await alike(identity(id.grace!), identity(MISSING.identity))).calls).toEqual({ 'POST /identities/filter': 1 });
    const ledger = (l: string) => () => h.run(ScOcLedgerRead, { id: l }, ada);
    expect((await alike(ledger(id.ledger!), ledger(MISSING.ledger))).calls).toEqual({ 'POST /ledgers/filter': 1 });
  });

  it('a monitor id answers a principal without ledger:admin alike, existing or not, on node(s) and balanceMonitor', async () => {
    for (const who of [reader, ada]) {
      const node = (m: string) => () => h.run(ScOcNode, { id: m }, who);
      const seen = await alike(node(id.monitor!), node(MISSING.monitor));
      expect(seen.errors).toEqual(notFound('node', 'Balance monitor'));
      expect(seen.calls).toEqual({ 'GET /balance-monitors/:id': 1 });
      const nodes = (m: string) => () => h.run(ScOcNodes, { ids: [m] }, who);
      expect((await alike(nodes(id.monitor!), nodes(MISSING.monitor))).errors).toEqual(notFound('nodes.0', 'Balance monitor'));
      const field = (m: string) => () => h.run(ScOcMonitorRead, { id: m }, who);
      const refused = await alike(field(id.monitor!), field(MISSING.monitor));
      expect(refused.errors).toEqual([{ path: 'balanceMonitor', message: 'Forbidden: needs ledger:admin', code: 'FORBIDDEN' }]);
      expect(refused.calls).toEqual({});
    }
    expect((await h.run(ScOcNode, { id: id.monitor! }, admin)).data).toEqual({ node: { id: id.monitor } });
  });
});
