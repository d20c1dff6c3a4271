import type { BalanceMonitor } from '../blnk/model.js';
import type { MonitorConditionInput, MonitorInput } from '../blnk/inputs.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context.js';
import { selectedFields } from './selection.js';
import { BalanceRef } from './balance.js';
import { builder } from './builder.js';
import { assertOperator, canSeeOperatorObjects, visibleAs } from './policy.js';
import { hasScope } from '../auth/principal.js';
import { OrderBy, orderInput, pageOfList, resolveOffsetConnection } from './connection.js';
import { mutate, CREATE_IN_ERRORS, DELETE_ERRORS, UPDATE_ERRORS, ValidationError } from './errors.js';
import { typeOfId } from '../domain/ids.js';
import { fromDecimal, precisionProblem } from '../domain/money.js';

/**
 * Balance monitors, as Blnk v0.15.2 keeps them (docs/blnk-differences.md): Blnk lists them
 * without pagination and without an order, so pages are cut here from the whole list, sorted
 * here. Alerts go to Blnk's one global webhook as `balance.monitor`, never to a monitor's
 * callback URL (blnk balance.go checkBalanceMonitors).
 */
export const BalanceMonitorRef = builder.objectRef<BalanceMonitor>('BalanceMonitor');

const MonitorField = builder.enumType('MonitorField', {
  description: 'The balance field a monitor watches (the Balance field of the same name).',
  values: {
    BALANCE: { value: 'balance', description: 'Balance.balance.' },
    CREDIT_BALANCE: { value: 'credit_balance', description: 'Balance.creditBalance.' },
    DEBIT_BALANCE: { value: 'debit_balance', description: 'Balance.debitBalance.' },
    INFLIGHT_BALANCE: { value: 'inflight_balance', description: 'Balance.inflightBalance.' },
    INFLIGHT_CREDIT_BALANCE: { value: 'inflight_credit_balance', description: 'Balance.inflightCreditBalance.' },
    INFLIGHT_DEBIT_BALANCE: { value: 'inflight_debit_balance', description: 'Balance.inflightDebitBalance.' },
  } as const,
});

/**
 * Blnk's table accepts `>`, `<`, `>=`, `<=`, `=`, `!=` while its evaluator (model.compare)
 * knows `==` and not `=`: no equality monitor can both be stored and fire on v0.15.2.
 */
const EQ_UNSUPPORTED =
  'EQ cannot work on Blnk v0.15.2: its table refuses "==" and its evaluator never matches "="; use GTE and LTE monitors instead';

