import { BlnkError } from './errors.js';

/**
 * The identity fields Blnk v0.15.2 can tokenize (internal/tokenization TokenizableFields), by the
 * domain's camelCase name and Blnk's struct-field name, which is what its routes, its
 * `tokenized_fields` metadata and its detokenize answers use.
 */
export const PII_FIELDS = {
  firstName: 'FirstName',
  lastName: 'LastName',
  otherNames: 'OtherNames',
  emailAddress: 'EmailAddress',
  phoneNumber: 'PhoneNumber',
  street: 'Street',
  postCode: 'PostCode',
} as const;
export type PiiField = keyof typeof PII_FIELDS;
export const PII_FIELD_NAMES = Object.keys(PII_FIELDS) as PiiField[];

const BY_BLNK_NAME = new Map<string, PiiField>(PII_FIELD_NAMES.map((f) => [PII_FIELDS[f], f]));

/** A Blnk field name (as in `tokenized_fields`) to the domain's, or null for one it does not tokenize. */
export function piiFieldOf(blnkName: string): PiiField | null {
  return BY_BLNK_NAME.get(blnkName) ?? BY_BLNK_NAME.get(blnkName.charAt(0).toUpperCase() + blnkName.slice(1)) ?? null;
}

/**
 * The tokenized fields an identity's metadata records (`meta_data.tokenized_fields`, a map of
 * Blnk field name → true), in PII_FIELDS order: GET /identities/{id}/tokenized-fields reads the
 * same map, so the identity row already answers it without a call.
 */
export function tokenizedFieldsOf(metaData: Record<string, unknown> | null): PiiField[] {
  const raw = metaData?.tokenized_fields;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const marked = new Set<PiiField>();
  for (const [name, on] of Object.entries(raw)) {
    const field = piiFieldOf(name);
    if (on === true && field) marked.add(field);
  }
  return PII_FIELD_NAMES.filter((f) => marked.has(f));
}

/**
 * `POST /identities/{id}/detokenize`'s `{fields: {Name: value}}`. Values are PII: they are never
 * put into an error message, whatever is wrong with the body.
 */
export function toDetokenized(raw: unknown): Partial<Record<PiiField, string>> {
  const fields = (raw as { fields?: unknown } | null)?.fields;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new BlnkError(200, 'UPSTREAM_ERROR', 'Blnk sent a detokenize answer without fields');
  }
  const out: Partial<Record<PiiField, string>> = {};
  for (const [name, value] of Object.entries(fields)) {
    const field = piiFieldOf(name);
    if (!field) continue;
    if (typeof value !== 'string') throw new BlnkError(200, 'UPSTREAM_ERROR', 'Blnk sent a detokenized value that is not text');
    out[field] = value;
  }
  return out;
}
