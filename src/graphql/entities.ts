import { GraphQLError } from 'graphql';
import { GraphQLSchema } from 'graphql';
import type { GraphQLField } from 'graphql';
import { hasScope } from '../auth/principal.js';
import { BlnkError } from '../blnk/errors.js';
import type { Context } from './context.js';
import { BalanceRef, loadBalance } from './balance.js';
import { builder } from './builder.js';
import { IdentityRef } from './identity.js';
import { LedgerRef } from './ledger.js';
import { MAX_NODE_IDS } from './node.js';
import { forbidden } from './policy.js';
import { TransactionRef } from './transaction.js';

/**
 * Apollo Federation v2 entities, keyed by Blnk's id. References resolve through the same
 * per-request loaders as every other field, so N representations of a type cost the same one
 * batched request as N nested fields; an id Blnk does not have resolves to null alone.
 */
const key = builder.selection<{ id: string }>('id');

/**
 * A missing entity is null alone, as routers expect. For a confined principal it is null with
 * NOT_FOUND instead, the answer another identity's entity gets from its type's check
 * (policy.ts `visibleAs`): otherwise the difference would tell which ids exist.
 */
async function orNull<T>(ctx: Context, load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof BlnkError && error.isNotFound && ctx.principal.identityId === null) return null;
    throw error;
  }
}

builder.asEntity(BalanceRef, {
  key,
  // The selection under `_entities` decides, as everywhere, between the batched row and GET by id.
  resolveReference: ({ id }, ctx, info) => orNull(ctx, loadBalance(ctx, id, info, false)),
});
builder.asEntity(LedgerRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx, ctx.loaders.ledger.load(id)) });
builder.asEntity(IdentityRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx, ctx.loaders.identity.load(id)) });
builder.asEntity(TransactionRef, { key, resolveReference: ({ id }, ctx) => orNull(ctx, ctx.loaders.transaction.load(id)) });

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
  describeFederation(schema);
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
      if (!servesSdl.has(info.schema)) {
        throw new GraphQLError('The subgraph SDL is not served while introspection is off (SUBGRAPH_SDL=true serves it)', {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      return resolve(root, args, ctx, info);
    };
  }
  return schema;
}

/** The schemas made by `servingSubgraphSdl`: the only ones whose `_service { sdl }` answers. */
const servesSdl = new WeakSet<GraphQLSchema>();

/**
 * The same schema (the same types and resolvers, so the same SDL) as a second schema object whose
 * `_service { sdl }` answers: the gateway serves it with introspection on or SUBGRAPH_SDL=true.
 * The decision is the schema's, made once per gateway, not a field of every request's context.
 */
export function servingSubgraphSdl(schema: GraphQLSchema): GraphQLSchema {
  const twin = new GraphQLSchema(schema.toConfig());
  servesSdl.add(twin);
  return twin;
}

/**
 * toSubGraphSchema adds the federation elements without descriptions; they are part of what
 * this API serves (and guards), so they are described here like every other element.
 */
function describeFederation(schema: GraphQLSchema): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  const set = (element: { description?: string | null | undefined } | undefined, text: string) => {
    if (element && !element.description) element.description = text;
  };
  set(
    fields._entities,
    `For a federation router: the Balance, Ledger, Identity or Transaction each representation ({__typename, id}) names, in order; null for one Blnk does not have. Needs ledger:read; at most ${MAX_NODE_IDS} representations, each counted in the cost.`,
  );
  set(
    fields._entities?.args.find((a) => a.name === 'representations'),
    'The entities to resolve, as {__typename, id} objects.',
  );
  set(
    fields._service,
    "For a federation router: this subgraph's SDL. Needs ledger:read, and is served only while introspection is on or SUBGRAPH_SDL=true.",
  );
  set(schema.getType('_Any') ?? undefined, 'A federation entity representation: {__typename, id}.');
  set(schema.getType('_Entity') ?? undefined, 'Every type a federation router can resolve by key here.');
  set(schema.getType('_Service') ?? undefined, 'This subgraph, as a federation router reads it.');
}

function assertReader(ctx: Context): void {
  if (!hasScope(ctx.principal, 'ledger:read')) throw forbidden();
}