const MonitorOperator = builder.enumType('MonitorOperator', {
  description: 'How the field is compared with the threshold.',
  values: {
    GT: { value: '>', description: 'Greater than.' },
    GTE: { value: '>=', description: 'Greater than or equal to.' },
    LT: { value: '<', description: 'Less than.' },
    LTE: { value: '<=', description: 'Less than or equal to.' },
    EQ: {
      value: '==',
      description:
        'Equal. Refused on create and update with a ValidationError: on Blnk v0.15.2 an equality monitor cannot be stored in a form its evaluator matches. Kept so that clients built against it still parse.',
    },
    NE: { value: '!=', description: 'Not equal to.' },
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
  description: 'field operator threshold, such as balance < 100.00.',
  fields: (t) => ({
    field: t.field({
      type: MonitorField,
      description: 'The watched field; null when Blnk holds one this API does not know.',
      resolve: (c) => (c.field as 'balance') ?? null,
    }),
    operator: t.field({
      type: MonitorOperator,
      description: 'The comparison; null when Blnk holds one this API does not know. A stored "=" reads as EQ.',
      resolve: (c) => OPERATOR_OF_WIRE[c.operator] ?? null,
    }),
    value: t.exposeString('value', { nullable: false, description: 'The threshold in major units.' }),
    precision: t.expose('precision', {
      type: 'BigInt',
      nullable: true,
      description:
        'Minor units per major unit. Blnk keeps it as a float64: one written in exponent form (1e+21) reads as the integer it names; null when it is not a whole number. Blnk lists monitors without it: in balanceMonitors, selecting it or preciseValue costs one call per distinct balance watched.',
    }),
    preciseValue: t.expose('preciseValue', {
      type: 'BigInt',
      description:
        'The threshold in minor units. Blnk lists monitors without it: in balanceMonitors, selecting it or precision costs one call per distinct balance watched.',
    }),
  }),
});

/** The condition fields the list endpoint (GET /balance-monitors) leaves out. */
const NOT_IN_LIST = new Set(['precision', 'preciseValue']);

/**
 * The list endpoint does not select precision and precise_value: when one of them is selected,
 * such a row is completed from its balance's monitors (GET /balance-monitors/balances/{id}, which
 * holds both, through the loader Balance.monitors uses), one call per distinct balance watched
 * rather than one per monitor; by id only if the monitor is no longer among them.
 */
async function complete(m: BalanceMonitor, ctx: Context, info: GraphQLResolveInfo): Promise<BalanceMonitor['condition']> {
  if (m.condition.preciseValue !== null) return m.condition;
  if (![...selectedFields(info, 'MonitorCondition')].some((f) => NOT_IN_LIST.has(f))) return m.condition;
  const ofBalance = await ctx.loaders.monitorsOfBalance.load(m.balanceId);
  const found = ofBalance.find((other) => other.id === m.id && other.condition.preciseValue !== null);
  return (found ?? (await ctx.client.getMonitor(m.id))).condition;
}

builder.node(BalanceMonitorRef, {
  authScopes: (_monitor, ctx) => visibleAs('BalanceMonitor', ctx, canSeeOperatorObjects(ctx) && hasScope(ctx.principal, 'ledger:admin')),
  description:
    'A condition on a balance field. On every applied transaction that leaves the condition true (not only when it is first crossed), Blnk sends a `balance.monitor` event to its one global webhook (BLNK_WEBHOOK_URL); it never calls a per-monitor URL.',
  id: { resolve: (m) => m.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'BalanceMonitor',
  fields: (t) => ({
    balanceId: t.exposeID('balanceId', { nullable: false, description: 'The watched balance.' }),
    balance: t.field({
      type: BalanceRef,
      description: 'The watched balance; null with an error when it is gone.',
      resolve: (m, _args, ctx) => ctx.loaders.balanceRow.load(m.balanceId),
    }),
    description: t.exposeString('description', {
      description: 'Set only through updateBalanceMonitor: Blnk drops a description sent on create.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When Blnk created the monitor.' }),
    condition: t.field({
      type: MonitorCondition,
      nullable: false,
      description: 'What the monitor watches for.',
      resolve: (m, _args, ctx, info) => complete(m, ctx, info),
    }),
  }),
});

const MonitorOrder = orderInput(
  'BalanceMonitorOrder',
  'balance monitors',
  { CREATED_AT: { field: 'createdAt', description: 'When Blnk created the monitor; monitors with one time by id.' } },
  'Blnk lists monitors whole, without order: the gateway orders the list it reads and pages it by offset, which is unstable under writes (a monitor created or deleted between two pages shifts the rest).',
);

const MonitorConnection = builder.connectionObject(
  { type: BalanceMonitorRef, name: 'BalanceMonitorConnection' },
  { name: 'BalanceMonitorEdge' },
);

builder.queryFields((t) => ({
  balanceMonitor: t.field({
    authScopes: { admin: true },
    description: 'A balance monitor by id (needs ledger:admin); null with a NOT_FOUND error when there is none.',
    type: BalanceMonitorRef,
    args: { id: t.arg.id({ required: true, description: 'The id, as Blnk gave it.' }) },
    resolve: (_root, { id }, ctx) => ctx.client.getMonitor(String(id)),
  }),
  balanceMonitors: t.connection(
    {
      type: BalanceMonitorRef,
      description:
        'Every balance monitor (needs ledger:admin), newest first unless ordered otherwise. Blnk lists monitors whole, without paging or order: the gateway reads the whole list for each page and orders it (by creation, then id).',
      args: {
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: MonitorOrder.input, description: 'The order; newest first when absent.' }),
      },
      authScopes: { admin: true },
      resolve: async (_root, args, ctx, info) => {
        assertOperator(ctx);
        const ordering = MonitorOrder.resolve(args.order, args.orderBy);
        const all = newestFirst(await ctx.client.listMonitors());
        return resolveOffsetConnection(args, ordering, info, async (request) => pageOfList(all, request));
      },
    },
    MonitorConnection,
  ),
}));

builder.objectField(BalanceRef, 'monitors', (t) =>
  t.connection(
    {
      type: BalanceMonitorRef,
      description:
        "This balance's monitors (needs ledger:admin), newest first unless ordered otherwise. Blnk lists them whole, without paging or order: the gateway reads the balance's list (one request per balance) and orders it (by creation, then id).",
      args: {
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: MonitorOrder.input, description: 'The order; newest first when absent.' }),
      },
      authScopes: { admin: true },
      resolve: async (balance, args, ctx, info) => {
        assertOperator(ctx);
        const ordering = MonitorOrder.resolve(args.order, args.orderBy);
        // GET /balance-monitors/balances/:id answers this balance's monitors whole, precision and
        // precise_value included (measured on v0.15.2), so no monitor needs reading again.
        const all = newestFirst(await ctx.loaders.monitorsOfBalance.load(balance.id));
        return resolveOffsetConnection(args, ordering, info, async (request) => pageOfList(all, request));
      },
    },
    MonitorConnection,
  ),
);

