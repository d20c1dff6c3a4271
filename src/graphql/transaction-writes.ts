/** The transaction mutations: record one or a bulk, commit or void a hold, refund. */
import type { Context } from './context.js';
import type { TransferInput } from '../blnk/inputs.js';
import { NothingToRefund, recordBulkOnce, recordTransactionOnce, refundOnce, updateInflightOnce } from '../blnk/writes.js';
import { fromDecimal } from '../domain/money.js';
import { builder } from './builder.js';
import {
  assertCustomerBulk,
  assertCustomerCanPay,
  assertCustomerInput,
  assertUnconfined,
  customerPrecision,
  takeCustomerWrites,
} from './confined-writes.js';
import { HOLD_ERRORS, mutate, REFUND_ERRORS, TRANSFER_ERRORS, ValidationError, within } from './errors.js';
import { refuseQueueKeys } from './queue-keys.js';
import {
  BULK_ERRORS,
  bulkFailure,
  BulkTransactionsPayload,
  MAX_BULK,
  RecordBulkTransactionsInput,
  refuseTakenReferences,
} from './bulk-transactions.js';
import { assertTransactionRow, RecordTransactionInput, transactionBody } from './transaction-input.js';
import { TransactionRef } from './transaction.js';
import { missingBalance, nothingToRefund, notInflight, unknownOutcome } from './write-failures.js';

const CommitInflightInput = builder.inputType('CommitInflightTransactionInput', {
  description: 'What to commit of a hold. Give preciseAmount or amount for part of it, neither for all that is left.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description:
        "The inflight transaction, or the QUEUED one that becomes it: the gateway then waits up to 5 s for Blnk's queue to apply the hold before sending anything (Blnk v0.15.2 would answer a queued action with success and drop it, and refuse one with skipQueue), and answers ConflictError if it is still queued, a ValidationError on id if the queue rejected it. An id Blnk does not know answers NotFoundError, after up to about 2 s spent waiting for a row Blnk may not have written yet; a transaction that is not a hold, a ValidationError on id.",
    }),
    preciseAmount: t.field({ type: 'BigInt', description: 'Part of the hold, in minor units; all that is left when absent.' }),
    amount: t.string({ description: "Part of the hold as an exact decimal at the hold's precision." }),
    skipQueue: t.boolean({ description: 'Commit now and answer with the committed transaction.' }),
  }),
});

const VoidInflightInput = builder.inputType('VoidInflightTransactionInput', {
  description: 'The hold to release.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description:
        "The inflight transaction, or the QUEUED one that becomes it: the gateway then waits up to 5 s for Blnk's queue to apply the hold before sending anything (Blnk v0.15.2 would answer a queued action with success and drop it, and refuse one with skipQueue), and answers ConflictError if it is still queued, a ValidationError on id if the queue rejected it. An id Blnk does not know answers NotFoundError, after up to about 2 s spent waiting for a row Blnk may not have written yet; a transaction that is not a hold, a ValidationError on id.",
    }),
    skipQueue: t.boolean({ description: 'Void now and answer with the void transaction.' }),
  }),
});

const RefundInput = builder.inputType('RefundTransactionInput', {
  description: 'The transaction to refund.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description:
        'An applied (or voided) transaction id (txn_…), or a queued one once its outcome is APPLIED, or a hold with commits (Blnk refunds the commits). Blnk refunds each transaction once.',
    }),
    skipQueue: t.boolean({ description: 'Refund now and answer with the applied refund.' }),
  }),
});

