import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { ZERO_TIME, create, expectEnvelope } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';

/*
 * Contract points read from Blnk v0.15.2's source (docs/blnk-differences.md) where the sandbox
 * used to be kinder than Blnk. Written against the REST contract only, so that they can run
 * against real Blnk as well; queued work is awaited by bounded polling.
 */
let t: Target;
let call: Call;
let ledgerId: string;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
  ledgerId = (await create(call, '/ledgers', { name: 'Differences' })).ledger_id;
});
afterAll(() => t.close());

const balance = async (currency = 'USD'): Promise<string> =>
  (await create(call, '/balances', { ledger_id: ledgerId, currency })).balance_id;

const transfer = (body: Record<string, unknown>) =>
  call('POST', '/transactions', {
    body: {
      precise_amount: 100n,
      precision: 100n,
      currency: 'USD',
      reference: `diff-${randomUUID()}`,
      description: 'difference',
      source: '@World',
      allow_overdraft: true,
      ...body,
    },
  });

describe('transactions', () => {
  it('precise_distribution is a string of minor units; a JSON number fails to bind (400)', async () => {
    const [a, b] = [await balance(), await balance()];
    const legs = (d: unknown) => [
      { identifier: a, precise_distribution: d },
      { identifier: b, distribution: 'left' },
    ];
    expectEnvelope(await transfer({ destinations: legs(40n), skip_queue: true }), 400, 'GEN_MALFORMED_REQUEST');
    const ok = await transfer({ destinations: legs('40'), skip_queue: true });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.text).toContain('"precise_distribution":"40"');
    expect((await call('GET', `/balances/${a}`)).json.balance).toBe(40n);
  });

  it('a root transaction reads back with parent_transaction "" and scheduled_for and the inflight dates as the zero time', async () => {
    const later = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const res = await transfer({ destination: await balance(), skip_queue: true, inflight: true, inflight_expiry_date: later });
    expect(res.status, res.text).toBe(201);
    expect(res.json.inflight_expiry_date).not.toBe(ZERO_TIME);
    for (const read of [
      await call('GET', `/transactions/${res.json.transaction_id}`),
      await call('POST', '/transactions/filter', {
        body: { filters: [{ field: 'transaction_id', operator: 'eq', value: res.json.transaction_id }] },
      }),
    ]) {
      const row = Array.isArray(read.json) ? read.json[0] : read.json;
      expect(row.parent_transaction).toBe('');
      expect([row.scheduled_for, row.inflight_expiry_date, row.inflight_commit_date]).toEqual([ZERO_TIME, ZERO_TIME, ZERO_TIME]);
    }
  });

  it("Blnk never compares the transaction currency with the balances' currencies", async () => {
    const euros = await balance('EUR');
    const res = await transfer({ destination: euros, currency: 'USD', skip_queue: true });
    expect(res.status, res.text).toBe(201);
    expect((await call('GET', `/balances/${euros}`)).json.balance).toBe(100n);
  });

  it('a queued transfer to a missing balance answers 201 QUEUED and writes nothing at all', async () => {
    const reference = `ghost-${randomUUID()}`;
    const res = await transfer({ reference, destination: `bln_${randomUUID()}` });
    expect(res.status, res.text).toBe(201);
    expect(res.json.status).toBe('QUEUED');
    // Nothing is ever written: neither the QUEUED row nor a _q child, however long one waits
    // (the queue applies in well under 3 s; a row that were to appear would show by then).
    const gone = await t.poll('GET', `/transactions/${res.json.transaction_id}`, (r) => r.status !== 404, { timeoutMs: 3_000 });
    expectEnvelope(gone, 404, 'TXN_NOT_FOUND');
    const rows = await call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'reference', operator: 'in', values: [reference, `${reference}_q`] }] },
    });
    expect(rows.json ?? []).toEqual([]);
  });

  it('metadata eq is JSONB containment: "42" does not match a stored 42', async () => {
    const tag = randomUUID();
    const res = await transfer({ destination: await balance(), skip_queue: true, meta_data: { tag, n: 42n } });
    expect(res.status).toBe(201);
    const find = async (value: unknown) =>
      (
        await call('POST', '/transactions/filter', {
          body: {
            filters: [
              { field: 'meta_data.tag', operator: 'eq', value: tag },
              { field: 'meta_data.n', operator: 'eq', value },
            ],
          },
        })
      ).json ?? [];
    expect(await find(42n)).toHaveLength(1);
    expect(await find('42')).toHaveLength(0);
  });

  it("metadata on a txn_ id answers only the patch and is merged into the transaction's children too", async () => {
    const res = await transfer({ destination: await balance(), meta_data: { order: 'A-1' } });
    const id = res.json.transaction_id;
    const applied = await t.poll('POST', '/transactions/filter', (r) => Array.isArray(r.json) && r.json.length === 1, {
      body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: id }] },
    });
    expect(applied.json?.[0]?.status).toBe('APPLIED');
    const patch = await call('POST', `/${id}/metadata`, { body: { meta_data: { settled: true } } });
    expect(patch.status).toBe(200);
    expect(patch.json).toEqual({ meta_data: { settled: true } });
    const children = await call('POST', '/transactions/filter', {
      body: { filters: [{ field: 'parent_transaction', operator: 'eq', value: id }] },
    });
    expect(children.json).toHaveLength(1);
    expect(children.json[0].meta_data).toMatchObject({ order: 'A-1', settled: true });
    expect((await call('GET', `/transactions/${id}`)).json.meta_data).toMatchObject({ order: 'A-1', settled: true });
  });
});

