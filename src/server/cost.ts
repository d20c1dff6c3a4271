import { complexityFromQuery } from '@pothos/plugin-complexity';
import { GraphQLError, getOperationAST, Kind } from 'graphql';
import type { DefinitionNode, DocumentNode } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../graphql/context.js';

/**
 * The cost limit, checked once per operation before any resolver runs, whatever its root fields
 * are. Pothos's complexity plugin checks only when one of its own root fields resolves, which
 * Apollo Federation's `_entities` and `_service` are not: a query of `_entities` alone was never
 * measured. The costs themselves are still the fields' (graphql/builder.ts, and `_entities`'s
 * representations in graphql/entities.ts); only the check moves here. `maxCost` is MAX_COST.
 */
/** What onExecute and onSubscribe both give: the operation, and a way to answer it unrun. */
type OperationHook = Pick<Parameters<NonNullable<Plugin['onExecute']>>[0], 'args'> & {
  setResultAndStopExecution: (result: ExecutionResult) => void;
};

export function costLimitPlugin({ maxCost }: { maxCost: number }): Plugin {
  // A subscription is measured as a query is: envelop runs onSubscribe for it, not onExecute.
  const check = ({ args, setResultAndStopExecution }: OperationHook) => {
    const ctx = args.contextValue as unknown as Context;
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [operation, ...args.document.definitions.filter((d: DefinitionNode) => d.kind === Kind.FRAGMENT_DEFINITION)],
    };
    let complexity: number;
    try {
      ({ complexity } = complexityFromQuery(document, {
        schema: args.schema,
        ctx,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
      }));
    } catch {
      // input-guards.ts has already answered variables that do not coerce, so this is not
      // expected; an operation that cannot be measured is not run unmeasured.
      setResultAndStopExecution({
        errors: [new GraphQLError("The query's cost could not be measured", { extensions: { code: 'BAD_USER_INPUT' } })],
      });
      return;
    }
    if (complexity > maxCost) {
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`The query costs ${complexity}, more than the ${maxCost} allowed`, {
            extensions: { code: 'COST_LIMIT_EXCEEDED', cost: complexity, maxCost },
          }),
        ],
      });
    }
  };
  return { onExecute: check, onSubscribe: check };
}
