import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { YogaServerOptions } from 'graphql-yoga';
import { BlnkError } from '../blnk/errors.js';
import { builder } from './builder.js';

type MaskError = NonNullable<Extract<YogaServerOptions<object, object>['maskedErrors'], object>['maskError']>;

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
export function clientError(error: BlnkError): { message: string; code: string } {
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

/** The error a resolver threw, under the GraphQLErrors that executors wrap around it. */
function rootCause(error: unknown): unknown {
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
  if (cause instanceof BlnkError) {
    const { message: text, code } = clientError(cause);
    return new GraphQLError(text, { ...location, extensions: { code } });
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
    readonly code: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends LedgerError {
  constructor(readonly entity: string) {
    super(`${entity} not found`, 'NOT_FOUND');
  }
}

export class ValidationError extends LedgerError {
  constructor(
    message: string,
    /** The input field at fault, in the schema's camelCase; null when not one field. */
    readonly field: string | null,
  ) {
    super(message, 'VALIDATION_ERROR');
  }
}

export class InsufficientFundsError extends LedgerError {
  constructor() {
    super('The source balance does not hold enough funds', 'INSUFFICIENT_FUNDS');
  }
}

export class DuplicateReferenceError extends LedgerError {
  constructor(readonly reference: string) {
    super(`A transaction with reference '${reference}' already exists`, 'DUPLICATE_REFERENCE');
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
  description: 'Every typed error a mutation can answer with.',
  fields: (t) => ({
    message: t.exposeString('message', { nullable: false }),
    code: t.exposeString('code', { nullable: false }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'What the mutation names does not exist.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.exposeString('entity', { nullable: false }) }),
});
builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'An input Blnk cannot take, such as an amount with more decimals than its precision.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field') }),
});
builder.objectType(InsufficientFundsError, {
  name: 'InsufficientFundsError',
  description: 'The source would go below zero and overdraft is not allowed.',
  interfaces: [ErrorInterface],
});
builder.objectType(DuplicateReferenceError, {
  name: 'DuplicateReferenceError',
  description: 'Another transaction already has this reference.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reference: t.exposeString('reference', { nullable: false }) }),
});
builder.objectType(AlreadyCommittedError, {
  name: 'AlreadyCommittedError',
  description: 'Nothing of the hold is left to commit or void.',
  interfaces: [ErrorInterface],
});
builder.objectType(AlreadyVoidedError, {
  name: 'AlreadyVoidedError',
  description: 'The hold was voided.',
  interfaces: [ErrorInterface],
});
builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The object is in a state that does not allow this, or is being changed.',
  interfaces: [ErrorInterface],
});

const ENTITY_OF_ID: [RegExp, string][] = [
  [/^bln_/, 'Balance'],
  [/^(ldg_|general_ledger_id$)/, 'Ledger'],
  [/^idt_/, 'Identity'],
  [/^(txn_|bulk_)/, 'Transaction'],
  [/^mon_/, 'BalanceMonitor'],
];

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

/**
 * The input field a Blnk validation failure names, read off ozzo's `field: reason` text; the
 * text itself is Blnk's and stays out of the client's error.
 */
function fieldOf(error: BlnkError): string | null {
  if (error.code === 'TXN_COMMIT_AMOUNT_EXCEEDED' || error.code === 'TXN_INVALID_AMOUNT') return 'amount';
  if (error.code === 'TXN_PRECISION_NOT_INTEGER') return 'precision';
  if (/invalid (ledger|identity) id/i.test(error.message)) return camel(`${/ledger/i.test(error.message) ? 'ledger' : 'identity'}_id`);
  const m = /^([a-z_]+): /.exec(error.message);
  return m ? camel(m[1]!) : null;
}

const VALIDATION_MESSAGES: Record<string, string> = {
  TXN_COMMIT_AMOUNT_EXCEEDED: 'The amount is more than what remains of the hold',
  TXN_NOT_INFLIGHT: 'The transaction is not an inflight hold',
  TXN_INVALID_DISTRIBUTION: 'The distributions do not add up to the amount',
  TXN_INVALID_AMOUNT: 'The amount must be greater than zero',
  TXN_BULK_EMPTY: 'A bulk request needs at least one transaction',
  TXN_BULK_LIMIT_EXCEEDED: 'A bulk request takes at most 10000 transactions',
  META_UNSUPPORTED_ENTITY: 'Metadata can be set on ledgers, balances, identities and transactions only',
};

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
    const fromCode = ENTITY_BY_PREFIX[error.code.split('_')[0] ?? ''];
    const fromId = ENTITY_OF_ID.find(([re]) => re.test(subject.id ?? ''))?.[1];
    return new NotFoundError(fromCode ?? fromId ?? 'Object');
  }
  if (VALIDATION_CODES.has(error.code)) {
    const field = fieldOf(error);
    if (field === 'ledgerId' || field === 'identityId') {
      if (/invalid (ledger|identity) id/i.test(error.message)) return new NotFoundError(field === 'ledgerId' ? 'Ledger' : 'Identity');
    }
    return new ValidationError(VALIDATION_MESSAGES[error.code] ?? (field ? `Blnk refused the value of ${field}` : 'Blnk refused the input'), field);
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
