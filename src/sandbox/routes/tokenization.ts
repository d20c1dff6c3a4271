import { randomBytes } from 'node:crypto';
import { ApiError } from '../errors.js';
import type { Json } from '../json.js';
import { toJson } from '../json.js';
import type { Deps, Router, SandboxRequest } from '../router.js';
import type { IdentityRow, IdentityStringField } from '../store.js';
import { sortedJson } from '../wire.js';
import { identityOr404 } from './identities.js';

/**
 * Identity PII tokenization as Blnk v0.15.2 answers it (api/identity.go, identity.go,
 * internal/tokenization). Field names are Go struct-field names ("FirstName"); a name is first
 * capitalised ("firstName" works, "first_name" does not). Tokens are format-preserving
 * ("FPT:<same shape>:<ciphertext>"); the sandbox keeps the originals in the store instead of
 * encrypting them.
 */
const TOKENIZABLE: Record<string, IdentityStringField> = {
  FirstName: 'first_name',
  LastName: 'last_name',
  OtherNames: 'other_names',
  EmailAddress: 'email_address',
  PhoneNumber: 'phone_number',
  Street: 'street',
  PostCode: 'post_code',
};

const structName = (field: string) => (field.length > 0 ? field.charAt(0).toUpperCase() + field.slice(1) : field);

function marks(row: IdentityRow): Record<string, Json> {
  const raw = row.meta_data?.tokenized_fields;
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, Json>) : {};
}

const isTokenized = (row: IdentityRow, field: string) => marks(row)[structName(field)] === true || marks(row)[field] === true;

/** Letters stay letters, digits digits, everything else as it was: the shape survives. */
function shapeOf(value: string): string {
  const bytes = randomBytes(value.length);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (/[a-z]/.test(c)) out += String.fromCharCode(97 + (bytes[i]! % 26));
    else if (/[A-Z]/.test(c)) out += String.fromCharCode(65 + (bytes[i]! % 26));
    else if (/[0-9]/.test(c)) out += String.fromCharCode(48 + (bytes[i]! % 10));
    else out += c;
  }
  return out;
}

function tokenizeField(deps: Deps, id: string, field: string): void {
  const column = TOKENIZABLE[structName(field)];
  if (!column) throw new ApiError('IDT_FIELD_NOT_TOKENIZABLE', `field ${field} is not tokenizable`);
  const row = identityOr404(deps, id);
  if (isTokenized(row, field)) throw new ApiError('IDT_FIELD_ALREADY_TOKENIZED', `field ${field} is already tokenized`);
  const token = `FPT:${shapeOf(row[column])}:${randomBytes(24).toString('base64')}`;
  deps.store.tokens.set(token, row[column]);
  row[column] = token;
  row.meta_data = { ...(row.meta_data ?? {}), tokenized_fields: { ...marks(row), [structName(field)]: true } };
}

function detokenizeField(deps: Deps, id: string, field: string): string {
  const row = identityOr404(deps, id);
  if (!isTokenized(row, field)) {
    const suffix = row.meta_data ? `. Metadata: ${toJson(sortedJson(row.meta_data))}` : '';
    throw new ApiError('IDT_FIELD_NOT_TOKENIZED', `field ${field} is not tokenized${suffix}`);
  }
  const column = TOKENIZABLE[structName(field)];
  if (!column) throw new ApiError('GEN_INTERNAL', 'internal server error');
  const original = deps.store.tokens.get(row[column]);
  // A value Blnk cannot decrypt fails inside the cipher, unclassified.
  if (original === undefined) throw new ApiError('GEN_INTERNAL', 'internal server error');
  return original;
}

/** `{"fields": [...]}` with `binding:"required"`: absent or null fails validation, as gin words it. */
function fieldsOf(req: SandboxRequest, type: 'TokenizeRequest' | 'DetokenizeRequest'): string[] {
  const body = req.json();
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, Json>).fields : undefined;
  if (fields === undefined || fields === null) {
    throw new ApiError('GEN_MALFORMED_REQUEST', `Key: '${type}.Fields' Error:Field validation for 'Fields' failed on the 'required' tag`);
  }
  if (!Array.isArray(fields) || fields.some((f) => typeof f !== 'string')) {
    throw new ApiError('GEN_MALFORMED_REQUEST', `json: cannot unmarshal into Go struct field ${type}.fields of type []string`);
  }
  return fields as string[];
}

export function tokenizationRoutes(router: Router): void {
  router.add('GET', '/identities/:id/tokenized-fields', (req, deps) => {
    const row = identityOr404(deps, req.params.id!);
    const fields = Object.entries(marks(row))
      .filter(([, on]) => on === true)
      .map(([name]) => name);
    return { status: 200, json: { tokenized_fields: fields } };
  });

  router.add('POST', '/identities/:id/tokenize/:field', (req, deps) => {
    tokenizeField(deps, req.params.id!, req.params.field!);
    return { status: 200, json: { message: 'Field tokenized successfully' } };
  });

  router.add('GET', '/identities/:id/detokenize/:field', (req, deps) => {
    const value = detokenizeField(deps, req.params.id!, req.params.field!);
    return { status: 200, json: { field: req.params.field!, value } };
  });

  // One field after another: a refused field stops the rest, and the ones before it stay tokenized.
  router.add('POST', '/identities/:id/tokenize', (req, deps) => {
    const fields = fieldsOf(req, 'TokenizeRequest');
    if (fields.length === 0) throw new ApiError('GEN_VALIDATION_ERROR', 'at least one field must be specified');
    for (const field of fields) tokenizeField(deps, req.params.id!, field);
    return { status: 200, json: { message: 'Fields tokenized successfully' } };
  });

  router.add('POST', '/identities/:id/detokenize', (req, deps) => {
    const fields = fieldsOf(req, 'DetokenizeRequest');
    const out: Record<string, string> = {};
    if (fields.length === 0) {
      const row = identityOr404(deps, req.params.id!);
      for (const [name, on] of Object.entries(marks(row))) if (on === true) out[name] = detokenizeField(deps, req.params.id!, name);
    } else {
      for (const field of fields) out[field] = detokenizeField(deps, req.params.id!, field);
    }
    return { status: 200, json: { fields: sortedJson(out) } };
  });
}
