import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { PageRequest } from '../../src/graphql/connection.js';
import { encodeCursor, resolveOffsetConnection } from '../../src/graphql/connection.js';

/**
 * Cursor arithmetic of the Relay connections over Blnk's limit/offset pages, through a real
 * GraphQL execution (the resolver needs the selection to know whether totalCount is asked) over
 * an in-memory list of 250 rows numbered in creation order: newest first, position 0 is row 249.
 * Every expected page is worked out by hand from that numbering.
 */
const ROWS = Array.from({ length: 250 }, (_, i) => i);

const schema = buildSchema(`
  enum OrderBy { CREATED_AT_DESC CREATED_AT_ASC }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Edge { cursor: String! node: Int! }
  type Conn { edges: [Edge!]! pageInfo: PageInfo! totalCount: Int }
  type Query { rows(first: Int, after: String, last: Int, before: String, orderBy: OrderBy): Conn }
`);

async function page(args: string, selection = 'edges { cursor node } pageInfo { hasNextPage hasPreviousPage }') {
  const requests: PageRequest[] = [];
  const rootValue = {
    rows: (a: Record<string, unknown>, _ctx: unknown, info: Parameters<typeof resolveOffsetConnection>[2]) =>
      resolveOffsetConnection(a, a.orderBy as 'CREATED_AT_ASC' | undefined, info, async (request) => {
        requests.push(request);
        const ordered = request.descending ? [...ROWS].reverse() : ROWS;
        return {
          rows: ordered.slice(request.offset, request.offset + request.limit),
          totalCount: request.includeCount ? ROWS.length : null,
          totalCountIsEstimate: false,
        };
      }),
  };
  const result = await graphql({ schema, source: `{ rows${args} { ${selection} } }`, rootValue });
  const rows = result.data?.rows as {
    edges?: { cursor: string; node: number }[];
    pageInfo?: Record<string, boolean>;
    totalCount?: number;
  } | null;
  return { rows, errors: result.errors ?? [], requests };
}

const nodes = (r: Awaited<ReturnType<typeof page>>) => r.rows?.edges?.map((e) => e.node);

describe('first/after: one upstream page, one row more to know if there is a next', () => {
  it('first: 2 reads rows 249 and 248 with one probe row, cursors at positions 0 and 1', async () => {
    const r = await page('(first: 2)');
    expect(r.requests).toEqual([{ offset: 0, limit: 3, descending: true, includeCount: false }]);
    expect(nodes(r)).toEqual([249, 248]);
    expect(r.rows?.edges?.map((e) => e.cursor)).toEqual([encodeCursor(0), encodeCursor(1)]);
    expect(r.rows?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
  });

  it('after the cursor at position 1, the page starts at position 2', async () => {
    const r = await page(`(first: 2, after: "${encodeCursor(1)}")`);
    expect(r.requests[0]).toMatchObject({ offset: 2, limit: 3 });
    expect(nodes(r)).toEqual([247, 246]);
    expect(r.rows?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it('the last page says there is no next one', async () => {
    const r = await page(`(first: 5, after: "${encodeCursor(246)}")`);
    expect(nodes(r)).toEqual([2, 1, 0]); // positions 247, 248, 249
    expect(r.rows?.pageInfo?.hasNextPage).toBe(false);
  });

  it('at the 100-row ceiling no probe row is asked (Blnk would cut it), and a full page may have more', async () => {
    const r = await page('(first: 100)');
    expect(r.requests).toEqual([{ offset: 0, limit: 100, descending: true, includeCount: false }]);
    expect(r.rows?.pageInfo?.hasNextPage).toBe(true);
  });

  it('orderBy CREATED_AT_ASC pages the list oldest first', async () => {
    const r = await page('(first: 2, orderBy: CREATED_AT_ASC)');
    expect(r.requests[0]).toMatchObject({ descending: false });
    expect(nodes(r)).toEqual([0, 1]);
  });
});

describe('last/before', () => {
  it('last: 3 without before reads the reversed list with its count, and places the rows at the end', async () => {
    const r = await page('(last: 3)');
    expect(r.requests).toEqual([{ offset: 0, limit: 3, descending: false, includeCount: true }]);
    expect(nodes(r)).toEqual([2, 1, 0]);
    expect(r.rows?.edges?.map((e) => e.cursor)).toEqual([encodeCursor(247), encodeCursor(248), encodeCursor(249)]);
    expect(r.rows?.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('last: 2 before position 10 reads positions 8 and 9, with no probe row', async () => {
    const r = await page(`(last: 2, before: "${encodeCursor(10)}")`);
    expect(r.requests).toEqual([{ offset: 8, limit: 2, descending: true, includeCount: false }]);
    expect(nodes(r)).toEqual([241, 240]);
    expect(r.rows?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });
});

describe('counts and empty pages', () => {
  it('totalCount is asked of Blnk only when selected', async () => {
    const r = await page('(first: 1)', 'totalCount edges { node }');
    expect(r.requests).toEqual([{ offset: 0, limit: 2, descending: true, includeCount: true }]);
    expect(r.rows?.totalCount).toBe(250);
  });

  it('first: 0 without totalCount costs no upstream call', async () => {
    const r = await page('(first: 0)');
    expect(r.requests).toEqual([]);
    expect(r.rows?.edges).toEqual([]);
  });
});

describe('bad arguments are BAD_USER_INPUT before any call', () => {
  const refused = async (args: string, message: RegExp) => {
    const r = await page(args);
    expect(r.requests).toEqual([]);
    expect(r.errors.map((e) => [e.extensions.code, e.message])).toEqual([['BAD_USER_INPUT', expect.stringMatching(message)]]);
  };

  it('a page above 100 rows or below 0, and first with last', async () => {
    await refused('(first: 101)', /first must be from 0 to 100/);
    await refused('(last: -1)', /last must be from 0 to 100/);
    await refused('(first: 1, last: 1)', /first or last, not both/);
  });

  it('a cursor that is not one of ours', async () => {
    await refused('(first: 1, after: "abc")', /Invalid cursor/);
    await refused(`(first: 1, after: "${Buffer.from('blnk:-1').toString('base64url')}")`, /Invalid cursor/);
  });

  it('a forged cursor past 10,000 positions; one at 10,000 still pages', async () => {
    await refused(`(first: 1, after: "${encodeCursor(10_001)}")`, /further than 10000 items/);
    const r = await page(`(first: 1, after: "${encodeCursor(10_000)}")`);
    expect(r.errors).toEqual([]);
    expect(r.requests[0]).toMatchObject({ offset: 10_001 });
  });
});
