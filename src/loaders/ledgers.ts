import type { BlnkClient } from '../blnk/client.js';
import type { Ledger } from '../blnk/model.js';
import { batchByIds } from './by-id.js';

export const ledgersById = (client: BlnkClient) =>
  batchByIds<Ledger>({
    field: 'id',
    fetch: async (body) => (await client.filterLedgers(body)).rows,
    idOf: (l) => l.id,
    notFoundCode: 'LGR_NOT_FOUND',
    entity: 'ledger',
  });
