/**
 * recordBulkTransactions' types (its input, its payload and items, BulkItemFailedError) and the
 * checks and refusals of a bulk request around the write.
 */
import { BlnkError } from '../blnk/errors.js';
import type { Transaction } from '../blnk/model.js';
import { mutationError } from '../blnk/refusals.js';
import type { Context } from './context.js';
import type { ErrorCode } from './errors.js';
import { DuplicateReferenceError, ErrorInterface, LedgerError, TRANSFER_ERRORS, ValidationError } from './errors.js';
import { builder } from './builder.js';
import { bulkRows } from './bulk-rows.js';
import type { BulkPayload } from './bulk-rows.js';
import { BulkTransactionInput } from './transaction-input.js';
import { TransactionRef } from './transaction.js';
import { missingBalance } from './write-failures.js';

/** `items` is a page, as every list here: its `first` is also what its selection costs times. */
const MAX_BULK_ITEMS_PAGE = 100;

const BulkItem = builder.objectRef<{ reference: string; transaction: Transaction | null }>('BulkTransactionItem').implement({
  description: 'One input transaction of a bulk request, in input order.',
  fields: (t) => ({
    reference: t.exposeString('reference', { nullable: false, description: 'Its reference: the one given, or the one generated.' }),
    transaction: t.field({
      type: TransactionRef,
      nullable: true,
      description:
        "Blnk's row for it. Queued (the default): QUEUED, and its `outcome` (APPLIED, INFLIGHT or REJECTED with a rejectionReason) once the queue has run. With skipQueue: APPLIED or INFLIGHT. Null when Blnk wrote no row for it: a reference already taken (Blnk drops the item silently), a balance that does not exist, a split (its legs are `<reference>_<n>`), an item not yet written (runAsync), or one after a skipQueue item that failed.",
      resolve: (item) => item.transaction,
    }),
  }),
});

export const BulkTransactionsPayload = builder.objectRef<BulkPayload>('BulkTransactionsPayload').implement({
  description: "Blnk's acceptance of a bulk request. It says nothing about money having moved: read `items` for each transaction's state.",
  fields: (t) => ({
    batchId: t.exposeID('batchId', {
      nullable: false,
      description: "The parent of every item's row: filter transactions on parentTransactionId to list them.",
    }),
    status: t.exposeString('status', {
      nullable: false,
      description:
        'Blnk\'s word for the batch: "applied" (or "inflight" for holds) once every item is accepted, which for a queued batch is before anything has moved; "processing" with runAsync.',
    }),
    transactionCount: t.exposeInt('transactionCount', { description: 'How many items Blnk accepted; null with runAsync.' }),
    references: t.exposeStringList('references', { nullable: false, description: 'The references, in input order.' }),
    items: t.field({
      type: [BulkItem],
      nullable: false,
      description: `Per input transaction, in input order from \`offset\`, at most \`first\` (${MAX_BULK_ITEMS_PAGE}): its reference and the row Blnk wrote for it, looked up by reference (one upstream call per 100 items, shared with other lookups by reference in the operation). A page, like every list here: a batch of 10,000 is read in slices by aliasing items with offsets. Costs first × its selection.`,
      args: {
        first: t.arg.int({
          defaultValue: MAX_BULK_ITEMS_PAGE,
          description: `How many items, 0 to ${MAX_BULK_ITEMS_PAGE} (more counts as ${MAX_BULK_ITEMS_PAGE}, less than 0 as 0).`,
        }),
        offset: t.arg.int({ defaultValue: 0, description: 'How many items to skip from the start (less than 0 counts as 0).' }),
      },
      resolve: async (payload, args, ctx) => {
        // Clamped, not refused: this runs after Blnk took the batch, and an error here would
        // take the batch id and references from the answer.
        const first = Math.min(Math.max(args.first ?? MAX_BULK_ITEMS_PAGE, 0), MAX_BULK_ITEMS_PAGE);
        const offset = Math.max(args.offset ?? 0, 0);
        const references = payload.references.slice(offset, offset + first);
        const rows = await bulkRows(payload, references, ctx);
        return references.map((reference, i) => ({ reference, transaction: rows[i] ?? null }));
      },
    }),
  }),
});

export const RecordBulkTransactionsInput = builder.inputType('RecordBulkTransactionsInput', {
  description:
    'A batch of transfers for one bulk request. Every item is checked before anything is sent; a refused item answers a ValidationError whose path starts with its index.',
  fields: (t) => ({
    transactions: t.field({
      type: [BulkTransactionInput],
      required: true,
      description:
        'At most 10000; at most CONFINED_MAX_BULK (10 by default) for a caller confined to an identity, each counting against its CONFINED_WRITES_PER_MINUTE.',
    }),
    atomic: t.boolean({
      description:
        'Undo the batch when an error is raised while Blnk handles the request, by voiding its holds or refunding (through the queue) what it applied; the originals and their refunds both stay. This is not all or nothing: a queued batch meets no such error (a refused item is REJECTED later, a duplicate dropped) and nothing is undone; only with skipQueue can an item fail during the request.',
    }),
    inflight: t.boolean({ description: 'Record every transaction as an inflight hold.' }),
    runAsync: t.boolean({
      description: 'Answer at once with status "processing"; Blnk records the items in the background and reports only to its webhook.',
    }),
    skipQueue: t.boolean({
      description:
        'Apply each item during the request, in order. A refused item (insufficient funds, a missing balance) stops the batch and answers a typed error; the items before it stay applied unless atomic is set. Absent or false: every item is queued, the answer comes before anything moves, and refusals appear later as REJECTED outcomes (see items). Required of a caller confined to an identity, as for recordTransaction.',
    }),
  }),
});

