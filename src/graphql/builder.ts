import SchemaBuilder from '@pothos/core';
import type { GraphQLField } from 'graphql';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { hasScope } from '../auth/principal.js';
import type { Context } from './context.js';
import { filterLookups } from './balance-lookups.js';
import { scopeRefusal } from './scope-refusal.js';
import { typeOfId } from '../domain/ids.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';

/**
 * What one upstream call costs, in fields: a call takes the ledger a query (an offset scan, a
 * count, a replay of a balance's history) where a field is a property read. At 10, the default
 * MAX_COST of 10,000 admits about a thousand per-parent calls, and the per-request budget of
 * upstream calls (MAX_UPSTREAM_CALLS, blnk/gate.ts) stops whatever the estimate misses.
 */
export const UPSTREAM_CALL_COST = 10;

/**
 * Fields that make an upstream call of their own for each object they are selected on (found by
 * reading every resolver in graphql/): the balance history, the balance fields only its full row
 * holds (one GET /balances/{id} per balance reached through a list), a list monitor's condition
 * (one GET per monitor), and, matched below by shape, every connection (one page each, nested
 * ones once per parent: Ledger.balances, Identity.balances, Balance.transactions,
 * Balance.monitors, which reads the balance's whole monitor list, Transaction.children) and
 * every totalCount (a count). Fields served by batched loaders (ledger, identity, outcome,
 * parentTransaction) cost one call per hundred parents and stay at 1. A totalCount is inside its
 * connection, so like every field there it is multiplied by the page size: an over-estimate,
 * on the side that refuses.
 */
const CALLS_PER_PARENT = new Set([
  'Balance.at',
  'Balance.version',
  'Balance.trackFundLineage',
  'Balance.allocationStrategy',
  'Balance.queuedCreditBalance',
  'Balance.queuedDebitBalance',
  'Balance.available',
  'Balance.expected',
  'BalanceMonitor.condition',
  // One lineage or detokenize call per object (lineage.ts, identity-pii.ts).
  'Balance.lineage',
  'Transaction.lineage',
  'Identity.detokenized',
]);

function perParentCost(field: GraphQLField<unknown, Context>, args: Record<string, unknown>): number {
  const parent = (field.extensions?.pothosConfig as { parentType?: string } | undefined)?.parentType ?? '';
  if (CALLS_PER_PARENT.has(`${parent}.${field.name}`)) return UPSTREAM_CALL_COST;
  // A connection's page, and the balances its filter resolves first (balance-lookups.ts).
  if (field.args.some((arg) => arg.name === 'first')) return UPSTREAM_CALL_COST * (1 + filterLookups(args.filter));
  if (field.name === 'totalCount' && parent.endsWith('Connection')) return UPSTREAM_CALL_COST;
  return 1;
}

/**
 * The calls nodes(ids:) makes itself: one per monitor id (read one by one), and one per hundred
 * ids of each other type (batched by loader).
 */
