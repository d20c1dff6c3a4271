import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import type { Call, RawResponse } from '../helpers/http.js';

/**
 * Contract tests for the filter engine and the list endpoints (docs/blnk-contract.md sections 2,
 * 3, 9, 14 and 15), through real HTTP on loopback. Every expected list is written out by hand
 * from the rows each block creates; row order is "newest first" unless a test says otherwise,
 * and rows are created one after another, so creation order is the expected order reversed.
 */

const ZERO_TIME = '0001-01-01T00:00:00Z';

async function created(call: Call, path: string, body: unknown): Promise<any> {
  const res = await call('POST', path, { body });
  expect(res.status, `${path}: ${res.text}`).toBe(201);
  return res.json;
}

/** A 200 whose body is a JSON array; returns it. */
function rowsOf(res: RawResponse): any[] {
  expect(res.status, res.text).toBe(200);
  expect(res.contentType).toMatch(/^application\/json/);
  expect(Array.isArray(res.json), res.text).toBe(true);
  return res.json;
}

/** The 0.15 error envelope; returns error_detail. */
function expectError(res: RawResponse, status: number, code: string, legacyKey: 'error' | 'errors' = 'error'): any {
  expect(res.status, res.text).toBe(status);
  expect(res.contentType).toMatch(/^application\/json/);
  expect(res.json.error_detail.code).toBe(code);
  if (legacyKey === 'error') expect(res.json.error).toBe(res.json.error_detail.message);
  return res.json.error_detail;
}

/** The 400 a query-filter parse error gives: legacy key `errors` holding `[{Param, Message}]` (section 3.2). */
function expectQueryFilterErrors(res: RawResponse): { Param: string; Message: string }[] {
  expect(res.status, res.text).toBe(400);
  expect(res.contentType).toMatch(/^application\/json/);
  expect(Object.keys(res.json)).not.toContain('error');
  const errors = res.json.errors;
  expect(Array.isArray(errors), res.text).toBe(true);
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(Object.keys(e).sort()).toEqual(['Message', 'Param']);
    expect(typeof e.Param).toBe('string');
    expect(typeof e.Message).toBe('string');
  }
  expect(res.json.error_detail.details).toEqual(errors);
  return errors;
}

/** Microseconds since the epoch of an RFC 3339 UTC time as Blnk writes it. */
function micros(time: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/.exec(time);
  if (!m) throw new Error(`not a UTC RFC 3339 time: ${time}`);
  return Date.parse(`${m[1]}Z`) * 1000 + Number((m[2] ?? '').padEnd(6, '0'));
}

// ---------------------------------------------------------------------------------------------
// A small ledger with known rows: the fixture for sections 1, 2, 4, 5 and 6.

