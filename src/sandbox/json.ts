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

/**
 * What Go's json.Decoder (gin's ShouldBindJSON) says about a body that is not JSON: "EOF" for
 * nothing, "unexpected EOF" for a value cut short, else the scanner's "invalid character …"
 * message. Null when the text starts with one complete JSON value (the decoder reads only that,
 * so anything after it is never looked at).
 */
export function goJsonError(text: string): string | null {
  let i = 0;
  const quote = (c: string) => (c === "'" ? "'\\''" : c === '"' ? "'\"'" : `'${JSON.stringify(c).slice(1, -1)}'`);
  class Stop extends Error {}
  const fail = (message: string): never => {
    throw new Stop(message);
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i += 1;
  };
  const need = () => {
    if (i >= text.length) fail('unexpected EOF');
    return text[i]!;
  };
  const literal = (word: string) => {
    for (let k = 1; k < word.length; k += 1) {
      i += 1;
      const c = need();
      if (c !== word[k]) fail(`invalid character ${quote(c)} in literal ${word} (expecting ${quote(word[k]!)})`);
    }
    i += 1;
  };
  const string = () => {
    i += 1;
    for (;;) {
      const c = need();
      if (c === '"') {
        i += 1;
        return;
      }
      if (c === '\\') {
        i += 1;
        const e = need();
        if (e === 'u') {
          for (let k = 0; k < 4; k += 1) {
            i += 1;
            const h = need();
            if (!/[0-9a-fA-F]/.test(h)) fail(`invalid character ${quote(h)} in \\u hexadecimal character escape`);
          }
        } else if (!'"\\/bfnrt'.includes(e)) fail(`invalid character ${quote(e)} in string escape code`);
      } else if (c < ' ') fail(`invalid character ${quote(c)} in string literal`);
      i += 1;
    }
  };
  const number = () => {
    if (text[i] === '-') {
      i += 1;
      const c = need();
      if (!/[0-9]/.test(c)) fail(`invalid character ${quote(c)} in numeric literal`);
    }
    if (text[i] === '0') i += 1;
    else while (i < text.length && /[0-9]/.test(text[i]!)) i += 1;
    if (text[i] === '.') {
      i += 1;
      const c = need();
      if (!/[0-9]/.test(c)) fail(`invalid character ${quote(c)} after decimal point in numeric literal`);
      while (i < text.length && /[0-9]/.test(text[i]!)) i += 1;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      const c = need();
      if (!/[0-9]/.test(c)) fail(`invalid character ${quote(c)} in exponent of numeric literal`);
      while (i < text.length && /[0-9]/.test(text[i]!)) i += 1;
    }
  };
  const value = (): void => {
    ws();
    const c = need();
    if (c === '{') {
      i += 1;
      ws();
      if (need() === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        const k = need();
        if (k !== '"') fail(`invalid character ${quote(k)} looking for beginning of object key string`);
        string();
        ws();
        const colon = need();
        if (colon !== ':') fail(`invalid character ${quote(colon)} after object key`);
        i += 1;
        value();
        ws();
        const next = need();
        if (next === '}') {
          i += 1;
          return;
        }
        if (next !== ',') fail(`invalid character ${quote(next)} after object key:value pair`);
        i += 1;
      }
    }
    if (c === '[') {
      i += 1;
      ws();
      if (need() === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        ws();
        const next = need();
        if (next === ']') {
          i += 1;
          return;
        }
        if (next !== ',') fail(`invalid character ${quote(next)} after array element`);
        i += 1;
      }
    }
    if (c === '"') string();
    else if (c === '-' || /[0-9]/.test(c)) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else fail(`invalid character ${quote(c)} looking for beginning of value`);
  };
  ws();
  if (i >= text.length) return 'EOF';
  try {
    value();
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.message;
    throw error;
  }
}

/**
 * JSON as Blnk's gin writes it (encoding/json's HTML-safe default): `<`, `>` and `&` inside
 * strings come out as \u003c, \u003e and \u0026, and U+2028/U+2029 escaped. They can only occur
 * inside strings, so the text is rewritten as a whole.
 */
export function toGoJson(value: unknown): string {
  return toJson(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
