import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/** The manifest codegen's client preset writes from the test documents. */
const manifest = JSON.parse(readFileSync(new URL('../gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const [walletHash] = Object.entries(manifest).find(([, doc]) => doc.startsWith('query BalanceWithOwner'))!;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: true }, persistedOperations: { mode: 'enforce', manifest } });
});
afterAll(() => h.close());

async function post(body: unknown) {
  const res = await h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe('PERSISTED_OPERATIONS=enforce', () => {
  it('runs a document of the manifest by its id, in either form', async () => {
    const id = SEED_IDS.balances.adaUsd;
    const byDocumentId = await post({ documentId: `sha256:${walletHash}`, variables: { id } });
    expect(byDocumentId.body.data.balance).toMatchObject({ id, identity: { firstName: 'Ada' } });
    const apollo = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: walletHash } }, variables: { id } });
    expect(apollo.body.data.balance.id).toBe(id);
  });

  it('refuses any other document, and an unknown id, before anything runs', async () => {
    h.sandbox.resetRequests();
    const arbitrary = await post({ query: '{ ledgers { edges { node { id } } } }' });
    expect(arbitrary.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await post({ documentId: 'sha256:0000' });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(h.sandbox.requests).toHaveLength(0);
  });
});
