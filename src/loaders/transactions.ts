import type { BlnkClient } from '../blnk/client.js';
import type { Transaction } from '../blnk/model.js';
import { batchByIds } from './by-id.js';

export const transactionsById = (client: BlnkClient) =>
  batchByIds<Transaction>({
    field: 'transaction_id',
    fetch: (body) => client.filterTransactions(body),
    idOf: (t) => t.id,
    notFoundCode: 'TXN_NOT_FOUND',
    entity: 'transaction',
  });
