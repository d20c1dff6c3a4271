import { readFileSync } from 'node:fs';
import { parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PRINTED } from '../scripts/print-schema.js';

const [served, subgraph] = PRINTED as [(typeof PRINTED)[number], (typeof PRINTED)[number]];
const printedSchema = served.print;

describe('committed SDL', () => {
  it.each(PRINTED.map((p) => [p.path.pathname.split('/').pop(), p]))(
    '%s is what the code prints (run `npm run schema` after changing the API)',
    (_name, { path, print }) => {
      expect(readFileSync(path, 'utf8')).toBe(print());
    },
  );

  it('declares Balance, Ledger, Identity and Transaction as entities keyed by id', () => {
    const sdl = subgraph.print();
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])');
    for (const type of ['Balance', 'Ledger', 'Identity', 'Transaction']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
  });

  it('keeps the public names of docs/architecture.md section 3', () => {
    // Signatures only: descriptions (argument ones split a signature over lines) are left out.
    const sdl = print(
      visit(parse(printedSchema()), {
        enter: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined),
      }),
    );
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
