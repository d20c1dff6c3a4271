import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/index.js';
import { client } from './http.js';
import type { Call, RawResponse } from './http.js';

/**
 * The sandbox-only tests' shared setup: a sandbox on an ephemeral loopback port, a raw REST caller
 * against it (test/helpers/http.ts), and small builders that make what a test starts from. The
 * contract tests, which also run on real Blnk, have their own in test/contract/money.ts.
 */

/** A reference (or name) no other test uses: `<label>-<uuid>`. */
export const ref = (label: string) => `${label}-${randomUUID()}`;

/** A transfer body with these tests' defaults (USD at precision 100, a fresh reference); `body` wins. */
export function txn(body: Record<string, unknown>): Record<string, unknown> {
  return { precision: 100, currency: 'USD', reference: ref('txn'), description: 'test', ...body };
}

/** The amounts of a balance the tests compare in one toEqual; see `held`. */
export interface Amounts {
  balance: bigint;
  inflight_debit: bigint;
  inflight_credit: bigint;
}

export const held = (balanceValue: bigint, inflightDebit = 0n, inflightCredit = 0n): Amounts => ({
  balance: balanceValue,
  inflight_debit: inflightDebit,
  inflight_credit: inflightCredit,
});

/** Blnk's error envelope: this status, JSON, this code, and the legacy `error` equal to the message. */
export function expectError(res: RawResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.contentType).toMatch(/^application\/json/);
  expect(res.json.error_detail.code).toBe(code);
  expect(res.json.error).toBe(res.json.error_detail.message);
}

/** Builders over one REST caller; each checks the status of every request it sends. */
export function builders(call: Call) {
  const post = (body: Record<string, unknown>) => call('POST', '/transactions', { body: txn(body) });
  const ledger = async (name = ref('ledger')): Promise<string> => {
    const res = await call('POST', '/ledgers', { body: { name } });
    expect(res.status).toBe(201);
    return res.json.ledger_id;
  };
  /** A balance in `ledgerId`, or in a ledger of its own. */
  const newBalance = async (currency = 'USD', ledgerId?: string): Promise<string> => {
    const ledger_id = ledgerId ?? (await ledger());
    const res = await call('POST', '/balances', { body: { ledger_id, currency } });
    expect(res.status).toBe(201);
    return res.json.balance_id;
  };
  const balance = async (id: string, query = ''): Promise<any> => {
    const res = await call('GET', `/balances/${id}${query}`);
    expect(res.status).toBe(200);
    return res.json;
  };
  return {
    ledger,
    newBalance,
    /** POST /transactions with `txn`'s defaults. */
    post,
    /** A new balance holding `amount` minor units from @World, moved synchronously. */
    funded: async (amount: bigint): Promise<string> => {
      const id = await newBalance();
      const res = await post({ precise_amount: amount, source: '@World', destination: id, allow_overdraft: true, skip_queue: true });
      expect(res.status).toBe(201);
      return id;
    },
    balance,
    amounts: async (id: string): Promise<Amounts> => {
      const b = await balance(id);
      return { balance: b.balance, inflight_debit: b.inflight_debit_balance, inflight_credit: b.inflight_credit_balance };
    },
    /** The transactions whose parent_transaction is `parentId`. */
    childrenOf: async (parentId: string): Promise<any[]> => {
      const res = await call('POST', '/transactions/filter', {
        body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: parentId }], limit: 100 },
      });
      expect(res.status).toBe(200);
      return res.json;
    },
  };
}

export type SandboxFixture = { sandbox: Sandbox; call: Call; close(): Promise<void> } & ReturnType<typeof builders>;

/** A sandbox on an ephemeral loopback port (`options` may add to that), for a test that closes it itself. */
export async function openSandbox(options: SandboxOptions = {}): Promise<SandboxFixture> {
  const sandbox = await startSandbox({ port: 0, ...options });
  const call = client(sandbox.url);
  return { sandbox, call, close: () => sandbox.close(), ...builders(call) };
}

/**
 * `openSandbox` in the enclosing scope's beforeAll, closed in its afterAll. What it returns may be
 * destructured at once: `sandbox` and `call` stand in for the ones beforeAll makes, and using them
 * earlier (outside a hook or test) throws.
 */
export function useSandbox(options: SandboxOptions = {}): Omit<SandboxFixture, 'close'> {
  let started: Sandbox | undefined;
  let rest: Call | undefined;
  beforeAll(async () => {
    started = await startSandbox({ port: 0, ...options });
    rest = client(started.url);
  });
  afterAll(() => started?.close());
  const current = (): Sandbox => {
    if (!started) throw new Error('useSandbox: the sandbox starts in beforeAll; use it in a hook or a test');
    return started;
  };
  // Every property and method of the sandbox beforeAll started, whatever the Sandbox interface holds.
  const sandbox = new Proxy({} as Sandbox, {
    get(_target, key) {
      const real = current();
      const value: unknown = Reflect.get(real, key, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
  const call: Call = (method, path, callOptions) => {
    current();
    return rest!(method, path, callOptions);
  };
  return { sandbox, call, ...builders(call) };
}
