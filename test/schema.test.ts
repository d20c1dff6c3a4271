import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, printedSchema } from '../src/print-schema.js';

describe('committed SDL', () => {
  it('is what the code prints (run `npm run schema` after changing the API)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(printedSchema());
  });

  it('keeps the public names of DESIGN.md section 2', () => {
    const sdl = printedSchema();
    for (const name of [
      'balance(id: ID!): Balance',
      'balanceByIndicator(currency: String!, indicator: String!): Balance',
      'ledger(id: ID!): Ledger',
      'identity(id: ID!): Identity',
      'transaction(id: ID!): Transaction',
      'transactionByReference(reference: String!): Transaction',
      'node(id: ID!): Node',
      'nodes(ids: [ID!]!): [Node]!',
      'scalar BigInt',
      'scalar DateTime',
      'scalar JSON',
      'preciseAmount: BigInt!',
      'amount: String!',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
