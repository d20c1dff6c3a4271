import type { BlnkClient } from '../blnk/client.js';
import type { Identity } from '../blnk/model.js';
import { batchByIds } from './by-id.js';

export const identitiesById = (client: BlnkClient) =>
  batchByIds<Identity>({
    field: 'id',
    fetch: async (body) => (await client.filterIdentities(body)).rows,
    idOf: (i) => i.id,
    notFoundCode: 'IDT_NOT_FOUND',
    entity: 'identity',
  });
