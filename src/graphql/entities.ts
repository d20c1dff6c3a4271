import { BlnkError } from '../blnk/errors.js';
import { BalanceRef, loadBalance } from './balance.js';
import { builder } from './builder.js';
import { IdentityRef } from './identity.js';
import { LedgerRef } from './ledger.js';
import { TransactionRef } from './transaction.js';

/**
 * Apollo Federation v2 entities, keyed by Blnk's id. References resolve through the same
 * per-request loaders as every other field, so N representations of a type cost the same one
 * batched request as N nested fields; an id Blnk does not have resolves to null alone.
 */
const key = builder.selection<{ id: string }>('id');

async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof BlnkError && error.isNotFound) return null;
    throw error;
  }
}

builder.asEntity(BalanceRef, {
  key,
  // The selection under `_entities` decides, as everywhere, between the batched row and GET by id.
  resolveReference: ({ id }, ctx, info) => orNull(loadBalance(ctx, id, info, false)),
});
builder.asEntity(LedgerRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx.loaders.ledger.load(id)) });
builder.asEntity(IdentityRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx.loaders.identity.load(id)) });
builder.asEntity(TransactionRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx.loaders.transaction.load(id)) });
