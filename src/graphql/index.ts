/** Imports every type module (each registers itself on the builder), then builds the schema. */
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './ledger.js';
import './identity.js';
import './identity-pii.js';
import './balance.js';
import './transaction.js';
import './lineage.js';
import './transaction-input.js';
import './bulk-transactions.js';
import './transaction-writes.js';
import './hold-batch-writes.js';
import './monitor.js';
import './metadata.js';
import './node.js';
import './rejection.js';
import './subscriptions.js';
import type { GraphQLSchema } from 'graphql';
import { guardFederationFields, servingSubgraphSdl } from './entities.js';

/**
 * The schema the gateway serves: the API plus Apollo Federation's `_service` and `_entities`,
 * so the same process works alone and as a subgraph of a supergraph.
 */
export const schema = guardFederationFields(
  builder.toSubGraphSchema({
    linkUrl: 'https://specs.apollo.dev/federation/v2.6',
    federationDirectives: ['@key'],
    sortSchema: true,
  }),
);

const withSdl = servingSubgraphSdl(schema);

/**
 * The schema a gateway serves: `schema` itself, or, when `_service { sdl }` is to answer
 * (introspection on, or SUBGRAPH_SDL=true), its twin that answers it (entities.ts).
 */
export function schemaFor(options: { subgraphSdl: boolean }): GraphQLSchema {
  return options.subgraphSdl ? withSdl : schema;
}