builder.mutationFields((t) => ({
  recordTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: TRANSFER_ERRORS },
    description:
      "Moves money. Queued by default (the answer is QUEUED; see `outcome`); `skipQueue` answers with the final transaction. Sent with a reference, so a retry never records it twice. A queued answer comes once Blnk has written the row (Blnk answers before it writes it; the gateway waits up to about 2 s), so its id can be read, committed, voided or refunded at once; a reference already taken answers DuplicateReferenceError, queued or not (Blnk itself answers a queued duplicate with success and drops it). A split (sources or destinations) has no row of its own: its answer's id is the legs' parentTransactionId, and its `children` are the legs.",
    args: {
      input: t.arg({
        type: RecordTransactionInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      // A confined caller's attempt counts against its rate before anything else is said of it.
      await takeCustomerWrites(ctx, 1);
      const body: TransferInput = {
        ...transactionBody(customerPrecision(ctx, input, '')),
        ...(input.skipQueue ? { skipQueue: true } : {}),
      };
      assertTransactionRow(body, 'recordTransaction(input)');
      const checked = [{ input, body, path: '' }];
      assertCustomerInput(ctx, checked, input.skipQueue === true);
      // After the confined caller's checks, which refuse these keys (and more) as FORBIDDEN.
      refuseQueueKeys(body.metaData);
      await assertCustomerCanPay(ctx, checked);
      try {
        return await mutate(
          TRANSFER_ERRORS,
          () => recordTransactionOnce(ctx.client, body).catch((e: unknown) => Promise.reject(missingBalance(e))),
          {
            reference: body.reference,
          },
        );
      } catch (error) {
        throw unknownOutcome(error, body.reference);
      }
    },
  }),
  recordBulkTransactions: t.field({
    authScopes: { write: true },
    type: BulkTransactionsPayload,
    errors: { types: BULK_ERRORS },
    description:
      'Records several transactions in one batch, queued by default: the answer (status "applied") comes before anything moves, and `items` shows each transaction as it stands (see RecordBulkTransactionsInput.atomic for what is undone). References already taken, or given twice, are refused before anything is sent, since a queued Blnk would drop those items silently. When Blnk\'s answer is lost (or is a 5xx), the top-level error\'s extensions hold every reference, in input order, and the batch id once one of them is found: look them up before retrying, and retry only with those references.',
    args: {
      input: t.arg({
        type: RecordBulkTransactionsInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const count = input.transactions.length;
      if (count === 0 || count > MAX_BULK) throw new ValidationError(`Give 1 to ${MAX_BULK} transactions`, 'transactions');
      assertCustomerBulk(ctx, input);
      // Once the bulk's size is bounded, every transfer in it counts against a confined rate.
      await takeCustomerWrites(ctx, count);
      const transactions = input.transactions.map((txn, i) =>
        within(['transactions', String(i)], () => transactionBody(customerPrecision(ctx, txn, `transactions.${i}.`))),
      );
      for (const [i, body] of transactions.entries()) assertTransactionRow(body, 'recordBulkTransactions(input)', `transactions.${i}`);
      const checked = transactions.map((body, i) => ({ input: input.transactions[i]!, body, path: `transactions.${i}.` }));
      assertCustomerInput(ctx, checked, input.skipQueue === true);
      for (const [i, body] of transactions.entries()) within(['transactions', String(i)], () => refuseQueueKeys(body.metaData));
      await assertCustomerCanPay(ctx, checked);
      const bulk = {
        transactions,
        ...(input.atomic ? { atomic: true } : {}),
        ...(input.inflight ? { inflight: true } : {}),
        ...(input.runAsync ? { runAsync: true } : {}),
        ...(input.skipQueue ? { skipQueue: true } : {}),
      };
      await refuseTakenReferences(
        ctx,
        transactions.map((txn) => txn.reference),
      );
      try {
        const references = transactions.map((txn) => txn.reference);
        const result = await mutate(BULK_ERRORS, () =>
          recordBulkOnce(ctx.client, bulk).catch((e: unknown) => Promise.reject(bulkFailure(e, references))),
        );
        return { ...result, references };
      } catch (error) {
        throw unknownOutcome(error);
      }
    },
  }),
  commitInflightTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: HOLD_ERRORS },
    description:
      "Commits all or part of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a commit found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold whose children to read before retrying.",
    args: {
      input: t.arg({
        type: CommitInflightInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      assertSettlesHolds(ctx);
      let preciseAmount = input.preciseAmount ?? undefined;
      if (preciseAmount === undefined && input.amount !== null && input.amount !== undefined) {
        const hold = await mutate(HOLD_ERRORS, () => ctx.loaders.transaction.load(id), { id });
        if (hold.precision === null) {
          throw new ValidationError("The hold's precision is not a whole number: give preciseAmount instead", 'amount');
        }
        const converted = fromDecimal(input.amount, hold.precision);
        if (converted === null) {
          throw new ValidationError(`amount must be a decimal with at most as many places as precision ${hold.precision} holds`, 'amount');
        }
        preciseAmount = converted;
      }
      if (preciseAmount !== undefined && preciseAmount <= 0n) throw new ValidationError('The amount must be greater than zero', 'amount');
      const commit = {
        status: 'commit' as const,
        ...(preciseAmount !== undefined ? { preciseAmount } : {}),
        ...(input.skipQueue ? { skipQueue: true } : {}),
      };
      return settleHold(ctx, id, commit);
    },
  }),
  voidInflightTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: HOLD_ERRORS },
    description:
      "Releases what is left of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a void found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold to read.",
    args: {
      input: t.arg({
        type: VoidInflightInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      assertSettlesHolds(ctx);
      const release = { status: 'void' as const, ...(input.skipQueue ? { skipQueue: true } : {}) };
      return settleHold(ctx, id, release);
    },
  }),
  refundTransaction: t.field({
    authScopes: { write: true },
    type: TransactionRef,
    errors: { types: REFUND_ERRORS },
    description:
      "Moves the amount of an applied transaction back, as a new transaction with reference `<id>_refund` (for a queued transaction, `<its outcome's id>_refund`). Once only: a transaction already refunded answers with its existing refund and nothing is sent, because Blnk v0.15.2, asked a second time, refuses the original (409) but refunds the first refund, paying the original again. The race remains: two refunds of one transaction sent at the same moment (through this gateway or straight to Blnk) both find no refund yet and both reach Blnk; the second is then answered with the first refund, and Blnk may have reversed that refund too: read the refund's children (a `<refund id>_refund` row) when refunds can race. A transaction with nothing to refund answers ValidationError on id (a hold that moved nothing, a rejected transaction) or ConflictError (not applied yet); an unknown id NotFoundError. When Blnk's answer is lost, the refund found by that reference is the answer; otherwise the error's extensions.reference names it.",
    args: {
      input: t.arg({
        type: RefundInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      // A refund is paid by the original destination.
      // Blnk makes every refund overdraft-allowed and cascading (the original's child rows are
      // reversed too): not a customer's move.
      assertUnconfined(ctx, 'refundTransaction', 'Blnk refunds may overdraw the balance they take from');
      try {
        return await mutate(REFUND_ERRORS, () => refundOnce(ctx.client, id, input.skipQueue === true), { id });
      } catch (error) {
        if (error instanceof NothingToRefund) throw nothingToRefund(error.status);
        throw unknownOutcome(error);
      }
    },
  }),
}));

/**
 * Holds on a customer's balance are placed by the operator (a confined caller cannot make one):
 * voiding frees the reserved money, a partial commit settles for less.
 */
function assertSettlesHolds(ctx: Context): void {
  assertUnconfined(
    ctx,
    'commitInflightTransaction or voidInflightTransaction',
    "a hold on the caller's balance is the operator's to settle",
  );
}

/** Sends a commit or void of a hold exactly once; a lost answer names the hold to read (unknownOutcome). */
async function settleHold(ctx: Context, id: string, action: Parameters<typeof updateInflightOnce>[2]) {
  try {
    return await mutate(HOLD_ERRORS, () => notInflight(ctx, id, () => updateInflightOnce(ctx.client, id, action)), { id });
  } catch (error) {
    throw unknownOutcome(error);
  }
}
