/**
 * Times as Blnk writes them: RFC 3339 in UTC with the fraction's trailing zeros trimmed (Go's
 * RFC3339Nano), microsecond precision as Postgres stores it. An unset time is never omitted: Go
 * writes its zero value.
 */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/** Microseconds since the Unix epoch; a JS number holds these exactly for the next 250 years. */
export type Micros = number;

let last: Micros = 0;

/** A strictly increasing clock, so "newest first" is well defined even within one millisecond. */
export function nowMicros(): Micros {
  const now = Date.now() * 1000;
  last = now > last ? now : last + 1;
  return last;
}

export function formatTime(us: Micros | null): string {
  if (us === null) return GO_ZERO_TIME;
  const ms = Math.floor(us / 1000);
  const base = new Date(ms).toISOString().slice(0, 19);
  const fraction = String(((us % 1_000_000) + 1_000_000) % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction ? `${base}.${fraction}Z` : `${base}Z`;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Parses an RFC 3339 timestamp as Go's time.Time does on input; null when it is not one.
 * `fractional: false` enforces the stricter `2006-01-02T15:04:05Z07:00` layout Blnk uses for
 * scheduled_for and the inflight dates.
 */
export function parseTime(text: string, { fractional = true } = {}): Micros | null {
  const m = RFC3339.exec(text);
  if (!m) return null;
  if (m[7] && !fractional) return null;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[8]!.toUpperCase()}`);
  if (Number.isNaN(ms)) return null;
  const frac = m[7] ? Number(m[7].slice(1, 7).padEnd(6, '0')) : 0;
  return ms * 1000 + frac;
}

/** A date-only value (`2024-01-01`) as the half-open window of that UTC day. */
export function parseDay(text: string): [Micros, Micros] | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  return [ms * 1000, (ms + 86_400_000) * 1000];
}
