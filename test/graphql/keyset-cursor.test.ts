import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { PageRequest } from '../../src/graphql/connection.js';
import { resolveOffsetConnection } from '../../src/graphql/connection.js';

/**
 * Keyset cursors of a createdAt order (issue 20, item 7), through a real GraphQL execution over an
 * in-memory list that answers a keyset as Blnk does: rows below the millisecond's end (newest
 * first), less the ids seen. Rows r0…r9 at these milliseconds (several share one, as Blnk's
 * rows written together do): r0–r2 at 1000, r3–r4 at 2000, r5–r8 at 3000, r9 at 4000. The
 * list's own order is ms descending, then id descending: r9, r8, r7, … r0.
 */
interface Row {
  id: string;
  createdAt: Date;
}
const MS = [1000, 1000, 1000, 2000, 2000, 3000, 3000, 3000, 3000, 4000];

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Edge { cursor: String! node: String! }
  type Conn { edges: [Edge!]! pageInfo: PageInfo! totalCount: Int }
  type Query { rows(first: Int, after: String, last: Int, before: String): Conn }
`);

function list(rows: Row[]) {
  const requests: PageRequest[] = [];
  const fetch = async (request: PageRequest) => {
    requests.push(request);
    const k = request.keyset;
    const matched = rows
      .filter((r) => !k || (r.createdAt.getTime() < k.ms + 1 && !k.seen.includes(r.id)))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    return {
      rows: matched.slice(request.offset, request.offset + request.limit),
      totalCount: request.includeCount ? matched.length : null,
      totalCountIsEstimate: false,
    };
  };
  const run = async (args: string, selection = 'edges { cursor node } pageInfo { hasNextPage endCursor }') => {
    const rootValue = {
      rows: (a: Record<string, unknown>, _ctx: unknown, info: Parameters<typeof resolveOffsetConnection>[2]) =>
        resolveOffsetConnection(a, null, info, fetch, { keyOf: (r: Row) => r }).then((c) => ({
          ...c,
          edges: c.edges.map((e) => ({ cursor: e.cursor, node: e.node.id })),
        })),
    };
    const result = await graphql({ schema, source: `{ rows${args} { ${selection} } }`, rootValue });
    return result as {
      data?: {
        rows: {
          edges: { cursor: string; node: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          totalCount?: number;
        } | null;
      } | null;
      errors?: readonly { message: string }[];
    };
  };
  return { requests, run };
}
const rowsOf = () => MS.map((ms, i) => ({ id: `r${i}`, createdAt: new Date(ms) }));
const inside = (cursor: string | null | undefined) => Buffer.from(cursor ?? '', 'base64url').toString();
const cursor = (text: string) => Buffer.from(text).toString('base64url');

describe('keyset cursors in a createdAt order', () => {
  it('name the millisecond and every id seen at it, carried across pages', async () => {
    const { run, requests } = list(rowsOf());
    const one = await run('(first: 2)');
    expect(one.data?.rows?.edges.map((e) => e.node)).toEqual(['r9', 'r8']);
    expect(one.data?.rows?.edges.map((e) => inside(e.cursor))).toEqual(['blnk:0:4000:r9', 'blnk:1:3000:r8']);
    const two = await run(`(first: 2, after: "${one.data?.rows?.pageInfo.endCursor}")`);
    expect(requests[1]).toMatchObject({ offset: 0, limit: 3, keyset: { ms: 3000, seen: ['r8'] } });
    expect(two.data?.rows?.edges.map((e) => e.node)).toEqual(['r7', 'r6']);
    expect(two.data?.rows?.edges.map((e) => inside(e.cursor))).toEqual(['blnk:2:3000:r8,r7', 'blnk:3:3000:r8,r7,r6']);
    const three = await run(`(first: 2, after: "${two.data?.rows?.pageInfo.endCursor}")`);
    expect(three.data?.rows?.edges.map((e) => e.node)).toEqual(['r5', 'r4']);
    expect(inside(three.data?.rows?.pageInfo.endCursor)).toBe('blnk:5:2000:r4');
  });

  it('walks every row that existed at the start exactly once while rows are written between pages', async () => {
    const rows = rowsOf();
    const { run } = list(rows);
    const walked: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 20; page++) {
      const res: Awaited<ReturnType<typeof run>> = await run(after ? `(first: 3, after: "${after}")` : '(first: 3)');
      walked.push(...(res.data?.rows?.edges.map((e) => e.node) ?? []));
      if (!res.data?.rows?.pageInfo.hasNextPage) break;
      after = res.data.rows.pageInfo.endCursor;
      // Newer rows (offset cursors would shift every row down by them), and one born during the
      // walk with an old time, as a queued transfer's outcome is.
      rows.push({ id: `n${page}`, createdAt: new Date(9000 + page) });
      if (page === 0) rows.push({ id: 'q0', createdAt: new Date(2000) });
    }
    expect(walked).toEqual(['r9', 'r8', 'r7', 'r6', 'r5', 'r4', 'r3', 'q0', 'r2', 'r1', 'r0']);
  });

  it('counts the whole list apart after a keyset, only when totalCount is selected', async () => {
    const { run, requests } = list(rowsOf());
    const one = await run('(first: 2)');
    await run(`(first: 2, after: "${one.data?.rows?.pageInfo.endCursor}")`, 'totalCount edges { node }');
    expect(requests).toHaveLength(3);
    expect(requests[2]).toEqual({ offset: 0, limit: 1, descending: true, includeCount: true, countOnly: true });
  });

  it('refuses forged keysets: an id that is not one, more ids than a cursor names', async () => {
    const { run } = list(rowsOf());
    const bad = await run(`(first: 2, after: "${cursor('blnk:1:3000:r8;drop')}")`);
    expect(bad.errors?.[0]?.message).toBe('Invalid cursor');
    const many = Array.from({ length: 151 }, (_, i) => `r${i}`).join(',');
    const tooMany = await run(`(first: 2, after: "${cursor(`blnk:1:3000:${many}`)}")`);
    expect(tooMany.errors?.[0]?.message).toBe('Invalid cursor');
  });

  it('a millisecond of more rows than a cursor can name falls back to offset cursors there', async () => {
    // 160 rows in one millisecond, ids of 40 characters as Blnk's are: two pages of 100 and 60.
    const rows = Array.from({ length: 160 }, (_, i) => ({ id: `txn_${String(i).padStart(36, '0')}`, createdAt: new Date(5000) }));
    const { run } = list(rows);
    const one = await run('(first: 100)', 'edges { cursor } pageInfo { hasNextPage endCursor }');
    expect(inside(one.data?.rows?.edges[0]?.cursor)).toBe(`blnk:0:5000:${rows[159]!.id}`);
    const two = await run(`(first: 100, after: "${one.data?.rows?.pageInfo.endCursor}")`, 'edges { cursor node }');
    const cursors = two.data?.rows?.edges.map((e) => inside(e.cursor)) ?? [];
    expect(cursors).toHaveLength(60);
    // Up to 150 ids seen at 5000 (positions 100 to 149) the cursors are keysets; then offsets.
    expect(cursors.slice(0, 50).every((c) => c.startsWith(`blnk:${100 + cursors.indexOf(c)}:5000:`))).toBe(true);
    expect(cursors.slice(50)).toEqual(Array.from({ length: 10 }, (_, i) => `blnk:${150 + i}`));
    for (const e of two.data?.rows?.edges ?? []) expect(e.cursor.length).toBeLessThanOrEqual(9_000);
  });

  it('a keyset walk may go past the 10,000-row offset limit, which an offset cursor may not', async () => {
    const { run, requests } = list(rowsOf());
    const deep = await run(`(first: 2, after: "${cursor('blnk:20000:3000:r8')}")`);
    expect(deep.errors).toBeUndefined();
    expect(requests[0]).toMatchObject({ offset: 0, keyset: { ms: 3000, seen: ['r8'] } });
    expect(deep.data?.rows?.edges.map((e) => e.node)).toEqual(['r7', 'r6']);
    expect(inside(deep.data?.rows?.pageInfo.endCursor)).toBe('blnk:20002:3000:r8,r7,r6');
    const offset = await run(`(first: 2, after: "${cursor('blnk:20000')}")`);
    expect(offset.errors?.[0]?.message).toMatch(/further than 10000 items/);
  });

  it('an offset cursor (before keysets) still pages by offset', async () => {
    const { run, requests } = list(rowsOf());
    const res = await run(`(first: 2, after: "${cursor('blnk:1')}")`);
    expect(requests[0]).toMatchObject({ offset: 2, limit: 3 });
    expect(requests[0]?.keyset).toBeUndefined();
    expect(res.data?.rows?.edges.map((e) => e.node)).toEqual(['r7', 'r6']);
    expect(inside(res.data?.rows?.pageInfo.endCursor)).toBe('blnk:3');
  });
});
