import type { BalanceMonitor } from '../blnk/model.js';
import type { MonitorBody } from '../blnk/wire.js';
import type { Context } from '../context.js';
import { LosslessNumber } from 'lossless-json';
import { BalanceRef } from './balance.js';
import { builder } from './builder.js';
import { assertOperator, canSeeOperatorObjects, visibleAs } from './policy.js';
import { hasScope } from '../auth/principal.js';
import { OrderBy, pageOfList, resolveOffsetConnection } from './connection.js';
import { mutate, CREATE_IN_ERRORS, DELETE_ERRORS, UPDATE_ERRORS, ValidationError } from './errors.js';
import { typeOfId } from './node-id.js';
import { fromDecimal, precisionProblem } from '../money.js';

/**
 * Balance monitors: Blnk calls a webhook when a balance field crosses a value. Blnk lists them
 * without pagination, so pages are cut here from the whole list.
 */
export const BalanceMonitorRef = builder.objectRef<BalanceMonitor>('BalanceMonitor');

const MonitorField = builder.enumType('MonitorField', {
  values: {
    BALANCE: { value: 'balance' },
    CREDIT_BALANCE: { value: 'credit_balance' },
    DEBIT_BALANCE: { value: 'debit_balance' },
    INFLIGHT_BALANCE: { value: 'inflight_balance' },
    INFLIGHT_CREDIT_BALANCE: { value: 'inflight_credit_balance' },
    INFLIGHT_DEBIT_BALANCE: { value: 'inflight_debit_balance' },
  } as const,
});

/** EQ is sent as `==`: Blnk stores `=` too, but its evaluator only matches `==`. */
const MonitorOperator = builder.enumType('MonitorOperator', {
  values: {
    GT: { value: '>' },
    GTE: { value: '>=' },
    LT: { value: '<' },
    LTE: { value: '<=' },
    EQ: { value: '==' },
    NE: { value: '!=' },
  } as const,
});

const OPERATOR_OF_WIRE: Record<string, '>' | '>=' | '<' | '<=' | '==' | '!='> = {
  '>': '>',
  '>=': '>=',
  '<': '<',
  '<=': '<=',
  '==': '==',
  '=': '==',
  '!=': '!=',
};

type Condition = BalanceMonitor['condition'];
const MonitorCondition = builder.objectRef<Condition>('MonitorCondition').implement({
  fields: (t) => ({
    field: t.field({
      type: MonitorField,
      resolve: (c) => (c.field as 'balance') ?? null,
    }),
    operator: t.field({ type: MonitorOperator, resolve: (c) => OPERATOR_OF_WIRE[c.operator] ?? null }),
    value: t.exposeString('value', { nullable: false, description: 'The threshold in major units.' }),
    precision: t.expose('precision', {
      type: 'BigInt',
      nullable: true,
      description:
        'Minor units per major unit. Blnk keeps it as a float64: one written in exponent form (1e+21) reads as the integer it names; null when it is not a whole number.',
    }),
    preciseValue: t.expose('preciseValue', { type: 'BigInt', description: 'The threshold in minor units.' }),
  }),
});

/** The list endpoint does not select precision and precise_value: such a row is read by id. */
async function complete(m: BalanceMonitor, ctx: Context): Promise<BalanceMonitor> {
  return m.condition.preciseValue !== null ? m : ctx.client.getMonitor(m.id);
}

