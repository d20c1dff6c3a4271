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
}

export interface LegInput {
  identifier: string;
  distribution: string;
  preciseDistribution?: bigint;
}

/** Every bind failure on this route is answered with just "Invalid input" (section 8.2). */
const bind = (body: Json) => Binder.of(body, 'model.RecordTransaction', 'GEN_MALFORMED_REQUEST', 'Invalid input');

export function parseTransactionInput(body: Json): TransactionInput {
  const b = bind(body);
  const preciseAmount = b.bigint('precise_amount');
  const amount = b.float('amount');
  const rawPrecision = b.float('precision');
  if (rawPrecision !== undefined && typeof rawPrecision !== 'bigint' && !Number.isInteger(rawPrecision)) {
    throw new ApiError('TXN_PRECISION_NOT_INTEGER', 'precision must be an integer');
  }
  const precisionValue = rawPrecision === undefined ? 0n : BigInt(rawPrecision);
  const problems: Record<string, string> = {};
  if (precisionValue < 0n) problems.precision = 'must not be negative';
  const precision = precisionValue <= 0n ? 1n : precisionValue;

  for (const key of ['currency', 'reference', 'description'] as const) {
    if (!b.string(key)) problems[key] = 'cannot be blank';
  }
  if (amount === undefined && preciseAmount === undefined) problems.amount = 'either amount or precise_amount is required';
  if (amount !== undefined && preciseAmount !== undefined) problems.amount = 'only one of amount or precise_amount may be set';
  if (amount !== undefined && significantDigits(amount) > 15) problems.amount = 'must not have more than 15 significant digits';

  const source = b.string('source');
  const destination = b.string('destination');
  const sources = legs(b, 'sources');
  const destinations = legs(b, 'destinations');
  if (!source && !sources) problems.source = 'either source or sources is required';
  if (source && sources) problems.source = 'only one of source or sources may be set';
  if (!destination && !destinations) problems.destination = 'either destination or destinations is required';
  if (destination && destinations) problems.destination = 'only one of destination or destinations may be set';

  const strictTime = (key: string) => time(b, key, false, problems);
  const input: TransactionInput = {
    preciseAmount: preciseAmount ?? (amount === undefined ? 0n : toMinorUnits(amount, precision) ?? 0n),
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
    // fails the bind, and the string must be whole minor units.
    const precise = leg.string('precise_distribution');
    if (precise !== '') {
      if (!/^\d+$/.test(precise)) throw new ApiError('TXN_VALIDATION_ERROR', 'invalid precise_distribution format');
      out.preciseDistribution = BigInt(precise);
    }
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
  if (typeof raw !== 'string' || parseTime(raw) === null) throw new ApiError('GEN_MALFORMED_REQUEST', 'Invalid input');
  const parsed = parseTime(raw, { fractional });
  if (parsed === null) problems[key] = 'must be in the format 2006-01-02T15:04:05Z07:00';
  return parsed;
}

/**
 * Splits a total across legs by their distributions: "N%" of the total, a fixed amount in major
 * units, a precise_distribution in minor units, or "left" for what remains (at most one).
 */
export function distribute(total: bigint, precision: bigint, legsIn: LegInput[]): bigint[] {
  const invalid = (why: string) => new ApiError('TXN_INVALID_DISTRIBUTION', why);
  let assigned = 0n;
  let leftIndex = -1;
  const amounts = legsIn.map((leg, i) => {
    if (!leg.identifier) throw invalid('every leg needs an identifier');
    if (leg.preciseDistribution !== undefined) return leg.preciseDistribution;
    const d = leg.distribution.trim();
    if (d === 'left') {
      if (leftIndex !== -1) throw invalid("only one leg may take the distribution 'left'");
      leftIndex = i;
      return 0n;
    }
    if (d.endsWith('%')) {
      const share = toMinorUnits(d.slice(0, -1), total * 1000n);
      if (share === null) throw invalid(`invalid distribution '${leg.distribution}'`);
      return share / 100_000n;
    }
    const fixed = toMinorUnits(d, precision);
    if (fixed === null) throw invalid(`invalid distribution '${leg.distribution}'`);
    return fixed;
  });
  for (const a of amounts) {
    if (a < 0n) throw invalid('distributions must not be negative');
    assigned += a;
  }
  if (assigned > total) throw invalid('distributions exceed the transaction amount');
  if (leftIndex !== -1) amounts[leftIndex] = total - assigned;
  else if (assigned !== total) throw invalid('distributions do not add up to the transaction amount');
  return amounts;
}
