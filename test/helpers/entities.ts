import { expect } from 'vitest';
import type { Call, RawResponse } from './http.js';

/** Go's zero time.Time, as Blnk writes every unset time (docs/blnk-contract.md section 1). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** RFC 3339 in UTC as Go's RFC3339Nano writes it: a fraction, when present, has no trailing zero. */
export const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{0,8}[1-9])?Z$/;

/** A Blnk id: prefix, `_`, a UUIDv4 (section 1). */
export const idPattern = (prefix: string) => new RegExp(`^${prefix}_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`);

/**
 * The 0.15 error envelope (section 8.2): `{<legacy>: message, error_detail: {code, message, details?}}`,
 * served as JSON. Returns error_detail for further checks.
 */
export function expectEnvelope(
  res: RawResponse,
  status: number,
  code: string,
  { legacyKey = 'error' as 'error' | 'errors' } = {},
): { code: string; message: string; details?: unknown } {
  expect(res.status, res.text).toBe(status);
  expect(res.contentType).toMatch(/^application\/json/);
  const body = res.json;
  expect(Object.keys(body).sort()).toEqual([legacyKey, 'error_detail'].sort());
  expect(body.error_detail.code).toBe(code);
  expect(typeof body.error_detail.message).toBe('string');
  expect(body.error_detail.message.length).toBeGreaterThan(0);
  // The legacy value is the message itself (query-filter errors aside).
  expect(body[legacyKey]).toBe(body.error_detail.message);
  return body.error_detail;
}

/** A plain-text gin 404: the route did not match at all (section 2.6). */
export function expectGin404(res: RawResponse): void {
  expect(res.status).toBe(404);
  expect(res.contentType).toMatch(/^text\/plain/);
  expect(res.text).toBe('404 page not found');
}

/** POST and expect a 2xx, returning the parsed body. */
export async function create(call: Call, path: string, body: unknown, status = 201): Promise<any> {
  const res = await call('POST', path, { body });
  expect(res.status, res.text).toBe(status);
  return res.json;
}
