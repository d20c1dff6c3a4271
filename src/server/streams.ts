import type { ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../graphql/context.js';
import { allowRenewal } from './context.js';
import { watchBacklog } from './slow-consumer.js';
import type { SlowConsumerBounds } from './slow-consumer.js';
import type { Slots } from './stream-slots.js';

/**
 * Subscriptions as long-lived streams, over both transports (GraphQL over SSE through yoga's
 * HTTP pipeline, graphql-ws through websocket.ts, which runs the same envelop hooks):
 *
 * - each holds one of the process's and its principal's places (MAX_SUBSCRIPTIONS,
 *   MAX_SUBSCRIPTIONS_PER_PRINCIPAL), refused past them with TOO_MANY_SUBSCRIPTIONS and given back
 *   when the stream ends, however it ends;
 * - its context may renew its client, loaders, deadline and gate per event (`Context.renew`),
 *   so REQUEST_TIMEOUT_MS and MAX_UPSTREAM_CALLS bound each event, not the stream;
 * - an SSE response whose client does not read is ended (slow-consumer.ts); websocket.ts watches
 *   its sockets the same way.
 */
export interface StreamsPluginOptions {
  slots: Slots;
  slowConsumer: SlowConsumerBounds;
}

export function tooManySubscriptions(full: 'process' | 'principal'): GraphQLError {
  return new GraphQLError(
    full === 'principal'
      ? 'Too many subscriptions open for this caller: end one before starting another'
      : 'Too many subscriptions open on this gateway: try again later',
    { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
  );
}

/** The node response of a request served by yoga's node adapter (its server context). */
function nodeResponseOf(ctx: object): ServerResponse | undefined {
  const res = (ctx as { res?: unknown }).res;
  return typeof res === 'object' && res !== null && 'writableLength' in res ? (res as ServerResponse) : undefined;
}

export function streamsPlugin({ slots, slowConsumer }: StreamsPluginOptions): Plugin {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as Context & { request?: Request };
      const place = slots.take(ctx.principal);
      if ('full' in place) {
        setResultAndStopExecution({ errors: [tooManySubscriptions(place.full)] });
        return;
      }
      allowRenewal(ctx);
      let stopWatching = () => {};
      const signal = ctx.request?.signal;
      const end = () => {
        place.release();
        stopWatching();
        signal?.removeEventListener('abort', end);
      };
      // Whichever comes first: the stream ends, fails, or its client goes.
      signal?.addEventListener('abort', end, { once: true });
      return {
        onSubscribeResult({ result }) {
          if (!(typeof result === 'object' && result !== null && Symbol.asyncIterator in result)) {
            end();
            return undefined;
          }
          const res = nodeResponseOf(ctx);
          // Destroying the response closes its socket: the adapter then returns the iterator.
          if (res)
            stopWatching = watchBacklog(
              () => res.writableLength,
              slowConsumer,
              () => res.destroy(),
            );
          return { onEnd: end };
        },
        onSubscribeError: end,
      };
    },
  };
}
