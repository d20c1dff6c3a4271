import { describe, expect, it } from 'vitest';
import { denormaliseRequest, normaliseRequest, Placeholders } from '../contract/normalise.js';

// A recording made on one day is replayed in CI on another: whatever in a request meant "now" or
// "today" must mean the replay's now and today, and nothing else may move.
const recordedAt = Date.parse('2026-12-04T19:05:21.000Z');
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('recording normalisation of times and dates in requests', () => {
  it('writes a date-only value near the request as days from that day, and leaves a far date literal', () => {
    const names = new Placeholders();
    expect(normaliseRequest('/balances?created_at_eq=2026-12-04', names, recordedAt)).toBe('/balances?created_at_eq=<day+0>');
    expect(normaliseRequest('/balances?created_at_eq=2026-12-03', names, recordedAt)).toBe('/balances?created_at_eq=<day-1>');
    expect(normaliseRequest('{"value":"2026-12-06"}', names, recordedAt)).toBe('{"value":"<day+2>"}');
    expect(normaliseRequest('{"dob":"1990-05-17"}', names, recordedAt)).toBe('{"dob":"1990-05-17"}');
    expect(normaliseRequest('{"value":"2026-12-09"}', names, recordedAt)).toBe('{"value":"2026-12-09"}');
  });

  it('keeps a whole timestamp as an offset from the moment, not as a day', () => {
    const names = new Placeholders();
    expect(normaliseRequest('{"scheduled_for":"2026-12-04T19:05:25.000Z"}', names, recordedAt)).toBe('{"scheduled_for":"<now+4000ms>"}');
    expect(normaliseRequest('{"t":"0001-01-01T00:00:00Z"}', names, recordedAt)).toBe('{"t":"0001-01-01T00:00:00Z"}');
  });

  it("replays a day placeholder as the replay's own UTC day, whatever day it was recorded", () => {
    const names = new Placeholders();
    const now = Date.now();
    expect(denormaliseRequest('/balances?created_at_eq=<day+0>', names, () => 'x')).toBe(`/balances?created_at_eq=${utcDay(now)}`);
    expect(denormaliseRequest('{"value":"<day-1>"}', names, () => 'x')).toBe(`{"value":"${utcDay(now - 86_400_000)}"}`);
  });
});
