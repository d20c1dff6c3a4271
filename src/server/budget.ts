import { GraphQLError, getOperationAST } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../graphql/context.js';

/**
 * A query the upstream budget or rate stopped (blnk/gate.ts) answers with that one refusal and
 * no data. Every field left waiting for Blnk fails with the same error, so the response would
 * otherwise carry one per field: thousands for `nodes(ids:)` with `at` (1.2 MB measured for 400
 * balances with ten aliases), an amplification of its own. A mutation keeps its answer as it is:
 * each write's result, or its own refusal saying that it was not sent, is what its caller needs.
 */
export function upstreamRefusalPlugin(): Plugin {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as unknown as Context;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      return {
        onExecuteDone({ result, setResult }) {
          const refusal = ctx.gate?.refused;
          if (!refusal || Symbol.asyncIterator in (result as object)) return;
          const answer: ExecutionResult = {
            data: null,
            errors: [new GraphQLError(refusal.message, { extensions: { code: refusal.refusal, ...refusal.extensions } })],
          };
          setResult(answer);
        },
      };
    },
  };
}