describe('identities and balances', () => {
  it('a duplicate caller-chosen identity id is 400 IDT_VALIDATION_ERROR', async () => {
    const identity_id = `idt_${randomUUID()}`;
    expect((await call('POST', '/identities', { body: { identity_id, first_name: 'Ada' } })).status).toBe(201);
    expectEnvelope(await call('POST', '/identities', { body: { identity_id, first_name: 'Ada' } }), 400, 'IDT_VALIDATION_ERROR');
  });

  it('an empty identity update is a 400', async () => {
    const identity = await create(call, '/identities', { first_name: 'Grace' });
    const res = await call('PUT', `/identities/${identity.identity_id}`, { body: {} });
    expect(res.status).toBe(400);
  });

  it('deleting an identity that has balances fails on the foreign key: 500', async () => {
    const identity = await create(call, '/identities', { first_name: 'Owner' });
    await create(call, '/balances', { ledger_id: ledgerId, currency: 'USD', identity_id: identity.identity_id });
    expectEnvelope(await call('DELETE', `/identities/${identity.identity_id}`), 500, 'GEN_INTERNAL');
    expect((await call('GET', `/identities/${identity.identity_id}`)).status).toBe(200);
  });

  it('a balance with an unknown identity_id is reported as "Invalid ledger ID" (400)', async () => {
    const res = await call('POST', '/balances', { body: { ledger_id: ledgerId, currency: 'USD', identity_id: `idt_${randomUUID()}` } });
    expect(res.status).toBe(400);
    expect(res.json.error_detail.message).toBe('Invalid ledger ID');
  });
});

describe('balance monitors', () => {
  it('refuses a zero threshold as blank, `==` in the table, and ignores a description on create', async () => {
    const balance_id = await balance();
    const body = (condition: Record<string, unknown>) => ({
      balance_id,
      description: 'dropped',
      condition: { field: 'balance', operator: '>', value: 10, precision: 100, ...condition },
    });
    const zero = await call('POST', '/balance-monitors', { body: body({ value: 0 }) });
    expect(zero.status).toBe(400);
    expect(zero.json).toHaveProperty('errors');
    expectEnvelope(await call('POST', '/balance-monitors', { body: body({ operator: '==' }) }), 500, 'GEN_INTERNAL');
    const made = await call('POST', '/balance-monitors', { body: body({ operator: '=' }) });
    expect(made.status).toBe(201);
    expect(made.json).not.toHaveProperty('description');
  });

  it('PUT replaces the whole row: without balance_id it fails; a new value leaves precise_value as it was', async () => {
    const balance_id = await balance();
    const m = await create(call, '/balance-monitors', {
      balance_id,
      condition: { field: 'balance', operator: '>', value: 10, precision: 100 },
    });
    const partial = await call('PUT', `/balance-monitors/${m.monitor_id}`, { body: { description: 'only this' } });
    expect(partial.status).toBe(500);
    const full = await call('PUT', `/balance-monitors/${m.monitor_id}`, {
      body: { balance_id, description: 'whole', condition: { field: 'balance', operator: '<', value: 50, precision: 100 } },
    });
    expect(full.status).toBe(200);
    const read = (await call('GET', `/balance-monitors/${m.monitor_id}`)).json;
    expect(read.description).toBe('whole');
    expect(read.condition).toMatchObject({ operator: '<', value: 50n, precise_value: 1000n });
  });
});

