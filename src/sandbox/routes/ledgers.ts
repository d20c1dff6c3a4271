import { ApiError, holdsNul, notFound, nulInJsonRefused, nulRefused, validationError } from '../errors.js';
import { toJson } from '../json.js';
import { newId } from '../ids.js';
import type { Deps, Router, SandboxRequest } from '../router.js';
import type { LedgerRow } from '../store.js';
import { nowMicros } from '../time.js';
import { ledgerJson, sortedJson } from '../wire.js';
import { ledgerPayloadBytes, NotifyRefused, tooLong } from '../notify.js';
import { Binder } from './bind.js';
import { filterList, getList } from './lists.js';
import { readLedger } from './readers.js';

export function ledgerOr404(deps: Deps, id: string): LedgerRow {
  const row = deps.store.ledgers.get(id);
  if (id.includes('\u0000')) throw nulRefused('Failed to retrieve ledger');
  if (!row) throw notFound('LGR_NOT_FOUND', 'Ledger not found');
  return row;
}

const source = (deps: Deps) => ({
  table: 'ledgers' as const,
  rows: deps.store.ledgers.values(),
  read: readLedger,
  render: ledgerJson,
  nullWhenEmpty: false,
});

export function ledgerRoutes(router: Router): void {
  router.add('POST', '/ledgers', (req, deps) => {
    // The create handler writes a body that does not decode under the legacy key `errors`.
    let name: string;
    let meta: ReturnType<Binder['meta']>;
    try {
      const body = Binder.of(req.json(), 'model.CreateLedger');
      name = body.string('name');
      meta = body.meta();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new ApiError(error.code, error.message, { legacyKey: 'errors' });
    }
    if (!name) throw validationError('GEN_VALIDATION_ERROR', { name: 'cannot be blank' });
    // meta_data is the insert's first parameter, the name its second.
    if (holdsNul(meta)) throw nulInJsonRefused('Database error occurred', toJson(sortedJson(meta)), 1);
    if (holdsNul(name)) throw nulRefused('Database error occurred', 2);
    const row: LedgerRow = { ledger_id: newId('ldg'), name, created_at: nowMicros(), meta_data: meta };
    // The insert's NOTIFY payload (notify.ts).
    if (tooLong(ledgerPayloadBytes(deps.store, row))) throw new NotifyRefused('Database error occurred');
    deps.store.ledgers.set(row.ledger_id, row);
    deps.webhooks.send('ledger.created', () => ledgerJson(row));
    return { status: 201, json: ledgerJson(row) };
  });

  router.add('GET', '/ledgers/:id', (req: SandboxRequest, deps) => ({
    status: 200,
    json: ledgerJson(ledgerOr404(deps, req.params.id!)),
  }));

  router.add('GET', '/ledgers', (req, deps) =>
    getList(req, source(deps), {
      defaultLimit: 10,
      invalidLimit: { error: 'Invalid limit value' },
      over100: 20,
      capFiltered: 100,
      capUnfiltered: 100,
    }),
  );

  router.add('POST', '/ledgers/filter', (req, deps) => filterList(req, source(deps)));

  router.add('PUT', '/ledgers/:id', (req, deps) => {
    const body = Binder.of(req.json(), 'model.UpdateLedger');
    const name = body.string('name');
    if (!name) throw validationError('GEN_VALIDATION_ERROR', { name: 'cannot be blank' }, 'error');
    const row = ledgerOr404(deps, req.params.id!);
    if (holdsNul(name)) throw nulRefused('Database error occurred');
    row.name = name;
    // Blnk's UpdateLedger runs postLedgerActions too: a rename is announced as ledger.created.
    deps.webhooks.send('ledger.created', () => ledgerJson(row));
    return { status: 200, json: ledgerJson(row) };
  });
}
