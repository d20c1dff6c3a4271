import { FILTER_PAGE_MAX } from '../blnk/client.js';
import type { Condition } from '../blnk/filter.js';
import type { Context } from './context.js';
import { builder } from './builder.js';
import { assertOperator } from './policy.js';
import { mutate, UPDATE_ERRORS, ValidationError } from './errors.js';
import { metaObject } from './ledger.js';
import { typeOfId } from '../domain/ids.js';
import { loadNode } from './node.js';
import { clientMetaData, isBatchRow, refuseQueueKeys } from './queue-keys.js';
import { assertRowText, jsonbBytes, mergedBalanceBytes, mergedTransactionBytes } from './row-limit.js';

const ARGUMENT = 'updateMetadata(input)';

/** Blnk's largest filter page (a larger limit silently becomes 20). */
const PAGE = FILTER_PAGE_MAX;

/**
 * The rows an update changes, read before it is sent, so that each stays within
 * ROW_TEXT_MAX_BYTES once the keys are merged in (row-limit.ts). Blnk v0.15.2 announces a
 * balance's row on the update itself and on every transfer that touches it afterwards; a
 * transaction's metadata is not announced when it changes, but is copied into the rows written
 * from it later (a hold's commits and voids, refunds), which then fail, or are dropped when
 * queued. On a transaction id Blnk changes the row and its children; on a bulk batch id, the
 * batch's items. Ledgers and identities are never announced: nothing is read for them.
 */
async function assertMergedRows(ctx: Context, id: string, patch: Record<string, unknown>): Promise<void> {
  const type = typeOfId(id);
  if (type === 'Balance') {
    const balance = await ctx.client.getBalance(id);
    assertRowText(mergedBalanceBytes(balance, patch), { argument: ARGUMENT, path: 'metaData', row: 'balance', merged: true });
    return;
  }
  if (type !== 'Transaction' && !id.startsWith('bulk_')) return;
  const children: Condition = { field: 'parentTransactionId', operator: 'eq', value: id };
  const filters: Condition[] = type === 'Transaction' ? [{ field: 'id', operator: 'eq', value: id }, children] : [children];
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctx.client.filterTransactions({
      filters,
      ...(filters.length > 1 ? { anyOf: true } : {}),
      limit: PAGE,
      offset,
    });
    const largest = Math.max(0, ...page.rows.map((row) => mergedTransactionBytes(row, patch)));
    assertRowText(largest, { argument: ARGUMENT, path: 'metaData', row: 'transaction', merged: true });
    if (page.rows.length < PAGE) return;
  }
}

const UpdateMetadataInput = builder.inputType('UpdateMetadataInput', {
  description: "Keys to merge into an object's metadata.",
  fields: (t) => ({
    id: t.id({ required: true, description: 'A ledger, balance, identity or transaction id, or a bulk batch id.' }),
    metaData: t.field({
      type: 'JSON',
      required: true,
      description:
        "Keys to add or replace; other keys stay. Blnk's queue keys (QUEUED_PARENT_TRANSACTION, queue_lane, queue_pair_key) are refused: Blnk reads them back. On a balance, a transaction or a bulk batch, each row changed must stay within 6000 bytes of the caller's text once merged (a balance's currency and metadata; a transaction's description, reference, currency twice and metadata, as PostgreSQL prints them): the rows are read first, and a larger merge is refused with BAD_USER_INPUT (extensions.limit ROW_TEXT_BYTES) before anything is written. Ledgers and identities take larger metadata.",
    }),
  }),
});

const UpdateMetadataPayload = builder.objectRef<{ id: string; metaData: Record<string, unknown> }>('UpdateMetadataPayload').implement({
  description: 'The metadata after the merge.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'The id the keys were merged into, as given.' }),
    metaData: t.expose('metaData', {
      type: 'JSON',
      nullable: false,
      description:
        'All of the metadata after the merge, without the keys Blnk writes to run its queue (see Transaction.metaData); for a bulk batch id, only the keys sent (Blnk answers nothing more, and a batch has no metadata of its own).',
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The object itself, read after the change.',
      // A bulk batch id names no single object.
      resolve: ({ id }, _args, ctx, info) => (typeOfId(id) ? loadNode(ctx, id, info, true) : null),
    }),
  }),
});

builder.mutationField('updateMetadata', (t) =>
  t.field({
    authScopes: { admin: true },
    type: UpdateMetadataPayload,
    errors: { types: UPDATE_ERRORS },
    description:
      "Merges keys into an object's metadata. On a transaction id Blnk also merges them into the transaction's children (its queued outcome, split legs, commits and voids: every row whose parent it is); on a bulk batch id, into every transaction of the batch.",
    args: {
      input: t.arg({
        type: UpdateMetadataInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const id = String(input.id);
      const metaData = metaObject(input.metaData);
      if (!metaData) throw new ValidationError('metaData must be a JSON object', 'metaData');
      refuseQueueKeys(metaData);
      if (!typeOfId(id) && !id.startsWith('bulk_')) {
        throw new ValidationError('Metadata can be set on ledgers, balances, identities and transactions only', 'id');
      }
      // The keys alone past the limit: refused before anything is read. Ledgers and identities
      // are not announced, and take larger metadata (assertMergedRows).
      if (typeOfId(id) === 'Balance' || typeOfId(id) === 'Transaction' || id.startsWith('bulk_')) {
        assertRowText(jsonbBytes(metaData), {
          argument: ARGUMENT,
          path: 'metaData',
          row: typeOfId(id) === 'Balance' ? 'balance' : 'transaction',
        });
      }
      return mutate(
        UPDATE_ERRORS,
        async () => {
          await assertMergedRows(ctx, id, metaData);
          const answered = await ctx.client.updateMetadata(id, metaData);
          // For txn_ and bulk_ ids Blnk answers only the patch (database.UpdateTransactionMetadata
          // returns nothing to merge from): a transaction's merged metadata is read back.
          if (typeOfId(id) !== 'Transaction')
            return { id, metaData: id.startsWith('bulk_') ? (clientMetaData(answered, true) ?? {}) : answered };
          const txn = await ctx.loaders.transaction.load(id);
          return { id, metaData: clientMetaData(txn.metaData, isBatchRow(txn.parentTransactionId, txn.metaData)) ?? {} };
        },
        { id },
      );
    },
  }),
);