function nodesCalls(ids: unknown[]): number {
  const byType = new Map<string, number>();
  for (const id of ids) {
    const type = typeOfId(String(id)) ?? '';
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  let calls = 0;
  for (const [type, count] of byType) calls += type === 'BalanceMonitor' ? count : Math.ceil(count / MAX_PAGE_SIZE);
  return calls * UPSTREAM_CALL_COST;
}

/**
 * The one Pothos builder. Ids are Blnk's own (`bln_…`, `ldg_…`): already global and typed by
 * prefix, so the Relay global id is the Blnk id verbatim, with no base64.
 */
export const builder = new SchemaBuilder<{
  Context: Context;

  Scalars: {
    BigInt: { Input: bigint; Output: bigint };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  /** What the caller's scopes allow (auth/principal.ts); objects add identity checks (policy.ts). */
  AuthScopes: { read: boolean; write: boolean; admin: boolean; pii: boolean };
  /** Every connection carries its count when one was asked for. */
  Connection: { totalCount: number | null; totalCountIsEstimate: boolean };
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
      // pii:read, which no other scope implies (auth/principal.ts).
      pii: hasScope(ctx.principal, 'pii:read'),
    }),
    // An object the caller may not see is null with FORBIDDEN wherever it turns up.
    runScopesOnType: true,
    // A subscription's scopes are checked when it starts, before anything is watched or read;
    // without this, Pothos checks them only as each event resolves, and a caller without
    // ledger:read could hold a stream open.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, _ctx, _info, result) => scopeRefusal(result.failure),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: typeOfId(globalID) ?? '', id: globalID }),
    // node and nodes are defined in node.ts, to report NOT_FOUND per id.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: { list: false, items: false }, description: 'The items of this page, in order, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Where this item stands in the list: pass it as `after` or `before` to page from here. Opaque.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and the cursors to reach them.' },
    pageInfoTypeOptions: { description: "Where a page stands in its list (Relay's PageInfo)." },
    hasNextPageFieldOptions: {
      description: 'Whether items follow this page. At a page of 100 (the most Blnk returns) a full page counts as having more.',
    },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: "The first item's cursor; null on an empty page." },
    endCursorFieldOptions: { description: "The last item's cursor; null on an empty page." },
    firstArgOptions: {
      description: 'At most this many items from the start (or after `after`): 0 to 100, 20 when neither first nor last is given.',
    },
    lastArgOptions: { description: 'At most this many items from the end (or before `before`): 0 to 100. Not with first.' },
    afterArgOptions: { description: 'Items after this cursor (an endCursor or an edge cursor).' },
    beforeArgOptions: { description: 'Items before this cursor (a startCursor or an edge cursor).' },
    defaultConnectionTypeOptions: {
      description:
        "A page of a list, in Relay's connection form. Blnk pages by offset: rows written or deleted between two pages can shift the list.",
    },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    nodeTypeOptions: {
      description:
        'An object with a Blnk id, which names its type by prefix (bln_, ldg_, idt_, txn_, mon_): fetch any of them with node(id:) or nodes(ids:).',
    },
    idFieldOptions: { description: "Blnk's id, also the Relay global id (no base64): bln_…, ldg_…, idt_…, txn_… or mon_…." },
  },
  /**
   * The cost of a query before any of it runs: every field 1, a field that calls Blnk once for
   * each object it is selected on UPSTREAM_CALL_COST (perParentCost), and what a list selects
   * times its real size (a connection's first or last, 20 when absent; nodes' ids; _entities'
   * representations, set in entities.ts). Pothos multiplies each field by its parents' sizes, so
   * `nodes(ids: [×1000]) { ... on Balance { at } }` costs the 1,000 calls it would make.
   */
  complexity: {
    fieldComplexity: (args, _ctx, field) => {
      const own = perParentCost(field, args);
      // A connection fetches a page whether or not first/last is given: absent, it is 20.
      if ('first' in args || 'last' in args || field.args.some((arg) => arg.name === 'first')) {
        return { field: own, multiplier: Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE) || 1 };
      }
      if (Array.isArray(args.ids)) return { field: 1 + nodesCalls(args.ids), multiplier: Math.max(args.ids.length, 1) };
      return { field: own, multiplier: 1 };
    },
    // No limit here: the plugin would check only when one of its own root fields resolves, and
    // federation's are not its own. server/cost.ts checks every operation once, before it runs.
  },
  // Mutations answer a union of their object and typed errors (docs/architecture.md section 3).
  errors: {
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Result`,
      description:
        "A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead.",
    },
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many match, across all pages. Costs Blnk a count, so only asked for when selected.',
    resolve: (connection) => connection.totalCount,
  }),
);

builder.globalConnectionField('totalCountIsEstimate', (t) =>
  t.boolean({
    description:
      "Whether totalCount is an estimate. Blnk Core always counts exactly (false). Blnk Cloud may estimate a count (its Filters API's `total_is_estimate`); on transactions the gateway asks Cloud for an exact count (`strict_total=true`) whenever totalCount is selected, which costs Cloud a full count, so this reads true only where Cloud estimated a count the gateway did not ask to be exact. False when there is no count.",
    nullable: false,
    resolve: (connection) => connection.totalCountIsEstimate,
  }),
);

builder.queryType({
  authScopes: { read: true },
  description:
    'Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions.',
});
// Every write needs at least ledger:write, so a mutation added without its own scopes is closed
// rather than open; fields that administer add ledger:admin.
builder.mutationType({
  authScopes: { write: true },
  description:
    'Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors.',
});
