import { isInteger, parse, stringify } from 'lossless-json';

/**
 * Blnk writes amounts as bare JSON integers of any length. JSON.parse would round those above
 * 2^53, so such bodies go through lossless-json, where every integer becomes a bigint. Most
 * bodies hold no number that long: for them JSON.parse is exact (every integer it sees is safe),
 * and several times faster, so the slow parser runs only when a long digit run is present.
 */
/** At 2^53 integers have 16 digits: anything shorter is exact through JSON.parse. */
const LONG = 16;

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether the text holds a number token of 16 or more digits: a run of digits that starts a
 * value (after `:`, `,` or `[`, a minus sign and whitespace allowed). It looks at every 16th
 * character only, since any run that long covers one of them, and measures the run around a
 * digit it lands on: about three times faster than the equivalent regular expression on a
 * 48 KB page of 100 balances (25 µs against 76 in `npm run bench:json`; JSON.parse of the
 * page takes about 140).
 */
export function hasLongNumber(text: string): boolean {
  for (let i = LONG - 1; i < text.length; i += LONG) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start -= 1;
    let end = i;
    while (end + 1 < text.length && isDigit(text.charCodeAt(end + 1))) end += 1;
    if (end - start + 1 >= LONG && startsValue(text, start)) return true;
    // The next run begins after `end + 1` (not a digit): stepping on from `end` still lands
    // on every window of 16 characters after it.
    i = end;
  }
  return false;
}

/** Whether the digits at `start` begin a JSON number rather than sit inside a string. */
function startsValue(text: string, start: number): boolean {
  let j = start - 1;
  if (j >= 0 && text.charCodeAt(j) === 45 /* - */) j -= 1;
  while (j >= 0 && /\s/.test(text[j]!)) j -= 1;
  if (j < 0) return true; // the whole body is one number
  const c = text[j];
  return c === ':' || c === ',' || c === '[';
}

export function parseUpstreamJson(text: string): unknown {
  if (!hasLongNumber(text)) return JSON.parse(text);
  return parse(text, null, (n) => (isInteger(n) ? BigInt(n) : Number(n)));
}

/** Outgoing bodies: bigints become bare JSON integers, as Blnk's big.Int decoder requires. */
export function stringifyForBlnk(value: unknown): string {
  return stringify(value) ?? 'null';
}
