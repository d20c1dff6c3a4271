import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { YogaServerOptions } from 'graphql-yoga';
import { BlnkError } from '../blnk/errors.js';
import { UpstreamRefused } from '../blnk/gate.js';
import { isBulkId, type NodeTypeName, typeOfId } from '../domain/ids.js';
import { builder } from './builder.js';

type MaskError = NonNullable<Extract<YogaServerOptions<object, object>['maskedErrors'], object>['maskError']>;

/**
 * Every code a client can receive, in a typed error's `code` or a top-level error's
 * `extensions.code`, with what it means for the caller. The enum `ErrorCode` is built from this
 * list, so clients discover codes by introspection; test/schema/error-codes.test.ts fails when
 * src/ emits a code that is not here.
 */
export const ERROR_CODES = {
  NOT_FOUND:
    'What the operation names does not exist. For a caller confined to an identity, an object that is not its own answers the same way, so ids cannot be probed.',
  VALIDATION_ERROR:
    'The input cannot be taken as it is (the gateway checked it, or Blnk refused it): fix the value at `ValidationError.path` and send again. Nothing was written.',
  INSUFFICIENT_FUNDS:
    'The source balance does not hold enough and overdraft is not allowed. Nothing moved; send again once funds arrive, or allow overdraft.',
  DUPLICATE_REFERENCE:
    'Another transaction already has this reference. If it is your own earlier attempt, it was recorded: read it with transactionByReference instead of sending again.',
  ALREADY_COMMITTED: 'Nothing of the hold is left to commit or void: it was committed in full.',
  ALREADY_VOIDED: 'The hold was voided; it can be neither committed nor voided again.',
  CONFLICT:
    'The object is in a state that does not allow this now (being changed by another request, a commit or void already pending, already refunded, or still in use). Read it again before retrying.',
  FORBIDDEN:
    "The caller's credentials do not allow this field or value (a missing scope, or a caller confined to an identity acting outside it). `extensions.field` names the input field when one is at fault.",
  UNAUTHENTICATED: 'No credentials, or credentials the gateway does not accept (HTTP 401). Nothing ran.',
  BAD_USER_INPUT:
    "An argument or variable the schema cannot take as written: a malformed BigInt, DateTime, Date or JSON value, a bad cursor, a page size beyond 100, a filter Blnk cannot run, or text too large for one Blnk row (`extensions.limit` ROW_TEXT_BYTES, with `maxBytes`, `bytes` and the input's `path`). The message names what was wrong; nothing was written.",
  BAD_REQUEST: 'The HTTP request itself is malformed (a body that is not JSON, an invalid Content-Length, no query). Nothing ran.',
  UNSUPPORTED_MEDIA_TYPE:
    'A POST without a Content-Type, or with one the gateway does not read (HTTP 415): send `Content-Type: application/json`.',
  REQUEST_ENTITY_TOO_LARGE: 'The request body is larger than the gateway accepts (HTTP 413; MAX_BODY_BYTES).',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax. Nothing ran.',
  GRAPHQL_VALIDATION_FAILED:
    "The document does not match the schema, or exceeds the gateway's depth, alias, token or directive limits (the message says which). Nothing ran.",
  OPERATION_RESOLUTION_FAILURE:
    'The operation to run cannot be chosen (an unknown operationName), or is a mutation sent with GET. Nothing ran.',
  COST_LIMIT_EXCEEDED:
    "The operation's computed cost (`extensions.cost`) is above the gateway's limit (`extensions.maxCost`): ask for smaller pages or fewer fields. Nothing ran.",
  PERSISTED_QUERY_NOT_FOUND: 'The persisted operation id is not in the manifest the gateway serves.',
  PERSISTED_QUERY_ONLY: 'The gateway runs only persisted operations (PERSISTED_OPERATIONS=enforce): send a documentId.',
  UPSTREAM_UNAUTHORIZED: "Blnk refused the gateway's own API key: an operator's configuration problem, not the caller's.",
  UPSTREAM_TIMEOUT:
    'Blnk did not answer within the request deadline. A read can be retried; a write answers with what to look up (extensions.reference, references, batchId or holdId) before any retry.',
  UPSTREAM_UNAVAILABLE:
    'Blnk could not be reached, or is refusing work for now (its circuit is open or its queue is full). Retry later; writes answer with what to look up, as for UPSTREAM_TIMEOUT.',
  UPSTREAM_ERROR:
    "Blnk answered something the gateway cannot use (a 5xx or a body it cannot read). Blnk's wording stays in the gateway's logs.",
  INTERNAL_SERVER_ERROR: 'An unexpected failure inside the gateway; its details are only in the logs, under the request id.',
  CALL_BUDGET_EXCEEDED:
    'The operation needs more ledger calls than one request may make (`extensions.maxUpstreamCalls`, MAX_UPSTREAM_CALLS); the calls beyond it were not sent, and a write refused this way was not sent (`extensions.writeSent: false`). Ask for fewer items, or fewer fields that each call the ledger (Balance.at, nested connections, totalCount).',
  RATE_LIMITED:
    'This caller went beyond a rate: its ledger calls (UPSTREAM_RATE_CONFINED or UPSTREAM_RATE_OPERATOR) or, confined to an identity, its transfers (CONFINED_WRITES_PER_MINUTE); `extensions.limit` per `extensions.windowMs`. What was refused was not sent (a write refused for ledger calls says `extensions.writeSent: false`). Retry after `extensions.retryAfterMs`.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ErrorCodeRef = builder.enumType('ErrorCode', {
  description:
    'Every code a client can receive: in `Error.code` on a typed mutation error, and in `extensions.code` on a top-level error. Branch on the code, never on the message.',
  values: Object.fromEntries(Object.entries(ERROR_CODES).map(([code, description]) => [code, { description }])) as Record<
    ErrorCode,
    { description: string }
  >,
});

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
export function clientError(error: BlnkError): { message: string; code: ErrorCode } {
  // The gateway's own refusal, in its own words (numbers only): it never reached Blnk.
  if (error instanceof UpstreamRefused) return { message: error.message, code: error.refusal };
  if (error.isNotFound) {
    const entity = error.code.startsWith('BAL_MONITOR') ? 'Balance monitor' : ENTITY_BY_PREFIX[error.code.split('_')[0] ?? ''];
    return { message: entity ? `${entity} not found` : 'Not found', code: 'NOT_FOUND' };
  }
  if (error.status === 401 || error.status === 403) {
    return { message: "The ledger refused the gateway's credentials", code: 'UPSTREAM_UNAUTHORIZED' };
  }
  switch (error.code) {
    case 'UPSTREAM_UNSUPPORTED':
      return { message: 'The ledger cannot answer this (Blnk Cloud lists newest first only)', code: 'BAD_USER_INPUT' };
    case 'UPSTREAM_TIMEOUT':
      return { message: 'The ledger did not answer in time', code: 'UPSTREAM_TIMEOUT' };
    case 'UPSTREAM_UNAVAILABLE':
      return { message: 'The ledger is unavailable', code: 'UPSTREAM_UNAVAILABLE' };
    default:
      return { message: 'The ledger sent an unexpected answer', code: 'UPSTREAM_ERROR' };
  }
}

