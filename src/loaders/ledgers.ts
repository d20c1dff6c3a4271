import type { BlnkClient, Needs } from '../blnk/client.js';
import type { Ledger } from '../blnk/model.js';
import { batchByIds } from './by-id.js';

/** With `needs`, a surface with thinner rows (Cloud) answers rows holding at least those fields. */
export const ledgersById = (client: BlnkClient, needs?: Needs) =>
  batchByIds<Ledger>({
    field: 'id',
    fetch: async (body) => (await client.filterLedgers(body, needs)).rows,
    idOf: (l) => l.id,
    notFoundCode: 'LGR_NOT_FOUND',
    entity: 'ledger',
  });
