import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/telemetry/metrics.js';
import { graphql } from '../gql/index.js';
import { bearer, JWT_AUTH, signToken } from '../helpers/jwt.js';
import { startScenario } from './harness.js';
import type { ScenarioHarness } from './harness.js';

/**
 * Issue 20, items 1 and 5, through the gateway on the sandbox and on real Blnk v0.15.2:
 * fund lineage (a tracked balance funded by stripe 10.00 then paypal 5.00, then 12.00 spent FIFO:
 * stripe 10.00 + paypal 2.00, leaving paypal 3.00) and identity PII tokenization (ledger:admin
 * tokenizes, only pii:read detokenizes). Each read's Blnk calls are counted by route.
 */

let h: ScenarioHarness;
let metrics: Metrics;
let admin: Record<string, string>;
let reader: Record<string, string>;
let piiReader: Record<string, string>;
const ids = {} as Record<'identity' | 'ledger' | 'tracked' | 'payee' | 'spend', string>;
/** Everything the gateway logged, at trace level. */
const logged: string[] = [];

async function callsSoFar(): Promise<Map<string, number>> {
  const metric = metrics.registry.getSingleMetric('blnk_upstream_requests_total');
  const counts = new Map<string, number>();
  for (const { labels, value } of (await metric!.get()).values) {
    const key = `${labels.method} ${labels.route}`;
    counts.set(key, (counts.get(key) ?? 0) + value);
  }
  return counts;
}

/** Runs one request and answers it with the Blnk calls it made, by `METHOD route`. */
async function counted<T>(work: () => Promise<T>): Promise<{ res: T; calls: Record<string, number> }> {
  const before = await callsSoFar();
  const res = await work();
  const after = await callsSoFar();
  const calls: Record<string, number> = {};
  for (const [key, n] of after) if (n !== (before.get(key) ?? 0)) calls[key] = n - (before.get(key) ?? 0);
  return { res, calls };
}

/** Runs a typed document; the answers are checked by value, so they are read untyped. */
const run = (document: any, variables: Record<string, unknown>, headers: Record<string, string>): Promise<any> =>
  h.run(document, variables as never, headers);

async function rest(method: string, path: string, body?: unknown): Promise<any> {
  const res = await h.target.call(method, path, body === undefined ? {} : { body });
  expect(res.status, res.text).toBeLessThan(300);
  return res.json;
}

const transfer = (body: Record<string, unknown>) =>
  rest('POST', '/transactions', {
    precision: 100,
    currency: 'USD',
    description: 'scenario',
    reference: `sc-lin-${randomUUID()}`,
    skip_queue: true,
    ...body,
  });

async function lineageOf(balanceId: string): Promise<any> {
  return (await h.target.call('GET', `/balances/${balanceId}/lineage`)).json;
}

