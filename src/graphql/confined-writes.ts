import { GraphQLError } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import type { Balance } from '../blnk/model.js';
import type { RecordTransactionBody } from '../blnk/wire.js';
import type { Context } from '../context.js';
import { InsufficientFundsError, NotFoundError, ValidationError } from './errors.js';
import { percentOf, SCALE } from './split-legs.js';

/**
 * The rule for writes by a confined principal (a token or key bound to one identity), in one
 * place: it acts as a customer at a counter. It moves what it has, out of its own balances, to
 * balances that already exist, in their currency, now. Everything else a transfer can ask of
 * Blnk is refused here, by input field, before anything reaches Blnk. Unconfined principals
 * (operators) are not affected: their scopes decide.
 */

/** Transfer fields a confined principal may not set (to anything but null or false), and why. */
const TRANSFER_FIELDS: Readonly<Record<string, string>> = {
  allowOverdraft: 'it moves only what its balance holds',
  // Not an input today; listed so that adding it can never open an overdraft (in Blnk a limit
  // above zero allows one even when allow_overdraft is false).
  overdraftLimit: 'a limit above zero lets the balance go below zero',
  effectiveDate: "backdating rewrites balances as they were in the past, other customers' too",
  scheduledFor: 'it moves money now, not later',
  inflight: 'a hold is not a payment made now',
  inflightExpiryDate: 'a hold is not a payment made now',
};

/** Bulk-level fields a confined principal may not set. */
const BULK_FIELDS: Readonly<Record<string, string>> = {
  // Blnk rolls a failed atomic batch back with refunds, and refunds are allowed to overdraw.
  atomic: "Blnk rolls an atomic batch back with refunds, which may overdraw the payee's balance",
  inflight: 'a hold is not a payment made now',
};

/**
 * Metadata keys Blnk reads as instructions (queueing, lineage, recovery, rejection), compared
 * without case; any key with one of the prefixes too.
 */
const RESERVED_KEYS = new Set([
  'queued_parent_transaction',
  'inflight',
  'atomic',
  'allow_overdraft',
  'skip_queue',
  'queue_lane',
  'queue_pair_key',
  'blnk_lineage_provider',
  'blnk_generated_by',
  'blnk_rejection_reason',
]);
const RESERVED_PREFIXES = ['blnk_', 'recovery_', 'queue_'];

const confined = (ctx: Context): boolean => ctx.principal.identityId !== null;

/** A top-level FORBIDDEN that names the input field (a schema name, never a value). */
function forbiddenField(field: string, why: string): GraphQLError {
  return new GraphQLError(`A caller confined to an identity cannot set ${field}: ${why}`, {
    extensions: { code: 'FORBIDDEN', field },
  });
}

function reservedKey(key: string): string | null {
  const lower = key.toLowerCase();
  if (RESERVED_KEYS.has(lower)) return lower;
  const prefix = RESERVED_PREFIXES.find((p) => lower.startsWith(p));
  return prefix ? `${prefix}…` : null;
}

/**
 * Suffixes Blnk appends to a reference to name the rows it derives from that transaction: the
 * queued outcome `<ref>_q`, the refund `<txn>_refund`, commits and voids. Under its own prefix a
 * caller can only reach its own transactions' names, but `<ref>_q` recorded first would still
 * show as its queued payment's outcome (a merchant checking the outcome would see a payment
 * that never happened), so these endings are refused. Split legs' `<ref>-<n>` are not: taking
 * one only fails the caller's own split.
 */
const DERIVED_SUFFIX = /(_q|_refund|_commit|_void)$/i;

/**
 * A confined caller's own reference is `<identityId>:<name>`, the name without a colon (so that
 * identity `acme` cannot write under `acme:corp`'s prefix): references are unique across the
 * ledger, so any other reference could take or probe another customer's. Without one, the
 * gateway generates an unguessable reference, as for everyone.
 */
function assertReference(ctx: Context, input: Readonly<Record<string, unknown>>, path: string): void {
  const reference = input.reference;
  if (typeof reference !== 'string') return;
  const prefix = `${ctx.principal.identityId}:`;
  const name = reference.slice(prefix.length);
  if (!reference.startsWith(prefix) || name === '' || name.includes(':')) {
    throw forbiddenField(`${path}reference`, "a caller's own reference is its identity id, a colon and a name without colons");
  }
  if (DERIVED_SUFFIX.test(name)) {
    throw forbiddenField(`${path}reference`, 'Blnk names the rows it derives from a transaction with that ending');
  }
}

