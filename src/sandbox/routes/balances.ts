import { ApiError, foreignKeyViolation, notFound, nulInParams, nulRefused, validationError } from '../errors.js';
import { toJson } from '../json.js';
import { newId } from '../ids.js';
import type { Deps, Router } from '../router.js';
import { newBalanceRow } from '../store.js';
import type { BalanceRow } from '../store.js';
import { formatTime, nowMicros, parseTime } from '../time.js';
import { balanceJson, includedIdentityJson, ledgerJson, sortedJson } from '../wire.js';
import type { BalanceExtras } from '../wire.js';
import { balancePayloadBytes, NotifyRefused, tooLong } from '../notify.js';
import { Binder } from './bind.js';
import { filterList, getList } from './lists.js';
import { readBalance } from './readers.js';

export function balanceOr404(deps: Deps, id: string, nulMessage = 'Failed to scan balance data'): BalanceRow {
  if (id.includes('\u0000')) throw nulRefused(nulMessage);
  const row = deps.store.balances.get(id);
  if (!row) throw notFound('BAL_NOT_FOUND', `Balance with ID '${id}' not found`);
  return row;
}

const ALLOCATION_STRATEGIES = new Set(['FIFO', 'LIFO', 'PROPORTIONAL']);

/**
 * What Blnk's create-balance handler reports when an insert breaks a foreign key: 400
 * GEN_BAD_REQUEST "Invalid ledger ID" (the identity's key included), the pq error as details.
 */
function foreignKeyError(column: 'ledger_id' | 'identity_id', value: string): ApiError {
  return new ApiError('GEN_BAD_REQUEST', 'Invalid ledger ID', {
    details: foreignKeyViolation('balances', column, value, column === 'ledger_id' ? 'ledgers' : 'identity'),
  });
}

const source = (deps: Deps) => ({
  table: 'balances' as const,
  rows: deps.store.balances.values(),
  read: readBalance,
  render: (b: BalanceRow) => balanceJson(b, 'row'),
  nullWhenEmpty: true,
});

