import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind } from 'graphql';
import { lacks } from '../blnk/model.js';
import type { Ledger } from '../blnk/model.js';
import type { Context } from './context.js';
import { selectedFields } from './selection.js';
import { builder } from './builder.js';
import { assertOperator, canSeeOperatorObjects, visibleAs } from './policy.js';
import { filterBody, OrderBy, orderInput, resolveOffsetConnection } from './connection.js';
import { mutate, CREATE_ERRORS, UPDATE_ERRORS, ValidationError } from './errors.js';
import {
  DateTimeFilter,
  filterInputs,
  IdFilter,
  MetaDataFilter,
  orConditions,
  refuseWhatTheSurfaceCannotFilter,
  StringFilter,
  toConditions,
} from './filters.js';
import { typeOfId } from '../domain/ids.js';
import { assertRowText, ledgerTextBytes } from './row-limit.js';

export const LedgerRef = builder.objectRef<Ledger>('Ledger');

/** What a read must hold for these GraphQL fields of Ledger (client.ts `Needs`): the id always. */
export function ledgerNeeds(fields: Iterable<string>): Set<string> {
  const needs = new Set(['id']);
  for (const f of fields) if (f === 'name' || f === 'createdAt' || f === 'metaData') needs.add(f);
  return needs;
}

/** A ledger by id holding what the selection under `info` reads, batched. */
export function loadLedger(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<Ledger> {
  // Core's rows are whole: its one loader, which list pages prime, answers every selection.
  if (!ctx.client.routes.thinRows) return ctx.loaders.ledger.load(id);
  return ctx.loaders.ledgerWith(ledgerNeeds(selectedFields(info, 'Ledger'))).load(id);
}

/**
 * `get` of a row that is at hand or still loading: no promise for the row at hand, so a field the
 * row holds costs a resolver no more than before the safety nets.
 */
export const pickFrom = <R, T>(row: R | Promise<R>, get: (r: R) => T): T | Promise<T> =>
  row instanceof Promise ? row.then(get) : get(row);

/** The resolver safety net: the row when it holds `field`, else the complete row (batched). */
function holding(l: Ledger, ctx: Context, field: string): Ledger | Promise<Ledger> {
  return lacks(l, field) ? ctx.loaders.ledger.load(l.id) : l;
}

/**
 * Every field name anywhere under the current field (a connection's edges, nodes and what is
 * nested in them), through fragments: the needs of a page's rows, over-approximated (a nested
 * object's `createdAt` counts as the row's), which costs at most a call, never a wrong answer.
 */
export function subtreeNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    if (depth > 8) return;
    for (const s of set?.selections ?? []) {
      if (getDirectiveValues(GraphQLSkipDirective, s, info.variableValues)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, s, info.variableValues)?.if === false) continue;
      if (s.kind === Kind.FIELD) {
        names.add(s.name.value);
        visit(s.selectionSet, depth + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, depth + 1);
      else visit(info.fragments[s.name.value]?.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return names;
}

builder.node(LedgerRef, {
  authScopes: (_ledger, ctx) => visibleAs('Ledger', ctx, canSeeOperatorObjects(ctx)),
  description: 'A Blnk ledger: a named group of balances.',
  id: { resolve: (l) => l.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Ledger',
  fields: (t) => ({
    name: t.string({
      nullable: false,
      description: 'The name given at creation or by updateLedger.',
      resolve: (l, _args, ctx) => pickFrom(holding(l, ctx, 'name'), (r) => r.name),
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When Blnk created the ledger.',
      resolve: (l, _args, ctx) => pickFrom(holding(l, ctx, 'createdAt'), (r) => r.createdAt),
    }),
    metaData: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Your metadata; null when there is none.',
      resolve: (l, _args, ctx) => pickFrom(holding(l, ctx, 'metaData'), (r) => r.metaData),
    }),
  }),
});

export const LedgerFilter = filterInputs('LedgerFilter', 'ledgers', (t) => ({
  id: t.field({ type: IdFilter, description: 'The ledger id.' }),
  name: t.field({ type: StringFilter, description: 'The name.' }),
  createdAt: t.field({ type: DateTimeFilter, description: 'When Blnk created the ledger.' }),
  metaData: t.field({ type: [MetaDataFilter], description: 'Conditions on top-level metadata keys, all of which must hold.' }),
}));

const LedgerOrder = orderInput('LedgerOrder', 'ledgers', {
  CREATED_AT: { field: 'createdAt', description: 'When Blnk created the ledger.' },
  NAME: { field: 'name', description: 'The name, as text.' },
});

const LedgerConnection = builder.connectionObject({ type: LedgerRef, name: 'LedgerConnection' }, { name: 'LedgerEdge' });

builder.queryFields((t) => ({
  ledger: t.field({
    type: LedgerRef,
    description: 'A ledger by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The id, as Blnk gave it.' }) },
    resolve: (_root, { id }, ctx, info) => loadLedger(ctx, String(id), info),
  }),
  ledgers: t.connection(
    {
      type: LedgerRef,
      description: 'Ledgers, newest first unless ordered otherwise.',
      args: {
        filter: t.arg({ type: LedgerFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: LedgerOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (_root, args, ctx, info) => {
        assertOperator(ctx);
        const ordering = LedgerOrder.resolve(args.order, args.orderBy);
        refuseWhatTheSurfaceCannotFilter(ctx.client.routes, args.filter, 'ledgers');
        const ored = orConditions(args.filter, 'ledgers');
        return resolveOffsetConnection(
          args,
          ordering,
          info,
          async (request) => {
            const filters = ored ?? toConditions(args.filter, 'ledgers');
            const page = await ctx.client.filterLedgers(filterBody(filters, request, ored !== null), ledgerNeeds(subtreeNames(info)));
            ctx.loaders.primeRows('ledger', page.rows);
            return page;
          },
          { keyOf: (l) => l, anyOf: ored !== null },
        );
      },
    },
    LedgerConnection,
  ),
}));

const CreateLedgerInput = builder.inputType('CreateLedgerInput', {
  description: 'A new ledger.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Any non-blank name.' }),
    metaData: t.field({
      type: 'JSON',
      description:
        'A JSON object; numbers within ±(2^53−1) (Blnk keeps them as float64). With name, at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise).',
    }),
  }),
});

