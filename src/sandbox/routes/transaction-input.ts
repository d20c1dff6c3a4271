import { ApiError, validationError } from '../errors.js';
import type { Json } from '../json.js';
import { isObject } from '../json.js';
import { significantDigits, toMinorUnits } from '../money.js';
import type { MetaData } from '../store.js';
import { parseTime } from '../time.js';
import type { Micros } from '../time.js';
import { Binder } from './bind.js';

/** A create-transaction body (api/model.RecordTransaction), bound and validated. */
export interface TransactionInput {
  preciseAmount: bigint;
  precision: bigint;
  source: string;
  destination: string;
  sources?: LegInput[];
  destinations?: LegInput[];
  reference: string;
  currency: string;
  description: string;
  allowOverdraft: boolean;
  overdraftLimit: number;
  inflight: boolean;
  skipQueue: boolean;
  atomic: boolean;
  metaData: MetaData;
  effectiveDate: Micros | null;
  scheduledFor: Micros | null;
  inflightExpiryDate: Micros | null;
  inflightCommitDate: Micros | null;
  /** A float `amount` was sent rather than precise_amount: the answer has no amount_string. */
  fromAmount?: boolean;
}

export interface LegInput {
  identifier: string;
  distribution: string;
  /** As sent: a Go string in model.Distribution, parsed only when the split is computed. */
  preciseDistribution?: string;
}

/** Every bind failure on this route is answered with just "Invalid input" (section 8.2). */
const bind = (body: Json) => Binder.of(body, 'model.RecordTransaction', 'GEN_MALFORMED_REQUEST', 'Invalid input');

export function parseTransactionInput(body: Json): TransactionInput {
  // A JSON null binds as an empty struct, which then fails validation field by field.
  const b = bind(body === null ? {} : body);
  const preciseAmount = b.bigint('precise_amount');
  const amount = b.float('amount');
  const rawPrecision = b.float('precision');
  const problems: Record<string, string> = {};
  // validatePrecisionIsInteger: a validation problem like the others (TXN_VALIDATION_ERROR).
  const fractionalPrecision = rawPrecision !== undefined && typeof rawPrecision !== 'bigint' && !Number.isInteger(rawPrecision);
  if (fractionalPrecision) problems.precision = 'precision must be an integer value';
  const precisionValue = rawPrecision === undefined || fractionalPrecision ? 0n : BigInt(rawPrecision);
  if (precisionValue < 0n) problems.precision = 'must not be negative';
  const precision = precisionValue <= 0n ? 1n : precisionValue;

  for (const key of ['currency', 'reference', 'description'] as const) {
    if (!b.string(key)) problems[key] = 'cannot be blank';
  }
  if (amount === undefined && preciseAmount === undefined) problems.amount = 'either amount or precise_amount is required';
  if (amount !== undefined && preciseAmount !== undefined) problems.amount = 'either amount or precise_amount should be provided, not both';
  else if (amount !== undefined && significantDigits(amount) > 15) {
    problems.amount = 'amount has more than 15 significant digits which may cause rounding errors; use precise_amount instead';
  }

  const source = b.string('source');
  const destination = b.string('destination');
  const sources = legs(b, 'sources');
  const destinations = legs(b, 'destinations');
  if (!source === !sources) problems.source = 'either source or sources is required, not both';
  if (!destination === !destinations) problems.destination = 'either destination or destinations is required, not both';

  // Go's time.Parse accepts a fraction of a second even where the layout has none.
  const strictTime = (key: string) => time(b, key, true, problems);
  const input: TransactionInput = {
    preciseAmount: preciseAmount ?? (amount === undefined ? 0n : (toMinorUnits(amount, precision) ?? 0n)),
    precision,
    source,
    destination,
    reference: b.string('reference'),
    currency: b.string('currency'),
    description: b.string('description'),
    allowOverdraft: b.bool('allow_overdraft'),
    overdraftLimit: Number(b.float('overdraft_limit') ?? 0),
    inflight: b.bool('inflight'),
    skipQueue: b.bool('skip_queue'),
    atomic: b.bool('atomic'),
    metaData: b.meta(),
    effectiveDate: time(b, 'effective_date', true, problems),
    scheduledFor: strictTime('scheduled_for'),
    inflightExpiryDate: strictTime('inflight_expiry_date'),
    inflightCommitDate: strictTime('inflight_commit_date'),
  };
  if (amount !== undefined && preciseAmount === undefined) input.fromAmount = true;
  if (sources) input.sources = sources;
  if (destinations) input.destinations = destinations;
  if (Object.keys(problems).length > 0) throw validationError('TXN_VALIDATION_ERROR', problems);
  if (input.preciseAmount <= 0n) throw new ApiError('TXN_INVALID_AMOUNT', 'amount must be greater than zero');
  return input;
}

