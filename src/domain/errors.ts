import type { NodeTypeName } from './ids.js';

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
  CSRF_HEADER_REQUIRED:
    'A GET, or a POST with a form or text/plain Content-Type, without a CSRF header (HTTP 403): send `x-graphql-yoga-csrf: 1` (or `apollo-require-preflight: 1`), or POST JSON with `Content-Type: application/json`. Nothing ran.',
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
  UPSTREAM_UNAUTHORIZED:
    "Blnk refused the gateway's own API key (on Blnk Cloud: its bearer token, even after one renewal, or the token endpoint refused its client credentials): an operator's configuration problem, not the caller's. Nothing ran.",
  UPSTREAM_TIMEOUT:
    'Blnk did not answer within the request deadline. A read can be retried; a write answers with what to look up (extensions.reference, references, batchId or holdId) before any retry.',
  UPSTREAM_UNAVAILABLE:
    'Blnk could not be reached, or is refusing work for now (its circuit is open or its queue is full). Retry later; writes answer with what to look up, as for UPSTREAM_TIMEOUT.',
  UPSTREAM_RATE_LIMITED:
    'Blnk (or Blnk Cloud) answered 429: it is rate-limiting the gateway. `extensions.retryAfterMs` says when to come back when Blnk said (Retry-After). A read was already retried when the wait fitted in its deadline and budget; a write is never retried, and was refused before it ran (`extensions.writeSent: false`): nothing was recorded.',
  UPSTREAM_FORBIDDEN:
    "Blnk Cloud refused the gateway's token the scope this needs; the message names the scope (data:read for reads by id and lists, proxy:read for full rows, queued amounts, lineage, monitors and Balance.at, proxy:write for every mutation and for list fields Cloud's Filters API rows lack, which come from Core's filter routes, POSTs). An operator's configuration problem: give the OAuth client that scope.",
  UPSTREAM_UNSUPPORTED:
    "Blnk Cloud did not serve a capability the gateway needed (a route its proxy did not forward, such as balance monitors, renaming a ledger, deleting an identity or queued amounts); the message names it. Not the caller's input: the same request works against Blnk Core.",
  UPSTREAM_MISCONFIGURED:
    "Blnk Cloud does not know the instance the gateway is configured with (BLNK_CLOUD_INSTANCE_ID): an operator's configuration problem. Nothing ran; it does not mean that the object is missing.",
  UPSTREAM_ERROR:
    "Blnk answered something the gateway cannot use (a 5xx or a body it cannot read). Blnk's wording stays in the gateway's logs.",
  INTERNAL_SERVER_ERROR: 'An unexpected failure inside the gateway; its details are only in the logs, under the request id.',
  CALL_BUDGET_EXCEEDED:
    'The operation needs more ledger calls than one request may make (`extensions.maxUpstreamCalls`, MAX_UPSTREAM_CALLS); the calls beyond it were not sent, and a write refused this way was not sent (`extensions.writeSent: false`). Ask for fewer items, or fewer fields that each call the ledger (Balance.at, nested connections, totalCount).',
  RATE_LIMITED:
    'This caller went beyond a rate: its ledger calls (UPSTREAM_RATE_CONFINED or UPSTREAM_RATE_OPERATOR) or, confined to an identity, its transfers (CONFINED_WRITES_PER_MINUTE); `extensions.limit` per `extensions.windowMs`. What was refused was not sent (a write refused for ledger calls says `extensions.writeSent: false`). Retry after `extensions.retryAfterMs`.',
  TOO_MANY_SUBSCRIPTIONS:
    'This caller holds as many subscriptions as it may (MAX_SUBSCRIPTIONS_PER_PRINCIPAL), or the gateway process as many as it serves (MAX_SUBSCRIPTIONS), over SSE and WebSocket together: end one (or try again later) before starting another.',
  SUBSCRIPTIONS_DISABLED: 'Subscriptions are turned off on this gateway: follow changes by querying instead.',
  SLOW_CONSUMER:
    'The subscriber left too many events unread, so its stream was ended rather than hold them without bound: subscribe again (with `current: true` to get the present state first).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The gateway's own refusal of an object the principal may not see (graphql/policy.ts `visibleAs`).
 * The client gets exactly what a missing object gets (NOT_FOUND, "Balance not found"), so no caller
 * learns which ids exist; but it never came from Blnk, so logs and metrics do not count it as an
 * upstream failure.
 */
export class NotVisible extends Error {
  override readonly name = 'NotVisible';

  constructor(readonly entity: NodeTypeName) {
    super(`${entity === 'BalanceMonitor' ? 'Balance monitor' : entity} not found`);
  }
}

// Typed ledger errors: the members of the mutations' result unions (graphql/errors.ts gives them
// their GraphQL types), plain classes so that blnk/ can raise them too.

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
