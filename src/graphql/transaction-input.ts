/**
 * What a transfer is asked as (RecordTransactionInput, a bulk's items, their legs), and how it is
 * checked and turned into the transfer Blnk is asked to record, before anything is sent.
 */
import { randomUUID } from 'node:crypto';
import type { TransferInput, TransferLeg } from '../blnk/inputs.js';
import { fromDecimal, MAX_MINOR_UNITS, overdraftLimitDecimal, precisionProblem } from '../domain/money.js';
import { builder } from './builder.js';
import { ValidationError } from './errors.js';
import { metaObject } from './ledger.js';
import { splitLegs } from './split-legs.js';
import { assertRowText, transactionTextBytes } from './row-limit.js';

/**
 * An amount as minor units: `preciseAmount`, or the exact decimal `amount`, at `precision`
 * (1 when absent, as in Blnk). More decimals than the precision holds is refused, never rounded.
 */
function minorUnits(input: { preciseAmount?: bigint | null; amount?: string | null; precision?: bigint | null }): {
  preciseAmount: bigint;
  precision: bigint;
} {
  const precision = input.precision ?? 1n;
  const problem = precisionProblem(precision);
  if (problem) throw new ValidationError(problem, 'precision');
  const hasPrecise = input.preciseAmount !== null && input.preciseAmount !== undefined;
  const hasDecimal = input.amount !== null && input.amount !== undefined;
  if (hasPrecise === hasDecimal) throw new ValidationError('Give exactly one of preciseAmount and amount', 'amount');
  let preciseAmount: bigint;
  if (hasPrecise) {
    preciseAmount = input.preciseAmount!;
  } else {
    const converted = fromDecimal(input.amount!, precision);
    if (converted === null) {
      const plain = /^-?\d+(\.\d+)?$/.test(input.amount!.trim());
      throw new ValidationError(
        !plain
          ? 'amount must be a plain decimal such as "12.34"'
          : input.precision === null || input.precision === undefined
            ? 'amount has decimal places, but precision was not given and defaulted to 1, which counts whole units only (no minor units): give precision (100 for cents) or a whole amount'
            : `amount has more decimal places than precision ${precision} holds`,
        'amount',
      );
    }
    preciseAmount = converted;
  }
  if (preciseAmount <= 0n) throw new ValidationError('The amount must be greater than zero', 'amount');
  if (preciseAmount > MAX_MINOR_UNITS) throw new ValidationError('The amount is too large', 'amount');
  return { preciseAmount, precision };
}

/** Blnk takes scheduled_for and the inflight dates only in whole seconds. */
function wholeSeconds(date: Date | null | undefined, field: string): string | undefined {
  if (!date) return undefined;
  if (date.getUTCMilliseconds() !== 0) throw new ValidationError(`${field} must be in whole seconds`, field);
  return date.toISOString().replace('.000Z', 'Z');
}

const LegInput = builder.inputType('TransactionLegInput', {
  description:
    'One of several sources or destinations, with its share of the amount. Blnk v0.15.2 records one transfer per leg, child of the split, in an order that is not the input\'s (the legs pass through a map), so read each child for its source or destination. The gateway refuses what Blnk would silently mishandle: two legs with one identifier (merged), a second "left" leg (ignored), and shares that do not add up to the amount without a "left" leg (Blnk gives the rest, or takes the excess, off the largest leg). Percentage shares are truncated to whole minor units and the few units left over go to the largest leg.',
  fields: (t) => ({
    identifier: t.string({ required: true, description: 'A balance id or an @indicator. At most one leg per identifier.' }),
    distribution: t.string({
      description:
        'A share: a percentage of the amount such as "50%", a fixed decimal amount in major units such as "12.50" (sent to Blnk exactly, in minor units), or "left" for what the other legs leave (one leg at most, and something must be left). Give this or preciseDistribution.',
    }),
    preciseDistribution: t.field({
      type: 'BigInt',
      description: 'A fixed share in minor units, greater than zero. Give this or distribution.',
    }),
  }),
});

