import { BlnkError } from '../blnk/errors.js';
import { FILTER_PAGE_MAX } from '../blnk/client.js';
import type { FilterQuery } from '../blnk/filter.js';

/**
 * The batch function behind every by-id loader: N ids become `POST /{resource}/filter` with an
 * `in` condition, in chunks of at most 100 (a larger limit silently becomes 20 upstream), sent
 * in parallel. Rows come back newest first with missing ids simply absent, so they are
 * re-keyed by id; a missing id gets its own not-found error.
 */
export function batchByIds<T>(options: {
  /** The domain field the keys are values of: `id`, or a transaction's `reference`. */
  field: string;
  fetch: (query: FilterQuery) => Promise<T[]>;
  idOf: (row: T) => string;
  notFoundCode: string;
  entity: string;
}): (ids: readonly string[]) => Promise<(T | Error)[]> {
  return async (ids) => {
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += FILTER_PAGE_MAX) chunks.push(ids.slice(i, i + FILTER_PAGE_MAX));
    const pages = await Promise.allSettled(
      chunks.map((chunk) =>
        options.fetch({
          filters: [{ field: options.field, operator: 'in', values: chunk }],
          limit: chunk.length,
          offset: 0,
        }),
      ),
    );
    const found = new Map<string, T>();
    const failed = new Map<string, unknown>();
    pages.forEach((page, i) => {
      if (page.status === 'fulfilled') for (const row of page.value) found.set(options.idOf(row), row);
      else for (const id of chunks[i]!) failed.set(id, page.reason);
    });
    return ids.map((id) => {
      const row = found.get(id);
      if (row) return row;
      const reason = failed.get(id);
      if (reason !== undefined) return reason instanceof Error ? reason : new Error(String(reason));
      return new BlnkError(404, options.notFoundCode, `${options.entity} '${id}' not found`);
    });
  };
}
