import { GraphQLError, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';

const DIGITS = /^-?\d+$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw badInput('BigInt takes a string of decimal digits or a safe integer');
}

/**
 * Money in minor units. Output is always a JSON string of digits, whatever its size, so no
 * client ever parses an amount into a float; graphql-scalars' BigInt switches between number
 * and string with magnitude, hence this one. Input: a digit string or a safe integer.
 */
builder.scalarType('BigInt', {
  description: 'An integer of any size (money in minor units), always serialized as a string of decimal digits.',
  serialize: (value) => toBigInt(value).toString(),
  parseValue: (value) => toBigInt(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return toBigInt(ast.value);
    if (ast.kind === Kind.INT) {
      const n = BigInt(ast.value);
      if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw badInput('A BigInt literal beyond 2^53 must be written as a string');
      }
      return n;
    }
    throw badInput('BigInt takes a string of decimal digits or a safe integer');
  },
});

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('JSON', JSONResolver, {});