const UpdateLedgerInput = builder.inputType('UpdateLedgerInput', {
  description: 'A new name for a ledger.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The ledger to rename.' }),
    name: t.string({ required: true, description: 'Blnk can rename a ledger; nothing else of it changes.' }),
  }),
});

/** A metaData input must be a JSON object: Blnk binds it into a map. */
export function metaObject(value: unknown, field = 'metaData'): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ValidationError(`${field} must be a JSON object`, field);
  return value as Record<string, unknown>;
}

builder.mutationFields((t) => ({
  createLedger: t.field({
    authScopes: { admin: true },
    description: 'Creates a ledger (needs ledger:admin). Errors: ValidationError (a blank name), ConflictError.',
    type: LedgerRef,
    errors: { types: CREATE_ERRORS },
    args: {
      input: t.arg({
        type: CreateLedgerInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      assertOperator(ctx);
      if (input.name.trim() === '') throw new ValidationError('name cannot be blank', 'name');
      const meta = metaObject(input.metaData);
      assertRowText(ledgerTextBytes({ name: input.name, metaData: meta }), { argument: 'createLedger(input)', row: 'ledger' });
      return mutate(CREATE_ERRORS, () => ctx.client.createLedger({ name: input.name, ...(meta ? { metaData: meta } : {}) }));
    },
  }),
  updateLedger: t.field({
    authScopes: { admin: true },
    description: 'Renames a ledger (needs ledger:admin). Errors: NotFoundError, ValidationError (a blank name), ConflictError.',
    type: LedgerRef,
    errors: { types: UPDATE_ERRORS },
    args: {
      input: t.arg({
        type: UpdateLedgerInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      assertOperator(ctx);
      if (input.name.trim() === '') throw new ValidationError('name cannot be blank', 'name');
      const id = String(input.id);
      return mutate(UPDATE_ERRORS, () => ctx.client.updateLedger(id, input.name), { id });
    },
  }),
}));
