import { FILTER_PAGE_MAX } from '../blnk/client.js';
import type { Condition, FilterQuery } from '../blnk/filter.js';
import type { Page, Transaction } from '../blnk/model.js';

/**
 * The first page of a nested connection for one parent: `ledgers { balances(first: 5) }` asks it
 * once per ledger. Keys that differ only in the parent are one group, read as one filter with
 * `in` over the parents' ids (at most 100 per call), split per parent.
 */
export interface FirstPageKey {
  /** The row field naming the parent (`ledgerId`, `identityId`). */
  field: string;
  parentId: string;
  /** Rows wanted for this parent (the page and the probe row that tells whether more exist). */
  limit: number;
  newestFirst: boolean;
  /** Conditions every parent shares (the principal's identity scope): same for the whole group. */
  shared: Condition[];
}

export const firstPageKey = (k: FirstPageKey): string => JSON.stringify([k.field, k.parentId, k.limit, k.newestFirst, k.shared]);
const groupKey = (k: FirstPageKey): string => JSON.stringify([k.field, k.limit, k.newestFirst, k.shared]);

/**
 * One filter per group of parents (chunks of 100), the rows split by `belongsTo`. A row page
 * holds at most 100 rows, so it may not hold every parent's first N: `settle` decides from a
 * parent's share whether it is that parent's first page (by default when it holds every row
 * asked for, or the page was not full so every matching row is in it) and answers null
 * otherwise: the caller then reads that parent alone (the per-parent fallback), as it would
 * without batching. A lone parent is always answered null: one call either way. A failed batch
 * fails its parents, each with the batch's error.
 */
export function firstPages<T>(options: {
  fetch: (query: FilterQuery) => Promise<Page<T>>;
  belongsTo: (row: T, field: string, parentId: string) => boolean;
  settle?: (share: T[], wanted: number, pageFull: boolean, newestFirst: boolean) => T[] | null;
}): (keys: readonly FirstPageKey[]) => Promise<(Page<T> | null | Error)[]> {
  const settle = options.settle ?? ((share, wanted, pageFull) => (share.length >= wanted || !pageFull ? share.slice(0, wanted) : null));
  return async (keys) => {
    const groups = new Map<string, FirstPageKey[]>();
    for (const k of keys) {
      const g = groupKey(k);
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    const answers = new Map<string, Promise<Page<T> | null | Error>>();
    for (const group of groups.values()) {
      const parents = [...new Set(group.map((k) => k.parentId))];
      const { field, limit, newestFirst, shared } = group[0]!;
      for (let i = 0; i < parents.length; i += FILTER_PAGE_MAX) {
        const chunk = parents.slice(i, i + FILTER_PAGE_MAX);
        const batch =
          chunk.length === 1
            ? null
            : options.fetch({
                filters: [...shared, { field, operator: 'in', values: chunk }],
                limit: FILTER_PAGE_MAX,
                offset: 0,
                newestFirst,
              });
        for (const parentId of chunk) {
          const key = firstPageKey({ ...group[0]!, parentId });
          answers.set(
            key,
            batch === null
              ? Promise.resolve(null)
              : batch.then((page) => {
                  const share = page.rows.filter((row) => options.belongsTo(row, field, parentId));
                  const rows = settle(share, limit, page.rows.length >= FILTER_PAGE_MAX, newestFirst);
                  return rows === null ? null : { rows, totalCount: null, totalCountIsEstimate: false };
                }, asError),
          );
        }
      }
    }
    return Promise.all(keys.map((k) => answers.get(firstPageKey(k))!));
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

const msOf = (t: Transaction): number => t.createdAt?.getTime() ?? 0;

/**
 * A balance's share of a shared page of transactions, in the gateway's total order (created_at to
 * the millisecond, then id; graphql/transaction-order.ts): Blnk sorts on created_at alone, so the
 * share holds the balance's newest rows, and it is that balance's first page when the page was
 * not full (every row is in it) or when the row after the ones wanted is in another millisecond
 * (every row of the last millisecond wanted is then in the share). Otherwise null: read alone.
 */
export function settleTransactions(share: Transaction[], wanted: number, pageFull: boolean, newestFirst: boolean): Transaction[] | null {
  if (pageFull && (share.length <= wanted || msOf(share[wanted - 1]!) === msOf(share[wanted]!))) return null;
  const head = pageFull ? share.slice(0, wanted) : share;
  const sign = newestFirst ? -1 : 1;
  const sorted = [...head].sort((a, b) => sign * (msOf(a) - msOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return sorted.slice(0, wanted);
}
