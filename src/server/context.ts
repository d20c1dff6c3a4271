import type { Tracer } from '@opentelemetry/api';
import type { Principal } from '../auth/principal.js';
import type { WriteRate } from '../auth/write-rate.js';
import { type BlnkClient, createClient } from '../blnk/client.js';
import type { Surface } from '../blnk/client.js';
import { Deadline } from '../blnk/deadline.js';
import type { UpstreamGate } from '../blnk/gate.js';
import type { BlnkHttp } from '../blnk/http.js';
import type { Context } from '../graphql/context.js';
import { RequestLoaders } from '../loaders/request-loaders.js';
import type { Metrics } from '../telemetry/metrics.js';
import { recordUpstreamSpan } from '../telemetry/tracing.js';
import type { RequestLife, StreamCalls } from './request-life.js';
import type { LiveHub } from '../live/hub.js';

/**
 * One fresh context per GraphQL request: its own client (carrying the request's abort signal)
 * and its own loaders, so nothing is cached or batched across requests.
 */
export interface ContextOptions {
  signal?: AbortSignal;
  surface?: Surface;
  principal: Principal;
  /** The request's life (request-life.ts): its id, and where its upstream calls are recorded. */
  life: Pick<RequestLife, 'requestId' | 'calls' | 'span' | 'stream'>;
  writeRate?: WriteRate;
  metrics?: Metrics;
  tracer?: Tracer;
  /** The request's upstream budget, rate and in-flight caps (blnk/gate.ts); none in bare tests. */
  gate?: UpstreamGate;
  /** The process's live ledger, for subscriptions. */
  live?: LiveHub;
  /**
   * For a subscription's events (`Context.renew`): each event gets a deadline of `timeoutMs`
   * joined with `signal` (the stream's: the client's abort, or the end of its WebSocket
   * subscription) and a gate of its own from `gateFor`.
   */
  renewal?: {
    timeoutMs: number;
    signal: AbortSignal;
    gateFor?: (signal: AbortSignal) => UpstreamGate;
  };
}

/**
 * How to renew a context, kept on it until a subscription turns it on (`allowRenewal`). A symbol
 * key, enumerable: yoga copies the built context onto the operation's own object, and this with it.
 */
const RENEWAL = Symbol('renewal');
type Renewable = Context & { [RENEWAL]?: (target: Context) => void };

/**
 * Gives a subscription's context its `renew` (graphql/context.ts); a query's never has one.
 * Called by the streams plugin (streams.ts) when the operation is known to be a subscription,
 * with the object its resolvers receive.
 */
export function allowRenewal(ctx: Context): void {
  const renewal = (ctx as Renewable)[RENEWAL];
  if (renewal) ctx.renew = () => renewal(ctx);
}

const MAX_STREAM_FAILURES = 5;

export function createContext(http: BlnkHttp, options: ContextOptions): Context {
  const { signal, surface = 'core', principal, life, metrics, tracer, gate } = options;
  const client = createClient(http, {
    ...(signal ? { signal } : {}),
    surface,
    blnkKey: principal.blnkKey,
    ...(gate ? { gate } : {}),
    onCall: (call) => {
      life.calls.push(call);
      metrics?.upstreamCall(call);
      if (tracer) recordUpstreamSpan(tracer, life.span, call);
    },
  });
  const loadersFor = (c: BlnkClient) =>
    new RequestLoaders(c, principal.identityId, metrics && ((loader, size) => metrics.loaderBatch(loader, size)));
  const ctx: Context = {
    ...(gate ? { gate } : {}),
    ...(options.writeRate ? { writeRate: options.writeRate } : {}),
    ...(options.live ? { live: options.live } : {}),
    client,
    principal,
    requestId: life.requestId,
    loaders: loadersFor(client),
  };
  const { renewal } = options;
  if (renewal) {
    // One deadline and gate per event: the previous event's end when the next begins (its calls
    // are answered by then: graphql-ws and yoga resolve one event before pulling the next).
    let current: { deadline: Deadline; gate?: UpstreamGate } | null = null;
    (ctx as Renewable)[RENEWAL] = (target) => {
      life.stream ??= { count: 0, failures: [] };
      const calls: StreamCalls = life.stream;
      if (current) {
        current.gate?.end();
        current.deadline.dispose();
      }
      const deadline = new Deadline(renewal.timeoutMs, renewal.signal);
      const eventGate = renewal.gateFor?.(deadline.signal);
      current = { deadline, ...(eventGate ? { gate: eventGate } : {}) };
      const fresh = createClient(http, {
        signal: deadline.signal,
        surface,
        blnkKey: principal.blnkKey,
        ...(eventGate ? { gate: eventGate } : {}),
        // Hours of events are not kept call by call: counted, and the first failures kept.
        onCall: (call) => {
          calls.count += 1;
          if ((call.status === 0 || call.status >= 400) && calls.failures.length < MAX_STREAM_FAILURES) {
            calls.failures.push({ method: call.method, route: call.route, status: call.status });
          }
          metrics?.upstreamCall(call);
          if (tracer) recordUpstreamSpan(tracer, life.span, call);
        },
      });
      target.client = fresh;
      target.loaders = loadersFor(fresh);
      if (eventGate) target.gate = eventGate;
    };
  }
  return ctx;
}
