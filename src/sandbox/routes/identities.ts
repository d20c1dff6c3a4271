import { ApiError, notFound, nulInParams, nulRefused, pgError } from '../errors.js';
import { toJson } from '../json.js';
import { isPrefixedUuid, newId } from '../ids.js';
import type { Deps, Router } from '../router.js';
import { IDENTITY_STRING_FIELDS } from '../store.js';
import type { IdentityRow } from '../store.js';
import { GO_ZERO_TIME, nowMicros, parseTime } from '../time.js';
import type { Micros } from '../time.js';
import { identityJson, sortedJson } from '../wire.js';
import { Binder } from './bind.js';
import { filterList, getList } from './lists.js';
import { readIdentity } from './readers.js';

/** A GET's miss carries details {} (sql.ErrNoRows); an update's or a delete's none. */
export function identityOr404(deps: Deps, id: string, { details = true, nulMessage = 'Failed to retrieve identity' } = {}): IdentityRow {
  if (id.includes('\u0000')) throw nulRefused(nulMessage);
  const row = deps.store.identities.get(id);
  if (!row) {
    const message = `Identity with ID '${id}' not found`;
    throw details ? notFound('IDT_NOT_FOUND', message) : new ApiError('IDT_NOT_FOUND', message);
  }
  return row;
}

/**
 * `dob` binds into time.Time, which takes only a full RFC 3339 timestamp. The column is a SQL
 * DATE, so what is stored (and read back) is the calendar date as written, at midnight UTC; the
 * create answer still echoes the time as bound.
 */
function bindDob(body: Binder): { bound: Micros; stored: Micros } | null {
  if (!body.has('dob')) return null;
  const raw = body.body.dob;
  if (typeof raw !== 'string') throw new ApiError('GEN_MALFORMED_REQUEST', 'Time.UnmarshalJSON: input is not a JSON string');
  const bound = parseTime(raw);
  if (bound === null) {
    // Go's time.Parse names the rest of the input it could not match and the layout element it
    // wanted there; a bare date stops where "T" was expected.
    const where = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? 'cannot parse "" as "T"' : `cannot parse ${JSON.stringify(raw)} as "2006"`;
    throw new ApiError('GEN_MALFORMED_REQUEST', `parsing time ${JSON.stringify(raw)} as "2006-01-02T15:04:05Z07:00": ${where}`);
  }
  return { bound, stored: parseTime(`${(raw as string).slice(0, 10)}T00:00:00Z`)! };
}

const ZERO_DOB = parseTime(GO_ZERO_TIME)!;

const source = (deps: Deps) => ({
  table: 'identities' as const,
  rows: deps.store.identities.values(),
  read: readIdentity,
  render: identityJson,
  nullWhenEmpty: true,
});

