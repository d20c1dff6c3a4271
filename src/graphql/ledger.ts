import type { Ledger } from '../blnk/model.js';
import { builder } from './builder.js';
import { assertOperator, canSeeOperatorObjects, visibleAs } from './policy.js';
import { filterBody, OrderBy, resolveOffsetConnection } from './connection.js';
import { mutate, CREATE_ERRORS, UPDATE_ERRORS, ValidationError } from './errors.js';
import { DateTimeFilter, IdFilter, MetaDataFilter, StringFilter, toConditions } from './filters.js';
import { typeOfId } from './node-id.js';

export const LedgerRef = builder.objectRef<Ledger>('Ledger');

builder.node(LedgerRef, {
  authScopes: (_ledger, ctx) => visibleAs('Ledger', ctx, canSeeOperatorObjects(ctx)),
  description: 'A Blnk ledger: a named group of balances.',
  id: { resolve: (l) => l.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Ledger',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    metaData: t.expose('metaData', { type: 'JSON' }),
  }),
});

export const LedgerFilter = builder.inputType('LedgerFilter', {
  fields: (t) => ({
    id: t.field({ type: IdFilter }),
    name: t.field({ type: StringFilter }),
    createdAt: t.field({ type: DateTimeFilter }),
    metaData: t.field({ type: [MetaDataFilter] }),
  }),
});

const LEDGER_COLUMNS = { id: 'ledger_id', name: 'name', createdAt: 'created_at' };

const LedgerConnection = builder.connectionObject({ type: LedgerRef, name: 'LedgerConnection' }, { name: 'LedgerEdge' });

builder.queryFields((t) => ({
  ledger: t.field({
    type: LedgerRef,
    description: 'A ledger by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.ledger.load(String(id)),
  }),
  ledgers: t.connection(
    {
      type: LedgerRef,
      description: 'Ledgers, newest first unless ordered otherwise.',
      args: { filter: t.arg({ type: LedgerFilter }), orderBy: t.arg({ type: OrderBy }) },
      resolve: (_root, args, ctx, info) => {
        assertOperator(ctx);
        return resolveOffsetConnection(args, args.orderBy, info, async (request) => {
          const page = await ctx.client.filterLedgers(filterBody(toConditions(args.filter, LEDGER_COLUMNS), request));
          for (const l of page.rows) ctx.loaders.ledger.prime(l.id, l);
          return page;
        });
      },
    },
    LedgerConnection,
  ),
}));

const CreateLedgerInput = builder.inputType('CreateLedgerInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    metaData: t.field({ type: 'JSON' }),
  }),
});

const UpdateLedgerInput = builder.inputType('UpdateLedgerInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
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
    type: LedgerRef,
    errors: { types: CREATE_ERRORS },
    args: { input: t.arg({ type: CreateLedgerInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      assertOperator(ctx);
      if (input.name.trim() === '') throw new ValidationError('name cannot be blank', 'name');
      const meta = metaObject(input.metaData);
      return mutate(CREATE_ERRORS, () => ctx.client.createLedger({ name: input.name, ...(meta ? { meta_data: meta } : {}) }));
    },
  }),
  updateLedger: t.field({
    authScopes: { admin: true },
    type: LedgerRef,
    errors: { types: UPDATE_ERRORS },
    args: { input: t.arg({ type: UpdateLedgerInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      assertOperator(ctx);
      if (input.name.trim() === '') throw new ValidationError('name cannot be blank', 'name');
      const id = String(input.id);
      return mutate(UPDATE_ERRORS, () => ctx.client.updateLedger(id, input.name), { id });
    },
  }),
}));