/**
 * The gateway's own refusal of an object the principal may not see (policy.ts `visibleAs`). The
 * client gets exactly what a missing object gets (NOT_FOUND, "Balance not found"), so no caller
 * learns which ids exist; but it never came from Blnk, so logs and metrics do not count it as an
 * upstream failure.
 */
export class NotVisible extends Error {
  override readonly name = 'NotVisible';

  constructor(readonly entity: NodeTypeName) {
    super(`${entity === 'BalanceMonitor' ? 'Balance monitor' : entity} not found`);
  }
}

/** The error a resolver threw, under the GraphQLErrors that executors wrap around it. */
export function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Yoga's error mask with one addition: Blnk errors become coded GraphQL errors, and a
 * GraphQLError a resolver threw keeps its message and code however deep the executor wrapped
 * it. Everything else unexpected stays masked as yoga masks it.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const cause = rootCause(error);
  const location = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
  if (cause instanceof NotVisible) return new GraphQLError(cause.message, { ...location, extensions: { code: 'NOT_FOUND' } });
  if (cause instanceof BlnkError) {
    const { message: text, code } = clientError(cause);
    return new GraphQLError(text, { ...location, extensions: { code, ...(cause instanceof UpstreamRefused ? cause.extensions : {}) } });
  }
  if (cause instanceof GraphQLError && cause !== error && typeof cause.extensions.code === 'string') {
    return new GraphQLError(cause.message, { ...location, extensions: cause.extensions });
  }
  return yogaMaskError(error, message, isDev);
};

