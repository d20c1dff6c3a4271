import { TRANSACTION_STATUSES } from '../blnk/model.js';
import type { Transaction } from '../blnk/model.js';
import type { Context } from '../context.js';
import { toDecimal } from '../money.js';
import { BalanceRef, loadBalance } from './balance.js';
import { builder } from './builder.js';
import { typeOfId } from './node-id.js';

export const TransactionRef = builder.objectRef<Transaction>('Transaction');

const TransactionStatus = builder.enumType('TransactionStatus', {
  values: TRANSACTION_STATUSES,
});

/**
 * GET /transactions/reference/{ref} does not select precision or hash (they come back as 0 and
 * ""), so a transaction read that way is completed by id when one of them is asked for.
 */
async function complete(t: Transaction, ctx: Context): Promise<Transaction> {
  return t.precision !== 0n ? t : ctx.loaders.transaction.load(t.id);
}

builder.node(TransactionRef, {
  description: 'A movement of money from a source balance to a destination balance.',
  id: { resolve: (t) => t.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Transaction',
  fields: (t) => ({
    preciseAmount: t.expose('preciseAmount', {
      type: 'BigInt',
      nullable: false,
      description: 'The amount in minor units: amount × precision.',
    }),
    precision: t.field({
      type: 'BigInt',
      nullable: false,
      description: 'Minor units per major unit, such as 100 for cents or 10^18 for wei.',
      resolve: async (txn, _args, ctx) => (await complete(txn, ctx)).precision,
    }),
    amount: t.string({
      nullable: false,
      description: "The exact decimal preciseAmount / precision, in major units (not Blnk's float).",
      resolve: async (txn, _args, ctx) => {
        const full = await complete(txn, ctx);
        return toDecimal(full.preciseAmount, full.precision);
      },
    }),
    reference: t.exposeString('reference', { nullable: false }),
    currency: t.exposeString('currency', { nullable: false }),
    description: t.exposeString('description'),
    status: t.expose('status', { type: TransactionStatus, nullable: false }),
    hash: t.string({ resolve: async (txn, _args, ctx) => (await complete(txn, ctx)).hash }),
    inflight: t.exposeBoolean('inflight', { nullable: false }),
    allowOverdraft: t.exposeBoolean('allowOverdraft', { nullable: false }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    effectiveDate: t.expose('effectiveDate', { type: 'DateTime' }),
    scheduledFor: t.expose('scheduledFor', { type: 'DateTime' }),
    inflightExpiryDate: t.expose('inflightExpiryDate', { type: 'DateTime' }),
    inflightCommitDate: t.expose('inflightCommitDate', { type: 'DateTime' }),
    metaData: t.expose('metaData', { type: 'JSON' }),
    sourceBalance: t.field({
      type: BalanceRef,
      resolve: (txn, _args, ctx, info) => (txn.sourceId ? loadBalance(ctx, txn.sourceId, info, false) : null),
    }),
    destinationBalance: t.field({
      type: BalanceRef,
      resolve: (txn, _args, ctx, info) => (txn.destinationId ? loadBalance(ctx, txn.destinationId, info, false) : null),
    }),
    parentTransaction: t.field({
      type: TransactionRef,
      description: 'The transaction this one came from: the queued original, the inflight hold, the refunded one.',
      // A bulk batch id (bulk_…) is a parent too, but names no transaction.
      resolve: (txn, _args, ctx) =>
        txn.parentTransactionId && typeOfId(txn.parentTransactionId) === 'Transaction'
          ? ctx.loaders.transaction.load(txn.parentTransactionId)
          : null,
    }),
  }),
});

builder.queryFields((t) => ({
  transaction: t.field({
    type: TransactionRef,
    description: 'A transaction by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.transaction.load(String(id)),
  }),
  transactionByReference: t.field({
    type: TransactionRef,
    description: 'A transaction by its unique reference.',
    args: { reference: t.arg.string({ required: true }) },
    resolve: (_root, { reference }, ctx) => ctx.client.getTransactionByReference(reference),
  }),
}));
