import { ApiError, validationError } from '../errors.js';
import type { Json } from '../json.js';
import type { Deps, Router } from '../router.js';
import type { MetaData } from '../store.js';
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
  throw new ApiError('META_UNSUPPORTED_ENTITY', `unsupported entity type for ID '${id}'`);
}

export function metadataRoutes(router: Router): void {
  // Merges into the existing metadata; the answer's key is meta_data since 0.14.0.
  router.add('POST', '/:id/metadata', (req, deps) => {
    const body = Binder.of(req.json(), 'model.UpdateMetaDataRequest');
    const patch = body.meta('meta_data');
    if (!patch) throw validationError('GEN_VALIDATION_ERROR', { meta_data: 'cannot be blank' }, 'error');
    const holders = holdersOf(deps, req.params.id!);
    if (holders.length === 0) {
      throw new ApiError('META_ENTITY_NOT_FOUND', `entity with ID '${req.params.id}' not found`, { details: {} });
    }
    let merged: Record<string, Json> = {};
    for (const holder of holders) {
      merged = { ...holder.meta_data, ...patch };
      holder.meta_data = merged;
    }
    // For a transaction or a batch Blnk answers the patch itself, not the merged metadata.
    const transactional = req.params.id!.startsWith('txn_') || req.params.id!.startsWith('bulk_');
    return { status: 200, json: { meta_data: transactional ? patch : merged } };
  });
}
