import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/wallet-client/src/main.js';
import { formatAmount, groupThousands, toDecimal } from '../../examples/wallet-client/src/format.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * The example client of docs/clients.md, run as a frontend would run it: plain fetch to the
 * gateway on a real loopback listener, the gateway in front of the seeded sandbox. The expected
 * lines are worked out from src/sandbox/seed.ts by hand (see each comment), not copied from a run.
 */
let h: Harness;
let server: Server;
let url: string;

beforeAll(async () => {
  // Silent: the not-found case below is an expected client error, not one to print.
  h = await startHarness({ sandbox: { seed: true }, logger: pino({ level: 'silent' }) });
  server = createServer(h.gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

describe('examples/wallet-client', () => {
  it("prints Ada's USD wallet, amounts exact in major units", async () => {
    const printed: string[] = [];
    const lines = await main([url, SEED_IDS.balances.adaUsd], (line) => printed.push(line));
    expect(printed).toEqual(lines);
    // Seed: 500000 in from @World (seed-1), 12500 out to Acme (seed-3), both applied: 487500
    // minor units. Queued and not yet applied: 2000 out to Grace (seed-8), 7500 in from the
    // float (seed-9); available = 487500 − 0 inflight − 2000 queued debit = 485500.
    expect(lines.slice(0, 3)).toEqual(['Ada Lovelace, Customer Wallets', 'balance    4,875.00 USD', 'available  4,855.00 USD']);
    // Every transaction touching the balance, each with its direction; Blnk orders rows with
    // equal created_at arbitrarily, so the order is not asserted.
    expect(lines.slice(3).sort()).toEqual(
      ['+5,000.00 USD  APPLIED  seed-1', '-125.00 USD  APPLIED  seed-3', '-20.00 USD  QUEUED  seed-8', '+75.00 USD  QUEUED  seed-9'].sort(),
    );
  });

  it('keeps all 18 decimals of an ETH balance (beyond 2^53 minor units in its history)', async () => {
    const lines = await main([url, SEED_IDS.balances.adaEth], () => {});
    // Seed: 5 ETH (5 × 10^18 wei, seed-6) from the treasury to Ada's ETH balance.
    expect(lines).toEqual([
      'Ada Lovelace, Crypto Treasury',
      'balance    5.000000000000000000 ETH',
      'available  5.000000000000000000 ETH',
      '+5.000000000000000000 ETH  APPLIED  seed-6',
    ]);
  });

  it('lists a queued transfer once, with its outcome, not its QUEUED row and its _q row both', async () => {
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    // @World may go below zero only when the transfer allows it. Queued (no skipQueue): Blnk writes the QUEUED row now and, once applied, wallet-q-1_q.
    const recorded = await post(
      'mutation ($input: RecordTransactionInput!) { recordTransaction(input: $input) { __typename ... on Transaction { status } } }',
      {
        input: {
          source: '@World',
          allowOverdraft: true,
          destination: SEED_IDS.balances.graceUsd,
          preciseAmount: '1050',
          precision: '100',
          currency: 'USD',
          reference: 'wallet-q-1',
          description: 'queued top-up',
        },
      },
    );
    expect(recorded.data).toEqual({ recordTransaction: { __typename: 'Transaction', status: 'QUEUED' } });
    const references = async () => {
      const read = await post('query ($id: ID!) { balance(id: $id) { transactions(first: 20) { edges { node { reference } } } } }', {
        id: SEED_IDS.balances.graceUsd,
      });
      const balance = read.data?.balance as { transactions: { edges: { node: { reference: string } }[] } };
      return balance.transactions.edges.map((e) => e.node.reference);
    };
    let rows: string[] = [];
    const end = Date.now() + 5_000;
    while (!rows.includes('wallet-q-1_q')) {
      if (Date.now() > end) throw new Error(`the queue did not apply wallet-q-1: ${rows.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      rows = await references();
    }
    // Both rows are in Blnk's list...
    expect(rows.filter((r) => r.startsWith('wallet-q-1')).sort()).toEqual(['wallet-q-1', 'wallet-q-1_q']);
    // ...and the wallet shows one line: the transfer's own reference with the queue's outcome.
    const lines = await main([url, SEED_IDS.balances.graceUsd], () => {});
    expect(lines.filter((l) => l.includes('wallet-q-1'))).toEqual(['+10.50 USD  APPLIED  wallet-q-1']);
  });

  it("fails with the gateway's code for a balance that does not exist", async () => {
    await expect(main([url, 'bln_00000000-0000-4000-8000-00000000dead'], () => {})).rejects.toThrow(/NOT_FOUND/);
  });
});

describe('exact amount formatting', () => {
  it('places the point by the precision, never through a float', () => {
    expect(toDecimal('1230', '100')).toBe('12.30');
    expect(toDecimal('5', '100')).toBe('0.05');
    expect(toDecimal('-5', '100')).toBe('-0.05');
    expect(toDecimal('-0', '100')).toBe('0.00');
    expect(toDecimal('42', '1')).toBe('42');
    // 2^53 + 1 minor units: Number would make it ...992.
    expect(toDecimal('9007199254740993', '100')).toBe('90071992547409.93');
    expect(toDecimal('123456000000000000000789', '1000000000000000000')).toBe('123456.000000000000000789');
  });

  it('groups thousands exactly, with Intl and without it', () => {
    expect(formatAmount('123456000000000000000789', '1000000000000000000')).toBe('123,456.000000000000000789');
    expect(formatAmount('-9007199254740993', '100')).toBe('-90,071,992,547,409.93');
    expect(formatAmount('123456789', '100', 'de-DE')).toBe('1.234.567,89');
    expect(groupThousands('-1234567.50')).toBe('-1,234,567.50');
    expect(groupThousands('999')).toBe('999');
  });

  it('refuses what has no exact decimal', () => {
    expect(() => toDecimal('10', '3')).toThrow(/power of ten/);
    expect(() => toDecimal('1.5', '100')).toThrow(/minor units/);
  });
});
