import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/auth/authenticate.js';
import type { AuthConfig } from '../../src/auth/authenticate.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * `X-Explain: upstream` (server/explain.ts) on the README's `query Wallet`, taken from the README
 * itself: the README says it costs three Blnk requests and names them; the explanation lists
 * those three, as sent, with their routes. Anyone but an unconfined admin gets no extension.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const wallet = /```graphql\n(query Wallet \{[\s\S]*?)```/.exec(readme)?.[1] ?? '';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
  extensions?: { upstream?: { method: string; route: string; status: number; durationMs: number; ids?: number }[] };
}

async function ask(h: Harness, headers: Record<string, string>, query = wallet): Promise<Answer> {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Answer;
}

const EXPLAIN = { 'x-explain': 'upstream' };

describe('X-Explain: upstream, with auth off (an admin)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true } });
  });
  afterAll(() => h.close());

  it("lists the README wallet query's three calls, as sent, with their routes", async () => {
    expect(wallet).toContain('query Wallet');
    h.sandbox.resetRequests();
    const answer = await ask(h, EXPLAIN);
    expect(answer.errors).toBeUndefined();
    const upstream = answer.extensions?.upstream ?? [];
    // The balance with its ledger and identity first (its field comes first), then the
    // transaction batch beside it, then the transaction's source balance, which needs the
    // transaction's answer. Each batch held one id; a GET by id batches none.
    expect(upstream.map(({ method, route, status, ids }) => ({ method, route, status, ids }))).toEqual([
      { method: 'GET', route: '/balances/:id', status: 200, ids: undefined },
      { method: 'POST', route: '/transactions/filter', status: 200, ids: 1 },
      { method: 'POST', route: '/balances/filter', status: 200, ids: 1 },
    ]);
    expect(upstream[0]).not.toHaveProperty('ids');
    for (const call of upstream) {
      expect(call.durationMs).toBeGreaterThanOrEqual(0);
      // One decimal: a tenth of a millisecond is all a client needs.
      expect(Math.round(call.durationMs * 10)).toBe(call.durationMs * 10);
    }
    // What Blnk (the sandbox) actually served: the same three.
    expect(
      h
        .upstream()
        .map((c) => `${c.method} ${c.route}`)
        .sort(),
    ).toEqual(upstream.map((c) => `${c.method} ${c.route}`).sort());
    // No id of the query's appears in the explanation.
    expect(JSON.stringify(upstream)).not.toMatch(/bln_|txn_/);
  });

  it("runs the README's curl line as written and answers the calls the README shows", async () => {
    const section = readme.slice(readme.indexOf('### Which Blnk calls did this query make?'));
    const curl = /```sh\n(curl [\s\S]*?)```/.exec(section)?.[1] ?? '';
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)?.[1] ?? 'null') as Answer;
    const headers = Object.fromEntries([...curl.matchAll(/-H '([^:]+): ([^']*)'/g)].map((m) => [m[1]!, m[2]!]));
    const body = /-d '([^']*)'/.exec(curl)?.[1] ?? '';
    expect(headers).toEqual({ 'content-type': 'application/json', 'x-explain': 'upstream' });
    const res = await h.gateway.fetch('http://gateway.test/graphql', { method: 'POST', headers, body });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as Answer;
    expect(answer.errors).toBeUndefined();
    const strip = (a: Answer) => a.extensions?.upstream?.map(({ durationMs: _, ...call }) => call);
    expect(strip(answer)).toEqual(strip(shown));
    expect(strip(answer)).toHaveLength(3);
  });

  it('answers the same data as without the header, and adds nothing without it', async () => {
    const plain = await ask(h, {});
    const explained = await ask(h, EXPLAIN);
    expect(plain.extensions).toBeUndefined();
    expect(explained.data).toEqual(plain.data);
  });

  it('ignores another value of the header', async () => {
    const answer = await ask(h, { 'x-explain': 'everything' });
    expect(answer.extensions).toBeUndefined();
    expect(answer.data).not.toBeNull();
  });

  it('counts the ids a batch held: two transactions by id are one filter of two', async () => {
    const query =
      '{ a: transaction(id: "txn_00000000-0000-4000-8000-000000000001") { id } b: transaction(id: "txn_00000000-0000-4000-8000-000000000005") { id } }';
    const answer = await ask(h, EXPLAIN, query);
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.upstream?.map(({ route, ids }) => ({ route, ids }))).toEqual([{ route: '/transactions/filter', ids: 2 }]);
  });

  it('explains a mutation too', async () => {
    const answer = await ask(h, EXPLAIN, 'mutation { createLedger(input: { name: "Explained" }) { __typename } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.upstream?.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'POST', route: '/ledgers', status: 201 },
    ]);
  });

  it('shows a failed call with its status', async () => {
    const answer = await ask(h, EXPLAIN, '{ balance(id: "bln_00000000-0000-4000-8000-0000000000ff") { available } }');
    expect(answer.errors).toHaveLength(1);
    expect(answer.extensions?.upstream?.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'GET', route: '/balances/:id', status: 404 },
    ]);
  });
});

describe('X-Explain: upstream, with auth off in production', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, explainUpstream: false });
  });
  afterAll(() => h.close());

  it('is ignored: every caller would be an admin', async () => {
    const answer = await ask(h, EXPLAIN);
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions).toBeUndefined();
  });
});

const KEYS = { reader: 'key-reader-0123456789', writer: 'key-writer-0123456789', admin: 'key-admin-0123456789', ada: 'key-ada-0123456789' };
const API_KEYS: AuthConfig = {
  mode: 'api-keys',
  keyPassthrough: false,
  identityClaim: 'blnk_identity_id',
  keys: [
    { name: 'reader', sha256: sha256(KEYS.reader), scopes: ['ledger:read'] },
    { name: 'writer', sha256: sha256(KEYS.writer), scopes: ['ledger:write'] },
    { name: 'admin', sha256: sha256(KEYS.admin), scopes: ['ledger:admin'] },
    // Confined to Ada, with the admin scope: still not an operator.
    { name: 'ada-admin', sha256: sha256(KEYS.ada), scopes: ['ledger:admin'], identityId: SEED_IDS.identities.ada },
  ],
};

describe('X-Explain: upstream, with API keys', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, auth: API_KEYS });
  });
  afterAll(() => h.close());

  it('is honoured for an unconfined admin', async () => {
    const answer = await ask(h, { ...EXPLAIN, 'x-api-key': KEYS.admin });
    expect(answer.extensions?.upstream?.map((c) => c.route)).toEqual(['/balances/:id', '/transactions/filter', '/balances/filter']);
  });

  it.each([
    ['a reader', KEYS.reader],
    ['a writer', KEYS.writer],
    ['a confined admin', KEYS.ada],
  ])('is absent for %s, and nothing is refused for asking', async (_who, key) => {
    const answer = await ask(h, { ...EXPLAIN, 'x-api-key': key }, `{ balance(id: "${SEED_IDS.balances.adaUsd}") { balance } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).not.toBeNull();
    expect(answer.extensions).toBeUndefined();
  });
});