function legs(b: Binder, key: 'sources' | 'destinations'): LegInput[] | undefined {
  const raw = b.array(key);
  if (!raw) return undefined;
  return raw.map((item) => {
    if (!isObject(item)) throw new ApiError('GEN_MALFORMED_REQUEST', 'Invalid input');
    const leg = bind(item);
    const out: LegInput = { identifier: leg.string('identifier'), distribution: leg.string('distribution') };
    // model.Distribution.PreciseDistribution is a Go string (api/model, v0.15.2): a JSON number
    // fails the bind. Its content is checked only when the split is computed (parseFixedAmount).
    const precise = leg.string('precise_distribution');
    if (precise !== '') out.preciseDistribution = precise;
    return out;
  });
}

/**
 * Times bind as time.Time (RFC 3339, any fraction); scheduled_for and the inflight dates must
 * also match `2006-01-02T15:04:05Z07:00`, i.e. no fractional seconds.
 */
function time(b: Binder, key: string, fractional: boolean, problems: Record<string, string>): Micros | null {
  if (!b.has(key)) return null;
  const raw = b.body[key];
  // effective_date is a *time.Time in the request struct: anything else fails the bind. The
  // others are strings checked by validateDateFormat, whose message speaks of "the scheduled date"
  // for all three.
  const bound = key === 'effective_date' ? typeof raw === 'string' && parseTime(raw) !== null : typeof raw === 'string';
  if (!bound) throw new ApiError('GEN_MALFORMED_REQUEST', 'Invalid input');
  if (raw === '') return null;
  const parsed = parseTime(raw as string, { fractional });
  if (parsed === null) {
    problems[key] = "please format the scheduled date as 'YYYY-MM-DDTHH:MM:SS+00:00' (e.g., 2024-04-22T15:28:03+00:00)";
  }
  return parsed;
}

/** Decimals as whole multiples of 10^-18: shopspring's decimal, for the sizes Blnk splits. */
const SCALE = 10n ** 18n;

/** Go's strconv.ParseFloat then decimal.NewFromFloat: the shortest decimal of the float64. */
function parseFloatDecimal(text: string): bigint | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return scaled(String(value));
}

function scaled(text: string): bigint {
  const m = /^(-?)(\d*)\.?(\d*)(?:e([+-]?\d+))?$/i.exec(text)!;
  const digits = `${m[2]}${m[3]}`;
  const exponent = Number(m[4] ?? 0) - m[3]!.length + 18;
  const n = BigInt(digits || '0');
  const v = exponent >= 0 ? n * 10n ** BigInt(exponent) : n / 10n ** BigInt(-exponent);
  return m[1] === '-' ? -v : v;
}

/** decimal.BigInt(): truncation toward zero. */
const whole = (d: bigint) => d / SCALE;

/** The first strictly largest entry in iteration order, as Blnk's loops over Go maps pick one. */
function largest(map: Map<string, bigint>): string | undefined {
  let key: string | undefined;
  let best = 0n;
  for (const [k, v] of map) if (v > best) [key, best] = [k, v];
  return key;
}

