import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import { typeOfId } from './node-id.js';

/**
 * The one Pothos builder. Ids are Blnk's own (`bln_…`, `ldg_…`): already global and typed by
 * prefix, so the Relay global id is the Blnk id verbatim, with no base64.
 */
export const builder = new SchemaBuilder<{
  Context: Context;

  Scalars: {
    BigInt: { Input: bigint; Output: bigint };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [RelayPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: typeOfId(globalID) ?? '', id: globalID }),
    // node and nodes are defined in node.ts, to report NOT_FOUND per id.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.queryType({});
