/**
 * A write's failures in the gateway's words: an outcome that is unknown (what to look up), a
 * missing balance, a transaction with nothing to refund, a commit or void of what is not a hold.
 */
import { GraphQLError } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import { clientError } from '../blnk/refusals.js';
import { HoldNotApplied, outcomeUnknown, UnknownOutcome } from '../blnk/writes.js';
import type { Context } from './context.js';
import { ConflictError, NotFoundError, ValidationError } from './errors.js';

/**
 * A write whose outcome is unknown answers with what to look up (a reference, a bulk request's
 * references and batch id, a hold's id) in the error's extensions, beside the failure's code, so
 * the caller never has to guess whether a retry would move money twice.
 */
export function unknownOutcome(error: unknown, reference?: string): unknown {
  if (error instanceof UnknownOutcome) {
    const { message, code } = clientError(error.failure);
    return new GraphQLError(`${message}. ${error.advice}`, { extensions: { code, ...error.lookup } });
  }
  if (reference !== undefined && outcomeUnknown(error)) {
    const { message, code } = clientError(error);
    return new GraphQLError(`${message}; look the transaction up by its reference before retrying`, {
      extensions: { code, reference },
    });
  }
  return error;
}

/**
 * Blnk's 404 "no transaction to refund" for a transaction that exists, in the gateway's words:
 * what the transaction is, and what to do instead.
 */
export function nothingToRefund(status: string): Error {
  switch (status) {
    case 'INFLIGHT':
      return new ValidationError(
        'The transaction is an inflight hold, which moved nothing yet: void it to release it, or refund its commits',
        'id',
      );
    case 'REJECTED':
      return new ValidationError('The transaction was rejected: nothing moved, so there is nothing to refund', 'id');
    case 'QUEUED':
    case 'SCHEDULED':
      return new ConflictError('The transaction has not been applied yet: refund it once its outcome is APPLIED');
    default:
      return new ValidationError(`The transaction is ${status}: only an applied (or voided) transaction can be refunded`, 'id');
  }
}

/**
 * Blnk answers a transfer naming a balance that does not exist with 404 TXN_NOT_FOUND ("Balance
 * with ID … not found"): the missing object is the balance, not a transaction.
 */
export function missingBalance(error: unknown): unknown {
  return error instanceof BlnkError && error.isNotFound && /balance with id/i.test(error.message) ? new NotFoundError('Balance') : error;
}

/**
 * Blnk v0.15.2 answers 400 TXN_NOT_INFLIGHT to a skip_queue commit or void of an id it does not
 * know (api/transactions.go: UpdateInflightStatus finds no INFLIGHT row under it), the same as
 * for a transaction that is not a hold. The gateway reads the id (one call, only then) to answer
 * NotFoundError for the first and a ValidationError on `id` for the second.
 */
export async function notInflight<T>(ctx: Context, id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HoldNotApplied) {
      throw error.status === 'REJECTED'
        ? new ValidationError("The hold was rejected by Blnk's queue: nothing is held, so there is nothing to commit or void", 'id')
        : new ConflictError(
            "The hold is still queued: Blnk's queue has not applied it yet (it would drop the action); try again once it is INFLIGHT",
          );
    }
    if (!(error instanceof BlnkError) || error.code !== 'TXN_NOT_INFLIGHT') throw error;
    try {
      await ctx.loaders.transaction.load(id);
    } catch (lookup) {
      if (lookup instanceof BlnkError && lookup.isNotFound) throw new NotFoundError('Transaction');
      throw error;
    }
    throw new ValidationError('The transaction is not an inflight hold (nor a queued one that becomes one)', 'id');
  }
}