builder.node(BalanceMonitorRef, {
  authScopes: (_monitor, ctx) => visibleAs('BalanceMonitor', ctx, canSeeOperatorObjects(ctx) && hasScope(ctx.principal, 'ledger:admin')),
  description: 'A webhook Blnk calls when a balance field crosses a value.',
  id: { resolve: (m) => m.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'BalanceMonitor',
  fields: (t) => ({
    balanceId: t.exposeID('balanceId', { nullable: false }),
    balance: t.field({ type: BalanceRef, resolve: (m, _args, ctx) => ctx.loaders.balanceRow.load(m.balanceId) }),
    description: t.exposeString('description'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    condition: t.field({
      type: MonitorCondition,
      nullable: false,
      resolve: async (m, _args, ctx) => (await complete(m, ctx)).condition,
    }),
  }),
});

const MonitorConnection = builder.connectionObject(
  { type: BalanceMonitorRef, name: 'BalanceMonitorConnection' },
  { name: 'BalanceMonitorEdge' },
);

builder.queryFields((t) => ({
  balanceMonitor: t.field({
    authScopes: { admin: true },
    type: BalanceMonitorRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.client.getMonitor(String(id)),
  }),
  balanceMonitors: t.connection(
    {
      type: BalanceMonitorRef,
      args: { orderBy: t.arg({ type: OrderBy }) },
      authScopes: { admin: true },
      resolve: async (_root, args, ctx, info) => {
        assertOperator(ctx);
        const all = await ctx.client.listMonitors();
        return resolveOffsetConnection(args, args.orderBy, info, async (request) => pageOfList(all, request));
      },
    },
    MonitorConnection,
  ),
}));

builder.objectField(BalanceRef, 'monitors', (t) =>
  t.connection(
    {
      type: BalanceMonitorRef,
      args: { orderBy: t.arg({ type: OrderBy }) },
      authScopes: { admin: true },
      resolve: async (balance, args, ctx, info) => {
        assertOperator(ctx);
        const all = await ctx.client.monitorsOfBalance(balance.id);
        return resolveOffsetConnection(args, args.orderBy, info, async (request) => pageOfList(all, request));
      },
    },
    MonitorConnection,
  ),
);

const ConditionInput = builder.inputType('MonitorConditionInput', {
  fields: (t) => ({
    field: t.field({ type: MonitorField, required: true }),
    operator: t.field({ type: MonitorOperator, required: true }),
    value: t.string({ required: true, description: 'The threshold as an exact decimal in major units, such as "100.50".' }),
    precision: t.field({
      type: 'BigInt',
      description: 'Minor units per major unit; 1 when absent. Below 10^21 and kept digit for digit by a float64, as Blnk stores it.',
    }),
  }),
});

const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?$/;

function conditionBody(c: { field: string; operator: string; value: string; precision?: bigint | null }): MonitorBody['condition'] {
  if (!DECIMAL.test(c.value)) throw new ValidationError('value must be a decimal such as "100.50"', 'value');
  const precision = c.precision ?? 1n;
  const problem = precisionProblem(precision);
  if (problem) throw new ValidationError(problem, 'precision');
  // Blnk computes the threshold it compares as int64(value * precision) on float64s: refused
  // unless that gives the exact minor units, so the monitor fires where the caller means.
  const exact = fromDecimal(c.value, precision);
  if (exact === null) throw new ValidationError(`value has more decimals than precision ${precision} holds`, 'value');
  const computed = Math.trunc(Number(c.value) * Number(precision));
  if (!Number.isSafeInteger(computed) || BigInt(computed) !== exact) {
    throw new ValidationError(
      `Blnk computes the threshold as value × precision in float64, which gives ${Number.isFinite(computed) ? BigInt(computed) : computed} instead of ${exact} here`,
      'value',
    );
  }
  // Blnk reads value as a float64: it is written digit for digit as the caller typed it.
  return { field: c.field, operator: c.operator, value: new LosslessNumber(c.value), precision };
}

const CreateMonitorInput = builder.inputType('CreateBalanceMonitorInput', {
  fields: (t) => ({
    balanceId: t.id({ required: true }),
    condition: t.field({ type: ConditionInput, required: true }),
    description: t.string(),
    callbackUrl: t.string({ description: 'Where Blnk posts the alert. Blnk never returns it.' }),
  }),
});

const UpdateMonitorInput = builder.inputType('UpdateBalanceMonitorInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    condition: t.field({ type: ConditionInput }),
    description: t.string(),
    callbackUrl: t.string(),
  }),
});

function callbackUrl(url: string | null | undefined): string | undefined {
  if (url === null || url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ValidationError('callbackUrl must be an http(s) URL', 'callbackUrl');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ValidationError('callbackUrl must be an http(s) URL', 'callbackUrl');
  }
  return url;
}

const DeleteMonitorPayload = builder.objectRef<{ deletedId: string }>('DeleteBalanceMonitorPayload').implement({
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { nullable: false }) }),
});

builder.mutationFields((t) => ({
  createBalanceMonitor: t.field({
    authScopes: { admin: true },
    type: BalanceMonitorRef,
    errors: { types: CREATE_IN_ERRORS },
    args: { input: t.arg({ type: CreateMonitorInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const url = callbackUrl(input.callbackUrl);
      const body: MonitorBody = {
        balance_id: String(input.balanceId),
        condition: conditionBody(input.condition),
        ...(input.description ? { description: input.description } : {}),
        ...(url ? { call_back_url: url } : {}),
      };
      return mutate(CREATE_IN_ERRORS, () => ctx.client.createMonitor(body), { id: String(input.balanceId) });
    },
  }),
  updateBalanceMonitor: t.field({
    authScopes: { admin: true },
    type: BalanceMonitorRef,
    errors: { types: UPDATE_ERRORS },
    args: { input: t.arg({ type: UpdateMonitorInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const id = String(input.id);
      const url = callbackUrl(input.callbackUrl);
      const body: MonitorBody = {
        ...(input.condition ? { condition: conditionBody(input.condition) } : {}),
        ...(input.description !== null && input.description !== undefined ? { description: input.description } : {}),
        ...(url ? { call_back_url: url } : {}),
      };
      // Blnk answers only {message}: the monitor is read back.
      return mutate(UPDATE_ERRORS, async () => {
        await ctx.client.updateMonitor(id, body);
        return ctx.client.getMonitor(id);
      }, { id });
    },
  }),
  deleteBalanceMonitor: t.field({
    authScopes: { admin: true },
    type: DeleteMonitorPayload,
    errors: { types: DELETE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => {
      assertOperator(ctx);
      const id = String(args.id);
      return mutate(DELETE_ERRORS, async () => {
        await ctx.client.deleteMonitor(id);
        return { deletedId: id };
      }, { id });
    },
  }),
}));
