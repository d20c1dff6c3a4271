/**
 * Normalisation shared by the recorder and the replay: what differs between two honest runs (ids,
 * the UUIDs a test makes up, timestamps, hashes) becomes a placeholder; everything else stays.
 *
 * Ids are numbered per kind by first appearance (`<bln#3>`), walking objects in sorted key order so
 * that two servers that write keys in different orders still number the same. A replay keeps the
 * two directions: placeholder → the value its target used, and back.
 */

/**
 * `bln_…`, `txn_…`, `bulk_…`, and bare UUIDs (references a test made up). Ends where no letter or
 * digit follows, so `<ref>_q` and `<txn>_refund` keep their suffix outside the placeholder.
 */
const ID = /\b(?:([a-z]+)_)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-zA-Z])/g;
const TIME = /\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g;
/** A date alone (`created_at_eq=2026-12-04`), not the start of a timestamp. */
const DAY = /\b(\d{4}-\d\d-\d\d)(?![T\d:])/g;
const DAY_MS = 86_400_000;
/** A date within this many days of the request is "that many days from today" in a recording. */
const NEAR_DAYS = 2;
/** Go's zero time means "unset" to Blnk: a fact to compare, never a placeholder. */
const ZERO_TIME = /^0001-01-01T00:00:00(?:\.0+)?(?:Z|\+00:00)$/;
const HASH_KEYS = new Set(['hash', 'previous_hash', 'prev_hash']);

export class Placeholders {
  private readonly byValue = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  /** The placeholder of an id or UUID, numbered on first sight. */
  name(kind: string, value: string): string {
    const known = this.byValue.get(value);
    if (known) return known;
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    const name = `<${kind}#${n}>`;
    this.byValue.set(value, name);
    this.byName.set(name, value);
    return name;
  }

  value(name: string): string | undefined {
    return this.byName.get(name);
  }

  /** A copy to number a tentative answer on, without committing its names. */
  clone(): Placeholders {
    const copy = new Placeholders();
    for (const [k, v] of this.byValue) copy.byValue.set(k, v);
    for (const [k, v] of this.byName) copy.byName.set(k, v);
    for (const [k, v] of this.counts) copy.counts.set(k, v);
    return copy;
  }

  bind(name: string, value: string): void {
    this.byName.set(name, value);
    this.byValue.set(value, name);
    // A name first seen in a request took its number when recorded: the next new id numbers on.
    const m = /^<([a-z]+)#(\d+)>$/.exec(name);
    if (m) this.counts.set(m[1]!, Math.max(this.counts.get(m[1]!) ?? 0, Number(m[2])));
  }

  /** Replaces every id and UUID in a string by its placeholder. */
  string(text: string): string {
    return text.replace(ID, (_m, prefix: string | undefined, uuid: string) => {
      const kind = prefix ?? 'uuid';
      const value = prefix ? `${prefix}_${uuid}` : uuid;
      return this.name(kind, value);
    });
  }
}

/** A response body (parsed losslessly) with ids, times and hashes as placeholders. */
export function normaliseResponse(value: unknown, names: Placeholders, key?: string): unknown {
  if (typeof value === 'string') {
    if (key && HASH_KEYS.has(key) && /^[0-9a-f]{32,}$/.test(value)) return '<hash>';
    // A tokenized identity field ("FPT:<value's shape>:<ciphertext>") is random on every run:
    // its shape stays (letters by case, digits, the rest as is), the ciphertext does not.
    const token = /^FPT:([^:]*):[A-Za-z0-9+/=]+$/.exec(value);
    if (token) return `FPT:${token[1]!.replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A').replace(/[0-9]/g, '0')}:<ciphertext>`;
    if (ZERO_TIME.test(value)) return value;
    return names.string(value).replace(TIME, (t) => (ZERO_TIME.test(t) ? t : '<time>'));
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return value.map((v) => normaliseResponse(v, names));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = normaliseResponse((value as Record<string, unknown>)[k], names, k);
    return out;
  }
  return value;
}

/**
 * A request (path or body text) for the record: ids as placeholders, and timestamps near the
 * moment it was sent as an offset from then (`<now+4000ms>`), so a replay sends the same
 * "four seconds from now" rather than a time long past. Other times (a dob) stay literal.
 */
export function normaliseRequest(text: string, names: Placeholders, sentAt: number): string {
  const today = Math.floor(sentAt / DAY_MS);
  return names
    .string(text)
    .replace(TIME, (t) => {
      if (ZERO_TIME.test(t)) return t;
      const offset = Date.parse(t) - sentAt;
      if (Math.abs(offset) > 24 * 3600_000) return t;
      return `<now${offset >= 0 ? '+' : '-'}${Math.abs(Math.round(offset / 1000)) * 1000}ms>`;
    })
    .replace(DAY, (d) => {
      // A date-only filter on rows the test just wrote names the day they were written: replayed
      // on another day, it must name that day (a date of birth stays literal).
      const days = Date.parse(`${d}T00:00:00Z`) / DAY_MS - today;
      if (!Number.isInteger(days) || Math.abs(days) > NEAR_DAYS) return d;
      return `<day${days >= 0 ? '+' : '-'}${Math.abs(days)}>`;
    });
}

/** The inverse for a replay: placeholders become this target's values (new UUIDs where unseen). */
export function denormaliseRequest(text: string, names: Placeholders, newUuid: () => string): string {
  return text
    .replace(/<([a-z]+)#(\d+)>/g, (m, kind: string) => {
      const known = names.value(m);
      if (known) return known;
      // Only a value the test made up can first appear in a request; anything else is a replay bug.
      const fresh = kind === 'uuid' ? newUuid() : `${kind}_${newUuid()}`;
      names.bind(m, fresh);
      return fresh;
    })
    .replace(/<now([+-])(\d+)ms>/g, (_m, sign: string, ms: string) =>
      new Date(Date.now() + (sign === '+' ? 1 : -1) * Number(ms)).toISOString(),
    )
    .replace(/<day([+-])(\d+)>/g, (_m, sign: string, days: string) =>
      new Date((Math.floor(Date.now() / DAY_MS) + (sign === '+' ? 1 : -1) * Number(days)) * DAY_MS).toISOString().slice(0, 10),
    );
}
