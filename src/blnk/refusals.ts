import {
  type ErrorCode,
  AlreadyCommittedError,
  AlreadyVoidedError,
  ConflictError,
  DuplicateReferenceError,
  InsufficientFundsError,
  type InputProblem,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import { isBulkId, typeOfId } from '../domain/ids.js';
import { BlnkError, CloudRefusal, type CloudRefusalCode, UpstreamRateLimited } from './errors.js';
import { UpstreamRefused } from './gate.js';

/**
 * Blnk's refusals, in its codes and words, as the gateway's own errors: `clientError` for a
 * top-level error, `mutationError` for the typed error a mutation answers with. Blnk's wording,
 * URLs and bodies stay in the logs; nothing of them is copied into what a client sees.
 */

const ENTITY_BY_PREFIX: Record<string, string> = {
  BAL: 'Balance',
  LGR: 'Ledger',
  IDT: 'Identity',
  TXN: 'Transaction',
};

/**
 * A Blnk failure as the client sees it: a code and our own message. Blnk's message, the
 * upstream URL, headers and body stay in the logs; none of them is copied here.
 */
export function clientError(error: BlnkError): { message: string; code: ErrorCode; extensions?: Record<string, number | boolean> } {
  // The gateway's own refusal, in its own words (numbers only): it never reached Blnk.
  if (error instanceof UpstreamRefused) return { message: error.message, code: error.refusal, extensions: error.extensions };
  if (error instanceof UpstreamRateLimited) return rateLimited(error);
  // Blnk Cloud's own refusal, in the gateway's words: a scope, a capability, the instance.
  if (error instanceof CloudRefusal) return { message: error.message, code: error.code as CloudRefusalCode };
  if (error.isNotFound) {
    const entity = error.code.startsWith('BAL_MONITOR') ? 'Balance monitor' : ENTITY_BY_PREFIX[error.code.split('_')[0] ?? ''];
    return { message: entity ? `${entity} not found` : 'Not found', code: 'NOT_FOUND' };
  }
  // 403 too, but not about credentials: Blnk runs without a 32-byte BLNK_TOKENIZATION_SECRET.
  if (error.code === 'IDT_TOKENIZATION_DISABLED') {
    return {
      message: 'The ledger has tokenization disabled (Blnk needs BLNK_TOKENIZATION_SECRET of exactly 32 bytes)',
      code: 'UPSTREAM_ERROR',
    };
  }
  if (error.status === 401 || error.status === 403) {
    return { message: "The ledger refused the gateway's credentials", code: 'UPSTREAM_UNAUTHORIZED' };
  }
  switch (error.code) {
    case 'UPSTREAM_UNSUPPORTED':
      // The gateway's own words (never Blnk's): what Cloud does not support, which field or order.
      return { message: error.message, code: 'BAD_USER_INPUT' };
    case 'UPSTREAM_TIMEOUT':
      return { message: 'The ledger did not answer in time', code: 'UPSTREAM_TIMEOUT' };
    case 'UPSTREAM_UNAVAILABLE':
      return { message: 'The ledger is unavailable', code: 'UPSTREAM_UNAVAILABLE' };
    default:
      return { message: 'The ledger sent an unexpected answer', code: 'UPSTREAM_ERROR' };
  }
}

/** A 429: when to come back when Blnk said, and for a write that nothing was sent on. */
function rateLimited(error: UpstreamRateLimited): { message: string; code: ErrorCode; extensions: Record<string, number | boolean> } {
  const extensions: Record<string, number | boolean> = {};
  if (error.retryAfterMs !== null) extensions.retryAfterMs = Math.ceil(error.retryAfterMs);
  const when = error.retryAfterMs !== null ? `; retry after ${Math.ceil(error.retryAfterMs / 1000)} s` : '; retry later';
  if (!error.write) return { message: `The ledger is rate-limiting the gateway${when}`, code: 'UPSTREAM_RATE_LIMITED', extensions };
  extensions.writeSent = false;
  return {
    message: `The ledger is rate-limiting the gateway${when}. The write was refused before it ran: nothing was recorded`,
    code: 'UPSTREAM_RATE_LIMITED',
    extensions,
  };
}

const VALIDATION_CODES = new Set([
  'GEN_MALFORMED_REQUEST',
  'GEN_VALIDATION_ERROR',
  'GEN_MISSING_PARAMETER',
  'GEN_BAD_REQUEST',
  'TXN_INVALID_AMOUNT',
  'TXN_PRECISION_NOT_INTEGER',
  'TXN_INVALID_DISTRIBUTION',
  'TXN_COMMIT_AMOUNT_EXCEEDED',
  'TXN_NOT_INFLIGHT',
  'TXN_INVALID_STATUS_ACTION',
  'TXN_BULK_EMPTY',
  'TXN_BULK_LIMIT_EXCEEDED',
  'TXN_VALIDATION_ERROR',
  'BAL_VALIDATION_ERROR',
  'BAL_INVALID_TIMESTAMP',
  'IDT_VALIDATION_ERROR',
  'META_UNSUPPORTED_ENTITY',
  'META_INVALID_ENTITY_ID',
]);

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** Blnk's wire names that are not the schema's name in camelCase. */
const FIELD_OF_WIRE: Record<string, string> = {
  precise_amount: 'preciseAmount',
  meta_data: 'metaData',
  call_back_url: 'callbackUrl',
  precise_distribution: 'preciseDistribution',
};

const fieldName = (wire: string) =>
  wire
    .split('.')
    .map((part) => FIELD_OF_WIRE[part] ?? camel(part))
    .join('.');

/**
 * ozzo-validation's reasons, as the gateway words them. Anything else Blnk says is summed up as
 * "Blnk refused this value": its wording stays in the logs.
 */
const REASONS: [RegExp, string][] = [
  [/cannot be blank|is required/i, 'is required and cannot be blank'],
  [/must be a valid value|must be one of/i, 'is not one of the values Blnk accepts'],
  [/valid format|invalid format|must be in a valid/i, 'is not in a format Blnk accepts'],
  [/length must be|too long|too short/i, 'has a length Blnk does not accept'],
  [/greater than|no less than|positive/i, 'must be greater than zero'],
  [/must be an integer|whole number/i, 'must be a whole number'],
  [/already exists|duplicate/i, 'is already taken'],
];

function reasonOf(text: string): string {
  return REASONS.find(([re]) => re.test(text))?.[1] ?? 'was refused by Blnk';
}

/**
 * What Blnk's refusal says about the input, without its wording: each `field: reason` of an
 * ozzo message ("currency: cannot be blank; reference: cannot be blank.") as one problem, and
 * the codes that name one field without saying so.
 */
function problemsOf(error: BlnkError): InputProblem[] {
  const one = (field: string, message: string): InputProblem[] => [{ path: field.split('.'), message }];
  if (error.code === 'TXN_COMMIT_AMOUNT_EXCEEDED' || error.code === 'TXN_INVALID_AMOUNT')
    return one('amount', VALIDATION_MESSAGES[error.code]!);
  if (error.code === 'TXN_PRECISION_NOT_INTEGER') return one('precision', 'precision must be a whole number');
  if (error.code === 'TXN_INVALID_DISTRIBUTION') return [];
  const owner = ownerNamed(error);
  if (owner) return one(owner.field, `${owner.field} names no ${owner.entity.toLowerCase()}`);
  const problems: InputProblem[] = [];
  for (const part of error.message.replace(/\.$/, '').split('; ')) {
    const m = /^([a-z][a-z_.]*): (.*)$/s.exec(part.trim());
    if (!m) continue;
    const field = fieldName(m[1]!);
    problems.push({ path: field.split('.'), message: `${field} ${reasonOf(m[2]!)}` });
  }
  if (problems.length > 0) return problems;
  // A refusal without ozzo's form that still names one known field (a distribution, a currency).
  const named = /\b(precise_distribution|distribution|currency|precision|reference|source|destination|amount)\b/i.exec(error.message);
  if (named) {
    const field = fieldName(named[1]!.toLowerCase());
    return one(field, `Blnk refused the value of ${field}`);
  }
  return [];
}

/**
 * Blnk answers a foreign key that names nothing as a 400 "Invalid ledger ID", "Invalid identity
 * ID" or (creating a monitor) "Invalid balance ID", GEN_BAD_REQUEST: the object named is missing.
 */
function ownerNamed(error: BlnkError): { entity: 'Ledger' | 'Identity' | 'Balance'; field: string } | null {
  const m = /invalid (ledger|identity|balance) id/i.exec(error.message);
  if (!m) return null;
  const kind = m[1]!.toLowerCase();
  return kind === 'ledger'
    ? { entity: 'Ledger', field: 'ledgerId' }
    : kind === 'identity'
      ? { entity: 'Identity', field: 'identityId' }
      : { entity: 'Balance', field: 'balanceId' };
}

const VALIDATION_MESSAGES: Record<string, string> = {
  TXN_COMMIT_AMOUNT_EXCEEDED: 'The amount is more than what remains of the hold',
  TXN_NOT_INFLIGHT: 'The transaction is not an inflight hold, so it cannot be committed or voided',
  TXN_INVALID_DISTRIBUTION:
    'The distributions do not add up to the amount: percentages over 100%, fixed shares over the amount, or more than one "left"',
  TXN_INVALID_AMOUNT: 'The amount must be greater than zero',
  TXN_INVALID_STATUS_ACTION: 'An inflight hold can only be committed or voided',
  TXN_BULK_EMPTY: 'A bulk request needs at least one transaction',
  TXN_BULK_LIMIT_EXCEEDED: 'A bulk request takes at most 10000 transactions',
  META_UNSUPPORTED_ENTITY: 'Metadata can be set on ledgers, balances, identities and transactions only',
  META_INVALID_ENTITY_ID: 'The id names no ledger, balance, identity or transaction',
  BAL_INVALID_TIMESTAMP: 'The timestamp is not a time Blnk can read',
  // Blnk could not bind the body: a value of the wrong JSON type or format.
  GEN_MALFORMED_REQUEST:
    'Blnk could not read the request: one of its values has a type or format Blnk does not take (such as a date or a number); Blnk did not say which',
};

/** The message of a Blnk validation refusal: the code's own, the fields', or a plain one. */
function validationMessage(code: string, problems: InputProblem[]): string {
  const known = VALIDATION_MESSAGES[code];
  if (known) return known;
  if (problems.length === 1) return problems[0]!.message;
  if (problems.length > 1) return `Blnk refused ${problems.length} values: ${problems.map((p) => p.path.join('.')).join(', ')}`;
  return 'Blnk refused the input without saying which value: check currencies, amounts and balance ids against what Blnk holds';
}

/**
 * Blnk's refusal of a write as the typed error the mutation answers with (the one place
 * error_detail.code is mapped). Anything else, transport failures included, is rethrown and
 * becomes a top-level error with its code.
 */
export function mutationError(error: unknown, subject: { id?: string; reference?: string } = {}): unknown {
  if (!(error instanceof BlnkError)) return error;
  if (error.code === 'TXN_INSUFFICIENT_FUNDS') return new InsufficientFundsError();
  // v0.15.2 refuses a transfer past its overdraft_limit as TXN_VALIDATION_ERROR: it is short of funds all the same.
  if (error.code === 'TXN_VALIDATION_ERROR' && /exceeds overdraft limit/.test(error.message)) return new InsufficientFundsError();
  if (error.code === 'TXN_DUPLICATE_REFERENCE') return new DuplicateReferenceError(subject.reference ?? '');
  if (error.code === 'TXN_ALREADY_COMMITTED') return new AlreadyCommittedError();
  if (error.code === 'TXN_ALREADY_VOIDED') return new AlreadyVoidedError();
  if (error.code === 'GEN_CONFLICT' || error.code === 'LGR_DUPLICATE' || error.code === 'GEN_RESOURCE_LOCKED') {
    return new ConflictError('The object is in a state that does not allow this now');
  }
  if (error.isNotFound || error.code === 'META_ENTITY_NOT_FOUND') {
    const fromCode = error.code.startsWith('BAL_MONITOR') ? 'BalanceMonitor' : ENTITY_BY_PREFIX[error.code.split('_')[0] ?? ''];
    const fromId = isBulkId(subject.id ?? '') ? 'Transaction' : typeOfId(subject.id ?? '');
    return new NotFoundError(fromCode ?? fromId ?? 'Object');
  }
  if (VALIDATION_CODES.has(error.code)) {
    const owner = ownerNamed(error);
    if (owner) return new NotFoundError(owner.entity);
    const problems = problemsOf(error);
    const first = problems[0]?.path.join('.') ?? null;
    return new ValidationError(validationMessage(error.code, problems), first, problems);
  }
  return error;
}
