import { GraphQLError } from 'graphql';
import { mutationError } from '../blnk/refusals.js';
import {
  AlreadyCommittedError,
  AlreadyVoidedError,
  ConflictError,
  DuplicateReferenceError,
  ERROR_CODES,
  type ErrorCode,
  InsufficientFundsError,
  type InputProblem,
  LedgerError,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import { builder } from './builder.js';

/**
 * The errors' GraphQL side: the ErrorCode enum, the Error interface and one object type per typed
 * error (the classes are plain, in domain/errors.ts), and `mutate`, which answers a mutation's
 * refusal as a member of its result union. Yoga's mask is server/mask.ts; Blnk's codes and words
 * are translated in blnk/refusals.ts.
 */

export {
  AlreadyCommittedError,
  AlreadyVoidedError,
  ConflictError,
  DuplicateReferenceError,
  InsufficientFundsError,
  LedgerError,
  NotFoundError,
  ValidationError,
  type ErrorCode,
  type InputProblem,
  within,
} from '../domain/errors.js';

export const ErrorCodeRef = builder.enumType('ErrorCode', {
  description:
    'Every code a client can receive: in `Error.code` on a typed mutation error, and in `extensions.code` on a top-level error. Branch on the code, never on the message.',
  values: Object.fromEntries(Object.entries(ERROR_CODES).map(([code, description]) => [code, { description }])) as Record<
    ErrorCode,
    { description: string }
  >,
});

/** The error a resolver threw, under the GraphQLErrors that executors wrap around it. */
export function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

// ---------------------------------------------------------------------------------------------
// Typed mutation errors: the result union members clients branch on (`... on Error { code }`).

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
