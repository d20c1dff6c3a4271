import { lacks } from '../blnk/model.js';
import type { Identity } from '../blnk/model.js';
import type { IdentityInput as IdentityFields } from '../blnk/inputs.js';
import { builder } from './builder.js';
import { assertOperator, canSeeIdentity, identityScope, visibleAs } from './policy.js';
import { filterBody, OrderBy, orderInput, resolveOffsetConnection } from './connection.js';
import { mutate, ConflictError, CREATE_ERRORS, DELETE_ERRORS, UPDATE_ERRORS, ValidationError } from './errors.js';
import { BlnkError } from '../blnk/errors.js';
import type { Context } from './context.js';
import {
  DateFilter,
  DateTimeFilter,
  filterInputs,
  IdFilter,
  MetaDataFilter,
  orConditions,
  refuseWhatTheSurfaceCannotFilter,
  refuseOrWith,
  StringFilter,
  toConditions,
} from './filters.js';
import { metaObject, pickFrom } from './ledger.js';
import { typeOfId } from '../domain/ids.js';

export const IdentityRef = builder.objectRef<Identity>('Identity');

/**
 * The resolver safety net: the row itself when it holds `field`, else the complete row through
 * the batched loader (a thin Cloud row: model.ts `absent`), never a placeholder as a fact.
 */
function holding(i: Identity, ctx: Context, field: string): Identity | Promise<Identity> {
  return lacks(i, field) ? ctx.loaders.identity.load(i.id) : i;
}

/** Identity's text fields, by their GraphQL (and domain) names; Blnk's keys are map-write.ts's. */
const STRING_NAMES = [
  'identityType',
  'organizationName',
  'category',
  'firstName',
  'lastName',
  'otherNames',
  'gender',
  'emailAddress',
  'phoneNumber',
  'nationality',
  'street',
  'country',
  'state',
  'postCode',
  'city',
] as const;
type StringField = (typeof STRING_NAMES)[number];

/** What each text field holds. Blnk checks none of them: they are free text. */
const MEANING: Record<StringField, string> = {
  identityType: 'The kind of identity, such as "individual" or "organization"',
  organizationName: "An organization's name",
  category: 'A category of your own',
  firstName: 'First name',
  lastName: 'Last name',
  otherNames: 'Other names',
  gender: 'Gender',
  emailAddress: 'Email address',
  phoneNumber: 'Phone number',
  nationality: 'Nationality',
  street: 'Street address',
  country: 'Country',
  state: 'State or region',
  postCode: 'Postal code',
  city: 'City',
};

builder.node(IdentityRef, {
  authScopes: (identity, ctx) => visibleAs('Identity', ctx, canSeeIdentity(ctx, identity)),
  description:
    'A person or organization that owns balances. Fields Blnk holds as "" are null, and a filter\'s isNull finds them. Every field reads the same whatever the route (Balance.identity included).',
  id: { resolve: (i) => i.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Identity',
  fields: (t) => ({
    ...Object.fromEntries(
      STRING_NAMES.map((name) => [
        name,
        t.string({
          nullable: true,
          description: `${MEANING[name]}; null when Blnk holds none (it keeps "").`,
          resolve: (i, _args, ctx) => pickFrom(holding(i, ctx, name), (r) => r[name]),
        }),
      ]),
    ),
    dob: t.field({
      type: 'Date',
      nullable: true,
      resolve: (i, _args, ctx) => pickFrom(holding(i, ctx, 'dob'), (r) => r.dob),
      description:
        'Date of birth. Blnk stores a date, so only the date is kept; null when unset (Blnk stores 0001-01-01, which no dob filter matches).',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When Blnk created the identity.',
      resolve: (i, _args, ctx) => pickFrom(holding(i, ctx, 'createdAt'), (r) => r.createdAt),
    }),
    metaData: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Your metadata; null when there is none.',
      resolve: (i, _args, ctx) => pickFrom(holding(i, ctx, 'metaData'), (r) => r.metaData),
    }),
  }),
});