async function waitFor<T>(what: string, read: () => Promise<T>, check: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within 15 s`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

const ScLinBalance = graphql(`
  query ScLinBalance($id: ID!) {
    balance(id: $id) {
      id
      trackFundLineage
      lineage {
        totalWithLineage
        aggregateBalanceId
        providers {
          provider
          received
          spent
          available
          shadowBalanceId
        }
      }
    }
  }
`);
const ScLinTransaction = graphql(`
  query ScLinTransaction($id: ID!) {
    transaction(id: $id) {
      id
      lineage {
        fundAllocation {
          provider
          amount
        }
        shadowTransactions {
          id
          preciseAmount
          reference
          description
        }
      }
    }
  }
`);
const ScPiiTokenize = graphql(`
  mutation ScPiiTokenize($id: ID!, $fields: [PiiField!]) {
    tokenizeIdentity(id: $id, fields: $fields) {
      __typename
      ... on Identity {
        id
        firstName
        lastName
        emailAddress
        city
        tokenizedFields
      }
      ... on Error {
        code
      }
    }
  }
`);
const ScPiiRead = graphql(`
  query ScPiiRead($id: ID!, $fields: [PiiField!]) {
    identity(id: $id) {
      id
      tokenizedFields
      detokenized(fields: $fields) {
        field
        value
      }
    }
  }
`);

beforeAll(async () => {
  metrics = new Metrics();
  const sink = new Writable({
    write(chunk, _enc, done) {
      logged.push(String(chunk));
      done();
    },
  });
  h = await startScenario({ auth: JWT_AUTH, metrics, logger: pino({ level: 'trace' }, sink) });
  admin = bearer(await signToken({ scopes: ['ledger:admin'] }));
  reader = bearer(await signToken({ scopes: ['ledger:read'] }));
  piiReader = bearer(await signToken({ scopes: ['ledger:read', 'pii:read'] }));

  ids.identity = (await rest('POST', '/identities', { first_name: 'Grace', last_name: 'Hopper' })).identity_id;
  ids.ledger = (await rest('POST', '/ledgers', { name: 'scenario lineage' })).ledger_id;
  ids.tracked = (
    await rest('POST', '/balances', {
      ledger_id: ids.ledger,
      identity_id: ids.identity,
      currency: 'USD',
      track_fund_lineage: true,
      allocation_strategy: 'FIFO',
    })
  ).balance_id;
  ids.payee = (await rest('POST', '/balances', { ledger_id: ids.ledger, currency: 'USD' })).balance_id;
  await transfer({
    amount: 10,
    source: '@WorldUSD',
    destination: ids.tracked,
    allow_overdraft: true,
    meta_data: { BLNK_LINEAGE_PROVIDER: 'stripe' },
  });
  await waitFor(
    'stripe lineage',
    () => lineageOf(ids.tracked),
    (l) => l?.providers?.length === 1,
  );
  await transfer({
    amount: 5,
    source: '@WorldUSD',
    destination: ids.tracked,
    allow_overdraft: true,
    meta_data: { BLNK_LINEAGE_PROVIDER: 'paypal' },
  });
  await waitFor(
    'paypal lineage',
    () => lineageOf(ids.tracked),
    (l) => l?.providers?.length === 2,
  );
  ids.spend = (await transfer({ amount: 12, source: ids.tracked, destination: ids.payee })).transaction_id;
  await waitFor(
    'the debit allocated',
    async () => (await h.target.call('GET', `/transactions/${ids.spend}/lineage`)).json,
    (l) => l?.shadow_transactions?.length === 2,
  );
}, 90_000);
afterAll(() => h?.close());

describe('fund lineage through the gateway', () => {
  it('Balance.lineage: each provider received, spent and available, exact, in 2 calls', async () => {
    const { res, calls } = await counted(() => run(ScLinBalance, { id: ids.tracked }, admin));
    expect(res.errors).toBeUndefined();
    const lineage = res.data.balance.lineage;
    expect(res.data.balance.trackFundLineage).toBe(true);
    expect(lineage.totalWithLineage).toBe('300');
    expect(lineage.aggregateBalanceId).toMatch(/^bln_/);
    expect(lineage.providers.map((p: any) => [p.provider, p.received, p.spent, p.available])).toEqual([
      ['stripe', '1000', '1000', '0'],
      ['paypal', '500', '200', '300'],
    ]);
    // trackFundLineage needs the full row; the lineage is one more call.
    expect(calls).toEqual({ 'GET /balances/:id': 1, 'GET /balances/:id/lineage': 1 });
  });

  it('Transaction.lineage: the FIFO allocation and one release per provider, in 2 calls', async () => {
    const { res, calls } = await counted(() => run(ScLinTransaction, { id: ids.spend }, admin));
    expect(res.errors).toBeUndefined();
    const lineage = res.data.transaction.lineage;
    expect(lineage.fundAllocation).toEqual([
      { provider: 'stripe', amount: '1000' },
      { provider: 'paypal', amount: '200' },
    ]);
    expect(lineage.shadowTransactions.map((t: any) => [t.description, t.preciseAmount]).sort()).toEqual([
      ['Release paypal funds', '200'],
      ['Release stripe funds', '1000'],
    ]);
    expect(calls).toEqual({ 'POST /transactions/filter': 1, 'GET /transactions/:id/lineage': 1 });
  });

  it('is null, with no lineage call, for a balance read in full that does not track lineage', async () => {
    const { res, calls } = await counted(() => run(ScLinBalance, { id: ids.payee }, admin));
    expect(res.errors).toBeUndefined();
    expect(res.data.balance).toMatchObject({ trackFundLineage: false, lineage: null });
    expect(calls).toEqual({ 'GET /balances/:id': 1 });
  });

  it('is refused to a caller confined to an identity, even on its own balance', async () => {
    const confined = bearer(await signToken({ scopes: ['ledger:read'], blnk_identity_id: ids.identity }));
    const { res, calls } = await counted(() => run(ScLinBalance, { id: ids.tracked }, confined));
    expect(res.data.balance.lineage).toBeNull();
    expect(res.errors.map((e: any) => [e.path.join('.'), e.extensions.code])).toEqual([['balance.lineage', 'FORBIDDEN']]);
    expect(calls['GET /balances/:id/lineage']).toBeUndefined();
  });
});

describe('identity PII tokenization through the gateway', () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await rest('POST', '/identities', {
        first_name: 'Ada',
        last_name: 'Lovelace',
        other_names: 'Augusta',
        email_address: 'ada@example.com',
        phone_number: '+44 20 7946 0000',
        street: '12 St James Square',
        post_code: 'SW1Y 4JH',
        city: 'London',
      })
    ).identity_id;
  });

  it('an identity with nothing tokenized: no fields, and detokenized answers [] without a call', async () => {
    const { res, calls } = await counted(() => run(ScPiiRead, { id }, piiReader));
    expect(res.errors).toBeUndefined();
    expect(res.data.identity).toEqual({ id, tokenizedFields: [], detokenized: [] });
    expect(calls).toEqual({ 'POST /identities/filter': 1 });
  });

  it('ledger:admin tokenizes two fields (read, write, read back), then the rest, skipping what is done', async () => {
    const first = await counted(() => run(ScPiiTokenize, { id, fields: ['FIRST_NAME', 'EMAIL_ADDRESS'] }, admin));
    expect(first.res.errors).toBeUndefined();
    const two = first.res.data.tokenizeIdentity;
    expect(two.__typename).toBe('Identity');
    expect(two.firstName).toMatch(/^FPT:[A-Z][a-z]{2}:/);
    expect(two.emailAddress).toMatch(/^FPT:[a-z]{3}@[a-z]{7}\.[a-z]{3}:/);
    expect(two.lastName).toBe('Lovelace');
    expect(two.tokenizedFields).toEqual(['FIRST_NAME', 'EMAIL_ADDRESS']);
    expect(first.calls).toEqual({ 'GET /identities/:id': 2, 'POST /identities/:id/tokenize': 1 });

    // All seven: the two already done are not sent again (Blnk would stop at them with a 409).
    const all = await counted(() => run(ScPiiTokenize, { id }, admin));
    expect(all.res.errors).toBeUndefined();
    expect(all.res.data.tokenizeIdentity.tokenizedFields).toEqual([
      'FIRST_NAME',
      'LAST_NAME',
      'OTHER_NAMES',
      'EMAIL_ADDRESS',
      'PHONE_NUMBER',
      'STREET',
      'POST_CODE',
    ]);
    expect(all.res.data.tokenizeIdentity.city).toBe('London');
    expect(all.calls).toEqual({ 'GET /identities/:id': 2, 'POST /identities/:id/tokenize': 1 });

    // Once more: nothing left to tokenize, so only the read.
    const again = await counted(() => run(ScPiiTokenize, { id, fields: ['STREET'] }, admin));
    expect(again.res.data.tokenizeIdentity.__typename).toBe('Identity');
    expect(again.calls).toEqual({ 'GET /identities/:id': 1 });
  });

  it('pii:read detokenizes (one call); ledger:admin alone, ledger:read alone and a confined caller cannot', async () => {
    const some = await counted(() => run(ScPiiRead, { id, fields: ['STREET', 'FIRST_NAME'] }, piiReader));
    expect(some.res.errors).toBeUndefined();
    expect(some.res.data.identity.detokenized).toEqual([
      { field: 'FIRST_NAME', value: 'Ada' },
      { field: 'STREET', value: '12 St James Square' },
    ]);
    expect(some.calls).toEqual({ 'POST /identities/filter': 1, 'POST /identities/:id/detokenize': 1 });

    const all = await run(ScPiiRead, { id }, piiReader);
    expect(Object.fromEntries(all.data.identity.detokenized.map((d: any) => [d.field, d.value]))).toEqual({
      FIRST_NAME: 'Ada',
      LAST_NAME: 'Lovelace',
      OTHER_NAMES: 'Augusta',
      EMAIL_ADDRESS: 'ada@example.com',
      PHONE_NUMBER: '+44 20 7946 0000',
      STREET: '12 St James Square',
      POST_CODE: 'SW1Y 4JH',
    });

    const confinedPii = bearer(await signToken({ scopes: ['ledger:read', 'pii:read'], blnk_identity_id: id }));
    for (const headers of [admin, reader, confinedPii]) {
      const { res, calls } = await counted(() => run(ScPiiRead, { id }, headers));
      expect(res.data.identity.detokenized).toBeNull();
      expect(res.data.identity.tokenizedFields).toHaveLength(7);
      expect(res.errors.map((e: any) => [e.path.join('.'), e.extensions.code])).toEqual([['identity.detokenized', 'FORBIDDEN']]);
      expect(JSON.stringify(res)).not.toContain('Lovelace');
      expect(calls['POST /identities/:id/detokenize']).toBeUndefined();
    }
  });

  it('no detokenized value, nor a token, is ever logged', () => {
    expect(logged.length).toBeGreaterThan(0);
    const all = logged.join('');
    for (const secret of ['Lovelace', 'ada@example.com', '7946', 'SW1Y', 'James Square', 'Augusta', 'FPT:'])
      expect(all).not.toContain(secret);
  });

  it('tokenizing needs ledger:admin, and a missing identity is a NotFoundError', async () => {
    const denied = await run(ScPiiTokenize, { id }, piiReader);
    expect(denied.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const missing = await run(ScPiiTokenize, { id: 'idt_00000000-0000-4000-8000-00000000dead' }, admin);
    expect(missing.data.tokenizeIdentity).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});
