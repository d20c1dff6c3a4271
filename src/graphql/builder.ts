import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
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
  /** Every connection carries its count when one was asked for. */
  Connection: { totalCount: number | null };
  // A page never holds a missing row: edges and their nodes are non-null.
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  // Federation last: it must see the resolvers the other plugins wrap.
  plugins: [ErrorsPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: typeOfId(globalID) ?? '', id: globalID }),
    // node and nodes are defined in node.ts, to report NOT_FOUND per id.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
  },
  // Mutations answer a union of their object and typed errors (DESIGN.md section 2).
  errors: {
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Result`,
    },
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many match, across all pages. Costs Blnk a count, so only asked for when selected.',
    resolve: (connection) => connection.totalCount,
  }),
);

builder.queryType({});
builder.mutationType({});