// ---------------------------------------------------------------------------------------------
// Typed mutation errors: the result union members clients branch on (`... on Error { code }`).

/** The base of every typed mutation error; `code` is stable, `message` is for people. */
export class LedgerError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
  }
}

export class NotFoundError extends LedgerError {
  constructor(readonly entity: string) {
    super(`${entity} not found`, 'NOT_FOUND');
  }
}

/** One input value Blnk or the gateway refused: where it is and why, in the gateway's words. */
export interface InputProblem {
  path: string[];
  message: string;
}

export class ValidationError extends LedgerError {
  /** The field's path into the mutation's input: `transactions.3.amount` → ["transactions", "3", "amount"]. */
  readonly path: string[] | null;
  readonly problems: InputProblem[];

  constructor(
    message: string,
    /** The input field at fault, dotted, in the schema's camelCase; null when not one field. */
    readonly field: string | null,
    problems?: InputProblem[],
  ) {
    super(message, 'VALIDATION_ERROR');
    this.path = field === null ? null : field.split('.');
    this.problems = problems ?? (this.path ? [{ path: this.path, message }] : []);
  }

  /** The same error one level down the input: the bulk item `transactions.3`. */
  under(prefix: string[]): ValidationError {
    const dotted = prefix.join('.');
    return new ValidationError(
      this.message,
      this.field === null ? dotted : `${dotted}.${this.field}`,
      this.problems.map((p) => ({ path: [...prefix, ...p.path], message: p.message })),
    );
  }
}

/** Runs a check on one part of the input, so that a ValidationError it throws points into that part. */
export function within<T>(prefix: string[], check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw error instanceof ValidationError ? error.under(prefix) : error;
  }
}

export class InsufficientFundsError extends LedgerError {
  constructor() {
    super('The source balance does not hold enough funds', 'INSUFFICIENT_FUNDS');
  }
}

export class DuplicateReferenceError extends LedgerError {
  constructor(readonly reference: string) {
    // The reference is in the error's field, not echoed in the message.
    super('A transaction with this reference already exists', 'DUPLICATE_REFERENCE');
  }
}

export class AlreadyCommittedError extends LedgerError {
  constructor() {
    super('The inflight transaction is already fully committed', 'ALREADY_COMMITTED');
  }
}

export class AlreadyVoidedError extends LedgerError {
  constructor() {
    super('The inflight transaction is already voided', 'ALREADY_VOIDED');
  }
}

export class ConflictError extends LedgerError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}

