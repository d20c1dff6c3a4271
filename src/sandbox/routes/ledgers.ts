import { notFound, validationError } from '../errors.js';
import { newId } from '../ids.js';
import type { Deps, Router, SandboxRequest } from '../router.js';
import type { LedgerRow } from '../store.js';
import { nowMicros } from '../time.js';
import { ledgerJson } from '../wire.js';
import { Binder } from './bind.js';
import { filterList, getList } from './lists.js';
import { readLedger } from './readers.js';

export function ledgerOr404(deps: Deps, id: string): LedgerRow {
  const row = deps.store.ledgers.get(id);
  if (!row) throw notFound('LGR_NOT_FOUND', `Ledger with ID '${id}' not found`);
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
    const body = Binder.of(req.json(), 'model.Ledger');
    const name = body.string('name');
    if (!name) throw validationError('GEN_VALIDATION_ERROR', { name: 'cannot be blank' });
    const row: LedgerRow = { ledger_id: newId('ldg'), name, created_at: nowMicros(), meta_data: body.meta() };
    deps.store.ledgers.set(row.ledger_id, row);
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
    row.name = name;
    return { status: 200, json: ledgerJson(row) };
  });
}
