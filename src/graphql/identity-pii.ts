import { GraphQLError } from 'graphql';
import { BlnkError } from '../blnk/errors.js';
import { PII_FIELD_NAMES, tokenizedFieldsOf } from '../blnk/map-pii.js';
import type { PiiField } from '../blnk/map-pii.js';
import type { Identity } from '../blnk/model.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { mutate, UPDATE_ERRORS } from './errors.js';
import { IdentityRef } from './identity.js';
import { assertOperator } from './policy.js';

/**
 * Identity PII tokenization (Blnk's /identities/{id}/tokenize and /detokenize). Blnk replaces a
 * tokenized field's value with a format-preserving token ("FPT:…") and records the field in the
 * identity's metadata (`tokenized_fields`); the original comes back only through detokenize,
 * which here needs pii:read, a scope nothing else implies. Detokenized values are never logged
 * and never put into an error.
 */
const SCREAMING: Record<PiiField, string> = {
  firstName: 'FIRST_NAME',
  lastName: 'LAST_NAME',
  otherNames: 'OTHER_NAMES',
  emailAddress: 'EMAIL_ADDRESS',
  phoneNumber: 'PHONE_NUMBER',
  street: 'STREET',
  postCode: 'POST_CODE',
};

export const PiiFieldRef = builder.enumType('PiiField', {
  description: 'An identity field Blnk can tokenize (Blnk v0.15.2 tokenizes these seven and no other).',
  values: Object.fromEntries(
    PII_FIELD_NAMES.map((field) => [SCREAMING[field], { value: field, description: `The identity's ${field} field.` }]),
  ) as Record<string, { value: PiiField; description: string }>,
});

interface Detokenized {
  field: PiiField;
  value: string;
}

const DetokenizedFieldRef = builder.objectRef<Detokenized>('DetokenizedField').implement({
  description: "A tokenized field's original value.",
  fields: (t) => ({
    field: t.field({ type: PiiFieldRef, nullable: false, description: 'The field.', resolve: (d) => d.field }),
    value: t.exposeString('value', { nullable: false, description: 'Its value before tokenization (PII).' }),
  }),
});

/** The fields asked for, deduplicated, in PiiField order; every one when none is named. */
function chosen(fields: readonly PiiField[] | null | undefined): PiiField[] {
  if (!fields || fields.length === 0) return [...PII_FIELD_NAMES];
  const set = new Set(fields);
  return PII_FIELD_NAMES.filter((f) => set.has(f));
}

builder.objectFields(IdentityRef, (t) => ({
  tokenizedFields: t.field({
    type: [PiiFieldRef],
    nullable: false,
    description:
      'The fields Blnk holds tokenized: their values read as tokens ("FPT:…"), and `detokenized` returns the originals. Read from the identity itself (its metadata records them): no extra call.',
    resolve: (identity) => tokenizedFieldsOf(identity.metaData),
  }),
  detokenized: t.field({
    type: [DetokenizedFieldRef],
    nullable: true,
    authScopes: { pii: true },
    description:
      'The original values of tokenized fields (needs pii:read, which ledger:admin does not imply; never for a caller confined to an identity). Only fields that are tokenized are answered; with none tokenized, no call is made; otherwise one POST /identities/{id}/detokenize per identity.',
    args: {
      fields: t.arg({
        type: [PiiFieldRef],
        required: false,
        description: 'The fields wanted; every tokenized field when absent or empty.',
      }),
    },
    resolve: async (identity, args, ctx) => {
      const tokenized = new Set(tokenizedFieldsOf(identity.metaData));
      const wanted = chosen(args.fields).filter((f) => tokenized.has(f));
      if (wanted.length === 0) return [];
      let values: Partial<Record<PiiField, string>>;
      try {
        values = await ctx.client.detokenizeIdentity(identity.id, wanted);
      } catch (error) {
        // Blnk's refusal text carries the identity's metadata: it never reaches the caller.
        if (error instanceof BlnkError && error.status >= 400 && error.status < 500) {
          throw new GraphQLError('Blnk refused to detokenize this identity (it changed since it was read?)', {
            extensions: { code: error.isNotFound ? 'NOT_FOUND' : 'UPSTREAM_ERROR' },
          });
        }
        throw error;
      }
      return wanted.flatMap((field) => (values[field] === undefined ? [] : [{ field, value: values[field]! }]));
    },
  }),
}));

/** Tokenizes what is not tokenized yet; Blnk stops at the first field already tokenized. */
async function tokenize(ctx: Context, id: string, wanted: PiiField[]): Promise<Identity> {
  // Twice at most: a field tokenized by someone else between the read and the write makes Blnk
  // stop (409) with the later fields untouched; the second read sees it and sends the rest.
  for (let attempt = 0; ; attempt++) {
    const identity = await ctx.client.getIdentity(id);
    const done = new Set(tokenizedFieldsOf(identity.metaData));
    const rest = wanted.filter((f) => !done.has(f));
    if (rest.length === 0) return identity;
    try {
      await ctx.client.tokenizeIdentity(id, rest);
    } catch (error) {
      if (attempt === 0 && error instanceof BlnkError && error.code === 'IDT_FIELD_ALREADY_TOKENIZED') continue;
      throw error;
    }
    ctx.loaders.identity.clear(id);
    return ctx.client.getIdentity(id);
  }
}

builder.mutationFields((t) => ({
  tokenizeIdentity: t.field({
    authScopes: { admin: true },
    description:
      'Tokenizes identity PII fields (needs ledger:admin): each value is replaced by a token in Blnk, and the original is readable only through Identity.detokenized (pii:read). Fields already tokenized are left as they are, so this is safe to repeat. Needs BLNK_TOKENIZATION_SECRET (32 bytes) set on Blnk. Costs a read, the write and a read back. Errors: NotFoundError.',
    type: IdentityRef,
    errors: { types: UPDATE_ERRORS },
    args: {
      id: t.arg.id({ required: true, description: 'The identity.' }),
      fields: t.arg({
        type: [PiiFieldRef],
        required: false,
        description: 'The fields to tokenize; all seven when absent or empty.',
      }),
    },
    resolve: (_root, args, ctx) => {
      assertOperator(ctx);
      const id = String(args.id);
      return mutate(UPDATE_ERRORS, () => tokenize(ctx, id, chosen(args.fields)), { id });
    },
  }),
}));
