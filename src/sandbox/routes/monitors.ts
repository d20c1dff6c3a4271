import { notFound, validationError } from '../errors.js';
import { newId } from '../ids.js';
import type { Deps, Router } from '../router.js';
import type { MonitorRow } from '../store.js';
import { nowMicros } from '../time.js';
import { monitorJson } from '../wire.js';
import { Binder } from './bind.js';
import { balanceOr404 } from './balances.js';

const FIELDS = new Set([
  'balance',
  'credit_balance',
  'debit_balance',
  'inflight_balance',
  'inflight_credit_balance',
  'inflight_debit_balance',
]);
// The table allows `=`, though the evaluator only ever matches `==` (section 4.5).
const OPERATORS = new Set(['>', '<', '>=', '<=', '=', '==', '!=']);

function monitorOr404(deps: Deps, id: string): MonitorRow {
  const row = deps.store.monitors.get(id);
  if (!row) throw notFound('BAL_MONITOR_NOT_FOUND', `Balance monitor with ID '${id}' not found`);
  return row;
}

function bindCondition(body: Binder, problems: Record<string, string>): MonitorRow['condition'] | null {
  const condition = body.object('condition');
  if (!condition) {
    problems.condition = 'cannot be blank';
    return null;
  }
  const field = condition.string('field');
  const operator = condition.string('operator');
  const value = condition.float('value') ?? 0;
  const rawPrecision = condition.float('precision');
  if (!FIELDS.has(field)) problems['condition.field'] = 'must be a valid balance field';
  if (!OPERATORS.has(operator)) problems['condition.operator'] = 'must be a valid operator';
  if (rawPrecision !== undefined && (typeof rawPrecision !== 'bigint' || rawPrecision < 0n)) {
    problems['condition.precision'] = 'must be a non-negative integer';
  }
  const precision = typeof rawPrecision === 'bigint' && rawPrecision > 0n ? rawPrecision : 1n;
  // precise_value is the integer part of value × precision, which Blnk computes as
  // int64(value * precision) on float64s: truncated, never rounded.
  const product = Number(value) * Number(precision);
  const preciseValue = Number.isFinite(product) ? BigInt(Math.trunc(product)) : 0n;
  return { field, operator, value: Number(value), precision, precise_value: preciseValue };
}

export function monitorRoutes(router: Router): void {
  router.add('POST', '/balance-monitors', (req, deps) => {
    const body = Binder.of(req.json(), 'model.BalanceMonitor');
    const problems: Record<string, string> = {};
    const balanceId = body.string('balance_id');
    if (!balanceId) problems.balance_id = 'cannot be blank';
    const condition = bindCondition(body, problems);
    if (Object.keys(problems).length > 0 || !condition) throw validationError('BAL_VALIDATION_ERROR', problems);
    balanceOr404(deps, balanceId);
    const row: MonitorRow = {
      monitor_id: newId('mon'),
      balance_id: balanceId,
      description: body.string('description'),
      call_back_url: body.string('call_back_url'),
      created_at: nowMicros(),
      condition,
      meta_data: body.meta(),
    };
    deps.store.monitors.set(row.monitor_id, row);
    return { status: 201, json: monitorJson(row) };
  });

  router.add('GET', '/balance-monitors/:id', (req, deps) => ({
    status: 200,
    json: monitorJson(monitorOr404(deps, req.params.id!)),
  }));

  // No pagination; null when there are none.
  router.add('GET', '/balance-monitors', (_req, deps) => {
    const rows = [...deps.store.monitors.values()].reverse().map((m) => monitorJson(m, { list: true }));
    return { status: 200, json: rows.length ? rows : null };
  });

  router.add('GET', '/balance-monitors/balances/:balance_id', (req, deps) => {
    const rows = [...deps.store.monitors.values()]
      .filter((m) => m.balance_id === req.params.balance_id)
      .reverse()
      .map((m) => monitorJson(m));
    return { status: 200, json: rows.length ? rows : null };
  });

  router.add('PUT', '/balance-monitors/:id', (req, deps) => {
    const body = Binder.of(req.json(), 'model.BalanceMonitor');
    const row = monitorOr404(deps, req.params.id!);
    const problems: Record<string, string> = {};
    const condition = body.has('condition') ? bindCondition(body, problems) : row.condition;
    if (Object.keys(problems).length > 0 || !condition) throw validationError('BAL_VALIDATION_ERROR', problems);
    const balanceId = body.string('balance_id');
    if (balanceId && balanceId !== row.balance_id) balanceOr404(deps, balanceId);
    row.condition = condition;
    if (balanceId) row.balance_id = balanceId;
    if (body.has('description')) row.description = body.string('description');
    if (body.has('call_back_url')) row.call_back_url = body.string('call_back_url');
    return { status: 200, json: { message: 'BalanceMonitor updated successfully' } };
  });

  router.add('DELETE', '/balance-monitors/:id', (req, deps) => {
    monitorOr404(deps, req.params.id!);
    deps.store.monitors.delete(req.params.id!);
    return { status: 200, json: { message: 'BalanceMonitor deleted successfully' } };
  });
}
