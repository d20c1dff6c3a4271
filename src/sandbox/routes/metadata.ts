import { ApiError, holdsNul } from '../errors.js';
import type { Json } from '../json.js';
import { balancePayloadBytes, tooLong } from '../notify.js';
import type { Deps, Router } from '../router.js';
import type { MetaData } from '../store.js';
import { sortedJson } from '../wire.js';
import { Binder } from './bind.js';

type Holder = { meta_data: MetaData };

/** The rows an id names, found by its prefix; bulk_ names every transaction of the batch. */
function holdersOf(deps: Deps, id: string): Holder[] {
  const { store } = deps;
  const one = (row: Holder | undefined) => (row ? [row] : []);
  // database.UpdateTransactionMetadata: WHERE transaction_id = $id OR parent_transaction = $id,
  // so a transaction's children (its queued outcome, split legs, commits) change too.
  if (id.startsWith('txn_')) return [...one(store.transactions.get(id)), ...store.childrenOf(id)];
  if (id.startsWith('bulk_')) return store.childrenOf(id);
  if (id.startsWith('ldg_')) return one(store.ledgers.get(id));
  if (id.startsWith('bln_')) return one(store.balances.get(id));
  if (id.startsWith('idt_')) return one(store.identities.get(id));
  throw new ApiError('META_INVALID_ENTITY_ID', `invalid entity ID format: ${id}`);
}

export function metadataRoutes(router: Router): void {
  // Merges into the existing metadata; the answer's key is meta_data since 0.14.0.
  router.add('POST', '/:id/metadata', (req, deps) => {
    // gin's binding: no body is "EOF", a body without meta_data fails the `required` tag; both
    // GEN_MALFORMED_REQUEST.
    const body = Binder.of(req.json('GEN_MALFORMED_REQUEST'), 'model.MetadataRequest');
    const patch = body.meta('meta_data');
    if (!patch) {
      throw new ApiError(
        'GEN_MALFORMED_REQUEST',
        "Key: 'MetadataRequest.Metadata' Error:Field validation for 'Metadata' failed on the 'required' tag",
      );
    }
    if (holdsNul(patch)) throw new ApiError('GEN_INTERNAL', 'internal server error');
    const holders = holdersOf(deps, req.params.id!);
    // A balance id names one row: what it held, should its update fail.
    const before = holders[0]?.meta_data ?? null;
    if (holders.length === 0) {
      throw new ApiError('META_ENTITY_NOT_FOUND', 'entity not found');
    }
    let merged: Record<string, Json> = {};
    for (const holder of holders) {
      merged = { ...holder.meta_data, ...patch };
      holder.meta_data = merged;
    }
    // A balance's update is announced (notify.ts); the others' are not. Real Blnk v0.15.2 answers
    // a row too long with a bare 500 and changes nothing.
    const balance = req.params.id!.startsWith('bln_') ? deps.store.balances.get(req.params.id!) : undefined;
    if (balance && tooLong(balancePayloadBytes(deps.store, balance))) {
      balance.meta_data = before;
      throw new ApiError('GEN_INTERNAL', 'internal server error');
    }
    // For a transaction or a batch Blnk answers the patch itself, not the merged metadata.
    const transactional = req.params.id!.startsWith('txn_') || req.params.id!.startsWith('bulk_');
    return { status: 200, json: { meta_data: sortedJson(transactional ? patch : merged) } };
  });
}
