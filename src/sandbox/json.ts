import { isInteger, parse, stringify } from 'lossless-json';

/**
 * Blnk's Go structs carry amounts as `*big.Int`, which `encoding/json` reads and writes as bare
 * integers of any length. The sandbox therefore parses every integer as a bigint and writes
 * bigints back as bare digits, so a 40-digit amount survives a round trip byte for byte.
 * Non-integers stay JS numbers: Blnk reads those into float64, which is exactly a JS number.
 */
export type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };

const parseNumber = (text: string): number | bigint => (isInteger(text) ? BigInt(text) : Number(text));

export function parseJson(text: string): Json {
  return parse(text, null, parseNumber) as Json;
}

export function toJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

export function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