/**
 * Splits a total across legs exactly as Blnk v0.15.2 does (model/transaction.go:
 * CalculateDistributionsPrecise and its passes), keyed by identifier in a map:
 * - fixed amounts first (major units × precision, or precise_distribution in minor units); one
 *   that exceeds what is left fails;
 * - percentages of the total; over 100% in all fails, as do fixed amounts over the total;
 * - the first `left` leg takes what remains; a second `left` leg is ignored (no transaction);
 * - whatever the legs still miss (a total under 100%, truncation) goes to the largest leg;
 * - two legs with one identifier are one entry (the later share wins).
 * Failures are plain errors in Blnk, answered as 400 TXN_VALIDATION_ERROR.
 */
export function distribute(total: bigint, precision: bigint, legsIn: LegInput[]): Map<string, bigint> {
  const invalid = (why: string) => new ApiError('TXN_VALIDATION_ERROR', `failed to split transaction: ${why}`);
  const result = new Map<string, bigint>();
  if (total === 0n) {
    for (const leg of legsIn) result.set(leg.identifier, 0n);
    return result;
  }
  if (total === 1n && legsIn.length > 0) {
    // handleSmallAmount: the whole amount to the first leg.
    result.set(legsIn[0]!.identifier, total);
    for (const leg of legsIn.slice(1)) result.set(leg.identifier, 0n);
    return result;
  }
  const isLeft = (leg: LegInput) => leg.distribution === 'left' || leg.preciseDistribution === 'left';
  const isPercent = (leg: LegInput) => leg.distribution.endsWith('%');
  const totalDec = total * SCALE;
  let left = totalDec;
  let fixedTotal = 0n;
  const fixed = new Map<string, bigint>();
  for (const leg of legsIn) {
    if (isLeft(leg) || isPercent(leg)) continue;
    let amount = 0n;
    if (leg.preciseDistribution !== undefined) {
      if (!/^[+-]?\d+$/.test(leg.preciseDistribution) || BigInt(leg.preciseDistribution) > 2n ** 63n - 1n) {
        throw invalid('invalid precise_distribution format: must be an integer value in minor units');
      }
      amount = BigInt(leg.preciseDistribution) * SCALE;
    } else if (leg.distribution !== '') {
      const major = parseFloatDecimal(leg.distribution);
      if (major === null) throw invalid('invalid fixed amount format');
      amount = major * precision;
    }
    if (amount === 0n) continue;
    if (amount > left) throw invalid('fixed amount exceeds remaining transaction amount');
    fixed.set(leg.identifier, amount);
    fixedTotal += amount;
    left -= amount;
  }
  const percent = new Map<string, bigint>();
  let totalPercent = 0n;
  for (const leg of legsIn) {
    if (isLeft(leg) || !isPercent(leg)) continue;
    const share = parseFloatDecimal(leg.distribution.slice(0, -1));
    if (share === null) throw invalid('invalid percentage format');
    totalPercent += share;
    const raw = (total * share) / 100n;
    percent.set(leg.identifier, raw > 0n && raw < SCALE ? 0n : raw);
  }
  if (totalPercent > 100n * SCALE || fixedTotal > totalDec) throw invalid('total distributions exceed 100% or total amount');
  if (percent.size > 0) {
    let current = 0n;
    for (const v of percent.values()) current += v;
    const diff = (total * totalPercent) / 100n - current;
    const key = largest(percent);
    if (diff !== 0n && key !== undefined) percent.set(key, percent.get(key)! + diff);
  }
  for (const [id, amount] of fixed) result.set(id, whole(amount));
  for (const [id, amount] of percent) {
    result.set(id, whole(amount));
    left -= amount;
  }
  const leftLeg = legsIn.find(isLeft);
  if (leftLeg) {
    if (result.has(leftLeg.identifier)) throw invalid("multiple identifiers with 'left' distribution");
    result.set(leftLeg.identifier, whole(left));
  }
  let sum = 0n;
  for (const v of result.values()) sum += v;
  const key = largest(result);
  if (sum !== total && key !== undefined) result.set(key, result.get(key)! + total - sum);
  return result;
}