export const IdentityFilter = filterInputs('IdentityFilter', 'identities', (t) => ({
  id: t.field({ type: IdFilter, description: 'The identity id.' }),
  ...Object.fromEntries(STRING_NAMES.map((name) => [name, t.field({ type: StringFilter, description: `${MEANING[name]}.` })])),
  dob: t.field({ type: DateFilter, description: 'The date of birth.' }),
  createdAt: t.field({ type: DateTimeFilter, description: 'When Blnk created the identity.' }),
  metaData: t.field({ type: [MetaDataFilter], description: 'Conditions on top-level metadata keys, all of which must hold.' }),
}));

const IdentityOrder = orderInput('IdentityOrder', 'identities', {
  CREATED_AT: { field: 'createdAt', description: 'When Blnk created the identity.' },
  FIRST_NAME: { field: 'firstName', description: 'The first name, as text.' },
  LAST_NAME: { field: 'lastName', description: 'The last name, as text.' },
  ORGANIZATION_NAME: { field: 'organizationName', description: 'The organization name, as text.' },
  EMAIL_ADDRESS: { field: 'emailAddress', description: 'The email address, as text.' },
});

const IdentityConnection = builder.connectionObject({ type: IdentityRef, name: 'IdentityConnection' }, { name: 'IdentityEdge' });

builder.queryFields((t) => ({
  identity: t.field({
    type: IdentityRef,
    description: 'An identity by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The id, as Blnk gave it.' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.identity.load(String(id)),
  }),
  // Always through POST /identities/filter: GET /identities without a filter returns the whole table.
  identities: t.connection(
    {
      type: IdentityRef,
      description: 'Identities, newest first unless ordered otherwise.',
      args: {
        filter: t.arg({ type: IdentityFilter, description: 'Conditions the items must all meet; every item when absent.' }),
        orderBy: t.arg({ type: OrderBy, description: 'Newest first when absent.', deprecationReason: 'Use order.' }),
        order: t.arg({ type: IdentityOrder.input, description: 'The order; newest first when absent.' }),
      },
      resolve: (_root, args, ctx, info) => {
        const ordering = IdentityOrder.resolve(args.order, args.orderBy);
        refuseWhatTheSurfaceCannotFilter(ctx.client.routes, args.filter, 'identities');
        const ored = orConditions(args.filter, 'identities');
        if (ored) refuseOrWith(identityScope(ctx, 'id'), "a confined caller's list");
        return resolveOffsetConnection(
          args,
          ordering,
          info,
          async (request) => {
            const filters = ored ?? [...identityScope(ctx, 'id'), ...toConditions(args.filter, 'identities')];
            const page = await ctx.client.filterIdentities(filterBody(filters, request, ored !== null));
            ctx.loaders.primeRows('identity', page.rows);
            return page;
          },
          { keyOf: (i) => i, anyOf: ored !== null },
        );
      },
    },
    IdentityConnection,
  ),
}));

const identityFields = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, 'InputObject'>,
) => ({
  ...(Object.fromEntries(STRING_NAMES.map((name) => [name, t.string({ description: `${MEANING[name]}; free text.` })])) as Record<
    StringField,
    ReturnType<typeof t.string>
  >),
  dob: t.field({ type: 'Date', description: 'Date of birth, such as "1990-01-31" (Blnk keeps the date only).' }),
  metaData: t.field({
    type: 'JSON',
    description: 'A JSON object; numbers within ±(2^53−1) (Blnk keeps them as float64).',
  }),
});

const CreateIdentityInput = builder.inputType('CreateIdentityInput', {
  description: 'A new identity. Every field is optional; Blnk checks none of the text.',
  fields: (t) => ({
    id: t.id({ description: 'A caller-chosen id: idt_ followed by a UUID. Blnk picks one when absent.' }),
    ...identityFields(t),
  }),
});

const UpdateIdentityInput = builder.inputType('UpdateIdentityInput', {
  description: 'Fields to set. Blnk cannot clear a field: an empty string is not written.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The identity to change.' }), ...identityFields(t) }),
});

const UUID = /^idt_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type IdentityInput = Partial<Record<StringField, string | null>> & { dob?: Date | null; metaData?: unknown };