const ConditionInput = builder.inputType('MonitorConditionInput', {
  description:
    'field operator value, at a precision. Checked before anything is sent: Blnk v0.15.2 would store some conditions it then evaluates wrongly.',
  fields: (t) => ({
    field: t.field({ type: MonitorField, required: true, description: 'The balance field to watch.' }),
    operator: t.field({ type: MonitorOperator, required: true, description: 'The comparison (EQ is refused).' }),
    value: t.string({
      required: true,
      description: 'The threshold in whole major units, such as "100": Blnk v0.15.2 keeps it as an integer and refuses 0.',
    }),
    precision: t.field({
      type: 'BigInt',
      description: 'Minor units per major unit; 1 when absent. Below 10^21 and kept digit for digit by a float64, as Blnk stores it.',
    }),
  }),
});

const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?$/;

function conditionBody(c: { field: string; operator: string; value: string; precision?: bigint | null }): MonitorConditionInput {
  if (!DECIMAL.test(c.value)) throw new ValidationError('value must be a decimal such as "100.50"', 'value');
  if (c.operator === '==') throw new ValidationError(EQ_UNSUPPORTED, 'operator');
  // Blnk v0.15.2 stores value in a BIGINT column (sql/1708676327.sql): a fraction fails there with
  // a 500, and ozzo's Required refuses 0 as blank (api/model ValidateMonitorCondition).
  if (!/^-?\d+$/.test(c.value)) {
    throw new ValidationError('value must be a whole number of major units: Blnk v0.15.2 stores it as an integer', 'value');
  }
  if (/^-?0+$/.test(c.value)) throw new ValidationError('value cannot be 0: Blnk refuses a zero threshold', 'value');
  const precision = c.precision ?? 1n;
  const problem = precisionProblem(precision);
  if (problem) throw new ValidationError(problem, 'precision');
  // Blnk computes the threshold it compares as int64(value * precision) on float64s: refused
  // unless that gives the exact minor units, so the monitor fires where the caller means.
  const exact = fromDecimal(c.value, precision);
  if (exact === null) throw new ValidationError('value has more decimals than precision holds', 'value');
  const computed = Math.trunc(Number(c.value) * Number(precision));
  if (!Number.isSafeInteger(computed) || BigInt(computed) !== exact) {
    throw new ValidationError(
      // Neither the product nor the value is echoed: both are the caller's numbers.
      'Blnk computes the threshold as value × precision in float64, which does not give the exact product here: value × precision must be an integer within ±(2^53−1)',
      'value',
    );
  }
  // Blnk reads value as a float64: it is written digit for digit as the caller typed it (map-write.ts).
  return { field: c.field, operator: c.operator, value: c.value, precision };
}

const CreateMonitorInput = builder.inputType('CreateBalanceMonitorInput', {
  description: 'A new monitor on a balance.',
  fields: (t) => ({
    balanceId: t.id({ required: true, description: 'The balance to watch.' }),
    condition: t.field({ type: ConditionInput, required: true, description: 'What to watch for.' }),
    description: t.string({
      description: 'Refused with a ValidationError: Blnk v0.15.2 drops a description sent on create. Set it with updateBalanceMonitor.',
    }),
    callbackUrl: t.string({
      description:
        'Stored by Blnk but never used for delivery (alerts go to the global webhook), never returned, and cleared by any update.',
    }),
  }),
});

const UpdateMonitorInput = builder.inputType('UpdateBalanceMonitorInput', {
  description: 'Changes to a monitor; absent fields keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The monitor to change.' }),
    condition: t.field({
      type: ConditionInput,
      description:
        'A new field or operator. value and precision must stay as they are (Blnk v0.15.2 never recomputes the threshold): to change them, delete the monitor and create another.',
    }),
    description: t.string({ description: 'Replaces the description; absent keeps the current one.' }),
    callbackUrl: t.string({
      description: "Refused: Blnk's update cannot carry a callback URL (it clears the stored one on every update).",
    }),
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

