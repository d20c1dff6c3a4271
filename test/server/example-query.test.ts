import { Kind, parse, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/index.js';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { exampleQuery } from '../../src/server/graphiql/example-query.js';

/* GraphiQL's opening document must run against the schema as it is: a renamed field breaks it silently otherwise. */
describe("GraphiQL's example document", () => {
  const operations = (text: string) =>
    parse(text)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => `${d.operation} ${d.name?.value}`);

  it('on the sandbox: the query first, then the live balance subscription, both valid', () => {
    const text = exampleQuery(SEED_IDS.balances.adaUsd);
    expect(validate(schema, parse(text))).toEqual([]);
    expect(operations(text)).toEqual(['query Balance', 'subscription BalanceLive']);
    expect(text).toContain(`balanceUpdated(id: "${SEED_IDS.balances.adaUsd}", current: true)`);
  });

  it('on a real Blnk (no known balance id): the four-step walk-through, in order, valid', () => {
    const text = exampleQuery(null);
    expect(validate(schema, parse(text))).toEqual([]);
    expect(operations(text)).toEqual([
      'mutation Step1_CreateLedger',
      'mutation Step2_CreateBalance',
      'mutation Step3_FirstDeposit',
      'query Step4_ReadItBack',
    ]);
  });
});
