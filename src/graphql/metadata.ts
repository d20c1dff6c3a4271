import { builder } from './builder.js';
import { assertOperator } from './policy.js';
import { mutate, UPDATE_ERRORS, ValidationError } from './errors.js';
import { metaObject } from './ledger.js';
import { typeOfId } from './node-id.js';
import { loadNode } from './node.js';
import { clientMetaData, isBatchRow, refuseQueueKeys } from './queue-keys.js';

const UpdateMetadataInput = builder.inputType('UpdateMetadataInput', {
  description: 'Keys to merge into an object\'s metadata.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A ledger, balance, identity or transaction id, or a bulk batch id.' }),
    metaData: t.field({
      type: 'JSON',
      required: true,
      description: "Keys to add or replace; other keys stay. Blnk's queue keys (QUEUED_PARENT_TRANSACTION, queue_lane, queue_pair_key) are refused: Blnk reads them back.",
    }),
  }),
});

const UpdateMetadataPayload = builder
  .objectRef<{ id: string; metaData: Record<string, unknown> }>('UpdateMetadataPayload')
  .implement({
    description: 'The metadata after the merge.',
    fields: (t) => ({
      id: t.exposeID('id', { nullable: false, description: 'The id the keys were merged into, as given.' }),
      metaData: t.expose('metaData', {
        type: 'JSON',
        nullable: false,
        description:
          "All of the metadata after the merge, without the keys Blnk writes to run its queue (see Transaction.metaData); for a bulk batch id, only the keys sent (Blnk answers nothing more, and a batch has no metadata of its own).",
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
    args: { input: t.arg({ type: UpdateMetadataInput, required: true, description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.' }) },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const id = String(input.id);
      const metaData = metaObject(input.metaData);
      if (!metaData) throw new ValidationError('metaData must be a JSON object', 'metaData');
      refuseQueueKeys(metaData);
      if (!typeOfId(id) && !id.startsWith('bulk_')) {
        throw new ValidationError('Metadata can be set on ledgers, balances, identities and transactions only', 'id');
      }
      return mutate(UPDATE_ERRORS, async () => {
        const answered = await ctx.client.updateMetadata(id, metaData);
        // For txn_ and bulk_ ids Blnk answers only the patch (database.UpdateTransactionMetadata
        // returns nothing to merge from): a transaction's merged metadata is read back.
        if (typeOfId(id) !== 'Transaction') return { id, metaData: id.startsWith('bulk_') ? (clientMetaData(answered, true) ?? {}) : answered };
        const txn = await ctx.loaders.transaction.load(id);
        return { id, metaData: clientMetaData(txn.metaData, isBatchRow(txn.parentTransactionId, txn.metaData)) ?? {} };
      }, { id });
    },
  }),
);
