import type { Plugin } from 'graphql-yoga';
import type { Context } from '../graphql/context.js';

/**
 * Ends the request's upstream gate (blnk/gate.ts) when its operation is done, so that calls still
 * waiting for a slot leave their queues unsent. Execution can be done while some wait: graphql-js
 * settles a parent as soon as one of its non-null fields fails, without waiting for the others.
 * Left queued, they would be sent after the answer went out, for no one, ahead of the same
 * principal's next requests. A client's abort and the deadline end the gate by themselves (it
 * listens to the request's signal); this is the third way a request ends.
 */
export function upstreamGatePlugin(): Plugin {
  return {
    onExecute({ args }) {
      const { gate } = args.contextValue as unknown as Context;
      if (!gate) return;
      return {
        onExecuteDone({ result }) {
          // A stream (a subscription) is done when it ends, not when it starts.
          if (Symbol.asyncIterator in (result as object)) return { onEnd: () => gate.end() };
          gate.end();
          return undefined;
        },
      };
    },
    // A subscription's first reads (its target, a chain) use the request's gate; its events get
    // gates of their own (server/context.ts renew), ended with their deadlines.
    onSubscribe({ args }) {
      const { gate } = args.contextValue as unknown as Context;
      if (!gate) return;
      return {
        onSubscribeResult({ result }) {
          if (Symbol.asyncIterator in (result as object)) return { onEnd: () => gate.end() };
          gate.end();
          return undefined;
        },
      };
    },
  };
}