/** GetAllMonitors has no ORDER BY: the gateway orders the list itself, newest first, then by id. */
function newestFirst(all: BalanceMonitor[]): BalanceMonitor[] {
  const at = (m: BalanceMonitor) => m.createdAt?.getTime() ?? 0;
  return [...all].sort((a, b) => at(b) - at(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * PUT /balance-monitors/:id binds the whole model.BalanceMonitor and database.UpdateMonitor writes
 * balance_id, field, operator, value, description and call_back_url from it: a partial body
 * blanks the rest (a missing balance_id fails). So the current row is read and sent back whole.
 * What cannot be kept: the callback URL (`json:"-"`, never bound, so cleared) and a new threshold
 * (precise_value, which the evaluator compares, is never rewritten): a change of value or
 * precision is refused rather than left half applied.
 */
function wholeRow(current: BalanceMonitor, wanted: MonitorConditionInput | null, description: string | null | undefined): MonitorInput {
  const c = current.condition;
  if (wanted) {
    const sameValue = String(wanted.value) === c.value && wanted.precision === c.precision;
    if (!sameValue) {
      throw new ValidationError(
        'Blnk v0.15.2 does not recompute the threshold on update: delete the monitor and create a new one to change value or precision',
        'condition.value',
      );
    }
  }
  if (c.precision === null) {
    throw new ValidationError(
      "The monitor's precision is not a whole number: delete the monitor and create a new one",
      'condition.precision',
    );
  }
  return {
    balanceId: current.balanceId,
    description: description ?? current.description ?? '',
    condition: {
      field: wanted?.field ?? c.field,
      operator: wanted?.operator ?? c.operator,
      value: c.value,
      // Not written by UpdateMonitor; sent only because the body's struct has it.
      precision: c.precision ?? 1n,
    },
  };
}

const DeleteMonitorPayload = builder.objectRef<{ deletedId: string }>('DeleteBalanceMonitorPayload').implement({
  description: 'The monitor is gone.',
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { nullable: false, description: 'The id of the deleted monitor.' }) }),
});

builder.mutationFields((t) => ({
  createBalanceMonitor: t.field({
    authScopes: { admin: true },
    description:
      'Creates a monitor on a balance (needs ledger:admin). Errors: ValidationError (a condition Blnk v0.15.2 cannot keep, a description, a bad callbackUrl), NotFoundError (the balance), ConflictError.',
    type: BalanceMonitorRef,
    errors: { types: CREATE_IN_ERRORS },
    args: {
      input: t.arg({
        type: CreateMonitorInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const url = callbackUrl(input.callbackUrl);
      if (input.description !== null && input.description !== undefined) {
        // api/model CreateBalanceMonitor has no description: Blnk would drop it without a word.
        throw new ValidationError('Blnk v0.15.2 drops a description on create: set it with updateBalanceMonitor', 'description');
      }
      const body: MonitorInput = {
        balanceId: String(input.balanceId),
        condition: conditionBody(input.condition),
        ...(url ? { callbackUrl: url } : {}),
      };
      return mutate(CREATE_IN_ERRORS, () => ctx.client.createMonitor(body), { id: String(input.balanceId) });
    },
  }),
  updateBalanceMonitor: t.field({
    authScopes: { admin: true },
    description:
      "Changes a monitor's field, operator or description and answers it read back (needs ledger:admin); the gateway sends Blnk the whole row, as Blnk's update replaces it. Errors: NotFoundError, ValidationError (a threshold change, a callbackUrl), ConflictError.",
    type: BalanceMonitorRef,
    errors: { types: UPDATE_ERRORS },
    args: {
      input: t.arg({
        type: UpdateMonitorInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const id = String(input.id);
      if (input.callbackUrl !== null && input.callbackUrl !== undefined) {
        throw new ValidationError("Blnk's monitor update cannot set a callback URL", 'callbackUrl');
      }
      const wanted = input.condition ? conditionBody(input.condition) : null;
      // Blnk answers only {message}: the monitor is read back.
      return mutate(
        UPDATE_ERRORS,
        async () => {
          await ctx.client.updateMonitor(id, wholeRow(await ctx.client.getMonitor(id), wanted, input.description));
          return ctx.client.getMonitor(id);
        },
        { id },
      );
    },
  }),
  deleteBalanceMonitor: t.field({
    authScopes: { admin: true },
    description: 'Deletes a monitor (needs ledger:admin). Errors: NotFoundError, ConflictError.',
    type: DeleteMonitorPayload,
    errors: { types: DELETE_ERRORS },
    args: { id: t.arg.id({ required: true, description: 'The id, as Blnk gave it.' }) },
    resolve: (_root, args, ctx) => {
      assertOperator(ctx);
      const id = String(args.id);
      return mutate(
        DELETE_ERRORS,
        async () => {
          await ctx.client.deleteMonitor(id);
          return { deletedId: id };
        },
        { id },
      );
    },
  }),
}));