describe('filters over a known fixture', () => {
  let t: Target;
  let call: Call;
  const filter = (table: string, body: unknown) => call('POST', `/${table}/filter`, { body });
  const ids = (rows: any[] | null, key: string) => (rows ?? []).map((r) => r[key]);

  // Ledgers L1, L2; identities I1 (Ada), I2 (Grace); balances in L1, in creation order:
  //   B1 USD, I1, meta {tier: gold, score: 10}         final balance 300
  //   B2 EUR, I2, meta {tier: silver, score: 9}        final balance 9000 (fund lineage, LIFO)
  //   B3 USD, no identity, no meta                     final balance 200
  //   B4 NGN, no identity, meta {tier: gold}           final balance 0
  // Transactions: T1 @World→B1 500 USD; T2 B1→B3 200 USD; T3 @World→B2 9000 EUR, which create
  // the general-ledger balances W_USD (at T1) and W_EUR (at T3).
  let L1: string, L2: string, I1: string, I2: string;
  let B1: string, B2: string, B3: string, B4: string, W_USD: string, W_EUR: string;
  let T1: string, T2: string, T3: string;
  const missing = 'bln_00000000-0000-4000-8000-00000000dead';

  beforeAll(async () => {
    t = await startTarget();
    call = t.call;
    L1 = (await created(call, '/ledgers', { name: 'Alpha Wallets', meta_data: { region: 'eu' } })).ledger_id;
    L2 = (await created(call, '/ledgers', { name: 'beta settlements' })).ledger_id;
    I1 = (
      await created(call, '/identities', {
        identity_type: 'individual',
        first_name: 'Ada',
        last_name: 'Lovelace',
        email_address: 'ada@example.com',
        country: 'GB',
      })
    ).identity_id;
    I2 = (
      await created(call, '/identities', {
        identity_type: 'individual',
        first_name: 'Grace',
        last_name: 'Hopper',
        email_address: 'grace@EXAMPLE.org',
        country: 'US',
      })
    ).identity_id;
    B1 = (
      await created(call, '/balances', {
        ledger_id: L1,
        currency: 'USD',
        identity_id: I1,
        meta_data: { tier: 'gold', score: 10 },
      })
    ).balance_id;
    B2 = (
      await created(call, '/balances', {
        ledger_id: L1,
        currency: 'EUR',
        identity_id: I2,
        meta_data: { tier: 'silver', score: 9 },
        track_fund_lineage: true,
        allocation_strategy: 'LIFO',
      })
    ).balance_id;
    B3 = (await created(call, '/balances', { ledger_id: L1, currency: 'USD' })).balance_id;
    B4 = (await created(call, '/balances', { ledger_id: L1, currency: 'NGN', meta_data: { tier: 'gold' } })).balance_id;
    const txn = (body: Record<string, unknown>) => created(call, '/transactions', { precision: 1, skip_queue: true, ...body });
    T1 = (
      await txn({
        precise_amount: 500,
        currency: 'USD',
        reference: 'ref-one',
        description: 'Funding Ada',
        source: '@World',
        destination: B1,
        allow_overdraft: true,
      })
    ).transaction_id;
    T2 = (
      await txn({
        precise_amount: 200,
        currency: 'USD',
        reference: 'ref-two',
        description: 'Ada pays the float',
        source: B1,
        destination: B3,
      })
    ).transaction_id;
    T3 = (
      await txn({
        precise_amount: 9000,
        currency: 'EUR',
        reference: 'ref-three',
        description: 'Funding Grace',
        source: '@World',
        destination: B2,
        allow_overdraft: true,
        meta_data: { channel: 'card' },
      })
    ).transaction_id;
    const world = async (currency: string) => {
      const res = await call('GET', `/balances/indicator/@World/currency/${currency}`);
      expect(res.status, res.text).toBe(200);
      return res.json.balance_id as string;
    };
    W_USD = await world('USD');
    W_EUR = await world('EUR');
  });
  afterAll(() => t.close());

  describe('batch fetch by id (section 3.1, trap 6)', () => {
    it('section 3.1: balances by balance_id in come back newest first, not in input order, missing ids absent', async () => {
      const rows = rowsOf(await filter('balances', { filters: [{ field: 'balance_id', operator: 'in', values: [B1, missing, B3, B2] }] }));
      expect(ids(rows, 'balance_id')).toEqual([B3, B2, B1]);
    });

    it('section 3.1: ledgers by ledger_id in, newest first, missing ids absent', async () => {
      const rows = rowsOf(await filter('ledgers', { filters: [{ field: 'ledger_id', operator: 'in', values: [L1, 'ldg_missing', L2] }] }));
      expect(ids(rows, 'ledger_id')).toEqual([L2, L1]);
    });

    it('section 3.1: identities by identity_id in, newest first, missing ids absent', async () => {
      const rows = rowsOf(
        await filter('identities', { filters: [{ field: 'identity_id', operator: 'in', values: [I1, 'idt_missing', I2] }] }),
      );
      expect(ids(rows, 'identity_id')).toEqual([I2, I1]);
    });

    it('section 3.1: transactions by transaction_id in, newest first, missing ids absent', async () => {
      const rows = rowsOf(
        await filter('transactions', {
          filters: [{ field: 'transaction_id', operator: 'in', values: [T1, 'txn_missing', T3] }],
        }),
      );
      expect(ids(rows, 'transaction_id')).toEqual([T3, T1]);
    });

    it('trap 6: nothing matched is null for balances and identities, [] for ledgers and transactions', async () => {
      const none = (field: string) => ({ filters: [{ field, operator: 'in', values: ['nope_1', 'nope_2'] }] });
      for (const [table, field, text] of [
        ['balances', 'balance_id', 'null'],
        ['identities', 'identity_id', 'null'],
        ['ledgers', 'ledger_id', '[]'],
        ['transactions', 'transaction_id', '[]'],
      ] as const) {
        const res = await filter(table, none(field));
        expect(res.status, table).toBe(200);
        expect(res.contentType).toMatch(/^application\/json/);
        expect(res.text, table).toBe(text);
      }
    });
  });

  describe('operators (section 3.1)', () => {
    const inL1 = { field: 'ledger_id', operator: 'eq', value: '' };
    const l1 = () => ({ ...inL1, value: L1 });
    const balances = async (...filters: unknown[]) => ids(rowsOf(await filter('balances', { filters: [l1(), ...filters] })), 'balance_id');
    const balancesOrNull = async (...filters: unknown[]) => {
      const res = await filter('balances', { filters: [l1(), ...filters] });
      expect(res.status, res.text).toBe(200);
      return ids(res.json, 'balance_id');
    };

    it('section 3.1: eq and ne on a string field', async () => {
      expect(await balances({ field: 'currency', operator: 'eq', value: 'USD' })).toEqual([B3, B1]);
      expect(await balances({ field: 'currency', operator: 'ne', value: 'USD' })).toEqual([B4, B2]);
      // Values are case-sensitive: no balance is in "usd".
      expect(await balancesOrNull({ field: 'currency', operator: 'eq', value: 'usd' })).toEqual([]);
    });

    it('section 3.1: gt, gte/gteq, lt, lte/lteq on the balance amount (300, 9000, 200, 0)', async () => {
      const on = (operator: string, value: unknown) => balancesOrNull({ field: 'balance', operator, value });
      expect(await on('gt', 200)).toEqual([B2, B1]);
      expect(await on('gte', 200)).toEqual([B3, B2, B1]);
      expect(await on('lt', 200)).toEqual([B4]);
      expect(await on('lte', 200)).toEqual([B4, B3]);
      expect(await on('eq', 9000)).toEqual([B2]);
      expect(await on('gt', 9000)).toEqual([]);
    });

    it('section 3.1: credit_balance and debit_balance are filterable amounts too', async () => {
      // B1 was credited 500 and debited 200; B3 credited 200; B2 credited 9000; B4 untouched.
      expect(await balances({ field: 'debit_balance', operator: 'gt', value: 0 })).toEqual([B1]);
      expect(await balances({ field: 'credit_balance', operator: 'eq', value: 500 })).toEqual([B1]);
      expect(await balances({ field: 'inflight_balance', operator: 'eq', value: 0 })).toEqual([B4, B3, B2, B1]);
    });

    it('section 3.1: in and between (between is inclusive at both ends)', async () => {
      expect(await balances({ field: 'currency', operator: 'in', values: ['USD', 'NGN'] })).toEqual([B4, B3, B1]);
      expect(await balances({ field: 'balance', operator: 'in', values: [0, 9000, 12345] })).toEqual([B4, B2]);
      expect(await balances({ field: 'balance', operator: 'between', values: [200, 300] })).toEqual([B3, B1]);
      expect(await balances({ field: 'balance', operator: 'between', values: [1, 9000] })).toEqual([B3, B2, B1]);
    });

    it('section 3.1: like is case-sensitive with % and _ wildcards; ilike is not', async () => {
      expect(await balances({ field: 'currency', operator: 'like', value: 'U%' })).toEqual([B3, B1]);
      expect(await balances({ field: 'currency', operator: 'like', value: 'E_R' })).toEqual([B2]);
      expect(await balancesOrNull({ field: 'currency', operator: 'like', value: 'u%' })).toEqual([]);
      expect(await balances({ field: 'currency', operator: 'ilike', value: 'u%' })).toEqual([B3, B1]);

      const ledgers = async (f: unknown) => ids(rowsOf(await filter('ledgers', { filters: [f] })), 'ledger_id');
      expect(await ledgers({ field: 'name', operator: 'like', value: 'Alpha%' })).toEqual([L1]);
      expect(await ledgers({ field: 'name', operator: 'like', value: 'alpha%' })).toEqual([]);
      expect(await ledgers({ field: 'name', operator: 'ilike', value: 'alpha%' })).toEqual([L1]);
      expect(await ledgers({ field: 'name', operator: 'ilike', value: '%SETTLE%' })).toEqual([L2]);
    });

    it('section 3.1: isnull on identity_id matches the balances without identity (stored NULL, read as "")', async () => {
      expect(await balances({ field: 'identity_id', operator: 'isnull' })).toEqual([B4, B3]);
      expect(await balances({ field: 'identity_id', operator: 'isnotnull' })).toEqual([B2, B1]);
      // Across all ledgers: the @World balances have no identity either.
      const all = rowsOf(await filter('balances', { filters: [{ field: 'identity_id', operator: 'isnull' }] }));
      expect(ids(all, 'balance_id')).toEqual([W_EUR, W_USD, B4, B3]);
      for (const row of all) expect(row.identity_id).toBe('');
      // An eq on "" compares NULL, which is never true.
      expect(await balancesOrNull({ field: 'identity_id', operator: 'eq', value: '' })).toEqual([]);
    });

    it('section 3.1: indicator is filterable; only the @World balances have one', async () => {
      const res = rowsOf(await filter('balances', { filters: [{ field: 'indicator', operator: 'eq', value: '@World' }] }));
      expect(ids(res, 'balance_id')).toEqual([W_EUR, W_USD]);
      expect(res.map((r) => r.ledger_id)).toEqual(['general_ledger_id', 'general_ledger_id']);
    });

    it('section 3.1: meta_data.<key> with eq, ne, in, like, isnull, isnotnull', async () => {
      const tier = (operator: string, extra: Record<string, unknown> = {}) =>
        balancesOrNull({ field: 'meta_data.tier', operator, ...extra });
      expect(await tier('eq', { value: 'gold' })).toEqual([B4, B1]);
      // B3 has no tier: NULL != 'silver' is not true, so B3 is not in the answer.
      expect(await tier('ne', { value: 'silver' })).toEqual([B4, B1]);
      expect(await tier('in', { values: ['gold', 'silver'] })).toEqual([B4, B2, B1]);
      expect(await tier('like', { value: 'g%' })).toEqual([B4, B1]);
      expect(await tier('isnull')).toEqual([B3]);
      expect(await tier('isnotnull')).toEqual([B4, B2, B1]);
      // The whole column: B3 was created without meta_data, which stores the JSON null, not SQL
      // NULL, so isnull on the column finds nothing and isnotnull every row.
      expect(await balancesOrNull({ field: 'meta_data', operator: 'isnull' })).toEqual([]);
      expect(await balancesOrNull({ field: 'meta_data', operator: 'isnotnull' })).toEqual([B4, B3, B2, B1]);

      const ledgers = rowsOf(await filter('ledgers', { filters: [{ field: 'meta_data.region', operator: 'eq', value: 'eu' }] }));
      expect(ids(ledgers, 'ledger_id')).toEqual([L1]);
    });

    it('section 3.1: meta_data.<key> ordering operators compare numbers as numbers (10 > 9)', async () => {
      // Blnk casts the key to numeric for gt/gte/lt/lte/between; as text "10" < "9".
      const score = (operator: string, extra: Record<string, unknown>) => balancesOrNull({ field: 'meta_data.score', operator, ...extra });
      expect(await score('gt', { value: 9 })).toEqual([B1]);
      expect(await score('lt', { value: 10 })).toEqual([B2]);
      expect(await score('gte', { value: 9 })).toEqual([B2, B1]);
      expect(await score('between', { values: [2, 9] })).toEqual([B2]);
    });

    it('section 3.1: created_at with gt, gte, lt, lte, between and an exact eq', async () => {
      const all = rowsOf(await filter('balances', { filters: [l1()], sort_order: 'asc' }));
      expect(ids(all, 'balance_id')).toEqual([B1, B2, B3, B4]);
      const at = Object.fromEntries(all.map((r) => [r.balance_id, r.created_at as string]));
      // Creation order is strictly increasing, so these instants are distinct.
      expect(micros(at[B1]!)).toBeLessThan(micros(at[B2]!));
      expect(micros(at[B2]!)).toBeLessThan(micros(at[B3]!));
      const on = (operator: string, extra: Record<string, unknown>) => balancesOrNull({ field: 'created_at', operator, ...extra });
      expect(await on('gt', { value: at[B2] })).toEqual([B4, B3]);
      expect(await on('gte', { value: at[B2] })).toEqual([B4, B3, B2]);
      expect(await on('lt', { value: at[B3] })).toEqual([B2, B1]);
      expect(await on('lte', { value: at[B2] })).toEqual([B2, B1]);
      expect(await on('between', { values: [at[B2], at[B3]] })).toEqual([B3, B2]);
      expect(await on('eq', { value: at[B2] })).toEqual([B2]);
      expect(await on('ne', { value: at[B2] })).toEqual([B4, B3, B1]);
    });

    it('section 3.1: logical_operator "or" matches either condition; "and" is the default', async () => {
      const or = rowsOf(
        await filter('balances', {
          filters: [
            { field: 'currency', operator: 'eq', value: 'NGN' },
            { field: 'balance', operator: 'gt', value: 1000 },
          ],
          logical_operator: 'or',
        }),
      );
      expect(ids(or, 'balance_id')).toEqual([B4, B2]);
      const and = await filter('balances', {
        filters: [
          { field: 'currency', operator: 'eq', value: 'NGN' },
          { field: 'balance', operator: 'gt', value: 1000 },
        ],
      });
      expect(and.status).toBe(200);
      expect(and.text).toBe('null');
    });

    it('section 3.1: identities filter on their string fields', async () => {
      const identities = async (f: unknown) => {
        const res = await filter('identities', { filters: [f] });
        expect(res.status, res.text).toBe(200);
        return ids(res.json, 'identity_id');
      };
      expect(await identities({ field: 'first_name', operator: 'eq', value: 'Ada' })).toEqual([I1]);
      expect(await identities({ field: 'last_name', operator: 'ne', value: 'Lovelace' })).toEqual([I2]);
      expect(await identities({ field: 'country', operator: 'in', values: ['GB', 'FR'] })).toEqual([I1]);
      expect(await identities({ field: 'email_address', operator: 'like', value: '%example%' })).toEqual([I1]);
      expect(await identities({ field: 'email_address', operator: 'ilike', value: '%example%' })).toEqual([I2, I1]);
    });

    it('section 3.1: transactions filter on status, amounts, strings and meta_data', async () => {
      const txns = async (f: unknown) => ids(rowsOf(await filter('transactions', { filters: [f] })), 'transaction_id');
      expect(await txns({ field: 'status', operator: 'eq', value: 'APPLIED' })).toEqual([T3, T2, T1]);
      expect(await txns({ field: 'amount', operator: 'gt', value: 300 })).toEqual([T3, T1]);
      expect(await txns({ field: 'amount', operator: 'lte', value: 500 })).toEqual([T2, T1]);
      expect(await txns({ field: 'currency', operator: 'ne', value: 'USD' })).toEqual([T3]);
      expect(await txns({ field: 'reference', operator: 'like', value: 'ref-t%' })).toEqual([T3, T2]);
      expect(await txns({ field: 'description', operator: 'ilike', value: '%funding%' })).toEqual([T3, T1]);
      expect(await txns({ field: 'meta_data.channel', operator: 'eq', value: 'card' })).toEqual([T3]);
      // source holds the resolved balance id, not "@World".
      expect(await txns({ field: 'source', operator: 'eq', value: W_USD })).toEqual([T1]);
    });
  });

  describe('filter errors (section 3.1, section 14 #4)', () => {
    it('section 3.1: an unknown field is 400 GEN_BAD_REQUEST "Invalid filter…", on every table', async () => {
      for (const [table, field] of [
        ['balances', 'nope'],
        ['ledgers', 'currency'],
        ['identities', 'balance'],
        ['transactions', 'identity_id'],
        ['balances', 'meta_data.a.b'], // no nested paths in Core
        ['balances', 'meta_data.1st'],
      ] as const) {
        const res = await filter(table, { filters: [{ field, operator: 'eq', value: 'x' }] });
        const detail = expectError(res, 400, 'GEN_BAD_REQUEST');
        expect(detail.message, `${table}.${field}`).toMatch(/^Invalid filter/);
      }
    });

    it('section 3.1: an unknown operator is 400 GEN_BAD_REQUEST "Invalid filter…"', async () => {
      for (const operator of ['contains', 'equals', '=', '']) {
        const res = await filter('balances', { filters: [{ field: 'currency', operator, value: 'USD' }] });
        expect(expectError(res, 400, 'GEN_BAD_REQUEST').message, operator).toMatch(/^Invalid filter/);
      }
    });

    it('section 3.1: between needs exactly two values; one (or three) is a 400', async () => {
      for (const values of [[200], [1, 2, 3]]) {
        const res = await filter('balances', { filters: [{ field: 'balance', operator: 'between', values }] });
        expect(expectError(res, 400, 'GEN_BAD_REQUEST').message).toMatch(/^Invalid filter/);
      }
    });

    it('section 14 #4: a body that is not JSON is 400 GEN_VALIDATION_ERROR, not GEN_MALFORMED_REQUEST', async () => {
      for (const rawBody of ['{"filters": [', 'not json', '']) {
        const res = await call('POST', '/balances/filter', { rawBody });
        expectError(res, 400, 'GEN_VALIDATION_ERROR');
      }
    });

    it('section 3.1: a logical_operator other than and/or is 400 GEN_VALIDATION_ERROR', async () => {
      const res = await filter('balances', {
        filters: [{ field: 'currency', operator: 'eq', value: 'USD' }],
        logical_operator: 'xor',
      });
      expectError(res, 400, 'GEN_VALIDATION_ERROR');
    });

    it('section 3.1: the virtual balance_id on transactions allows only eq/ne/in/isnull/isnotnull', async () => {
      for (const [operator, extra] of [
        ['gt', { value: B1 }],
        ['lte', { value: B1 }],
        ['like', { value: 'bln_%' }],
        ['ilike', { value: 'bln_%' }],
        ['between', { values: [B1, B3] }],
      ] as const) {
        const res = await filter('transactions', { filters: [{ field: 'balance_id', operator, ...extra }] });
        expect(expectError(res, 400, 'GEN_BAD_REQUEST').message, operator).toMatch(/^Invalid filter/);
      }
    });

    it('section 3.1: balance_id eq X on transactions matches X as source OR destination', async () => {
      const txns = async (f: unknown) => {
        const res = await filter('transactions', { filters: [f] });
        return ids(rowsOf(res), 'transaction_id');
      };
      // B1 is T1's destination and T2's source; B3 is only T2's destination.
      expect(await txns({ field: 'balance_id', operator: 'eq', value: B1 })).toEqual([T2, T1]);
      expect(await txns({ field: 'balance_id', operator: 'eq', value: B3 })).toEqual([T2]);
      expect(await txns({ field: 'balance_id', operator: 'in', values: [B2, B3] })).toEqual([T3, T2]);
      // ne: neither side is B1.
      expect(await txns({ field: 'balance_id', operator: 'ne', value: B1 })).toEqual([T3]);
      expect(await txns({ field: 'balance_id', operator: 'isnotnull' })).toEqual([T3, T2, T1]);
      expect(await txns({ field: 'balance_id', operator: 'isnull' })).toEqual([]);
      expect(await txns({ field: 'balance_id', operator: 'eq', value: B4 })).toEqual([]);
    });
  });

  describe('filter and list rows are a reduced projection (section 3.1, section 4.1)', () => {
    // Section 4.1's field order without the omitempty fields a list row never carries.
    const ROW_KEYS = [
      'balance',
      'version',
      'inflight_balance',
      'credit_balance',
      'inflight_credit_balance',
      'debit_balance',
      'inflight_debit_balance',
      'ledger_id',
      'identity_id',
      'balance_id',
      'currency',
      'created_at',
      'inflight_expires_at',
      'meta_data',
      'track_fund_lineage',
    ];

    const fromFilter = async (id: string) => {
      const rows = rowsOf(await filter('balances', { filters: [{ field: 'balance_id', operator: 'eq', value: id }] }));
      expect(rows).toHaveLength(1);
      return rows[0];
    };
    const fromList = async (id: string) => {
      const rows = rowsOf(await call('GET', `/balances?balance_id_eq=${id}`));
      expect(rows).toHaveLength(1);
      return rows[0];
    };
    const full = async (id: string) => {
      const res = await call('GET', `/balances/${id}`);
      expect(res.status, res.text).toBe(200);
      return res.json;
    };

    it('section 4.1: POST /balances/filter and GET /balances rows have version 0, no allocation_strategy, lineage false', async () => {
      // B2 was created with track_fund_lineage and LIFO, and moved once (T3).
      const real = await full(B2);
      expect(real.version).toBe(2n); // 1 on creation, +1 for T3
      expect(real.track_fund_lineage).toBe(true);
      expect(real.allocation_strategy).toBe('LIFO');
      for (const row of [await fromFilter(B2), await fromList(B2)]) {
        expect(Object.keys(row)).toEqual(ROW_KEYS);
        expect(row.version).toBe(0n);
        expect(row.track_fund_lineage).toBe(false);
        expect(row.inflight_expires_at).toBe(ZERO_TIME);
        expect(row.meta_data).toEqual({ tier: 'silver', score: 9n });
        expect(row.identity_id).toBe(I2);
        expect(row.balance).toBe(9000n);
        expect(row.credit_balance).toBe(9000n);
        // Everything but the projected-away fields agrees with GET /balances/:id.
        const { version: _v, track_fund_lineage: _t, allocation_strategy: _a, ...rest } = real;
        const { version: _v2, track_fund_lineage: _t2, ...rowRest } = row;
        expect(rowRest).toEqual(rest);
      }
    });

    it('section 4.1: a row of a balance moved twice keeps version 0 while GET /balances/:id says 3', async () => {
      const real = await full(B1);
      expect(real.version).toBe(3n); // 1 on creation, credited by T1, debited by T2
      expect(real.allocation_strategy).toBe('FIFO');
      const row = await fromFilter(B1);
      expect(row.version).toBe(0n);
      expect(row.balance).toBe(300n);
      expect(row.debit_balance).toBe(200n);
      expect(row.credit_balance).toBe(500n);
    });

    it('section 4.1: a balance without identity or meta_data reads identity_id "" and meta_data null', async () => {
      for (const row of [await fromFilter(B3), await fromList(B3)]) {
        expect(Object.keys(row)).toEqual(ROW_KEYS);
        expect(row.identity_id).toBe('');
        expect(row.meta_data).toBeNull();
        expect(row.inflight_expires_at).toBe(ZERO_TIME);
        expect(row).not.toHaveProperty('queued_debit_balance');
        expect(row).not.toHaveProperty('queued_credit_balance');
      }
    });

    it('section 6: include and with_queued are ignored on the list and the filter endpoint', async () => {
      const withIncludes = rowsOf(await call('GET', `/balances?balance_id_eq=${B1}&include=identity&include=ledger&with_queued=true`));
      expect(Object.keys(withIncludes[0])).toEqual(ROW_KEYS);
      const filtered = rowsOf(
        await filter('balances', {
          filters: [{ field: 'balance_id', operator: 'eq', value: B1 }],
          include: ['identity', 'ledger'],
          with_queued: true,
        }),
      );
      expect(Object.keys(filtered[0])).toEqual(ROW_KEYS);
      // GET by id does honour them.
      const real = await call('GET', `/balances/${B1}?include=identity&include=ledger&with_queued=true`);
      expect(real.status, real.text).toBe(200);
      for (const key of ['identity', 'ledger', 'queued_debit_balance', 'queued_credit_balance', 'allocation_strategy']) {
        expect(real.json).toHaveProperty(key);
      }
    });

    it('section 4.1: @World rows carry their indicator; the key sits between balance_id and currency', async () => {
      const row = await fromFilter(W_USD);
      const keys = [...ROW_KEYS];
      keys.splice(keys.indexOf('currency'), 0, 'indicator');
      expect(Object.keys(row)).toEqual(keys);
      expect(row.indicator).toBe('@World');
      expect(row.balance).toBe(-500n);
    });
  });

  describe('GET list query filters (section 3.2)', () => {
    it('section 3.2: balance_id_in=a,b,c takes comma-separated ids; newest first, missing absent', async () => {
      const rows = rowsOf(await call('GET', `/balances?balance_id_in=${B1},${missing},${B3}`));
      expect(rows.map((r) => r.balance_id)).toEqual([B3, B1]);
    });

    it('section 3.2: currency_eq, between with v1|v2, and several filters ANDed', async () => {
      const get = async (query: string) => rowsOf(await call('GET', `/balances?${query}`)).map((r) => r.balance_id);
      expect(await get(`currency_eq=USD&ledger_id_eq=${L1}`)).toEqual([B3, B1]);
      expect(await get(`currency_eq=USD`)).toEqual([W_USD, B3, B1]);
      expect(await get(`balance_between=200|300&ledger_id_eq=${L1}`)).toEqual([B3, B1]);
      expect(await get(`balance_between=${encodeURIComponent('-500|0')}`)).toEqual([W_USD, B4]);
      expect(await get(`identity_id_isnull=true&ledger_id_eq=${L1}`)).toEqual([B4, B3]);
      expect(await get(`meta_data.tier_eq=gold`)).toEqual([B4, B1]);
    });

    it('section 3.2: logical_operator=or', async () => {
      const rows = rowsOf(await call('GET', '/balances?currency_eq=NGN&balance_gt=1000&logical_operator=or'));
      expect(rows.map((r) => r.balance_id)).toEqual([B4, B2]);
      const and = await call('GET', '/balances?currency_eq=NGN&balance_gt=1000');
      expect(and.status).toBe(200);
      expect(and.text).toBe('null');
    });

    it('section 3.2: filters work on GET /ledgers, /identities and /transactions too', async () => {
      expect(rowsOf(await call('GET', '/ledgers?name_ilike=%25WALLETS')).map((r) => r.ledger_id)).toEqual([L1]);
      expect(rowsOf(await call('GET', '/identities?country_eq=US')).map((r) => r.identity_id)).toEqual([I2]);
      expect(rowsOf(await call('GET', `/transactions?balance_id_eq=${B1}`)).map((r) => r.transaction_id)).toEqual([T2, T1]);
      expect(rowsOf(await call('GET', '/transactions?amount_gte=500')).map((r) => r.transaction_id)).toEqual([T3, T1]);
    });

    it('section 3.2: a date-only eq on created_at matches the whole (UTC) day', async () => {
      const all = rowsOf(await call('GET', '/balances?limit=500'));
      expect(all).toHaveLength(6);
      const day = (all[0].created_at as string).slice(0, 10);
      const expected = all.filter((r) => (r.created_at as string).startsWith(day)).map((r) => r.balance_id);
      expect(expected.length).toBeGreaterThan(0);
      expect(rowsOf(await call('GET', `/balances?created_at_eq=${day}`)).map((r) => r.balance_id)).toEqual(expected);
      const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const none = await call('GET', `/balances?created_at_eq=${before}`);
      expect(none.status).toBe(200);
      expect(none.text).toBe('null');
    });

    it('section 3.2: an eq with a whole-second time matches that whole second', async () => {
      const all = rowsOf(await call('GET', '/balances?limit=500'));
      const second = (all.at(-1).created_at as string).slice(0, 19); // B1's second
      const expected = all.filter((r) => (r.created_at as string).startsWith(second)).map((r) => r.balance_id);
      expect(expected).toContain(B1);
      const rows = rowsOf(await call('GET', `/balances?created_at_eq=${second}Z`));
      expect(rows.map((r) => r.balance_id)).toEqual(expected);
    });

    it('section 3.2: only eq widens to the precision window; gt compares with the instant itself', async () => {
      const all = rowsOf(await call('GET', '/balances?limit=500'));
      const second = (all.at(-1).created_at as string).slice(0, 19);
      const instant = micros(`${second}Z`);
      const expected = all.filter((r) => micros(r.created_at) > instant).map((r) => r.balance_id);
      const rows = await call('GET', `/balances?created_at_gt=${second}Z`);
      expect(rows.status).toBe(200);
      expect((rows.json ?? []).map((r: any) => r.balance_id)).toEqual(expected);
    });

    it('section 3.1: a JSON body time is a plain string, not a typed value: a date names its midnight only', async () => {
      const all = rowsOf(await call('GET', '/balances?limit=500'));
      const day = (all.at(-1).created_at as string).slice(0, 10);
      const midnight = micros(`${day}T00:00:00Z`);
      const body = (operator: string, value: string) =>
        call('POST', '/balances/filter', { body: { filters: [{ field: 'created_at', operator, value }] } });
      const expectIds = async (res: Promise<RawResponse>, expected: string[]) => {
        const r = await res;
        expect(r.status, r.text).toBe(200);
        expect((r.json ?? []).map((x: any) => x.balance_id)).toEqual(expected);
      };
      await expectIds(
        body('eq', day),
        all.filter((r) => micros(r.created_at) === midnight).map((r) => r.balance_id),
      );
      await expectIds(
        body('gte', day),
        all.filter((r) => micros(r.created_at) >= midnight).map((r) => r.balance_id),
      );
      await expectIds(
        body('lt', day),
        all.filter((r) => micros(r.created_at) < midnight).map((r) => r.balance_id),
      );
    });

    it('section 3.2: more than 20 filters is a 400 with errors: [{Param, Message}]', async () => {
      const params = (n: number) => Array.from({ length: n }, (_, i) => `meta_data.k${i}_eq=1`).join('&');
      expect((await call('GET', `/balances?${params(20)}`)).status).toBe(200);
      expectQueryFilterErrors(await call('GET', `/balances?${params(21)}`));
    });

    it('section 3.2: more than 100 in values is a 400 with errors: [{Param, Message}]', async () => {
      const values = (n: number) => Array.from({ length: n }, (_, i) => `b${i}`).join(',');
      expect((await call('GET', `/balances?balance_id_in=${values(100)}`)).status).toBe(200);
      const errors = expectQueryFilterErrors(await call('GET', `/balances?balance_id_in=${values(101)}`));
      expect(errors.map((e) => e.Param)).toContain('balance_id_in');
    });

    it('section 3.2: a value longer than 1000 characters is a 400 with errors: [{Param, Message}]', async () => {
      expect((await call('GET', `/balances?currency_eq=${'X'.repeat(1000)}`)).status).toBe(200);
      const errors = expectQueryFilterErrors(await call('GET', `/balances?currency_eq=${'X'.repeat(1001)}`));
      expect(errors.map((e) => e.Param)).toContain('currency_eq');
      // 25 ids and their commas are 40 × 25 + 24 = 1024 characters: too long for one GET.
      const ids25 = Array.from({ length: 25 }, () => B1).join(',');
      expect(ids25).toHaveLength(1024);
      expectQueryFilterErrors(await call('GET', `/balances?balance_id_in=${ids25}`));
      const ids24 = Array.from({ length: 24 }, () => B1).join(',');
      expect(rowsOf(await call('GET', `/balances?balance_id_in=${ids24}`)).map((r) => r.balance_id)).toEqual([B1]);
    });

    it('section 3.2: parameters that are not <field>_<op> are not filters', async () => {
      const rows = rowsOf(await call('GET', '/balances?limit=500&foo=bar&sort_by=currency&include=identity'));
      expect(rows).toHaveLength(6);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Many rows: limits, paging, counts and sorting (sections 2, 3.1, 9).

describe('limits, paging, counts and sorting', () => {
  let t: Target;
  let call: Call;
  const N_LEDGERS = 30;
  const N_BALANCES = 25;
  const N_TXNS = 25;
  const N_IDENTITIES = 25;
  const names = Array.from({ length: N_LEDGERS }, (_, i) => `page-${String(i).padStart(2, '0')}`);
  const byName = { filters: [{ field: 'name', operator: 'like', value: 'page-%' }] };
  const ledgerNames = (rows: any[]) => rows.map((r) => r.name as string);
  /** names in creation order, newest first. */
  const newestFirst = [...names].reverse();
  const balanceIds: string[] = [];
  const identityIds: string[] = [];
  let worldUsd: string;

  beforeAll(async () => {
    t = await startTarget();
    call = t.call;
    for (const name of names) await created(call, '/ledgers', { name });
    for (let i = 0; i < N_BALANCES; i += 1) {
      balanceIds.push((await created(call, '/balances', { ledger_id: 'general_ledger_id', currency: 'USD' })).balance_id);
    }
    for (let i = 0; i < N_TXNS; i += 1) {
      await created(call, '/transactions', {
        precise_amount: 100 + i,
        precision: 100,
        currency: 'USD',
        reference: `many-${i}`,
        description: 'many',
        source: '@World',
        destination: balanceIds[i],
        allow_overdraft: true,
        skip_queue: true,
      });
    }
    for (let i = 0; i < N_IDENTITIES; i += 1) {
      identityIds.push(
        (await created(call, '/identities', { identity_type: 'individual', first_name: `P${i}`, last_name: 'Many' })).identity_id,
      );
    }
    worldUsd = (await call('GET', '/balances/indicator/@World/currency/USD')).json.balance_id;
  });
  afterAll(() => t.close());

  const filterLedgers = (extra: Record<string, unknown>) => call('POST', '/ledgers/filter', { body: { ...byName, ...extra } });

  describe('POST /{table}/filter (section 3.1, section 9, section 14 #1-#3)', () => {
    it('section 3.1: no limit gives 20; 1, 25 and 100 are honoured', async () => {
      expect(ledgerNames(rowsOf(await filterLedgers({})))).toEqual(newestFirst.slice(0, 20));
      expect(rowsOf(await filterLedgers({ limit: 1 }))).toHaveLength(1);
      expect(ledgerNames(rowsOf(await filterLedgers({ limit: 25 })))).toEqual(newestFirst.slice(0, 25));
      expect(ledgerNames(rowsOf(await filterLedgers({ limit: 100 })))).toEqual(newestFirst);
    });

    it('section 14 #1: a limit ≤0 or >100 silently becomes 20, it is not clamped to 100', async () => {
      for (const limit of [0, -1, -50, 101, 150, 1000]) {
        const rows = rowsOf(await filterLedgers({ limit }));
        expect(rows, `limit ${limit}`).toHaveLength(20);
      }
    });

    it('section 3.1: offset pages through the matches, newest first', async () => {
      const page = async (offset: number) => ledgerNames(rowsOf(await filterLedgers({ limit: 10, offset })));
      expect(await page(0)).toEqual(newestFirst.slice(0, 10));
      expect(await page(10)).toEqual(newestFirst.slice(10, 20));
      expect(await page(20)).toEqual(newestFirst.slice(20, 30));
      expect(await page(25)).toEqual(newestFirst.slice(25, 30));
      expect(await page(30)).toEqual([]);
    });

    it('section 14 #2: include_count gives {data, total_count} with the total of all matches', async () => {
      const res = await filterLedgers({ limit: 5, offset: 5, include_count: true });
      expect(res.status).toBe(200);
      expect(Object.keys(res.json)).toEqual(['data', 'total_count']);
      expect(ledgerNames(res.json.data)).toEqual(newestFirst.slice(5, 10));
      expect(res.json.total_count).toBe(30n);
      // Without include_count the answer is a bare array.
      expect(Array.isArray((await filterLedgers({ limit: 5 })).json)).toBe(true);
    });

    it('trap 6: include_count with nothing matched is {"data":null} for balances (no total_count), {"data":[]} for ledgers', async () => {
      const none = { filters: [{ field: 'currency', operator: 'eq', value: 'XXX' }], include_count: true };
      const balances = await call('POST', '/balances/filter', { body: none });
      expect(balances.status).toBe(200);
      expect(balances.text).toBe('{"data":null}');
      const identities = await call('POST', '/identities/filter', {
        body: { filters: [{ field: 'first_name', operator: 'eq', value: 'nobody' }], include_count: true },
      });
      expect(identities.text).toBe('{"data":null}');
      const ledgers = await call('POST', '/ledgers/filter', {
        body: { filters: [{ field: 'name', operator: 'eq', value: 'nobody' }], include_count: true },
      });
      expect(ledgers.text).toBe('{"data":[]}');
      const txns = await call('POST', '/transactions/filter', {
        body: { filters: [{ field: 'currency', operator: 'eq', value: 'XXX' }], include_count: true },
      });
      expect(txns.text).toBe('{"data":[]}');
    });

    it('section 14 #2: include_count with an offset past the end has no total_count either', async () => {
      const res = await filterLedgers({ offset: 40, include_count: true });
      expect(res.status).toBe(200);
      expect(res.text).toBe('{"data":[]}');
    });

    it('section 3.1: include_count counts every balance matched, beyond the page', async () => {
      const res = await call('POST', '/balances/filter', {
        body: { filters: [{ field: 'currency', operator: 'eq', value: 'USD' }], include_count: true, limit: 3 },
      });
      expect(res.json.data).toHaveLength(3);
      expect(res.json.total_count).toBe(BigInt(N_BALANCES + 1)); // and @World
    });

    it('section 3.1: sort_order asc reverses the default created_at desc', async () => {
      const rows = rowsOf(await filterLedgers({ sort_order: 'asc', limit: 100 }));
      expect(ledgerNames(rows)).toEqual(names);
    });

    it('section 14 #3: an invalid sort_by silently falls back to created_at', async () => {
      for (const sort_by of ['nonexistent', 'created_at; DROP TABLE ledgers', 'version']) {
        expect(ledgerNames(rowsOf(await filterLedgers({ sort_by, limit: 100 }))), sort_by).toEqual(newestFirst);
        expect(ledgerNames(rowsOf(await filterLedgers({ sort_by, sort_order: 'asc', limit: 100 }))), sort_by).toEqual(names);
      }
    });

    it('section 3.1: sort_by a valid field sorts on it; amounts sort numerically', async () => {
      // Names were created page-00 … page-29, so name order is creation order.
      const byNameDesc = rowsOf(await filterLedgers({ sort_by: 'name', sort_order: 'desc', limit: 100 }));
      expect(ledgerNames(byNameDesc)).toEqual(newestFirst);
      // Balance i received 100 + i; asc by balance is creation order, the @World (-2800) first.
      const res = rowsOf(
        await call('POST', '/balances/filter', {
          body: { filters: [{ field: 'currency', operator: 'eq', value: 'USD' }], sort_by: 'balance', sort_order: 'asc', limit: 100 },
        }),
      );
      const total = Array.from({ length: N_TXNS }, (_, i) => 100 + i).reduce((a, b) => a + b, 0);
      expect(res[0].balance_id).toBe(worldUsd);
      expect(res[0].balance).toBe(BigInt(-total));
      expect(res.slice(1).map((r) => r.balance_id)).toEqual(balanceIds);
    });
  });

  describe('GET list limits (section 2, section 9)', () => {
    it('section 2.1: GET /ledgers defaults to 10, newest first', async () => {
      const rows = rowsOf(await call('GET', '/ledgers'));
      expect(ledgerNames(rows)).toEqual(newestFirst.slice(0, 10));
    });

    it('section 2.1: GET /ledgers limit=0, -1 or abc is 400 "Invalid limit value"', async () => {
      for (const limit of ['0', '-1', 'abc']) {
        const res = await call('GET', `/ledgers?limit=${limit}`);
        expect(res.status, limit).toBe(400);
        expect(res.json.error_detail.message).toBe('Invalid limit value');
      }
    });

    it('section 2.1: GET /ledgers limit=150 silently becomes 20; limit=100 gives all 31', async () => {
      expect(rowsOf(await call('GET', '/ledgers?limit=150'))).toHaveLength(20);
      const all = rowsOf(await call('GET', '/ledgers?limit=100'));
      expect(all).toHaveLength(N_LEDGERS + 1);
      expect(all.at(-1).ledger_id).toBe('general_ledger_id');
    });

    it('section 9: GET /ledgers offset pages', async () => {
      const rows = rowsOf(await call('GET', '/ledgers?limit=5&offset=3'));
      expect(ledgerNames(rows)).toEqual(newestFirst.slice(3, 8));
    });

    it('section 2.2: GET /balances defaults to 10', async () => {
      const rows = rowsOf(await call('GET', '/balances'));
      expect(rows.map((r) => r.balance_id)).toEqual([worldUsd, ...[...balanceIds].reverse()].slice(0, 10));
    });

    it('section 2.2: GET /balances limit ≤0 is a 400 "invalid limit value"', async () => {
      for (const limit of ['0', '-1']) {
        const res = await call('GET', `/balances?limit=${limit}`);
        expect(res.status, limit).toBe(400);
        expect(res.json.error_detail.message).toBe('invalid limit value');
      }
    });

    it('section 2.2: GET /balances without filters has no upper cap: limit=500 returns all 26', async () => {
      const rows = rowsOf(await call('GET', '/balances?limit=500'));
      expect(rows).toHaveLength(N_BALANCES + 1);
      expect(rows.map((r) => r.balance_id)).toEqual([worldUsd, ...[...balanceIds].reverse()]);
      // limit=150 is not reset to 20 on balances, unlike ledgers.
      expect(rowsOf(await call('GET', '/balances?limit=150'))).toHaveLength(N_BALANCES + 1);
    });

    it('section 2.2: GET /balances with filters also honours limit and offset', async () => {
      const rows = rowsOf(await call('GET', '/balances?currency_eq=USD&limit=3&offset=1'));
      expect(rows.map((r) => r.balance_id)).toEqual([...balanceIds].reverse().slice(0, 3));
      expect(rowsOf(await call('GET', '/balances?currency_eq=USD'))).toHaveLength(10);
    });

    it('section 2.4: GET /transactions defaults to 20; invalid limits silently become 20', async () => {
      expect(rowsOf(await call('GET', '/transactions'))).toHaveLength(20);
      for (const limit of ['abc', '0', '-3', '']) {
        expect(rowsOf(await call('GET', `/transactions?limit=${limit}`)), `limit=${limit}`).toHaveLength(20);
      }
      expect(rowsOf(await call('GET', '/transactions?limit=7'))).toHaveLength(7);
    });

    it('section 2.4: GET /transactions has no cap without filters: limit=500 returns all 25, newest first', async () => {
      const rows = rowsOf(await call('GET', '/transactions?limit=500'));
      expect(rows.map((r) => r.reference)).toEqual(Array.from({ length: N_TXNS }, (_, i) => `many-${N_TXNS - 1 - i}`));
    });

    it('trap 17: GET /identities without filters returns ALL rows and ignores limit and offset', async () => {
      for (const query of ['', '?limit=5', '?limit=5&offset=10', '?offset=24', '?limit=abc']) {
        const rows = rowsOf(await call('GET', `/identities${query}`));
        expect(
          rows.map((r) => r.identity_id),
          query,
        ).toEqual([...identityIds].reverse());
      }
    });

    it('section 2.5: GET /identities with a filter defaults to 20, honours ≤100, and >100 becomes 20', async () => {
      const get = async (query: string) => rowsOf(await call('GET', `/identities?created_at_isnotnull=true${query}`));
      expect(await get('')).toHaveLength(20);
      expect((await get('&limit=5')).map((r) => r.identity_id)).toEqual([...identityIds].reverse().slice(0, 5));
      expect((await get('&limit=5&offset=5')).map((r) => r.identity_id)).toEqual([...identityIds].reverse().slice(5, 10));
      expect(await get('&limit=100')).toHaveLength(N_IDENTITIES);
      expect(await get('&limit=150')).toHaveLength(20);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('empty lists (section 2, trap 6)', () => {
  let t: Target;
  let call: Call;
  beforeAll(async () => {
    t = await startTarget();
    call = t.call;
  });
  afterAll(() => t.close());

  it('trap 6: with no rows, GET /balances, /identities and /balance-monitors are null; /transactions is []', async () => {
    for (const [path, text] of [
      ['/balances', 'null'],
      ['/balances?limit=500', 'null'],
      ['/identities', 'null'],
      ['/balance-monitors', 'null'],
      ['/transactions', '[]'],
    ] as const) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.text, path).toBe(text);
    }
  });

  it('section 2.1: GET /ledgers always holds the built-in general ledger; a filter matching nothing is []', async () => {
    const rows = rowsOf(await call('GET', '/ledgers'));
    expect(rows.map((r) => [r.ledger_id, r.name])).toEqual([['general_ledger_id', 'General Ledger']]);
    const none = await call('GET', '/ledgers?name_eq=nothing');
    expect(none.text).toBe('[]');
  });

  it('section 2.5: GET /identities with a filter matching nothing is null; GET /transactions with one is []', async () => {
    expect((await call('GET', '/identities?first_name_eq=nobody')).text).toBe('null');
    expect((await call('GET', '/transactions?currency_eq=XXX')).text).toBe('[]');
  });
});

// ---------------------------------------------------------------------------------------------

describe('amount filters beyond 2^53 (section 3.1, section 5)', () => {
  let t: Target;
  let call: Call;
  let ledger: string;
  let above: string; // balance 2^53 + 1 = 9007199254740993
  let exact: string; // balance 2^53     = 9007199254740992
  const TWO_53 = 9007199254740992n;

  beforeAll(async () => {
    t = await startTarget();
    call = t.call;
    ledger = (await created(call, '/ledgers', { name: 'big' })).ledger_id;
    exact = (await created(call, '/balances', { ledger_id: ledger, currency: 'WEI' })).balance_id;
    above = (await created(call, '/balances', { ledger_id: ledger, currency: 'WEI' })).balance_id;
    for (const [destination, amount, reference] of [
      [exact, TWO_53, 'big-1'],
      [above, TWO_53 + 1n, 'big-2'],
    ] as const) {
      await created(call, '/transactions', {
        precise_amount: amount,
        precision: 1,
        currency: 'WEI',
        reference,
        description: 'big',
        source: '@World',
        destination,
        allow_overdraft: true,
        skip_queue: true,
      });
    }
  });
  afterAll(() => t.close());

  const balances = async (filter: Record<string, unknown>) => {
    const res = await call('POST', '/balances/filter', {
      body: { filters: [{ field: 'ledger_id', operator: 'eq', value: ledger }, filter] },
    });
    expect(res.status, res.text).toBe(200);
    return (res.json ?? []).map((r: any) => r.balance_id);
  };

  it('section 5: the balances themselves are exact (bare JSON integers)', async () => {
    const res = await call('GET', `/balances/${above}`);
    expect(res.json.balance).toBe(TWO_53 + 1n);
    expect(res.text).toContain('"balance":9007199254740993,');
  });

  it('Blnk quirk (section 3.1): a JSON-number filter value above 2^53 is rounded to float64 before an exact compare', async () => {
    // 9007199254740993 is not a float64: it rounds (to even) to 9007199254740992, and the
    // column is compared exactly against that. So eq 2^53+1 finds the 2^53 balance, not itself.
    expect(Number(TWO_53 + 1n)).toBe(Number(TWO_53));
    expect(await balances({ field: 'balance', operator: 'eq', value: TWO_53 + 1n })).toEqual([exact]);
    expect(await balances({ field: 'balance', operator: 'eq', value: TWO_53 })).toEqual([exact]);
    // …and the 2^53+1 balance is "greater than" its own value.
    expect(await balances({ field: 'balance', operator: 'gt', value: TWO_53 + 1n })).toEqual([above]);
    expect(await balances({ field: 'balance', operator: 'in', values: [TWO_53 + 1n] })).toEqual([exact]);
    expect(await balances({ field: 'balance', operator: 'between', values: [TWO_53 + 1n, TWO_53 + 1n] })).toEqual([exact]);
  });

  it('section 3.1: a filter value sent as a JSON string is not a number, so it is not rounded', async () => {
    expect(await balances({ field: 'balance', operator: 'eq', value: String(TWO_53 + 1n) })).toEqual([above]);
    expect(await balances({ field: 'balance', operator: 'gt', value: String(TWO_53) })).toEqual([above]);
  });

  it('section 3.2: a GET query value is parsed as an int64 first, so it compares exactly', async () => {
    const get = async (query: string) => rowsOf(await call('GET', `/balances?ledger_id_eq=${ledger}&${query}`)).map((r) => r.balance_id);
    expect(await get(`balance_eq=${TWO_53 + 1n}`)).toEqual([above]);
    expect(await get(`balance_gt=${TWO_53}`)).toEqual([above]);
    expect(await get(`balance_in=${TWO_53},${TWO_53 + 1n}`)).toEqual([above, exact]);
  });
});