function assertFields(input: Readonly<Record<string, unknown>>, fields: Readonly<Record<string, string>>, path: string): void {
  for (const [field, why] of Object.entries(fields)) {
    const value = input[field];
    if (value !== undefined && value !== null && value !== false) throw forbiddenField(`${path}${field}`, why);
  }
  const meta = input.metaData;
  if (meta !== null && typeof meta === 'object' && !Array.isArray(meta)) {
    for (const key of Object.keys(meta)) {
      const reserved = reservedKey(key);
      if (reserved) throw forbiddenField(`${path}metaData`, `Blnk gives the key ${reserved} a meaning of its own`);
    }
  }
}

/** Refuses a whole operation to confined principals (refunds: always overdraft-allowed in Blnk). */
export function assertUnconfined(ctx: Context, operation: string, why: string): void {
  if (confined(ctx)) {
    throw new GraphQLError(`A caller confined to an identity cannot use ${operation}: ${why}`, { extensions: { code: 'FORBIDDEN' } });
  }
}

/**
 * The bulk request's own flags and size; each transaction is checked by `assertCustomerTransfers`.
 * Every item a confined caller sends shows in its payee's history, so a bulk request is capped
 * (CONFINED_MAX_BULK) before anything else is looked at.
 */
export function assertCustomerBulk(ctx: Context, input: Readonly<Record<string, unknown>>): void {
  if (!confined(ctx)) return;
  assertFields(input, BULK_FIELDS, '');
  const count = Array.isArray(input.transactions) ? input.transactions.length : 0;
  const maxBulk = ctx.writeRate?.limits.maxBulk ?? 1;
  if (count > maxBulk) {
    throw forbiddenField('transactions', `it sends at most ${maxBulk} transfers in one bulk request (CONFINED_MAX_BULK)`);
  }
}

export interface TransferToCheck {
  /** The input as the caller gave it. */
  input: Readonly<Record<string, unknown>>;
  /** The body about to be sent. */
  body: RecordTransactionBody;
  /** Where the input sits, for error fields: '' or 'transactions.3.'. */
  path: string;
}

/**
 * Checks transfers (one, or a bulk batch's) against the rule. Field checks come first and need
 * nothing from Blnk; then every balance named is loaded in one batch through the loader. A
 * source that is not the principal's own is FORBIDDEN whether it exists or not; a destination
 * must be an existing balance id (an @indicator would be created on first use), whose existence
 * a payment reveals anyway.
 */
export async function assertCustomerTransfers(ctx: Context, transfers: readonly TransferToCheck[]): Promise<void> {
  if (!confined(ctx)) return;
  for (const { input, path } of transfers) {
    assertFields(input, TRANSFER_FIELDS, path);
    assertReference(ctx, input, path);
  }
  const sides = transfers.map(({ body, path }) => ({
    path,
    currency: body.currency,
    sources: body.sources ? body.sources.map((l) => [`${path}sources`, l.identifier] as const) : [[`${path}source`, body.source ?? ''] as const],
    destinations: body.destinations
      ? body.destinations.map((l) => [`${path}destinations`, l.identifier] as const)
      : [[`${path}destination`, body.destination ?? ''] as const],
  }));
  for (const side of sides) {
    for (const [field, id] of side.destinations) {
      if (id.startsWith('@')) throw forbiddenField(field, 'it pays existing balances by id, and an @indicator is created on first use');
    }
  }
  const ids = [...new Set(sides.flatMap((s) => [...s.sources, ...s.destinations].map(([, id]) => id)))].filter((id) => id && !id.startsWith('@'));
  const rows = new Map<string, Balance | null>();
  const loaded = await ctx.loaders.balanceRow.loadMany(ids);
  loaded.forEach((row, i) => {
    if (!(row instanceof Error)) rows.set(ids[i]!, row);
    else if (row instanceof BlnkError && row.isNotFound) rows.set(ids[i]!, null);
    else throw row;
  });
  for (const side of sides) {
    for (const [field, id] of side.sources) {
      const row = rows.get(id);
      // Missing and foreign answer alike: the caller cannot learn which ids exist.
      if (!row || row.identityId !== ctx.principal.identityId) {
        throw new GraphQLError(`${field} must be a balance of the caller's own`, { extensions: { code: 'FORBIDDEN', field } });
      }
      if (row.currency !== side.currency) throw currencyMismatch(side.path);
    }
    const sources = new Set(side.sources.map(([, id]) => id));
    for (const [field, id] of side.destinations) {
      const row = rows.get(id);
      // A payee in another currency answers as a missing one: a payment reveals that its
      // destination exists, not what it holds.
      if (!row || row.currency !== side.currency) throw new NotFoundError('Balance');
      // Paying oneself moves nothing; refused so that no version check or rounding of Blnk's
      // is ever asked to treat it as two balances.
      if (sources.has(id)) throw new ValidationError('destination must be another balance than the source', field);
    }
  }
}

