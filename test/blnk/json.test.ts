import { describe, expect, it } from 'vitest';
import { hasLongNumber, parseUpstreamJson } from '../../src/blnk/json.js';

/**
 * The fast path's guard: a body goes through JSON.parse only when it holds no number token of
 * 16 digits or more. Checked against the regular expression it replaced (an independent oracle)
 * and on bodies whose answers are known by construction.
 */
const ORACLE = /(?:^|[:,[])\s*-?\d{16,}/;

describe('hasLongNumber', () => {
  it('finds a long number wherever it starts, and ignores digit runs inside strings', () => {
    for (let pad = 0; pad < 40; pad += 1) {
      const prefix = `{"a":"${'x'.repeat(pad)}",`;
      expect(hasLongNumber(`${prefix}"n":9007199254740993}`)).toBe(true);
      expect(hasLongNumber(`${prefix}"n":[1, -12345678901234567]}`)).toBe(true);
      expect(hasLongNumber(`${prefix}"n": 123456789012345}`)).toBe(false); // 15 digits
      expect(hasLongNumber(`${prefix}"ref":"ref_12345678901234567890"}`)).toBe(false);
    }
    expect(hasLongNumber('12345678901234567')).toBe(true);
    expect(hasLongNumber('')).toBe(false);
  });

  it('agrees with the regular expression on 5000 random bodies', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [':', ',', '[', ' ', '-', '"', 'a', '{', ']', '1', '23', '4567', '89012345', '6789012345678901'];
    let long = 0;
    for (let k = 0; k < 5000; k += 1) {
      let text = '';
      const length = random(60);
      for (let i = 0; i < length; i += 1) text += pieces[random(pieces.length)];
      const expected = ORACLE.test(text);
      if (expected) long += 1;
      expect([text, hasLongNumber(text)]).toEqual([text, expected]);
    }
    // Both answers are well represented.
    expect(long).toBeGreaterThan(200);
    expect(long).toBeLessThan(4800);
  });
});

describe('parseUpstreamJson', () => {
  it('keeps integers beyond 2^53 exact, as bigints, and parses the rest as plain JSON', () => {
    expect(parseUpstreamJson('{"balance":123456789012345678901234567890,"precision":100}')).toEqual({
      balance: 123456789012345678901234567890n,
      precision: 100n,
    });
    expect(parseUpstreamJson('{"balance":1000500,"ref":"ref_12345678901234567890"}')).toEqual({
      balance: 1000500,
      ref: 'ref_12345678901234567890',
    });
  });
});
