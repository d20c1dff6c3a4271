import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { hasScope } from '../auth/principal.js';
import type { Context } from '../context.js';
import { typeOfId } from './node-id.js';
import { DEFAULT_PAGE_SIZE } from './paging.js';

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
  /** What the caller's scopes allow (auth/principal.ts); objects add identity checks (policy.ts). */
  AuthScopes: { read: boolean; write: boolean; admin: boolean };
  /** Every connection carries its count when one was asked for. */
  Connection: { totalCount: number | null };
  // A page never holds a missing row: edges and their nodes are non-null.
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  // Federation last: it must see the resolvers the other plugins wrap.
  // Scope auth first, so nothing runs before it; federation last, to see every wrapped resolver.
  plugins: [ScopeAuthPlugin, ComplexityPlugin, ErrorsPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      read: hasScope(ctx.principal, 'ledger:read'),
      write: hasScope(ctx.principal, 'ledger:write'),
      admin: hasScope(ctx.principal, 'ledger:admin'),
    }),
    // An object the caller may not see is null with FORBIDDEN wherever it turns up.
    runScopesOnType: true,
    unauthorizedError: () => new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } }),
  },
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
  /**
   * The cost of a query before any of it runs: every field 1, and what a list selects times its
   * real size (a connection's first or last, 20 when absent; nodes' ids; _entities'
   * representations, set in entities.ts), so a page of 100 costs what it fetches.
   */
  complexity: {
    fieldComplexity: (args) => {
      if ('first' in args || 'last' in args) {
        return { field: 1, multiplier: Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE) || 1 };
      }
      if (Array.isArray(args.ids)) return { field: 1, multiplier: Math.max(args.ids.length, 1) };
      return { field: 1, multiplier: 1 };
    },
    // No limit here: the plugin would check only when one of its own root fields resolves, and
    // federation's are not its own. server/cost.ts checks every operation once, before it runs.
  },
  // Mutations answer a union of their object and typed errors (docs/architecture.md section 3).
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

builder.queryType({ authScopes: { read: true } });
// Every write needs at least ledger:write, so a mutation added without its own scopes is closed
// rather than open; fields that administer add ledger:admin.
builder.mutationType({ authScopes: { write: true } });