const transactionInputFields = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, 'InputObject'>,
) => ({
  source: t.string({
    description:
      'Where the money comes from: a balance id, or an @indicator such as @World (created on first use, in the general ledger, in this currency). Give this or sources.',
  }),
  destination: t.string({ description: 'Where the money goes: a balance id or an @indicator. Give this or destinations.' }),
  sources: t.field({
    type: [LegInput],
    description:
      'Several sources instead of one (at least two legs; see TransactionLegInput). Each leg is its own transfer: queued, each is settled on its own (one can be REJECTED while another is APPLIED); with skipQueue a refused leg stops the rest but leaves earlier legs applied, unless atomic is set (then Blnk refunds them through its queue).',
  }),
  destinations: t.field({
    type: [LegInput],
    description: 'Several destinations instead of one, with the same rules as sources.',
  }),
  preciseAmount: t.field({
    type: 'BigInt',
    description:
      "The amount in minor units, greater than zero and at most 10^78. Give this or amount, not both. Blnk keeps balances as PostgreSQL NUMERIC and holds far more (real Blnk v0.15.2 applies 10^308 and refuses 10^309, whose float64 `amount` is infinite), so the bound is the gateway's: above any token supply (2^256 ≈ 1.2×10^77). A caller confined to an identity moves at most what its balance holds (InsufficientFundsError, before anything is sent).",
  }),
  amount: t.string({
    description:
      'The amount as an exact decimal in major units, such as "12.34", with no more places than precision holds (never rounded). Give this or preciseAmount, not both.',
  }),
  precision: t.field({
    type: 'BigInt',
    description:
      "Minor units per major unit (100 for cents, 10^18 for wei). Defaults to 1 when absent: amounts then count whole units, and an amount with decimals is refused. At most 2^63−1 and kept digit for digit by a float64, as Blnk stores it. A caller confined to an identity pays each currency at the precision the gateway's CURRENCY_PRECISIONS gives it (the default when absent; FORBIDDEN otherwise), so that the payee's statement reads the amount that moved.",
  }),
  currency: t.string({
    required: true,
    description:
      'Any non-blank code, such as "USD". Blnk does not check it against the balances\' currencies: keep them equal, or units move at par between currencies. A caller confined to an identity pays only in currencies CURRENCY_PRECISIONS lists, once it is set (FORBIDDEN otherwise).',
  }),
  description: t.string({
    required: true,
    description:
      "Free text, kept with the transaction and shown in both balances' histories. At most 500 characters; tab, line feed and carriage return are the only control characters taken (BAD_USER_INPUT otherwise).",
  }),
  reference: t.string({
    description:
      'Unique per transaction: the key that makes a retry safe (Blnk refuses a second use with DUPLICATE_REFERENCE). Generated (gql_ and a UUID, returned) when absent; give your own to retry safely. A caller confined to an identity gives `<its identity id>:<name>`, the name without colons and not ending in _q, _refund, _commit or _void (FORBIDDEN otherwise): references are unique across the ledger.',
  }),
  allowOverdraft: t.boolean({ description: 'Let the source go below zero. False when absent.' }),
  overdraftLimit: t.field({
    type: 'BigInt',
    description:
      "How far below zero the source may go, in minor units at this transfer's precision (Blnk applies it whether or not allowOverdraft is set; allowOverdraft without a limit is unlimited). Blnk v0.15.2 takes it as a float64 of major units and turns it back into minor units: a limit that does not come back exactly (a precision whose 1/precision has no finite decimal, more than a float64's 15–17 digits, past 2^63−1) is refused with a ValidationError, never rounded. Above zero only. Refused (FORBIDDEN) to a caller confined to an identity. Blnk keeps it only for applying the transfer: reads answer 0.",
  }),
  inflight: t.boolean({ description: 'Hold the amount until committed or voided, instead of moving it now.' }),
  inflightExpiryDate: t.field({
    type: 'DateTime',
    description: 'For a hold: when Blnk may release it. Whole seconds only (Blnk refuses fractions).',
  }),
  scheduledFor: t.field({
    type: 'DateTime',
    description: 'Apply at this time instead of now (the answer is SCHEDULED). Whole seconds only (Blnk refuses fractions).',
  }),
  effectiveDate: t.field({ type: 'DateTime', description: 'Backdate the transaction: when it counts as moved for historical balances.' }),
  metaData: t.field({
    type: 'JSON',
    description:
      'A JSON object of your own keys. Numbers must be within ±(2^53−1) (Blnk keeps them as float64); send larger ones as strings. With description, reference and currency (counted twice), at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise): Blnk v0.15.2 fails a larger row, or drops it after answering a queued write.',
  }),
});

export const RecordTransactionInput = builder.inputType('RecordTransactionInput', {
  description: 'One transfer. Checked by the gateway before anything is sent to Blnk.',
  fields: (t) => ({
    ...transactionInputFields(t),
    skipQueue: t.boolean({
      description:
        "Apply now and answer with the final transaction (APPLIED or INFLIGHT), so refusals such as insufficient funds come back as typed errors. Absent or false: Blnk's queue, answered QUEUED at once and checked later (see Transaction.outcome and rejectionReason). Required of a caller confined to an identity (FORBIDDEN otherwise): a queued payment that fails still leaves QUEUED and REJECTED rows in the payee's history.",
    }),
  }),
});

