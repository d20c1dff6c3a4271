import { describe, expect, it } from 'vitest';
import { FILTER_PAGE_MAX } from '../../src/blnk/client.js';
import { CLOUD_PAGE_MAX, observedCap, planWindow } from '../../src/blnk/cloud-pages.js';

/** Rows [offset, offset + limit) as the plan reads them: each page's positions, stitched, skipped, cut. */
function covered(plan: ReturnType<typeof planWindow>, limit: number, listLength = Number.POSITIVE_INFINITY): number[] {
  const rows: number[] = [];
  for (const p of plan.pages) {
    for (let i = (p - 1) * plan.pageSize; i < p * plan.pageSize && i < listLength; i += 1) rows.push(i);
  }
  return rows.slice(plan.skip, plan.skip + limit);
}

describe('planWindow: how a Cloud window is read with page and pageSize', () => {
  it('never asks above FILTER_PAGE_MAX', () => {
    expect(CLOUD_PAGE_MAX).toBe(FILTER_PAGE_MAX);
  });

  it('offset 99, limit 100: two calls of 100 (the old planner asked one page of 199)', () => {
    expect(planWindow(99, 100)).toEqual({ pageSize: 100, pages: [1, 2], skip: 99 });
  });

  it('one page when a page of at most 100 covers the window, the smallest such', () => {
    expect(planWindow(0, 20)).toEqual({ pageSize: 20, pages: [1], skip: 0 });
    expect(planWindow(7, 11)).toEqual({ pageSize: 18, pages: [1], skip: 7 });
    expect(planWindow(200, 100)).toEqual({ pageSize: 100, pages: [3], skip: 0 });
  });

  it('two pages of pageSize = limit when none does: offset 50, limit 60 → pages 1 and 2 of 60, skip 50', () => {
    // No size from 60 to 100 puts rows 50..109 on one page: 109 ÷ s and 50 ÷ s differ for each.
    expect(planWindow(50, 60)).toEqual({ pageSize: 60, pages: [1, 2], skip: 50 });
  });

  it('after a cap of 25 was seen, pages of 25: offset 30, limit 61 → pages 2 to 4, skip 5', () => {
    // Rows 30..90: page 2 holds 25..49, page 4 holds 75..99.
    expect(planWindow(30, 61, 25)).toEqual({ pageSize: 25, pages: [2, 3, 4], skip: 5 });
  });

  it('every window up to offset 400 and limit 100 is read whole, in order, in at most two calls of at most 100', () => {
    for (let offset = 0; offset <= 400; offset += 7) {
      for (let limit = 1; limit <= 100; limit += 3) {
        const plan = planWindow(offset, limit);
        expect(plan.pageSize).toBeLessThanOrEqual(100);
        expect(plan.pages.length).toBeLessThanOrEqual(2);
        expect(covered(plan, limit)).toEqual(Array.from({ length: limit }, (_, i) => offset + i));
      }
    }
  });

  it('with any cap below the limit, the window is still read whole', () => {
    for (const cap of [1, 7, 25, 50, 99]) {
      for (const [offset, limit] of [
        [0, 100],
        [99, 100],
        [13, 61],
      ] as const) {
        const plan = planWindow(offset, limit, cap);
        expect(plan.pageSize).toBeLessThanOrEqual(cap);
        expect(covered(plan, limit)).toEqual(Array.from({ length: limit }, (_, i) => offset + i));
      }
    }
  });
});

describe('observedCap: a short page against an exact total', () => {
  it('a last page short by the total is the end of the list, not a cap', () => {
    // 120 rows: page 2 of 100 holds 20.
    expect(
      observedCap(
        { pageSize: 100, pages: [1, 2], skip: 99 },
        [
          { page: 1, rows: 100 },
          { page: 2, rows: 20 },
        ],
        120,
      ),
    ).toBeNull();
    expect(observedCap({ pageSize: 51, pages: [1], skip: 0 }, [{ page: 1, rows: 12 }], 12)).toBeNull();
  });

  it('a page shorter than the total says is a cap, measured by the rows it held', () => {
    expect(observedCap({ pageSize: 91, pages: [1], skip: 30 }, [{ page: 1, rows: 25 }], 250)).toBe(25);
    // Two short pages of one cap.
    expect(
      observedCap(
        { pageSize: 100, pages: [1, 2], skip: 99 },
        [
          { page: 1, rows: 30 },
          { page: 2, rows: 30 },
        ],
        250,
      ),
    ).toBe(30);
  });

  it('a last page holding more rows than the total leaves for it is a cap too (Cloud numbered it at the smaller size)', () => {
    // 130 rows, pageSize 54, page 3 should hold rows 108..129 (22); capped at 25, Cloud serves
    // page 3 of 25, rows 50..74: 25 rows.
    expect(observedCap({ pageSize: 54, pages: [3], skip: 12 }, [{ page: 3, rows: 25 }], 130)).toBe(25);
    // A page past the capped list's end holds fewer than the cap: the largest count is the cap.
    // 130 rows, pageSize 60, pages 2 and 3 (rows 60..179 → 60 and 10 expected); capped at 50:
    // page 2 of 50 = rows 50..99 (50), page 3 of 50 = rows 100..129 (30).
    expect(
      observedCap(
        { pageSize: 60, pages: [2, 3], skip: 0 },
        [
          { page: 2, rows: 50 },
          { page: 3, rows: 30 },
        ],
        130,
      ),
    ).toBe(50);
  });

  it('an empty page the total says should hold rows is a cap with nothing to measure it by (0)', () => {
    expect(observedCap({ pageSize: 100, pages: [3], skip: 0 }, [{ page: 3, rows: 0 }], 250)).toBe(0);
  });
});
