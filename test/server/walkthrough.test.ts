import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALKTHROUGH_PLACEHOLDERS, exampleQuery } from '../../src/server/graphiql/example-query.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * GraphiQL's walk-through for a real Blnk, run as a user runs it: on an EMPTY Blnk (the sandbox
 * without its seed), each operation in the order the run menu lists them, each later one with the
 * id an earlier one answered pasted over its placeholder, through the gateway on loopback.
 */
let h: Harness;
let server: Server;
let url: string;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: false }, logger: pino({ level: 'silent' }) });
  server = createServer(h.gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

async function run(document: string, operationName: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, operationName }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect({ status: res.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  return body.data!;
}

describe("GraphiQL's first steps on an empty Blnk", () => {
  it('creates a ledger, a balance, a first deposit from @World, and reads it back', async () => {
    let document = exampleQuery(null);
    // The sandbox holds nothing: no ledger but Blnk's own general ledger, no balance.
    expect(await run('query Empty { balances(first: 1) { edges { node { id } } } }', 'Empty')).toEqual({ balances: { edges: [] } });

    const step1 = (await run(document, 'Step1_CreateLedger')).createLedger as { __typename: string; id: string; name: string };
    expect(step1).toMatchObject({ __typename: 'Ledger', name: 'First steps' });
    document = document.replaceAll(WALKTHROUGH_PLACEHOLDERS.ledgerId, step1.id);

    const step2 = (await run(document, 'Step2_CreateBalance')).createBalance as { __typename: string; id: string };
    expect(step2).toMatchObject({ __typename: 'Balance', currency: 'USD', balance: '0' });
    document = document.replaceAll(WALKTHROUGH_PLACEHOLDERS.balanceId, step2.id);
    expect(Object.values(WALKTHROUGH_PLACEHOLDERS).filter((p) => document.includes(p))).toEqual([]);

    const step3 = (await run(document, 'Step3_FirstDeposit')).recordTransaction as Record<string, unknown>;
    // 10000 minor units at precision 100: 100.00 USD (two decimals, as the precision has), applied at once (skipQueue).
    expect(step3).toMatchObject({ __typename: 'Transaction', status: 'APPLIED', amount: '100.00', currency: 'USD' });

    const step4 = (await run(document, 'Step4_ReadItBack')).balance as Record<string, unknown>;
    expect(step4).toEqual({
      id: step2.id,
      currency: 'USD',
      balance: '10000',
      available: '10000',
      ledger: { name: 'First steps' },
      transactions: { edges: [{ node: { reference: step3.reference, amount: '100.00', currency: 'USD', status: 'APPLIED' } }] },
    });
  });
});
