import { GraphQLError } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import type { Balance } from '../blnk/model.js';
import type { TransferInput } from '../blnk/inputs.js';
import type { Context } from './context.js';
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
 * The bulk request's own flags and size; each transaction is checked by `assertCustomerInput` and
 * `assertCustomerCanPay`. Every item a confined caller sends shows in its payee's history, so a
 * bulk request is capped (CONFINED_MAX_BULK) before anything else is looked at, the rate included:
 * the size bounds what the rate then counts.
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
  body: TransferInput;
  /** Where the input sits, for error fields: '' or 'transactions.3.'. */
  path: string;
}

/**
 * The first word on a confined caller's write, before anything about it is looked at: a rate per
 * identity (CONFINED_WRITES_PER_MINUTE; a bulk of n counts n), RATE_LIMITED with
 * extensions.retryAfterMs. Every attempt counts, refused or not: a rate spent only by writes that
 * got far would itself tell which payees exist (issue 17 review: 40 probes of missing ids never
 * met the limit, probes of an existing payee did after 28). It also bounds the reads that follow.
 */
export async function takeCustomerWrites(ctx: Context, transfers: number): Promise<void> {
  if (!confined(ctx)) return;
  const rate = ctx.writeRate;
  // Fails closed: a gateway that did not give the request its rate lets no confined write through.
  if (!rate) throw new GraphQLError('Writes by callers confined to an identity are not available', { extensions: { code: 'FORBIDDEN' } });
  const retryAfterMs = await rate.take(ctx.principal.identityId!, transfers);
  if (retryAfterMs !== null) {
    throw new GraphQLError(
      `Too many transfers: a caller confined to an identity sends at most ${rate.limits.perMinute} a minute (CONFINED_WRITES_PER_MINUTE)`,
      {
        extensions: { code: 'RATE_LIMITED', retryAfterMs, limit: rate.limits.perMinute, windowMs: 60_000 },
      },
    );
  }
}

/**
 * The precision a confined caller pays at (hostile review of issue 17, finding 3): a payer who
 * picks it picks what the payee's statement reads (one cent sent with precision 1 showed there as
 * amount "1" under "Refund owed: I sent 1 USD by mistake"). With CURRENCY_PRECISIONS set, a listed
 * currency is paid at its precision (an omitted precision takes it; another is FORBIDDEN naming
 * precision) and any other currency is FORBIDDEN naming currency. Unset in production, confined
 * writes are refused, naming the setting; unset in development, the caller's precision stands.
 * Answers the input with the precision it is paid at; needs nothing from Blnk.
 */
export function customerPrecision<T extends { currency: string; precision?: bigint | null }>(ctx: Context, input: T, path: string): T {
  if (!confined(ctx)) return input;
  const setting = ctx.writeRate?.limits.currencyPrecisions ?? { mode: 'free' };
  if (setting.mode === 'free') return input;
  if (setting.mode === 'refused') {
    throw new GraphQLError(
      'Writes by callers confined to an identity are refused: the operator must set CURRENCY_PRECISIONS (the precision each currency is paid at) when NODE_ENV=production',
      { extensions: { code: 'FORBIDDEN', setting: 'CURRENCY_PRECISIONS' } },
    );
  }
  const precision = setting.precisions.get(input.currency);
  if (precision === undefined) throw forbiddenField(`${path}currency`, 'it pays only in the currencies CURRENCY_PRECISIONS lists');
  if (input.precision !== null && input.precision !== undefined && input.precision !== precision) {
    throw forbiddenField(
      `${path}precision`,
      `that currency is paid at precision ${precision} (CURRENCY_PRECISIONS), which an omitted precision takes`,
    );
  }
  return { ...input, precision };
}

interface Sides {
  path: string;
  currency: string;
  sources: (readonly [field: string, id: string])[];
  destinations: (readonly [field: string, id: string])[];
}

function sidesOf({ body, path }: TransferToCheck): Sides {
  return {
    path,
    currency: body.currency,
    sources: body.sources
      ? body.sources.map((l) => [`${path}sources`, l.identifier] as const)
      : [[`${path}source`, body.source ?? ''] as const],
    destinations: body.destinations
      ? body.destinations.map((l) => [`${path}destinations`, l.identifier] as const)
      : [[`${path}destination`, body.destination ?? ''] as const],
  };
}

/**
 * What can be said of confined transfers without asking Blnk anything (so it tells nothing about
 * other customers): fields only the operator may set, the caller's reference namespace,
 * skipQueue, and payees by id.
 *
 * skipQueue is required: Blnk's queue answers 201 for anything, writes the QUEUED row into the
 * payee's history, and only then checks funds, writing a REJECTED row beside it. Applied at once
 * (skip_queue), Blnk checks funds under its balance lock and, refusing, writes no row at all
 * (real Blnk v0.15.2, single and bulk: test/scenarios/confined-spam.test.ts).
 */
export function assertCustomerInput(ctx: Context, transfers: readonly TransferToCheck[], skipQueue: boolean): void {
  if (!confined(ctx)) return;
  for (const { input, path } of transfers) {
    assertFields(input, TRANSFER_FIELDS, path);
    assertReference(ctx, input, path);
  }
  if (!skipQueue) {
    throw forbiddenField(
      'skipQueue',
      "Blnk's queue writes a payment into the payee's history before it checks funds; send with skipQueue: true",
    );
  }
  for (const side of transfers.map(sidesOf)) {
    for (const [field, id] of side.destinations) {
      if (id.startsWith('@')) throw forbiddenField(field, 'it pays existing balances by id, and an @indicator is created on first use');
    }
  }
}

