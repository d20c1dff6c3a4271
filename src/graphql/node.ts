import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context.js';
import { loadBalance } from './balance.js';
import { builder } from './builder.js';
import { typeOfId } from '../domain/ids.js';

/** nodes(ids) answers at most this many ids: no unbounded list anywhere. */
export const MAX_NODE_IDS = 1000;

/** The id itself is not echoed: nothing a caller typed goes back into an error. */
function notFound(): GraphQLError {
  return new GraphQLError('No object has this id', { extensions: { code: 'NOT_FOUND' } });
}

/** Any object by its Blnk id, through the loader of the type its prefix names. */
export function loadNode(ctx: Context, id: string, info: GraphQLResolveInfo, single: boolean): Promise<unknown> {
  switch (typeOfId(id)) {
    case 'Balance':
      return loadBalance(ctx, id, info, single);
    case 'Ledger':
      return ctx.loaders.ledger.load(id);
    case 'Identity':
      return ctx.loaders.identity.load(id);
    case 'Transaction':
      return ctx.loaders.transaction.load(id);
    case 'BalanceMonitor':
      return ctx.client.getMonitor(id);
    default:
      return Promise.reject(notFound());
  }
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    description:
      'Any object by its id, whose prefix names its type: Balance (bln_), Ledger (ldg_, and general_ledger_id), Identity (idt_), Transaction (txn_) or BalanceMonitor (mon_; needs ledger:admin). Null with a NOT_FOUND error when there is none, or when the prefix names no type.',
    args: { id: t.arg.id({ required: true, description: 'The id, as Blnk gave it.' }) },
    resolve: (_root, { id }, ctx, info) => loadNode(ctx, String(id), info, true),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Objects by id, in the order asked, each null with a NOT_FOUND error when missing (at most ${MAX_NODE_IDS} distinct ids): Balance, Ledger, Identity, Transaction or BalanceMonitor, as for node.`,
    args: {
      ids: t.arg.idList({
        required: true,
        description: `Ids of any of the types node resolves, at most ${MAX_NODE_IDS}, each once (a repeated id is refused with BAD_USER_INPUT).`,
      }),
    },
    resolve: (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_NODE_IDS) {
        throw new GraphQLError(`nodes takes at most ${MAX_NODE_IDS} ids`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      // Refused rather than collapsed: every position of the list runs its whole selection
      // (`at`, nested connections) again, so a repeated id would repeat those calls, and the
      // answer keeps one item per id asked. The id itself is not echoed; its positions are.
      const firstAt = new Map<string, number>();
      ids.forEach((id, i) => {
        const seen = firstAt.get(String(id));
        if (seen !== undefined) {
          throw new GraphQLError(`nodes takes each id once: ids[${i}] repeats ids[${seen}]`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'ids', index: i, firstIndex: seen },
          });
        }
        firstAt.set(String(id), i);
      });
      // One promise per id: a failure nulls only its own item (the loaders dedupe and batch).
      return ids.map((id) => loadNode(ctx, String(id), info, false)) as never;
    },
  }),
}));