export function identityRoutes(router: Router): void {
  // The body binds straight onto model.Identity: types are checked, values are not.
  router.add('POST', '/identities', (req, deps) => {
    const body = Binder.of(req.json(), 'model.Identity');
    const requested = body.string('identity_id');
    if (requested && !requested.startsWith('idt_')) {
      throw new ApiError('IDT_VALIDATION_ERROR', "identity_id must start with the 'idt_' prefix");
    }
    if (requested && !isPrefixedUuid(requested, 'idt')) {
      // The uuid parser's error rides along as details, which marshals as {}.
      throw new ApiError('IDT_VALIDATION_ERROR', "identity_id suffix after 'idt_' must be a valid UUID", { details: {} });
    }
    // A duplicate caller-chosen id is refused as invalid (400), not as a conflict (v0.15.2).
    if (requested && deps.store.identities.has(requested)) {
      throw new ApiError('IDT_VALIDATION_ERROR', `Identity already exists: ${requested}`, {
        details: pgError({
          code: '23505',
          message: 'duplicate key value violates unique constraint "identity_identity_id_key"',
          detail: `Key (identity_id)=(${requested}) already exists.`,
          schema: 'blnk',
          table: 'identity',
          constraint: 'identity_identity_id_key',
          file: 'nbtinsert.c',
          line: '664',
          routine: '_bt_check_unique',
        }),
      });
    }
    const strings = Object.fromEntries(IDENTITY_STRING_FIELDS.map((f) => [f, body.string(f)])) as Record<
      (typeof IDENTITY_STRING_FIELDS)[number],
      string
    >;
    const dob = bindDob(body);
    const meta = body.meta();
    // The insert's parameters in order: identity_id, identity_type, first_name, last_name,
    // other_names, gender, dob, email_address, phone_number, nationality, organization_name,
    // category, street, country, state, post_code, city, created_at, meta_data.
    const nul = nulInParams('Failed to create identity', [
      requested,
      strings.identity_type,
      strings.first_name,
      strings.last_name,
      strings.other_names,
      strings.gender,
      null,
      strings.email_address,
      strings.phone_number,
      strings.nationality,
      strings.organization_name,
      strings.category,
      strings.street,
      strings.country,
      strings.state,
      strings.post_code,
      strings.city,
      null,
      meta ? { json: toJson(sortedJson(meta)) } : null,
    ]);
    if (nul) throw nul;
    const row: IdentityRow = {
      identity_id: requested || newId('idt'),
      ...strings,
      dob: dob?.stored ?? null,
      created_at: nowMicros(),
      meta_data: meta,
    };
    deps.store.identities.set(row.identity_id, row);
    const created = identityJson({ ...row, dob: dob?.bound ?? null });
    deps.webhooks.send('identity.created', () => created);
    return { status: 201, json: created };
  });

  router.add('GET', '/identities/:id', (req, deps) => ({
    status: 200,
    json: identityJson(identityOr404(deps, req.params.id!)),
  }));

  // Empty strings and zero times are not written: an update can set a field, never clear it.
  router.add('PUT', '/identities/:id', (req, deps) => {
    const body = Binder.of(req.json(), 'model.Identity');
    // The whole body binds before anything is written.
    const strings = IDENTITY_STRING_FIELDS.map((field) => [field, body.string(field)] as const);
    const dob = bindDob(body);
    const meta = body.meta();
    const row = identityOr404(deps, req.params.id!, { details: false });
    // The SET list is built from what is not blank: with nothing left, the update is a 400.
    const settable = strings.some(([, value]) => value) || (dob !== null && dob.bound !== ZERO_DOB) || meta;
    if (!settable) throw new ApiError('GEN_BAD_REQUEST', 'No fields provided for update');
    // The SET list's parameters, the written fields in order.
    const nul = nulInParams(
      'Failed to update identity',
      strings.filter(([, value]) => value).map(([, value]) => value),
    );
    if (nul) throw nul;
    for (const [field, value] of strings) if (value) row[field] = value;
    if (dob !== null && dob.bound !== ZERO_DOB) row.dob = dob.stored;
    if (meta) row.meta_data = meta;
    return { status: 200, json: { message: 'Identity updated successfully' } };
  });

  router.add('DELETE', '/identities/:id', (req, deps) => {
    identityOr404(deps, req.params.id!, { details: false });
    // blnk.balances.identity_id references the identity: the DELETE fails on the foreign key,
    // which Blnk does not classify (500).
    for (const b of deps.store.balances.values()) {
      if (b.identity_id === req.params.id) {
        throw new ApiError('GEN_INTERNAL', 'Failed to delete identity', {
          details: pgError({
            code: '23503',
            message: 'update or delete on table "identity" violates foreign key constraint "balances_identity_id_fkey" on table "balances"',
            detail: `Key (identity_id)=(${req.params.id}) is still referenced from table "balances".`,
            schema: 'blnk',
            table: 'balances',
            constraint: 'balances_identity_id_fkey',
            file: 'ri_triggers.c',
            line: '2663',
            routine: 'ri_ReportViolation',
          }),
        });
      }
    }
    deps.store.identities.delete(req.params.id!);
    return { status: 200, json: { message: 'Identity deleted successfully' } };
  });

  // Without filters Blnk returns the whole table and ignores limit and offset (docs/blnk-contract.md, trap 17).
  router.add('GET', '/identities', (req, deps) =>
    getList(req, source(deps), {
      defaultLimit: 20,
      invalidLimit: 'default',
      over100: 20,
      capFiltered: 100,
      capUnfiltered: 100,
      unfilteredReturnsAll: true,
    }),
  );

  router.add('POST', '/identities/filter', (req, deps) => filterList(req, source(deps)));
}
