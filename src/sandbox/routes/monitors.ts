import { ApiError, foreignKeyViolation, notFound, nulInParams, nulRefused, pgError } from '../errors.js';
import { newId } from '../ids.js';
import type { Deps, Router } from '../router.js';
import type { MonitorRow } from '../store.js';
import { formatTime, nowMicros } from '../time.js';
import { monitorJson } from '../wire.js';
import { Binder } from './bind.js';

/*
 * Balance monitors as Blnk v0.15.2 keeps them (docs/blnk-differences.md, "Balance monitors"):
 * api/model CreateBalanceMonitor has no description, so create drops it; the row's `value` is a
 * BIGINT and its operator CHECK allows `>`, `<`, `>=`, `<=`, `=`, `!=` (sql/1708676327.sql and
 * the later constraint migration), so `==` or a fractional value fails in the database (500);
 * PUT binds the whole model.BalanceMonitor, whose call_back_url is `json:"-"`, and
 * database.UpdateMonitor writes balance_id, field, operator, value, description and
 * call_back_url, never precision or precise_value.
 */
const FIELDS = new Set([
  'balance',
  'credit_balance',
  'debit_balance',
  'inflight_balance',
  'inflight_credit_balance',
  'inflight_debit_balance',
]);
/** What the table's CHECK constraint allows; model.compare only knows `==`, so `=` never fires. */
const TABLE_OPERATORS = new Set(['>', '<', '>=', '<=', '=', '!=']);
const INT64_MAX = 2n ** 63n - 1n;

/** A GET's or a DELETE's miss carries details {} (sql.ErrNoRows); an update's none. */
function monitorOr404(deps: Deps, id: string, { details = true } = {}): MonitorRow {
  if (id.includes('\u0000')) throw nulRefused('Failed to retrieve monitor');
  const row = deps.store.monitors.get(id);
  if (!row) {
    const message = `Monitor with ID '${id}' not found`;
    throw details ? notFound('BAL_MONITOR_NOT_FOUND', message) : new ApiError('BAL_MONITOR_NOT_FOUND', message);
  }
  return row;
}

/** The table's serial primary key per store: Blnk never shows it, PostgreSQL does in a failing row. */
const serials = new WeakMap<object, number>();
const rowSerials = new WeakMap<MonitorRow, number>();
function nextSerial(store: object): number {
  const n = (serials.get(store) ?? 0) + 1;
  serials.set(store, n);
  return n;
}

/** PostgreSQL's own rendering of a timestamp without time zone: `2026-12-04 18:08:26.518308`. */
function pgTimestamp(us: number): string {
  return formatTime(us).replace('T', ' ').replace(/Z$/, '');
}

/**
 * The row as PostgreSQL would take it: the CHECKs on field and operator, value a BIGINT. A
 * failure is a pq error the datasource does not classify: 500 with its own message
 * ("Database error occurred" on create, "Failed to update monitor" on update).
 */
function checkRow(
  condition: MonitorRow['condition'],
  message: string,
  row?: { monitor_id: string; balance_id: string; description: string; call_back_url: string; created_at: number },
  serialOf: () => number = () => 0,
): void {
  // The value is a parameter: PostgreSQL refuses its text before any row exists.
  const bigint = () =>
    new ApiError('GEN_INTERNAL', message, {
      details: pgError({
        code: '22P02',
        message: `invalid input syntax for type bigint: "${condition.value}"`,
        where: "unnamed portal parameter $5 = '...'",
        file: 'numutils.c',
        line: '316',
        routine: 'pg_strtoint64',
      }),
    });
  if (!Number.isInteger(condition.value)) throw bigint();
  const whole = BigInt(condition.value);
  if (whole > INT64_MAX || whole < -INT64_MAX - 1n) throw new ApiError('GEN_INTERNAL', message);
  if (!FIELDS.has(condition.field) || !TABLE_OPERATORS.has(condition.operator)) {
    if (!row) throw new ApiError('GEN_INTERNAL', message);
    // The CHECK fails on the row as inserted, which PostgreSQL shows column by column (the serial
    // id is spent).
    const serial = serialOf();
    // PostgreSQL tries the field's CHECK before the operator's.
    const constraint = FIELDS.has(condition.field) ? 'balance_monitors_operator_check' : 'balance_monitors_field_check';
    throw new ApiError('GEN_INTERNAL', message, {
      details: pgError({
        code: '23514',
        message: `new row for relation "balance_monitors" violates check constraint "${constraint}"`,
        detail: `Failing row contains (${serial}, ${row.monitor_id}, ${row.balance_id}, ${condition.field}, ${condition.operator}, ${condition.value}, ${row.description}, ${row.call_back_url}, ${pgTimestamp(row.created_at)}, ${condition.precision}, ${condition.precise_value}).`,
        schema: 'blnk',
        table: 'balance_monitors',
        constraint,
        file: 'execMain.c',
        line: '2090',
        routine: 'ExecConstraints',
      }),
    });
  }
}

function bindCondition(condition: Binder | undefined): Omit<MonitorRow['condition'], 'precise_value'> {
  return {
    field: condition?.string('field') ?? '',
    operator: condition?.string('operator') ?? '',
    value: Number(condition?.float('value') ?? 0),
    precision: (() => {
      const p = condition?.float('precision');
      return typeof p === 'bigint' && p > 0n ? p : typeof p === 'number' && p > 0 ? BigInt(Math.trunc(p)) : 0n;
    })(),
  };
}

/** Blnk's CreateMonitor: int64(value * precision) on float64s, truncated, never rounded. */
function preciseValue(value: number, precision: bigint): bigint {
  const product = value * Number(precision);
  return Number.isFinite(product) ? BigInt(Math.trunc(product)) : 0n;
}