/*
 * Measured on real Blnk v0.15.2 where the sandbox used to answer otherwise. Each runs on both
 * targets; on real Blnk it pins the server, on the sandbox it pins the stand-in to the server.
 */
describe('divergences measured on real Blnk', () => {
  const filter = (table: string, filters: unknown[], extra: Record<string, unknown> = {}) =>
    call('POST', `/${table}/filter`, { body: { filters, ...extra } });
  const idsOf = (res: { json: any }, key: string): string[] => (res.json ?? []).map((r: any) => r[key]);

  it('divergence: a root transaction stores parent_transaction "" — isnull finds no root, isnotnull and eq "" find it', async () => {
    const reference = `root-${randomUUID()}`;
    const res = await transfer({ reference, destination: await balance(), skip_queue: true });
    expect(res.status, res.text).toBe(201);
    const root = res.json.transaction_id;
    const byRef = { field: 'reference', operator: 'eq', value: reference };
    expect(idsOf(await filter('transactions', [byRef, { field: 'parent_transaction', operator: 'isnull' }]), 'transaction_id')).toEqual([]);
    const notNull = await filter('transactions', [byRef, { field: 'parent_transaction', operator: 'isnotnull' }]);
    expect(idsOf(notNull, 'transaction_id')).toEqual([root]);
    expect(notNull.json[0].parent_transaction).toBe('');
    expect(
      idsOf(await filter('transactions', [byRef, { field: 'parent_transaction', operator: 'eq', value: '' }]), 'transaction_id'),
    ).toEqual([root]);
    // The query string says the same.
    const get = await call('GET', `/transactions?reference_eq=${reference}&parent_transaction_isnull=true`);
    expect(get.status).toBe(200);
    expect(get.json).toEqual([]);
  });

  it('divergence: an identity created without dob stores 0001-01-01 — lt and between match it, isnull does not', async () => {
    const tag = `dob-${randomUUID()}`;
    const none = await create(call, '/identities', { first_name: tag });
    const dated = await create(call, '/identities', { first_name: tag, dob: '1990-05-05T00:00:00Z' });
    expect(none.dob).toBe(ZERO_TIME);
    const mine = { field: 'first_name', operator: 'eq', value: tag };
    const find = async (f: unknown) => idsOf(await filter('identities', [mine, f]), 'identity_id');
    expect(await find({ field: 'dob', operator: 'lt', value: '2000-01-01T00:00:00Z' })).toEqual([dated.identity_id, none.identity_id]);
    expect(await find({ field: 'dob', operator: 'between', values: ['0001-01-01T00:00:00Z', '1900-01-01T00:00:00Z'] })).toEqual([
      none.identity_id,
    ]);
    expect(await find({ field: 'dob', operator: 'isnull' })).toEqual([]);
    expect(await find({ field: 'dob', operator: 'isnotnull' })).toEqual([dated.identity_id, none.identity_id]);
  });

  it('divergence: empty identity strings and a missing meta_data are stored, not NULL — isnull never finds them', async () => {
    const tag = `empty-${randomUUID()}`;
    const made = await create(call, '/identities', { first_name: tag });
    expect(made.last_name).toBe('');
    expect(made.meta_data).toBeNull();
    const mine = { field: 'first_name', operator: 'eq', value: tag };
    const find = async (f: unknown) => idsOf(await filter('identities', [mine, f]), 'identity_id');
    expect(await find({ field: 'last_name', operator: 'isnull' })).toEqual([]);
    expect(await find({ field: 'last_name', operator: 'eq', value: '' })).toEqual([made.identity_id]);
    // meta_data holds the JSON null: the column is not NULL, one of its keys is.
    expect(await find({ field: 'meta_data', operator: 'isnull' })).toEqual([]);
    expect(await find({ field: 'meta_data.tier', operator: 'isnull' })).toEqual([made.identity_id]);
  });

  it('ne leaves out rows whose column is NULL (a balance without identity is not "ne" any identity)', async () => {
    const owner = await create(call, '/identities', { first_name: 'Ne' });
    const other = await create(call, '/identities', { first_name: 'Other' });
    const ledger = (await create(call, '/ledgers', { name: `ne-${randomUUID()}` })).ledger_id;
    const owned = (await create(call, '/balances', { ledger_id: ledger, currency: 'USD', identity_id: owner.identity_id })).balance_id;
    const others = (await create(call, '/balances', { ledger_id: ledger, currency: 'USD', identity_id: other.identity_id })).balance_id;
    await create(call, '/balances', { ledger_id: ledger, currency: 'USD' });
    const inLedger = { field: 'ledger_id', operator: 'eq', value: ledger };
    expect(
      idsOf(await filter('balances', [inLedger, { field: 'identity_id', operator: 'ne', value: owner.identity_id }]), 'balance_id'),
    ).toEqual([others]);
    expect(idsOf(await filter('balances', [inLedger, { field: 'identity_id', operator: 'isnotnull' }]), 'balance_id')).toEqual([
      others,
      owned,
    ]);
  });

  it('divergence: a JSON body operator is taken exactly — no neq/gteq/lteq aliases, no upper case, none missing (the query string has the aliases)', async () => {
    for (const [operator, field] of [
      ['neq', 'currency'],
      ['gteq', 'balance'],
      ['lteq', 'balance'],
      ['EQ', 'currency'],
      ['', 'meta_data.tier'],
      ['', 'currency'],
    ] as const) {
      const res = await call('POST', '/balances/filter', {
        body: { filters: [{ field, ...(operator ? { operator } : {}), value: 'USD' }] },
      });
      const detail = expectEnvelope(res, 400, 'GEN_BAD_REQUEST');
      expect(detail.message).toBe(
        `Invalid filter: invalid operator '${operator}' for field '${field}': must be one of eq, ne, gt, gte, lt, lte, in, between, like, ilike, isnull, isnotnull`,
      );
      expect(detail.details).toEqual({});
    }
    const ledger = (await create(call, '/ledgers', { name: `alias-${randomUUID()}` })).ledger_id;
    const eur = (await create(call, '/balances', { ledger_id: ledger, currency: 'EUR' })).balance_id;
    await create(call, '/balances', { ledger_id: ledger, currency: 'USD' });
    const get = await call('GET', `/balances?ledger_id_eq=${ledger}&currency_neq=USD`);
    expect(get.status, get.text).toBe(200);
    expect(idsOf(get, 'balance_id')).toEqual([eur]);
  });

  it("divergence: filter validation messages are Blnk's own, in its order (operator, arity, balance_id, JSON key, field)", async () => {
    const cases: [string, unknown, string][] = [
      [
        'balances',
        { field: 'currency', operator: 'in', values: [] },
        "operator 'in' for field 'currency' requires at least one value in 'values'",
      ],
      [
        'balances',
        { field: 'balance', operator: 'between', values: [1] },
        "operator 'between' for field 'balance' requires exactly two values in 'values', got 1",
      ],
      [
        'balances',
        { field: 'meta_data.a.b', operator: 'eq', value: 1 },
        "invalid JSON key 'a.b' in field 'meta_data.a.b': must match pattern ^[a-zA-Z][a-zA-Z0-9_]*$",
      ],
      [
        'transactions',
        { field: 'balance_id', operator: 'gt', value: 'x' },
        "operator 'gt' is not supported for field 'balance_id' on transactions: must be one of eq, ne, in, isnull, isnotnull",
      ],
      ['identities', { field: 'balance', operator: 'eq', value: 1 }, "invalid field 'balance' for table 'identity'"],
      [
        'transactions',
        { field: 'source_identity', operator: 'eq', value: 'idt_x' },
        "invalid field 'source_identity' for table 'transactions'",
      ],
      [
        'transactions',
        { field: 'destination_identity', operator: 'eq', value: 'idt_x' },
        "invalid field 'destination_identity' for table 'transactions'",
      ],
    ];
    for (const [table, condition, message] of cases) {
      const detail = expectEnvelope(await filter(table, [condition]), 400, 'GEN_BAD_REQUEST');
      expect(detail.message).toBe(`Invalid filter: ${message}`);
    }
    // An operator that needs a value and has none compares with NULL: no error, nothing found.
    const none = await filter('balances', [{ field: 'currency', operator: 'eq' }]);
    expect(none.status).toBe(200);
    expect(none.text).toBe('null');
  });

  it('divergence: a monitor without precision (or precision 0) is 400 GEN_VALIDATION_ERROR "condition: (precision: cannot be blank.)."', async () => {
    const balance_id = await balance();
    for (const condition of [
      { field: 'balance', operator: '>', value: 10 },
      { field: 'balance', operator: '>', value: 10, precision: 0 },
    ]) {
      const res = await call('POST', '/balance-monitors', { body: { balance_id, condition } });
      const detail = expectEnvelope(res, 400, 'GEN_VALIDATION_ERROR', { legacyKey: 'errors' });
      expect(detail.message).toBe('condition: (precision: cannot be blank.).');
    }
    const empty = await call('POST', '/balance-monitors', { body: {} });
    expect(expectEnvelope(empty, 400, 'GEN_VALIDATION_ERROR', { legacyKey: 'errors' }).message).toBe(
      'balance_id: cannot be blank; condition: (field: cannot be blank; operator: cannot be blank; precision: cannot be blank; value: cannot be blank.).',
    );
    const badField = await call('POST', '/balance-monitors', {
      body: { balance_id, condition: { field: 'nope', operator: '>', value: 1, precision: 1 } },
    });
    expect(expectEnvelope(badField, 400, 'GEN_VALIDATION_ERROR', { legacyKey: 'errors' }).message).toBe(
      'condition: (field: must be a valid value.).',
    );
    expect((await call('GET', `/balance-monitors/balances/${balance_id}`)).text).toBe('null');
  });

  it('divergence: a monitor on a missing balance is 400 GEN_BAD_REQUEST "Invalid balance ID", the foreign key as details', async () => {
    const missing = `bln_${randomUUID()}`;
    const res = await call('POST', '/balance-monitors', {
      body: { balance_id: missing, condition: { field: 'balance', operator: '>', value: 10, precision: 100 } },
    });
    const detail = expectEnvelope(res, 400, 'GEN_BAD_REQUEST');
    expect(detail.message).toBe('Invalid balance ID');
    expect(detail.details).toMatchObject({
      Code: '23503',
      Constraint: 'balance_monitors_balance_id_fkey',
      Detail: `Key (balance_id)=(${missing}) is not present in table "balances".`,
    });
  });

  it('divergence: a balance on a missing ledger is 400 GEN_BAD_REQUEST "Invalid ledger ID" (not BAL_VALIDATION_ERROR)', async () => {
    const res = await call('POST', '/balances', { body: { ledger_id: 'ldg_nope', currency: 'USD' } });
    const detail = expectEnvelope(res, 400, 'GEN_BAD_REQUEST');
    expect(detail.message).toBe('Invalid ledger ID');
    expect(detail.details).toMatchObject({
      Code: '23503',
      Constraint: 'balances_ledger_id_fkey',
      Detail: 'Key (ledger_id)=(ldg_nope) is not present in table "ledgers".',
    });
  });

  it('divergence: metadata without a body, or without meta_data, is GEN_MALFORMED_REQUEST', async () => {
    const ledger = (await create(call, '/ledgers', { name: `meta-${randomUUID()}` })).ledger_id;
    expect(expectEnvelope(await call('POST', `/${ledger}/metadata`, { rawBody: '' }), 400, 'GEN_MALFORMED_REQUEST').message).toBe('EOF');
    expect(expectEnvelope(await call('POST', `/${ledger}/metadata`, { body: {} }), 400, 'GEN_MALFORMED_REQUEST').message).toBe(
      "Key: 'MetadataRequest.Metadata' Error:Field validation for 'Metadata' failed on the 'required' tag",
    );
  });

  it('divergence: GET /ledgers and GET /balances with a limit that is not positive are 400 GEN_VALIDATION_ERROR', async () => {
    for (const limit of ['0', '-1', 'abc']) {
      expect(expectEnvelope(await call('GET', `/ledgers?limit=${limit}`), 400, 'GEN_VALIDATION_ERROR').message).toBe('Invalid limit value');
    }
    expect(expectEnvelope(await call('GET', '/balances?limit=0'), 400, 'GEN_VALIDATION_ERROR').message).toBe('invalid limit value');
  });

  it('divergence: JSONB metadata comes back with its keys sorted, at every level, on every route', async () => {
    const meta = { z: 1n, a: 2n, m: { y: 1n, b: 2n } };
    const sorted = '{"a":2,"m":{"b":2,"y":1},"z":1}';
    const ledger = await call('POST', '/ledgers', { body: { name: `sorted-${randomUUID()}`, meta_data: meta } });
    expect(ledger.text).toContain(`"meta_data":${sorted}`);
    expect((await call('GET', `/ledgers/${ledger.json.ledger_id}`)).text).toContain(`"meta_data":${sorted}`);
    const b = await call('POST', '/balances', { body: { ledger_id: ledgerId, currency: 'USD', meta_data: meta } });
    expect(b.text).toContain(`"meta_data":${sorted}`);
    const patched = await call('POST', `/${b.json.balance_id}/metadata`, { body: { meta_data: { zz: 1n, aa: 2n } } });
    expect(patched.text).toBe('{"meta_data":{"a":2,"aa":2,"m":{"b":2,"y":1},"z":1,"zz":1}}');
    const identity = await call('POST', '/identities', { body: { first_name: 'Sorted', meta_data: meta } });
    expect(identity.text).toContain(`"meta_data":${sorted}`);
    const txn = await transfer({ destination: b.json.balance_id, skip_queue: true, meta_data: meta });
    expect(txn.status, txn.text).toBe(201);
    // Blnk adds allow_overdraft to an overdrawing transaction's metadata: sorted in with the rest.
    const withOverdraft = '{"a":2,"allow_overdraft":true,"m":{"b":2,"y":1},"z":1}';
    expect(txn.text).toContain(`"meta_data":${withOverdraft}`);
    expect((await call('GET', `/transactions/${txn.json.transaction_id}`)).text).toContain(`"meta_data":${withOverdraft}`);
  });

  it('divergence: U+0000 in a string that reaches PostgreSQL is a 500 GEN_INTERNAL', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/ledgers', { name: 'a\u0000b' }, 'Database error occurred'],
      ['POST', '/identities', { first_name: 'a\u0000b' }, 'Failed to create identity'],
      ['POST', '/balances', { ledger_id: ledgerId, currency: 'U\u0000' }, 'Database error occurred'],
      ['POST', '/ledgers/filter', { filters: [{ field: 'name', operator: 'eq', value: 'a\u0000b' }] }, 'Failed to retrieve ledgers'],
      ['POST', '/balances/filter', { filters: [{ field: 'currency', operator: 'eq', value: '\u0000' }] }, 'Failed to retrieve balances'],
      [
        'POST',
        '/identities/filter',
        { filters: [{ field: 'first_name', operator: 'eq', value: '\u0000' }] },
        'Failed to retrieve identities',
      ],
      [
        'POST',
        '/transactions/filter',
        { filters: [{ field: 'currency', operator: 'eq', value: '\u0000' }] },
        'Failed to retrieve transactions',
      ],
    ];
    const count = async () => (await call('POST', '/ledgers/filter', { body: { include_count: true } })).json.total_count;
    const before = await count();
    for (const [method, path, body, message] of cases) {
      const detail = expectEnvelope(await call(method, path, { body }), 500, 'GEN_INTERNAL');
      expect(detail.message, path).toBe(message);
      expect(detail.details).toMatchObject({ Code: '22021', Message: 'invalid byte sequence for encoding "UTF8": 0x00' });
    }
    // No ledger was written.
    expect(await count()).toBe(before);
  });

  it('divergence: include=identity on a balance without identity is 500 "Failed to scan balance data", details {}', async () => {
    const res = await call('GET', `/balances/${await balance()}?include=identity`);
    const detail = expectEnvelope(res, 500, 'GEN_INTERNAL');
    expect(detail.message).toBe('Failed to scan balance data');
    expect(detail.details).toEqual({});
  });
  it('divergence: answers are written HTML-safe, as encoding/json does: <, > and & inside strings come out as \\u003c, \\u003e, \\u0026', async () => {
    const ledger = await call('POST', '/ledgers', { body: { name: 'a<b>&c' } });
    expect(ledger.status).toBe(201);
    expect(ledger.json.name).toBe('a<b>&c');
    expect(ledger.text).toContain('"name":"a\\u003cb\\u003e\\u0026c"');
    const monitor = await call('POST', '/balance-monitors', {
      body: { balance_id: await balance(), condition: { field: 'balance', operator: '>', value: 10, precision: 100 } },
    });
    expect(monitor.status, monitor.text).toBe(201);
    expect(monitor.text).toContain('"operator":"\\u003e"');
  });

  it('divergence: GET /balances/:id/at writes its maps with sorted keys', async () => {
    const id = await balance();
    const res = await call('GET', `/balances/${id}/at?timestamp=2020-01-01T00:00:00Z`);
    expect(res.status, res.text).toBe(200);
    expect(res.text).toBe(
      `{"balance":{"balance":0,"balance_id":"${id}","credit_balance":0,"currency":"USD","debit_balance":0},"from_source":false,"timestamp":"2020-01-01T00:00:00Z"}`,
    );
  });

  it('divergence: U+0000 inside metadata fails as JSON in PostgreSQL: 500 "unsupported Unicode escape sequence"', async () => {
    const res = await call('POST', '/ledgers', { body: { name: 'meta-nul', meta_data: { b: 1n, a: 'x\u0000y' } } });
    const detail = expectEnvelope(res, 500, 'GEN_INTERNAL');
    expect(detail.message).toBe('Database error occurred');
    expect(detail.details).toMatchObject({
      Code: '22P05',
      Message: 'unsupported Unicode escape sequence',
      Detail: '\\u0000 cannot be converted to text.',
      Where: `JSON data, line 1: {"a":"x\\u0000...\nunnamed portal parameter $1 = '...'`,
    });
  });
  it("divergence: U+0000 in an id, a query filter or an update is a 500 too, each with its handler's message", async () => {
    const ledger = (await create(call, '/ledgers', { name: `nul-${randomUUID()}` })).ledger_id;
    const identity = (await create(call, '/identities', { first_name: 'Nul' })).identity_id;
    const b = (await create(call, '/balances', { ledger_id: ledger, currency: 'USD' })).balance_id;
    const cases: [string, string, unknown, string, string][] = [
      ['GET', '/balances/bln_%00', undefined, 'Failed to scan balance data', '$1'],
      ['GET', '/identities/idt_%00', undefined, 'Failed to retrieve identity', '$1'],
      ['GET', '/balance-monitors/mon_%00', undefined, 'Failed to retrieve monitor', '$1'],
      ['GET', '/balances/bln_%00/at', undefined, 'Failed to get balance information', '$1'],
      ['GET', '/balances?currency_eq=%00', undefined, 'Failed to retrieve balances', '$1'],
      ['GET', '/ledgers?name_eq=%00', undefined, 'Failed to retrieve ledgers', '$1'],
      ['GET', '/identities?first_name_eq=%00', undefined, 'Failed to retrieve identities', '$1'],
      ['PUT', `/identities/${identity}`, { first_name: 'a\u0000' }, 'Failed to update identity', '$1'],
      ['POST', '/balances', { ledger_id: ledger, currency: 'USD', identity_id: 'idt_\u0000' }, 'Database error occurred', '$7'],
      [
        'POST',
        '/balance-monitors',
        { balance_id: b, call_back_url: 'http://x/\u0000', condition: { field: 'balance', operator: '>', value: 1, precision: 1 } },
        'Database error occurred',
        '$9',
      ],
    ];
    for (const [method, path, body, message, parameter] of cases) {
      const detail = expectEnvelope(await call(method, path, body === undefined ? {} : { body }), 500, 'GEN_INTERNAL');
      expect(detail.message, path).toBe(message);
      expect(detail.details, path).toMatchObject({ Code: '22021', Where: `unnamed portal parameter ${parameter}` });
    }
    // JSON metadata fails as JSON, at its own parameter of the insert.
    for (const [path, body, message, parameter] of [
      ['/balances', { ledger_id: ledger, currency: 'USD', meta_data: { a: '\u0000' } }, 'Database error occurred', '$10'],
      ['/identities', { first_name: 'y', meta_data: { a: '\u0000' } }, 'Failed to create identity', '$19'],
    ] as const) {
      const detail = expectEnvelope(await call('POST', path, { body }), 500, 'GEN_INTERNAL');
      expect(detail.message).toBe(message);
      expect(detail.details).toMatchObject({
        Code: '22P05',
        Where: `JSON data, line 1: {"a":"\\u0000...\nunnamed portal parameter ${parameter} = '...'`,
      });
    }
    // An indicator with U+0000 fails before the database: a bare 500.
    const indicator = await call('GET', '/balances/indicator/@A%00/currency/USD');
    expect(expectEnvelope(indicator, 500, 'GEN_INTERNAL').message).toBe('internal server error');
    expect((await call('GET', `/identities/${identity}`)).json.first_name).toBe('Nul');
  });
});