/**
 * Whether a confined caller can make these transfers, asking Blnk in an order that tells a caller
 * who could not pay nothing about anyone else (issue 17 review: an unfunded caller told missing,
 * existing and other-currency payees apart by their answers, and so learnt which balances exist):
 *
 * 1. Its sources, each one GET with queued amounts. A source that is not the caller's own is
 *    FORBIDDEN whether it exists or not; one of its own in another currency, or also named as the
 *    payee, is a ValidationError.
 * 2. Funds: each source must hold what the request takes from it, by Blnk's own rule
 *    (model.canProcessTransaction): balance − inflightDebitBalance − queuedDebitBalance.
 *    Otherwise InsufficientFundsError. Up to here nothing depended on the payees, so a payee
 *    that is missing, in another currency or real gets the same answer and the same calls.
 * 3. Only then the payees, in one batch: a missing one, or one in another currency, is
 *    NotFoundError. A caller that could pay learns that its payee exists, as the payment would
 *    tell it anyway; it does not learn what the payee holds.
 *
 * Nothing that fails here reaches Blnk as a write. Two requests of one caller checked at the same
 * moment can both pass the funds check; Blnk then refuses the second itself (with skip_queue that
 * refusal writes no row), so the race costs a call, never a line in someone's statement.
 */
export async function assertCustomerCanPay(ctx: Context, transfers: readonly TransferToCheck[]): Promise<void> {
  if (!confined(ctx)) return;
  const sides = transfers.map(sidesOf);
  const needed = new Map<string, bigint>();
  for (const { body } of transfers) {
    for (const [id, amount] of takenFrom(body)) needed.set(id, (needed.get(id) ?? 0n) + amount);
  }
  const sourceIds = [...new Set(sides.flatMap((s) => s.sources.map(([, id]) => id)))];
  const sources = await loadAll(sourceIds, (ids) => ctx.loaders.balance.loadMany(ids.map((id) => ({ id, withQueued: true }))));
  for (const side of sides) {
    for (const [field, id] of side.sources) {
      const row = sources.get(id);
      // Missing and foreign answer alike: the caller cannot learn which ids exist.
      if (!row || row.identityId !== ctx.principal.identityId) {
        throw new GraphQLError(`${field} must be a balance of the caller's own`, { extensions: { code: 'FORBIDDEN', field } });
      }
      if (row.currency !== side.currency) throw currencyMismatch(side.path);
    }
    // Paying oneself moves nothing; refused so that no version check or rounding of Blnk's is
    // ever asked to treat it as two balances. Said of the caller's own balances only.
    const own = new Set(side.sources.map(([, id]) => id));
    const self = side.destinations.find(([, id]) => own.has(id));
    if (self) throw new ValidationError('destination must be another balance than the source', self[0]);
  }
  for (const [id, amount] of needed) {
    const source = sources.get(id)!;
    const available = source.balance - source.inflightDebitBalance - (source.queuedDebitBalance ?? 0n);
    if (amount > available) throw new InsufficientFundsError();
  }
  const payeeIds = [...new Set(sides.flatMap((s) => s.destinations.map(([, id]) => id)))];
  const payees = await loadAll(payeeIds, (ids) => ctx.loaders.balanceRow.loadMany(ids));
  for (const side of sides) {
    for (const [, id] of side.destinations) {
      const row = payees.get(id);
      // A payee in another currency answers as a missing one: a payment reveals that its
      // destination exists, not what it holds.
      if (!row || row.currency !== side.currency) throw new NotFoundError('Balance');
    }
  }
}

/** Balances by id through a loader: null for a missing one; any other failure is thrown. */
async function loadAll(
  ids: readonly string[],
  load: (ids: readonly string[]) => Promise<(Balance | Error)[]>,
): Promise<Map<string, Balance | null>> {
  const rows = new Map<string, Balance | null>();
  const wanted = ids.filter((id) => id && !id.startsWith('@'));
  const loaded = await load(wanted);
  loaded.forEach((row, i) => {
    if (!(row instanceof Error)) rows.set(wanted[i]!, row);
    else if (row instanceof BlnkError && row.isNotFound) rows.set(wanted[i]!, null);
    else throw row;
  });
  return rows;
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
 * What one transfer takes from each source, at most. A single source gives the amount. Split
 * legs (body.sources) follow Blnk's distribution: a fixed share exactly; a percentage its share
 * rounded down, plus the few units Blnk hands the largest leg after rounding (at most one per
 * percentage leg, counted for each of them, so the bound may exceed the share by that many
 * minor units); `left` what the others leave.
 */
function takenFrom(body: TransferInput): [string, bigint][] {
  const total = body.preciseAmount;
  if (!body.sources) return body.source ? [[body.source, total]] : [];
  const percentLegs = body.sources.filter((l) => l.distribution?.trim().endsWith('%')).length;
  let given = 0n;
  const shares = body.sources.map((leg): [string, bigint | null] => {
    if (leg.preciseDistribution !== undefined) {
      given += leg.preciseDistribution;
      return [leg.identifier, leg.preciseDistribution];
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
