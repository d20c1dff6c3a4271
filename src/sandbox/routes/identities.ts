import { ApiError, holdsNul, notFound, nulRefused } from '../errors.js';
import { isPrefixedUuid, newId } from '../ids.js';
import type { Deps, Router } from '../router.js';
import { IDENTITY_STRING_FIELDS } from '../store.js';
import type { IdentityRow } from '../store.js';
import { GO_ZERO_TIME, nowMicros, parseTime } from '../time.js';
import type { Micros } from '../time.js';
import { identityJson } from '../wire.js';
import { Binder } from './bind.js';
import { filterList, getList } from './lists.js';
import { readIdentity } from './readers.js';

export function identityOr404(deps: Deps, id: string): IdentityRow {
  const row = deps.store.identities.get(id);
  if (!row) throw notFound('IDT_NOT_FOUND', `Identity with ID '${id}' not found`);
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
  const bound = typeof raw === 'string' ? parseTime(raw) : null;
  if (bound === null) {
    throw new ApiError(
      'GEN_MALFORMED_REQUEST',
      `parsing time ${JSON.stringify(JSON.stringify(String(raw)))} as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse`,
    );
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
    if (requested && !isPrefixedUuid(requested, 'idt')) {
      throw new ApiError('IDT_VALIDATION_ERROR', 'identity_id must be idt_ followed by a valid UUID');
    }
    // A duplicate caller-chosen id is refused as invalid (400), not as a conflict (v0.15.2).
    if (requested && deps.store.identities.has(requested)) {
      throw new ApiError('IDT_VALIDATION_ERROR', `identity with ID '${requested}' already exists`);
    }
    const strings = Object.fromEntries(IDENTITY_STRING_FIELDS.map((f) => [f, body.string(f)])) as Record<
      (typeof IDENTITY_STRING_FIELDS)[number],
      string
    >;
    const dob = bindDob(body);
    if (holdsNul(req.json())) throw nulRefused('Failed to create identity', 3);
    const row: IdentityRow = {
      identity_id: requested || newId('idt'),
      ...strings,
      dob: dob?.stored ?? null,
      created_at: nowMicros(),
      meta_data: body.meta(),
    };
    deps.store.identities.set(row.identity_id, row);
    return { status: 201, json: identityJson({ ...row, dob: dob?.bound ?? null }) };
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
    const row = identityOr404(deps, req.params.id!);
    // The SET list is built from what is not blank: with nothing left, the update is a 400.
    const settable = strings.some(([, value]) => value) || (dob !== null && dob.bound !== ZERO_DOB) || meta;
    if (!settable) throw new ApiError('GEN_BAD_REQUEST', 'no fields to update');
    for (const [field, value] of strings) if (value) row[field] = value;
    if (dob !== null && dob.bound !== ZERO_DOB) row.dob = dob.stored;
    if (meta) row.meta_data = meta;
    return { status: 200, json: { message: 'Identity updated successfully' } };
  });

  router.add('DELETE', '/identities/:id', (req, deps) => {
    identityOr404(deps, req.params.id!);
    // blnk.balances.identity_id references the identity: the DELETE fails on the foreign key,
    // which Blnk does not classify (500).
    for (const b of deps.store.balances.values()) {
      if (b.identity_id === req.params.id) throw new ApiError('GEN_INTERNAL', 'Failed to delete identity');
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
