import { ApiError } from '../errors.js';
import { balanceLineageJson, FUND_ALLOCATION_KEY } from '../lineage.js';
import type { Router } from '../router.js';
import { transactionJson } from '../wire.js';
import { balanceOr404 } from './balances.js';
import { transactionOr404 } from './transactions.js';

/** GET /balances/:id/lineage and GET /transactions/:id/lineage (lineage_queries.go). */
export function lineageRoutes(router: Router): void {
  router.add('GET', '/balances/:id/lineage', (req, deps) => {
    const balance = balanceOr404(deps, req.params.id!);
    if (!balance.track_fund_lineage) {
      throw new ApiError('GEN_BAD_REQUEST', `balance ${balance.balance_id} does not have fund lineage tracking enabled`);
    }
    return { status: 200, json: balanceLineageJson(deps.store, balance.balance_id) };
  });

  // fund_allocation is omitted when the transaction's metadata holds none (omitempty).
  router.add('GET', '/transactions/:id/lineage', (req, deps) => {
    const txn = transactionOr404(deps, req.params.id!);
    const allocation = txn.meta_data?.[FUND_ALLOCATION_KEY];
    const shadows = [...deps.store.transactions.values()]
      .filter((t) => t.meta_data?._shadow_for === txn.transaction_id)
      .sort((a, b) => a.created_at - b.created_at)
      .map((t) => transactionJson(t, 'get'));
    return {
      status: 200,
      json: {
        transaction_id: txn.transaction_id,
        ...(Array.isArray(allocation) && allocation.length > 0 ? { fund_allocation: allocation } : {}),
        // A nil slice when there are none: Blnk's query returns nil, which marshals as null.
        shadow_transactions: shadows.length > 0 ? shadows : null,
      },
    };
  });
}