function identityWrite(input: IdentityInput): IdentityFields {
  const fields: IdentityFields = {};
  for (const name of STRING_NAMES) {
    const value = input[name];
    if (typeof value === 'string') fields[name] = value;
  }
  // Blnk stores dob as a date and binds only a full RFC 3339 time: the date at midnight UTC.
  if (input.dob) fields.dob = input.dob.toISOString();
  const meta = metaObject(input.metaData);
  if (meta) fields.metaData = meta;
  return fields;
}

/** Whether the identity can still be read: tells a foreign-key 500 from any other failure. */
async function stillThere(ctx: Context, id: string): Promise<boolean> {
  return ctx.client.getIdentity(id).then(
    () => true,
    () => false,
  );
}

const DeleteIdentityPayload = builder.objectRef<{ deletedId: string }>('DeleteIdentityPayload').implement({
  description: 'The identity is gone.',
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { nullable: false, description: 'The id of the deleted identity.' }) }),
});

builder.mutationFields((t) => ({
  createIdentity: t.field({
    authScopes: { admin: true },
    description:
      'Creates an identity (needs ledger:admin). Errors: ValidationError (an id that is not idt_ and a UUID), ConflictError (that id exists).',
    type: IdentityRef,
    errors: { types: CREATE_ERRORS },
    args: {
      input: t.arg({
        type: CreateIdentityInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const id = input.id === null || input.id === undefined ? undefined : String(input.id);
      if (id !== undefined && !UUID.test(id)) throw new ValidationError('id must be idt_ followed by a UUID', 'id');
      const body = { ...(id ? { id } : {}), ...identityWrite(input) };
      return mutate(CREATE_ERRORS, async () => {
        try {
          return await ctx.client.createIdentity(body);
        } catch (error) {
          // Blnk v0.15.2 refuses a duplicate caller-chosen id as a 400 IDT_VALIDATION_ERROR.
          if (id && error instanceof BlnkError && error.code === 'IDT_VALIDATION_ERROR' && /already exists/i.test(error.message)) {
            throw new ConflictError('An identity with this id already exists');
          }
          throw error;
        }
      });
    },
  }),
  updateIdentity: t.field({
    authScopes: { admin: true },
    description:
      'Sets the fields given and answers the identity read back (needs ledger:admin). Blnk cannot clear a field. Errors: NotFoundError, ValidationError (nothing to set), ConflictError.',
    type: IdentityRef,
    errors: { types: UPDATE_ERRORS },
    args: {
      input: t.arg({
        type: UpdateIdentityInput,
        required: true,
        description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      assertOperator(ctx);
      const id = String(input.id);
      const body = identityWrite(input);
      // Blnk writes no empty string and answers 400 when nothing is left to set.
      if (!Object.values(body).some((v) => v !== '' && v !== null && v !== undefined)) {
        throw new ValidationError('Nothing to update: give at least one non-empty field', null);
      }
      // Blnk answers only {message}: the identity is read back.
      return mutate(
        UPDATE_ERRORS,
        async () => {
          await ctx.client.updateIdentity(id, body);
          ctx.loaders.identity.clear(id);
          return ctx.client.getIdentity(id);
        },
        { id },
      );
    },
  }),
  deleteIdentity: t.field({
    authScopes: { admin: true },
    description:
      'Deletes an identity. One that still owns balances cannot be deleted: Blnk fails on the foreign key with a bare 500, which the gateway answers as a ConflictError.',
    type: DeleteIdentityPayload,
    errors: { types: DELETE_ERRORS },
    args: { id: t.arg.id({ required: true, description: 'The id, as Blnk gave it.' }) },
    resolve: (_root, args, ctx) => {
      assertOperator(ctx);
      const id = String(args.id);
      return mutate(
        DELETE_ERRORS,
        async () => {
          try {
            await ctx.client.deleteIdentity(id);
          } catch (error) {
            // Blnk's DELETE fails on the balances' foreign key and answers a bare 500; the
            // identity is checked to still be there, so the 500 is known to mean "in use".
            if (error instanceof BlnkError && error.status === 500 && (await stillThere(ctx, id))) {
              throw new ConflictError('The identity still owns balances; it cannot be deleted');
            }
            throw error;
          }
          ctx.loaders.identity.clear(id);
          return { deletedId: id };
        },
        { id },
      );
    },
  }),
}));