export function balanceRoutes(router: Router): void {
  router.add('POST', '/balances', (req, deps) => {
    const body = Binder.of(req.json(), 'model.Balance');
    const ledgerId = body.string('ledger_id');
    const currency = body.string('currency');
    const identityId = body.string('identity_id');
    const trackFundLineage = body.bool('track_fund_lineage');
    const strategy = body.string('allocation_strategy') || 'FIFO';
    body.float('precision'); // accepted and ignored: balances carry no precision
    const problems: Record<string, string> = {};
    if (!ledgerId) problems.ledger_id = 'cannot be blank';
    if (!currency) problems.currency = 'cannot be blank';
    if (trackFundLineage && !identityId) problems.identity_id = 'identity_id is required when track_fund_lineage is enabled';
    if (!ALLOCATION_STRATEGIES.has(strategy)) problems.allocation_strategy = 'must be one of FIFO, LIFO, PROPORTIONAL';
    if (Object.keys(problems).length > 0) throw validationError('GEN_VALIDATION_ERROR', problems);
    const meta = body.meta();
    // INSERT INTO blnk.balances (balance_id, balance, credit_balance, debit_balance, currency,
    // ledger_id, identity_id, indicator, created_at, meta_data, …): U+0000 fails the first it is in.
    const nul = nulInParams('Database error occurred', [
      null,
      null,
      null,
      null,
      currency,
      ledgerId,
      identityId,
      null,
      null,
      meta ? { json: toJson(sortedJson(meta)) } : null,
    ]);
    if (nul) throw nul;
    if (!deps.store.ledgers.has(ledgerId)) throw foreignKeyError('ledger_id', ledgerId);
    if (identityId && !deps.store.identities.has(identityId)) {
      // database.CreateBalance maps every foreign_key_violation to "Invalid ledger ID", the
      // identity's included; only the pq details name the constraint.
      throw foreignKeyError('identity_id', identityId);
    }
    const row = newBalanceRow({
      balance_id: newId('bln'),
      ledger_id: ledgerId,
      identity_id: identityId,
      currency,
      created_at: nowMicros(),
      meta_data: meta,
      track_fund_lineage: trackFundLineage,
      allocation_strategy: strategy,
    });
    // The insert's NOTIFY payload (notify.ts).
    if (tooLong(balancePayloadBytes(deps.store, row))) throw new NotifyRefused('Database error occurred');
    deps.store.insertBalance(row);
    deps.webhooks.send('balance.created', () => balanceJson(row, 'created'));
    return { status: 201, json: balanceJson(row, 'created') };
  });

  router.add('GET', '/balances/:id', (req, deps) => {
    const row = balanceOr404(deps, req.params.id!);
    // Repeated parameters only: `include=identity,ledger` is one value that matches nothing.
    const include = new Set(req.query.getAll('include'));
    const extras: BalanceExtras = {};
    if (include.has('identity')) {
      const identity = deps.store.identities.get(row.identity_id);
      // 0.15.x scans the LEFT JOIN's NULLs into Go strings and fails (section 6).
      if (!identity) throw new ApiError('GEN_INTERNAL', 'Failed to scan balance data', { details: {} });
      extras.identity = includedIdentityJson(identity);
    }
    // The join selects only ledger_id, name and created_at, so meta_data is null (section 6).
    if (include.has('ledger')) {
      extras.ledger = { ...ledgerJson(deps.store.ledgers.get(row.ledger_id)!), meta_data: null };
    }
    if (req.query.get('with_queued') === 'true') extras.queued = deps.engine.queuedAmounts(row.balance_id);
    return { status: 200, json: balanceJson(row, 'full', extras) };
  });

  // include and with_queued are not read here; without filters there is no upper limit.
  router.add('GET', '/balances', (req, deps) =>
    getList(req, source(deps), {
      defaultLimit: 10,
      invalidLimit: { error: 'invalid limit value' },
      over100: null,
      capFiltered: 1000,
      capUnfiltered: Number.MAX_SAFE_INTEGER,
    }),
  );

  router.add('POST', '/balances/filter', (req, deps) => filterList(req, source(deps)));

  router.add('GET', '/balances/indicator/:indicator/currency/:currency', (req, deps) => {
    const { indicator, currency } = req.params as { indicator: string; currency: string };
    if (indicator.includes('\u0000') || currency.includes('\u0000')) throw new ApiError('GEN_INTERNAL', 'internal server error');
    const row = deps.store.balanceByIndicator(indicator, currency);
    if (!row) throw new ApiError('BAL_NOT_FOUND', `balance with indicator '${indicator}' not found`);
    return { status: 200, json: balanceJson(row, 'indicator') };
  });

  // Blnk.UpdateBalanceIdentity: the identity is looked up first, then the balance; both misses
  // answer 404 BAL_NOT_FOUND (the handler upgrades every not-found), in their own words.
  router.add('PUT', '/balances/:id/identity', (req, deps) => {
    const body = Binder.of(req.json('GEN_MALFORMED_REQUEST'), 'model.UpdateBalanceIdentity');
    const identityId = body.string('identity_id');
    if (!identityId) {
      throw new ApiError(
        'GEN_MALFORMED_REQUEST',
        "Key: 'UpdateBalanceIdentity.IdentityId' Error:Field validation for 'IdentityId' failed on the 'required' tag",
      );
    }
    if (!deps.store.identities.has(identityId)) throw notFound('BAL_NOT_FOUND', `Identity with ID '${identityId}' not found`);
    const row = balanceOr404(deps, req.params.id!);
    row.identity_id = identityId;
    return { status: 200, json: { message: 'Balance identity updated successfully' } };
  });

  router.add('GET', '/balances/:id/at', (req, deps) => {
    const raw = req.query.get('timestamp');
    const at = raw === null || raw === '' ? nowMicros() : parseTime(raw);
    if (at === null) {
      throw new ApiError('BAL_INVALID_TIMESTAMP', 'invalid timestamp format. Please use ISO 8601 format (e.g., 2024-01-01T15:04:05Z)');
    }
    // Go's zero time, in any zone: refused before the balance is looked up (real Blnk v0.15.2).
    if (at === GO_ZERO_MICROS) throw new ApiError('GEN_BAD_REQUEST', 'Target time cannot be zero');
    if (req.params.id!.includes('\u0000')) throw nulRefused('Failed to get balance information');
    const row = deps.store.balances.get(req.params.id!);
    if (!row) throw notFound('BAL_NOT_FOUND', `Balance '${req.params.id}' not found`);
    const { credit, debit } = deps.engine.balanceAt(row.balance_id, at);
    const fromSource = ['true', '1'].includes(req.query.get('from_source') ?? '');
    return {
      status: 200,
      // A gin.H of maps: encoding/json writes map keys sorted.
      json: {
        balance: {
          balance: credit - debit,
          balance_id: row.balance_id,
          credit_balance: credit,
          currency: row.currency,
          debit_balance: debit,
        },
        from_source: fromSource,
        timestamp: formatTime(at),
      },
    };
  });
}

/** 0001-01-01T00:00:00Z in microseconds since the epoch. */
const GO_ZERO_MICROS = Date.parse('0001-01-01T00:00:00Z') * 1000;