export const BulkTransactionInput = builder.inputType('BulkTransactionInput', {
  description: 'One transfer of a bulk request; the same fields as RecordTransactionInput, without skipQueue.',
  fields: (t) => transactionInputFields(t),
});

type TransactionInputShape = {
  source?: string | null;
  destination?: string | null;
  sources?: readonly { identifier: string; distribution?: string | null; preciseDistribution?: bigint | null }[] | null;
  destinations?: readonly { identifier: string; distribution?: string | null; preciseDistribution?: bigint | null }[] | null;
  preciseAmount?: bigint | null;
  amount?: string | null;
  precision?: bigint | null;
  currency: string;
  description: string;
  reference?: string | null;
  allowOverdraft?: boolean | null;
  overdraftLimit?: bigint | null;
  inflight?: boolean | null;
  inflightExpiryDate?: Date | null;
  scheduledFor?: Date | null;
  effectiveDate?: Date | null;
  metaData?: unknown;
};

function legs(list: TransactionInputShape['sources'], field: string, total: bigint, precision: bigint): TransferLeg[] | undefined {
  return list ? splitLegs(list, field, total, precision) : undefined;
}

/**
 * A description is shown in both sides' histories: bounded, for everyone, so that a transfer
 * cannot carry a letter into someone else's statement. Long enough for an invoice line.
 */
const MAX_DESCRIPTION_LENGTH = 500;

/** A transaction input as the transfer Blnk is asked to record, checked before anything is sent. */
export function transactionBody(input: TransactionInputShape): TransferInput {
  const { preciseAmount, precision } = minorUnits(input);
  if (input.currency.trim() === '') throw new ValidationError('currency cannot be blank', 'currency');
  if (input.description.length > MAX_DESCRIPTION_LENGTH) {
    throw new ValidationError(`description is longer than ${MAX_DESCRIPTION_LENGTH} characters`, 'description');
  }
  const sources = legs(input.sources, 'sources', preciseAmount, precision);
  const destinations = legs(input.destinations, 'destinations', preciseAmount, precision);
  if (!input.source === !sources) throw new ValidationError('Give exactly one of source and sources', 'source');
  if (!input.destination === !destinations) {
    throw new ValidationError('Give exactly one of destination and destinations', 'destination');
  }
  if (input.reference !== null && input.reference !== undefined && input.reference.trim() === '') {
    throw new ValidationError('reference cannot be blank', 'reference');
  }
  let overdraftLimit: string | undefined;
  if (input.overdraftLimit !== null && input.overdraftLimit !== undefined) {
    const converted = overdraftLimitDecimal(input.overdraftLimit, precision);
    if (converted === null) {
      throw new ValidationError(
        input.overdraftLimit <= 0n
          ? 'overdraftLimit must be above zero (leave it out for none)'
          : `overdraftLimit ${input.overdraftLimit} at precision ${precision} does not survive Blnk's float64 of major units exactly: give a limit that does, or a precision that is a power of ten`,
        'overdraftLimit',
      );
    }
    overdraftLimit = converted;
  }
  const meta = metaObject(input.metaData);
  const scheduledFor = wholeSeconds(input.scheduledFor, 'scheduledFor');
  const inflightExpiryDate = wholeSeconds(input.inflightExpiryDate, 'inflightExpiryDate');
  return {
    preciseAmount,
    precision,
    ...(input.source ? { source: input.source } : {}),
    ...(input.destination ? { destination: input.destination } : {}),
    ...(sources ? { sources } : {}),
    ...(destinations ? { destinations } : {}),
    reference: input.reference ?? `gql_${randomUUID()}`,
    currency: input.currency,
    description: input.description,
    ...(input.allowOverdraft ? { allowOverdraft: true } : {}),
    ...(overdraftLimit ? { overdraftLimit } : {}),
    ...(input.inflight ? { inflight: true } : {}),
    ...(inflightExpiryDate ? { inflightExpiryDate } : {}),
    ...(scheduledFor ? { scheduledFor } : {}),
    ...(input.effectiveDate ? { effectiveDate: input.effectiveDate.toISOString() } : {}),
    ...(meta ? { metaData: meta } : {}),
  };
}

/**
 * The caller's text of each row Blnk writes for a transfer (a split leg, a queued outcome, a
 * commit, a refund copy it) within ROW_TEXT_MAX_BYTES, before anything is sent: past it Blnk
 * v0.15.2 fails the row, or drops a queued one after answering 201 (row-limit.ts).
 */
export function assertTransactionRow(body: TransferInput, argument: string, path?: string): void {
  const bytes = transactionTextBytes({
    description: body.description,
    reference: body.reference,
    currency: body.currency,
    metaData: body.metaData,
  });
  assertRowText(bytes, { argument, row: 'transaction', ...(path ? { path } : {}) });
}
