import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasScope } from '../auth/principal.js';
import type { Principal } from '../auth/principal.js';
import type { CallRecord } from '../blnk/client.js';
import type { Context } from '../graphql/context.js';

/** One upstream call as `extensions.upstream` shows it: the route's template, never an id. */
export interface ExplainedCall {
  method: string;
  route: string;
  status: number;
  durationMs: number;
  ids?: number;
}

export interface ExplainOptions {
  /**
   * Off when nobody is authenticated in production (AUTH_MODE=none allowed there): every caller
   * would be an admin, and the calls' timings and routes are for operators.
   */
  enabled: boolean;
  /** The request's upstream calls, in order (request-life.ts `lifeOf(request).calls`). */
  callsOf(request: Request): readonly CallRecord[];
}

/** The header a client sends to ask for the explanation, and the one value honoured. */
export const EXPLAIN_HEADER = 'x-explain';
const EXPLAIN_VALUE = 'upstream';

/** Only an operator sees it: an unconfined principal with ledger:admin (AUTH_MODE=none is one). */
function mayExplain(principal: Principal): boolean {
  return principal.identityId === null && hasScope(principal, 'ledger:admin');
}

function explained(calls: readonly CallRecord[]): ExplainedCall[] {
  // Recorded as they finish; listed as they were sent (sort is stable for any without a start).
  return [...calls]
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0))
    .map(({ method, route, status, durationMs, ids }) => ({
      method,
      route,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      ...(ids !== undefined ? { ids } : {}),
    }));
}

/**
 * `X-Explain: upstream`: the answer's `extensions.upstream` lists the Blnk calls its operation
 * made, in order, so a client can check what a query costs without a tracing collector. For
 * anyone else the header is ignored: the extension is absent and nothing is refused.
 *
 * Queries and mutations only. A subscription's events are not explained: a stream's calls are
 * counted per event (request-life.ts StreamCalls), and an explanation on every event would grow
 * each one for the stream's whole life. An incrementally delivered result is not explained either.
 */
export function explainPlugin(options: ExplainOptions): Plugin<Context> {
  return {
    onExecute({ args }) {
      if (!options.enabled) return;
      const ctx = args.contextValue;
      const request = ctx.request as Request | undefined;
      if (request?.headers.get(EXPLAIN_HEADER)?.trim().toLowerCase() !== EXPLAIN_VALUE) return;
      if (!mayExplain(ctx.principal)) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (typeof result !== 'object' || result === null || Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          setResult({ ...single, extensions: { ...single.extensions, upstream: explained(options.callsOf(request)) } });
        },
      };
    },
  };
}
