import { isInteger, parse, stringify } from 'lossless-json';

/**
 * Blnk writes amounts as bare JSON integers of any length. JSON.parse would round those above
 * 2^53, so such bodies go through lossless-json, where every integer becomes a bigint. Most
 * bodies hold no number that long: for them JSON.parse is exact (every integer it sees is safe),
 * and several times faster, so the slow parser runs only when a long digit run is present.
 */
// Scans only where a JSON value can start, which is faster than JSON.parse itself.
const LONG_NUMBER = /[:,[]\s*-?\d{16,}/;

export function parseUpstreamJson(text: string): unknown {
  if (!LONG_NUMBER.test(text)) return JSON.parse(text);
  return parse(text, null, (n) => (isInteger(n) ? BigInt(n) : Number(n)));
}

/** Outgoing bodies: bigints become bare JSON integers, as Blnk's big.Int decoder requires. */
export function stringifyForBlnk(value: unknown): string {
  return stringify(value) ?? 'null';
}
