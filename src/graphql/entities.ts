import { GraphQLError } from 'graphql';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { hasScope } from '../auth/principal.js';
import { BlnkError } from '../blnk/errors.js';
import type { Context } from '../context.js';
import { BalanceRef, loadBalance } from './balance.js';
import { builder } from './builder.js';
import { IdentityRef } from './identity.js';
import { LedgerRef } from './ledger.js';
import { MAX_NODE_IDS } from './node.js';
import { TransactionRef } from './transaction.js';

/**
 * Apollo Federation v2 entities, keyed by Blnk's id. References resolve through the same
 * per-request loaders as every other field, so N representations of a type cost the same one
 * batched request as N nested fields; an id Blnk does not have resolves to null alone.
 */
const key = builder.selection<{ id: string }>('id');

async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof BlnkError && error.isNotFound) return null;
    throw error;
  }
}

builder.asEntity(BalanceRef, {
  key,
  // The selection under `_entities` decides, as everywhere, between the batched row and GET by id.
  resolveReference: ({ id }, ctx, info) => orNull(loadBalance(ctx, id, info, false)),
});
builder.asEntity(LedgerRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx.loaders.ledger.load(id)) });
builder.asEntity(IdentityRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx.loaders.identity.load(id)) });
builder.asEntity(TransactionRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx.loaders.transaction.load(id)) });

type Resolver = NonNullable<GraphQLField<unknown, Context>['resolve']>;

/**
 * `_entities` and `_service` are added by toSubGraphSchema after Pothos has wrapped every field,
 * so neither passes Pothos's scope checks. They get the same rules as every other entry point:
 * `ledger:read` (a router authenticates with its own token or key), the cap of `nodes(ids:)`,
 * and a cost that counts each representation (checked for the whole operation by
 * server/cost.ts). The objects themselves still pass their type's checks, as everywhere.
 */
export function guardFederationFields(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  const entities = fields._entities;
  if (entities?.resolve) {
    const resolve: Resolver = entities.resolve;
    (entities as { extensions: GraphQLField<unknown, Context>['extensions'] }).extensions = {
      ...entities.extensions,
      complexity: (args: { representations?: unknown[] }) => ({ field: 1, multiplier: Math.max(args.representations?.length ?? 0, 1) }),
    };
    entities.resolve = (root, args: { representations: unknown[] }, ctx: Context, info) => {
      assertReader(ctx);
      if (args.representations.length > MAX_NODE_IDS) {
        throw new GraphQLError(`_entities takes at most ${MAX_NODE_IDS} representations`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return resolve(root, args, ctx, info);
    };
  }
  const service = fields._service;
  if (service?.resolve) {
    const resolve: Resolver = service.resolve;
    service.resolve = (root, args, ctx: Context, info) => {
      assertReader(ctx);
      if (!ctx.subgraphSdl) {
        throw new GraphQLError('The subgraph SDL is not served while introspection is off (SUBGRAPH_SDL=true serves it)', {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      return resolve(root, args, ctx, info);
    };
  }
  return schema;
}

function assertReader(ctx: Context): void {
  if (!hasScope(ctx.principal, 'ledger:read')) throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } });
}
