import { expect } from 'vitest';

/**
 * A row read back against the create answer. Real Blnk answers a create with the struct it built
 * (Go's nanosecond clock), while a read shows what PostgreSQL stored: microseconds, and for a
 * ledger a created_at taken a moment later by the insert. So created_at is compared as an
 * instant within a second; every other field exactly.
 */
export function expectSameRow(read: Record<string, unknown>, created: Record<string, unknown>): void {
  const { created_at: readAt, ...readRest } = read;
  const { created_at: createdAt, ...createdRest } = created;
  expect(readRest).toEqual(createdRest);
  const gap = Math.abs(Date.parse(String(readAt)) - Date.parse(String(createdAt)));
  expect(gap, `${String(readAt)} vs ${String(createdAt)}`).toBeLessThan(1_000);
}