export function monitorRoutes(router: Router): void {
  router.add('POST', '/balance-monitors', (req, deps) => {
    const body = Binder.of(req.json(), 'model.CreateBalanceMonitor');
    const balanceId = body.string('balance_id');
    const condition = bindCondition(body.object('condition'));
    // ozzo-validation as model.CreateBalanceMonitor declares it: the condition's rules nested in
    // parentheses, keys sorted; Required treats a zero value, and so a threshold or a precision
    // of 0, as blank (a monitor without precision is refused).
    const nested: string[] = [];
    if (!condition.field) nested.push('field: cannot be blank');
    else if (!FIELDS.has(condition.field)) nested.push('field: must be a valid value');
    if (!condition.operator) nested.push('operator: cannot be blank');
    if (condition.precision === 0n) nested.push('precision: cannot be blank');
    if (condition.value === 0) nested.push('value: cannot be blank');
    const problems: string[] = [];
    if (!balanceId) problems.push('balance_id: cannot be blank');
    // condition is a struct, not a pointer: without one its own rules still run (all blank).
    if (nested.length > 0) problems.push(`condition: (${nested.join('; ')}.)`);
    if (problems.length > 0) {
      throw new ApiError('GEN_VALIDATION_ERROR', `${problems.join('; ')}.`, { legacyKey: 'errors' });
    }
    const full = { ...condition, precise_value: preciseValue(condition.value, condition.precision) };
    // INSERT (monitor_id, balance_id, field, operator, value, precision, precise_value,
    // description, call_back_url, created_at): U+0000 fails before any CHECK or key.
    const nul = nulInParams('Database error occurred', [
      null,
      balanceId,
      condition.field,
      condition.operator,
      null,
      null,
      null,
      '',
      body.string('call_back_url'),
    ]);
    if (nul) throw nul;
    const draft = {
      monitor_id: newId('mon'),
      balance_id: balanceId,
      description: '',
      call_back_url: body.string('call_back_url'),
      created_at: nowMicros(),
    };
    checkRow(full, 'Database error occurred', draft, () => nextSerial(deps.store));
    // The foreign key on balance_id: database.CreateMonitor maps it to 400 "Invalid balance ID".
    if (!deps.store.balances.has(balanceId)) {
      throw new ApiError('GEN_BAD_REQUEST', 'Invalid balance ID', {
        details: foreignKeyViolation('balance_monitors', 'balance_id', balanceId, 'balances'),
      });
    }
    const serial = nextSerial(deps.store);
    const row: MonitorRow = {
      ...draft,
      // model.CreateBalanceMonitor has no description field: whatever was sent is dropped.
      description: '',
      condition: full,
      meta_data: body.meta(),
    };
    deps.store.monitors.set(row.monitor_id, row);
    rowSerials.set(row, serial);
    return { status: 201, json: monitorJson(row) };
  });

  router.add('GET', '/balance-monitors/:id', (req, deps) => ({
    status: 200,
    json: monitorJson(monitorOr404(deps, req.params.id!)),
  }));

  // GetAllMonitors: no pagination, no ORDER BY, precision and precise_value not selected; null
  // when empty. Without ORDER BY PostgreSQL reads the heap: rows in the order they were last
  // written (an update moves its row to the end), which is what a fresh table shows.
  router.add('GET', '/balance-monitors', (_req, deps) => {
    const rows = [...deps.store.monitors.values()].map((m) => monitorJson(m, { list: true }));
    return { status: 200, json: rows.length ? rows : null };
  });

  // That balance's monitors, precision and precise_value included (as measured on v0.15.2);
  // null when there are none, also for a balance that does not exist.
  router.add('GET', '/balance-monitors/balances/:balance_id', (req, deps) => {
    const rows = [...deps.store.monitors.values()].filter((m) => m.balance_id === req.params.balance_id).map((m) => monitorJson(m));
    return { status: 200, json: rows.length ? rows : null };
  });

  router.add('PUT', '/balance-monitors/:id', (req, deps) => {
    const body = Binder.of(req.json(), 'model.BalanceMonitor');
    const row = monitorOr404(deps, req.params.id!, { details: false });
    // The whole row is replaced from the body: what is absent becomes blank.
    const condition = bindCondition(body.object('condition'));
    const written = { ...row, balance_id: body.string('balance_id'), description: body.string('description'), call_back_url: '' };
    checkRow(
      { ...condition, precision: row.condition.precision, precise_value: row.condition.precise_value },
      'Failed to update monitor',
      written,
      () => rowSerials.get(row) ?? 0,
    );
    const balanceId = body.string('balance_id');
    if (!deps.store.balances.has(balanceId)) throw new ApiError('GEN_INTERNAL', 'Failed to update monitor');
    row.balance_id = balanceId;
    row.condition = {
      field: condition.field,
      operator: condition.operator,
      value: condition.value,
      // Neither is written: the evaluator keeps comparing against the old threshold.
      precision: row.condition.precision,
      precise_value: row.condition.precise_value,
    };
    row.description = body.string('description');
    // call_back_url is `json:"-"` on model.BalanceMonitor: it never binds, so it is wiped.
    row.call_back_url = '';
    // The updated tuple is written anew: it now comes last in an unordered read.
    deps.store.monitors.delete(row.monitor_id);
    deps.store.monitors.set(row.monitor_id, row);
    return { status: 200, json: { message: 'BalanceMonitor updated successfully' } };
  });

  router.add('DELETE', '/balance-monitors/:id', (req, deps) => {
    monitorOr404(deps, req.params.id!);
    deps.store.monitors.delete(req.params.id!);
    return { status: 200, json: { message: 'BalanceMonitor deleted successfully' } };
  });
}
