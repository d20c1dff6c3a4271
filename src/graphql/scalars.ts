import { type GraphQLError, Kind } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { ValueNode } from 'graphql';
import { badInput } from './bad-input.js';
import { builder } from './builder.js';

const DIGITS = /^-?\d+$/;

function toBigInt(value: unknown, node?: ValueNode): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw badInput('BigInt takes a string of decimal digits or a safe integer', undefined, node);
}

/**
 * Money in minor units. Output is always a JSON string of digits, whatever its size, so no
 * client ever parses an amount into a float; graphql-scalars' BigInt switches between number
 * and string with magnitude, hence this one. Input: a digit string or a safe integer.
 */
builder.scalarType('BigInt', {
  description:
    'An integer of any size (money in minor units), always answered as a JSON string of decimal digits, such as "1234" or "-5", so no client parses it into a float. Taken as such a string, or as a JSON number within ±(2^53−1) (a literal beyond that must be quoted).',
  serialize: (value) => toBigInt(value).toString(),
  parseValue: (value) => toBigInt(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return toBigInt(ast.value, ast);
    if (ast.kind === Kind.INT) {
      const n = BigInt(ast.value);
      if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw badInput('A BigInt literal beyond 2^53 must be written as a string', undefined, ast);
      }
      return n;
    }
    throw badInput('BigInt takes a string of decimal digits or a safe integer', undefined, ast);
  },
});

builder.addScalarType('DateTime', DateTimeResolver, {
  description:
    'A point in time, RFC 3339 with an offset, such as "2026-03-01T10:15:30Z"; answered in UTC. Blnk keeps microseconds; a time Blnk holds as unset is null, never "0001-01-01".',
});
// Blnk stores an identity's date of birth as a SQL date: a time of day would not survive a read.
builder.addScalarType('Date', DateResolver, {
  description: 'A calendar date, RFC 3339 full-date, such as "1990-01-31", with no time of day or zone.',
});
// ---------------------------------------------------------------------------------------------
// JSON (metadata). Blnk decodes meta_data into Go's generic values, where every number is a
// float64: an integer beyond ±(2^53−1) comes back rounded, and Go writes 10^21 and above in
// exponent form. So a number Blnk cannot keep is refused on the way in, and whatever Blnk
// sends back is written out in a form JSON.stringify can always serialize.

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

type Path = (string | number)[];

function unkeepable(path: Path): GraphQLError {
  return badInput(
    // The path is made of the caller's keys, which are never echoed (input-guards.ts): the
    // number is named by its depth only.
    `A JSON number ${path.length === 0 ? 'given as the value itself' : `${path.length} level${path.length === 1 ? '' : 's'} deep`} is not a finite number within ±(2^53−1): Blnk keeps metadata numbers as float64 and would change it; send it as a string`,
  );
}

/** Every number in a value, with its path; walked without recursion, whatever the depth. */
function checkNumbers(root: unknown, rootPath: Path = []): void {
  const stack: [unknown, Path][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) throw unkeepable(path);
    } else if (typeof value === 'bigint') {
      if (value > MAX_SAFE || value < -MAX_SAFE) throw unkeepable(path);
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) stack.push([item, [...path, i]]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) stack.push([item, [...path, key]]);
    }
  }
}

function literal(ast: ValueNode, variables: Record<string, unknown> | null | undefined, path: Path): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT: {
      const n = BigInt(ast.value);
      if (n > MAX_SAFE || n < -MAX_SAFE) throw unkeepable(path);
      return Number(n);
    }
    case Kind.FLOAT: {
      const n = Number(ast.value);
      if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER) throw unkeepable(path);
      return n;
    }
    case Kind.OBJECT: {
      const out: Record<string, unknown> = Object.create(null);
      for (const field of ast.fields) out[field.name.value] = literal(field.value, variables, [...path, field.name.value]);
      return out;
    }
    case Kind.LIST:
      return ast.values.map((item, i) => literal(item, variables, [...path, i]));
    case Kind.NULL:
      return null;
    case Kind.VARIABLE: {
      const value = variables ? variables[ast.name.value] : undefined;
      checkNumbers(value, path);
      return value;
    }
    default:
      throw badInput('JSON takes a JSON value');
  }
}

/**
 * A number from Blnk as the client gets it: a safe integer or a fraction stays a number; an
 * integer beyond ±(2^53−1), exact (a bigint) or not (a float Go wrote, possibly as 1e+21),
 * becomes the string of its decimal digits, so no client parses it into a rounded float.
 */
function outputNumber(value: number | bigint): number | string {
  if (typeof value === 'bigint') return value > MAX_SAFE || value < -MAX_SAFE ? value.toString() : Number(value);
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return BigInt(value).toString();
  return value;
}

function toOutput(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'bigint') return outputNumber(value);
  if (Array.isArray(value)) return value.map(toOutput);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toOutput(item);
    return out;
  }
  return value;
}

builder.scalarType('JSON', {
  description:
    'Any JSON value (metadata). Blnk keeps metadata numbers as float64: on input a number must be finite and within ±(2^53−1) (send larger ones as strings); on output a safe integer or a fraction is a number, and an integer beyond ±(2^53−1) that Blnk holds (however written, 1e+21 included) is the string of its decimal digits.',
  specifiedByURL: 'http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf',
  serialize: (value) => toOutput(value),
  parseValue: (value) => {
    checkNumbers(value);
    return value;
  },
  parseLiteral: (ast, variables) => literal(ast, variables, []),
});