export const MAX_BULK = 10_000;

/** A bulk request Blnk stopped at one item while handling it (only with skipQueue, in practice). */
export class BulkItemFailedError extends LedgerError {
  constructor(
    message: string,
    code: ErrorCode,
    readonly batchId: string,
    readonly index: number | null,
    readonly reference: string | null,
    readonly rolledBack: boolean,
    readonly appliedReferences: string[],
  ) {
    super(message, code);
  }
}

builder.objectType(BulkItemFailedError, {
  name: 'BulkItemFailedError',
  description:
    "A bulk request that Blnk stopped at one item while handling it (with skipQueue: insufficient funds, a balance that does not exist, a taken reference). `code` is that item's refusal (INSUFFICIENT_FUNDS, NOT_FOUND, DUPLICATE_REFERENCE, VALIDATION_ERROR), and the other fields say what moved: the items before it were applied, and stay applied unless `rolledBack` (atomic), when Blnk reversed each through its queue (a refund `<id>_refund`, or a void for holds); the originals and their reversals both stay. The batch's rows are transactions(filter: { parentTransactionId: { eq: batchId } }).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    batchId: t.exposeID('batchId', {
      nullable: false,
      description: 'The batch Blnk opened: every row it wrote has it as parentTransactionId.',
    }),
    index: t.exposeInt('index', {
      nullable: true,
      description: 'The refused item, as an index into the input transactions (from 0); null when Blnk did not say.',
    }),
    reference: t.exposeString('reference', {
      nullable: true,
      description: "The refused item's reference; null when Blnk did not say which.",
    }),
    rolledBack: t.exposeBoolean('rolledBack', {
      nullable: false,
      description: 'Whether Blnk reversed the items applied before the refused one (atomic). False: they stay applied.',
    }),
    appliedReferences: t.exposeStringList('appliedReferences', {
      nullable: false,
      description:
        'The references of the items Blnk applied before the refused one, in input order (empty when it was the first): what moved, and what rolledBack reversed.',
    }),
  }),
});

export const BULK_ERRORS = [...TRANSFER_ERRORS, BulkItemFailedError];

/**
 * Blnk's refusal of a bulk request it had started (its answer carries the batch id): which item,
 * why, and whether the items before it were rolled back, read from Blnk's words ("failed to queue
 * transaction <n> (Reference: …): …. All transactions in this batch have been refunded." or
 * "… Previous transactions were not rolled back.").
 */
export function bulkFailure(error: unknown, references: string[]): unknown {
  if (!(error instanceof BlnkError)) return error;
  const batchId = error.details.batch_id;
  if (typeof batchId !== 'string' || !batchId.startsWith('bulk_')) return error;
  const at = /failed to queue transaction (\d+) \(/.exec(error.message);
  const index = at ? Number(at[1]) - 1 : null;
  const cause = mutationError(missingBalance(error));
  const { message, code } =
    cause instanceof LedgerError ? cause : { message: 'Blnk refused an item of the batch', code: 'VALIDATION_ERROR' as ErrorCode };
  const rolledBack = /All transactions in this batch have been (refunded|voided)/i.test(error.message);
  const applied = index === null ? [] : references.slice(0, index);
  const where = index === null ? 'An item' : `Item ${index}`;
  return new BulkItemFailedError(
    `${where} was refused (${message}); ${applied.length === 0 ? 'nothing before it was applied' : rolledBack ? `the ${applied.length} applied before it were reversed` : `the ${applied.length} applied before it stay applied`}`,
    code,
    batchId,
    index !== null && index >= 0 && index < references.length ? index : null,
    index !== null ? (references[index] ?? null) : null,
    rolledBack,
    applied,
  );
}

/**
 * References already taken, or given twice, refused before a bulk is sent: Blnk's queue drops
 * such an item without a word (the 201 still says "applied"), and a retried batch would look
 * recorded. One lookup per 100 references; a reference taken between this check and the write
 * is still dropped by Blnk (items then shows it as null).
 */
export async function refuseTakenReferences(ctx: Context, references: string[]): Promise<void> {
  const first = new Map<string, number>();
  references.forEach((reference, i) => {
    const earlier = first.get(reference);
    if (earlier !== undefined)
      throw new ValidationError(`transactions.${earlier} and transactions.${i} have the same reference`, `transactions.${i}.reference`);
    first.set(reference, i);
  });
  const loader = ctx.loaders.transactionByReference;
  const rows = await loader.loadMany(references);
  rows.forEach((row, i) => {
    if (row instanceof BlnkError && row.isNotFound) loader.clear(references[i]!);
    else if (row instanceof Error) throw row;
  });
  const taken = rows.findIndex((row) => !(row instanceof Error));
  if (taken !== -1) throw new DuplicateReferenceError(references[taken]!);
}
