import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../bench/services.js';
import type { Service } from '../../bench/services.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/**
 * The hand-written baselines `npm run bench:ab` compares the gateway with (bench/baselines/):
 * the bare yoga server and Apollo Server 5 answer the same JSON for the same query, over real
 * HTTP on loopback, each in its own process over the same 500-balance sandbox. Speed only in
 * the harness.
 */
const BALANCE = 'bln_00000000-0000-4000-9000-000000000007';
let sandbox: Sandbox;
let yoga: Service;
let apollo: Service;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, benchBalances: 500 });
  const ready = /listening on (http:\/\/[\d.:]+)/;
  [yoga, apollo] = await Promise.all([
    start('bench/baselines/yoga.ts', [], { UPSTREAM: sandbox.url }, ready),
    start('bench/baselines/apollo.ts', [], { UPSTREAM: sandbox.url }, ready),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all(
    [yoga, apollo].filter(Boolean).map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }),
  );
  await sandbox?.close();
});

async function ask(service: Service, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

describe('the bench baselines answer alike', () => {
  it("one balance (the harness's query): the same JSON from bare yoga and Apollo, the sandbox's row", async () => {
    const query = `{ balance(id: "${BALANCE}") { id balance currency } }`;
    const row = (await (await fetch(`${sandbox.url}/balances/${BALANCE}`)).json()) as { balance: number; currency: string };
    const fromYoga = await ask(yoga, query);
    const fromApollo = await ask(apollo, query);
    expect(fromYoga).toEqual({
      status: 200,
      body: { data: { balance: { id: BALANCE, balance: String(row.balance), currency: row.currency } } },
    });
    expect(fromApollo).toEqual(fromYoga);
  });

  it('with variables and __typename: the same JSON', async () => {
    const query = 'query One($id: ID!) { balance(id: $id) { __typename id currency } }';
    const fromYoga = await ask(yoga, query, { id: BALANCE });
    expect(fromYoga.body.data.balance).toMatchObject({ __typename: 'Balance', id: BALANCE });
    expect(await ask(apollo, query, { id: BALANCE })).toEqual(fromYoga);
  });
});