export const ErrorInterface = builder.interfaceRef<LedgerError>('Error').implement({
  description:
    "Every typed error a mutation can answer with, as a member of the mutation's result union. Select `... on Error { code message }` to handle any of them.",
  fields: (t) => ({
    message: t.exposeString('message', {
      nullable: false,
      description:
        "What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here.",
    }),
    code: t.expose('code', {
      type: ErrorCodeRef,
      nullable: false,
      description: 'What went wrong, for programs: stable, and one of the ErrorCode values each error type documents.',
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description:
    'Code NOT_FOUND: what the mutation names does not exist (for a caller confined to an identity, also what is not its own). Nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', {
      nullable: false,
      description:
        'The kind of object that is missing: Balance, Ledger, Identity, Transaction, Balance monitor, or Object when the id names no known kind.',
    }),
  }),
});

const InputProblemRef = builder.objectRef<InputProblem>('InputProblem').implement({
  description: 'One refused input value.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      nullable: false,
      description: 'Where the value is, from the mutation\'s argument inward (bulk items by index): ["transactions", "3", "amount"].',
    }),
    message: t.exposeString('message', { nullable: false, description: "Why it was refused, in the gateway's words." }),
  }),
});
builder.objectType(ValidationError, {
  name: 'ValidationError',
  description:
    'An input the gateway or Blnk cannot take, such as an amount with more decimals than its precision, or a blank currency. Code VALIDATION_ERROR; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', {
      description:
        'The dotted path of the value at fault (`transactions.3.amount`); null when no one field is (path is then null too). Kept for clients written before `path`.',
    }),
    path: t.exposeStringList('path', {
      nullable: true,
      description:
        'The value at fault, from the mutation\'s argument inward (the `input` argument\'s fields, bulk items by index): ["transactions", "3", "amount"]. Null when the refusal is about the input as a whole, or Blnk did not say which value.',
    }),
    problems: t.field({
      type: [InputProblemRef],
      nullable: false,
      description:
        'Every value refused, one entry each, when Blnk lists several ("currency: …; reference: …"); the first is `path`. Empty when no value could be named.',
      resolve: (e) => e.problems,
    }),
  }),
});
builder.objectType(InsufficientFundsError, {
  name: 'InsufficientFundsError',
  description:
    'Code INSUFFICIENT_FUNDS: the source would go below zero (or below its overdraft limit) and overdraft is not allowed. Only with skipQueue: a queued transfer answers QUEUED and is rejected later (see Transaction.rejectionReason).',
  interfaces: [ErrorInterface],
});
builder.objectType(DuplicateReferenceError, {
  name: 'DuplicateReferenceError',
  description:
    'Code DUPLICATE_REFERENCE: another transaction already has this reference (Blnk keeps references unique). If it is your own earlier attempt, it was recorded: read it by reference instead of sending again.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reference: t.exposeString('reference', { nullable: false, description: 'The reference that is taken.' }) }),
});
builder.objectType(AlreadyCommittedError, {
  name: 'AlreadyCommittedError',
  description: 'Code ALREADY_COMMITTED: the hold was committed in full; nothing is left to commit or void.',
  interfaces: [ErrorInterface],
});
builder.objectType(AlreadyVoidedError, {
  name: 'AlreadyVoidedError',
  description: 'Code ALREADY_VOIDED: the hold was voided; it can be neither committed nor voided again.',
  interfaces: [ErrorInterface],
});
builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'Code CONFLICT: the object is in a state that does not allow this now: changed by another request at the same moment, a commit or void already pending on the hold, already refunded, an identity that still owns balances, or a duplicate id. Read it again before deciding to retry.',
  interfaces: [ErrorInterface],
});

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

type ErrorClass = new (...args: never[]) => LedgerError;

/**
 * Runs a mutation's upstream work and turns Blnk's refusals into the typed errors the field
 * declares (`types`). A refusal the field does not declare becomes a top-level error with the
 * same code, so a union never answers with a member it does not list.
 */
export async function mutate<T>(
  types: readonly ErrorClass[],
  work: () => Promise<T>,
  subject: { id?: string; reference?: string } = {},
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const mapped = mutationError(error, subject);
    if (mapped instanceof LedgerError && !types.some((type) => mapped instanceof type)) {
      throw new GraphQLError(mapped.message, { extensions: { code: mapped.code } });
    }
    throw mapped;
  }
}

/** The typed errors each kind of mutation can answer with (the members of its result union). */
export const CREATE_ERRORS = [ValidationError, ConflictError];
export const CREATE_IN_ERRORS = [ValidationError, NotFoundError, ConflictError];
export const UPDATE_ERRORS = [NotFoundError, ValidationError, ConflictError];
export const DELETE_ERRORS = [NotFoundError, ConflictError];
export const TRANSFER_ERRORS = [InsufficientFundsError, DuplicateReferenceError, ValidationError, NotFoundError, ConflictError];
export const HOLD_ERRORS = [NotFoundError, ValidationError, AlreadyCommittedError, AlreadyVoidedError, ConflictError];
export const REFUND_ERRORS = [NotFoundError, ValidationError, InsufficientFundsError, ConflictError];
