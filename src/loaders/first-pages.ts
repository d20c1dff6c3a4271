import { FILTER_PAGE_MAX } from '../blnk/client.js';
import type { Condition, FilterQuery } from '../blnk/filter.js';
import type { Page } from '../blnk/model.js';

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
 * One filter per group of parents (chunks of 100), the rows split by `parentOf`. A row page holds
 * at most 100 rows, so it may not hold every parent's first N: a parent's share is taken as its
 * first page only when it holds all the rows asked for or the page was not full (then every
 * matching row is in it). Any other parent is read on its own, with the same query narrowed to
 * it (the per-parent fallback). A failed batch fails its parents, each with the batch's error.
 */
export function firstPages<T>(options: {
  fetch: (query: FilterQuery) => Promise<Page<T>>;
  parentOf: (row: T, field: string) => string | null;
}): (keys: readonly FirstPageKey[]) => Promise<(Page<T> | Error)[]> {
  return async (keys) => {
    const groups = new Map<string, FirstPageKey[]>();
    for (const k of keys) {
      const g = groupKey(k);
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    const answers = new Map<string, Promise<Page<T> | Error>>();
    for (const group of groups.values()) {
      const parents = [...new Set(group.map((k) => k.parentId))];
      const { field, limit, newestFirst, shared } = group[0]!;
      const alone = (parentId: string) =>
        options
          .fetch({ filters: [...shared, { field, operator: 'eq', value: parentId }], limit, offset: 0, newestFirst })
          .then((page): Page<T> => ({ rows: page.rows, totalCount: null }), asError);
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
          if (batch === null) {
            answers.set(key, alone(parentId));
            continue;
          }
          answers.set(
            key,
            batch.then((page) => {
              const share = page.rows.filter((row) => options.parentOf(row, field) === parentId);
              const complete = share.length >= limit || page.rows.length < FILTER_PAGE_MAX;
              return complete ? { rows: share.slice(0, limit), totalCount: null } : alone(parentId);
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
