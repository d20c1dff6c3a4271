import { describe, expect, it } from 'vitest';
import type { FilterQuery } from '../../src/blnk/filter.js';
import type { Page, Transaction } from '../../src/blnk/model.js';
import { firstPages, settleTransactions } from '../../src/loaders/first-pages.js';

/**
 * The first-pages batch function (issue 20 item 8) over a recorded fetch: which parents the
 * shared page settles and which it leaves to be read alone. Rows are plain objects; the fetch
 * answers the rows given, newest first, as Blnk's filter would for an `in` condition.
 */
type Row = { id: string; parent: string };

function over(rows: Row[]) {
  const sent: FilterQuery[] = [];
  const batch = firstPages<Row>({
    fetch: async (query) => {
      sent.push(query);
      const wanted = new Set(query.filters.at(-1)?.values as string[]);
      return {
        rows: rows.filter((r) => wanted.has(r.parent)).slice(0, query.limit),
        totalCount: null,
        totalCountIsEstimate: false,
      } satisfies Page<Row>;
    },
    belongsTo: (row, _field, parentId) => row.parent === parentId,
  });
  return { batch, sent };
}

const key = (parentId: string, limit = 3) => ({ field: 'ledgerId', parentId, limit, newestFirst: true, shared: [] });

describe('firstPages', () => {
  it('settles every parent from one filter when the page is not full, each with at most its limit', async () => {
    const rows = [...Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, parent: 'A' })), { id: 'b0', parent: 'B' }];
    const { batch, sent } = over(rows);
    const pages = await batch([key('A'), key('B'), key('C')]);
    expect(sent).toEqual([
      { filters: [{ field: 'ledgerId', operator: 'in', values: ['A', 'B', 'C'] }], limit: 100, offset: 0, newestFirst: true },
    ]);
    expect(pages).toEqual([
      { rows: rows.slice(0, 3), totalCount: null, totalCountIsEstimate: false },
      { rows: [{ id: 'b0', parent: 'B' }], totalCount: null, totalCountIsEstimate: false },
      { rows: [], totalCount: null, totalCountIsEstimate: false },
    ]);
  });

  it('leaves to the caller (null) a parent whose share of a full page is short, and a lone parent', async () => {
    const rows = [...Array.from({ length: 100 }, (_, i) => ({ id: `a${i}`, parent: 'A' })), { id: 'b0', parent: 'B' }];
    const full = over(rows);
    const pages = await full.batch([key('A'), key('B')]);
    expect(pages[0]).toEqual({ rows: rows.slice(0, 3), totalCount: null, totalCountIsEstimate: false });
    expect(pages[1]).toBeNull();
    const lone = over(rows);
    expect(await lone.batch([key('A')])).toEqual([null]);
    expect(lone.sent).toEqual([]);
  });

  it('fails each parent of a failed batch with its error', async () => {
    const batch = firstPages<Row>({
      fetch: () => Promise.reject(new Error('upstream down')),
      belongsTo: () => true,
    });
    const pages = await batch([key('A'), key('B')]);
    expect(pages.map((p) => (p instanceof Error ? p.message : p))).toEqual(['upstream down', 'upstream down']);
  });
});

describe('settleTransactions', () => {
  const at = (id: string, ms: number) => ({ id, createdAt: new Date(ms) }) as Transaction;

  it('a full page settles a share only when the row after those wanted is in another millisecond', () => {
    // Newest first; wanted 2: rows 1 and 2 share a millisecond with row 3 in the first share.
    expect(settleTransactions([at('t1', 30), at('t2', 20), at('t3', 20)], 2, true, true)).toBeNull();
    expect(settleTransactions([at('t1', 30), at('t2', 20), at('t3', 10)], 2, true, true)?.map((t) => t.id)).toEqual(['t1', 't2']);
    // Too few rows in a full page: the share may be cut short.
    expect(settleTransactions([at('t1', 30), at('t2', 20)], 2, true, true)).toBeNull();
  });

  it("puts the share in the gateway's order: time, then id, newest first or oldest first", () => {
    const share = [at('tb', 20), at('ta', 20), at('tc', 10)];
    expect(settleTransactions(share, 3, false, true)?.map((t) => t.id)).toEqual(['tb', 'ta', 'tc']);
    expect(settleTransactions([...share].reverse(), 2, false, false)?.map((t) => t.id)).toEqual(['tc', 'ta']);
  });
});
