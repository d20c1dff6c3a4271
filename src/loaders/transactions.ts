import type { BlnkClient, Needs } from '../blnk/client.js';
import type { Transaction } from '../blnk/model.js';
import { batchByIds } from './by-id.js';

/** With `needs`, a surface with thinner rows (Cloud) answers rows holding at least those fields. */
export const transactionsById = (client: BlnkClient, needs?: Needs) =>
  batchByIds<Transaction>({
    field: 'id',
    fetch: async (body) => (await client.filterTransactions(body, needs)).rows,
    idOf: (t) => t.id,
    notFoundCode: 'TXN_NOT_FOUND',
    entity: 'transaction',
  });

/** Transactions by reference, batched: the outcome of a queued transaction is `<ref>_q`. */
export const transactionsByReference = (client: BlnkClient) =>
  batchByIds<Transaction>({
    field: 'reference',
    fetch: async (body) => (await client.filterTransactions(body)).rows,
    idOf: (t) => t.reference,
    notFoundCode: 'TXN_NOT_FOUND',
    entity: 'transaction',
  });