/**
 * Blnk never compares a transaction's currency with its balances': units would move from a
 * balance in one currency into a balance in another at par. A confined caller may not: its own
 * source in another currency is a ValidationError, a payee in another currency is not found.
 */
function currencyMismatch(path: string): ValidationError {
  return new ValidationError('currency must be the currency of the source and destination balances', `${path}currency`);
}

/**
 * The last word before a confined caller's transfers are sent, once `assertCustomerTransfers` has
 * passed them (issue 17: a customer with no money wrote QUEUED and REJECTED rows, with its own
 * description, into another customer's history). Nothing that fails here reaches Blnk:
 *
 * - skipQueue is required. Blnk's queue answers 201 for anything, writes the QUEUED row into the
 *   payee's history, and only then checks funds, writing a REJECTED row beside it. Applied at once
 *   (skip_queue), Blnk checks funds under its balance lock and, refusing, writes no row at all
 *   (real Blnk v0.15.2, single and bulk: test/scenarios/confined-spam.test.ts).
 * - A rate per identity (CONFINED_WRITES_PER_MINUTE; a bulk of n counts n): RATE_LIMITED with
 *   extensions.retryAfterMs. Counted before the funds check, whose reads it also bounds.
 * - Funds: each source must hold what the request takes from it, by Blnk's own rule
 *   (model.canProcessTransaction): balance − inflightDebitBalance − queuedDebitBalance. Otherwise
 *   InsufficientFundsError, before anything is sent.
 *
 * What remains: two requests of one caller checked at the same moment can both pass the funds
 * check. Blnk then refuses the second itself (InsufficientFundsError from Blnk): with skip_queue
 * that refusal writes no row, so the race costs a call, never a line in someone's statement.
 */
export async function assertCustomerSpend(ctx: Context, bodies: readonly RecordTransactionBody[], skipQueue: boolean): Promise<void> {
  if (!confined(ctx)) return;
  if (!skipQueue) {
    throw forbiddenField('skipQueue', "Blnk's queue writes a payment into the payee's history before it checks funds; send with skipQueue: true");
  }
  const rate = ctx.writeRate;
  // Fails closed: a gateway that did not give the request its rate lets no confined write through.
  if (!rate) throw new GraphQLError('Writes by callers confined to an identity are not available', { extensions: { code: 'FORBIDDEN' } });
  const retryAfterMs = await rate.take(ctx.principal.identityId!, bodies.length);
  if (retryAfterMs !== null) {
    throw new GraphQLError(`Too many transfers: a caller confined to an identity sends at most ${rate.limits.perMinute} a minute (CONFINED_WRITES_PER_MINUTE)`, {
      extensions: { code: 'RATE_LIMITED', retryAfterMs, limit: rate.limits.perMinute, windowMs: 60_000 },
    });
  }
  const needed = new Map<string, bigint>();
  for (const body of bodies) {
    for (const [id, amount] of takenFrom(body)) needed.set(id, (needed.get(id) ?? 0n) + amount);
  }
  const ids = [...needed.keys()];
  const sources = await Promise.all(ids.map((id) => ctx.loaders.balance.load({ id, withQueued: true })));
  sources.forEach((source, i) => {
    const available = source.balance - source.inflightDebitBalance - (source.queuedDebitBalance ?? 0n);
    if (needed.get(ids[i]!)! > available) throw new InsufficientFundsError();
  });
}

/**
 * What one transfer takes from each source, at most. A single source gives the amount. Split
 * legs (body.sources) follow Blnk's distribution: a fixed share exactly; a percentage its share
 * rounded down, plus the few units Blnk hands the largest leg after rounding (at most one per
 * percentage leg, counted for each of them, so the bound may exceed the share by that many
 * minor units); `left` what the others leave.
 */
function takenFrom(body: RecordTransactionBody): [string, bigint][] {
  const total = body.precise_amount;
  if (!body.sources) return body.source ? [[body.source, total]] : [];
  const percentLegs = body.sources.filter((l) => l.distribution?.trim().endsWith('%')).length;
  let given = 0n;
  const shares = body.sources.map((leg): [string, bigint | null] => {
    if (leg.precise_distribution !== undefined) {
      given += BigInt(leg.precise_distribution);
      return [leg.identifier, BigInt(leg.precise_distribution)];
    }
    const percent = leg.distribution ? percentOf(leg.distribution) : null;
    if (percent === null) return [leg.identifier, null];
    const floor = (total * percent) / (100n * SCALE);
    given += floor;
    const bound = floor + BigInt(percentLegs);
    return [leg.identifier, bound < total ? bound : total];
  });
  return shares.map(([id, share]) => [id, share ?? (total > given ? total - given : 0n)]);
}
