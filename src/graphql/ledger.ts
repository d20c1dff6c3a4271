import type { Ledger } from '../blnk/model.js';
import { builder } from './builder.js';
import { typeOfId } from './node-id.js';

export const LedgerRef = builder.objectRef<Ledger>('Ledger');

builder.node(LedgerRef, {
  description: 'A Blnk ledger: a named group of balances.',
  id: { resolve: (l) => l.id },
  isTypeOf: (value) => typeOfId((value as { id?: string }).id ?? '') === 'Ledger',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    metaData: t.expose('metaData', { type: 'JSON' }),
  }),
});

builder.queryField('ledger', (t) =>
  t.field({
    type: LedgerRef,
    description: 'A ledger by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.ledger.load(String(id)),
  }),
);
