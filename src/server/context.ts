import type { Tracer } from '@opentelemetry/api';
import type { Principal } from '../auth/principal.js';
import type { WriteRate } from '../auth/write-rate.js';
import { BlnkClient } from '../blnk/client.js';
import type { CallRecord, Surface } from '../blnk/client.js';
import type { Deadline } from '../blnk/deadline.js';
import type { UpstreamGate } from '../blnk/gate.js';
import type { BlnkHttp } from '../blnk/http.js';
import type { Context } from '../graphql/context.js';
import { RequestLoaders } from '../loaders/request-loaders.js';
import type { Metrics } from '../telemetry/metrics.js';
import { recordUpstreamSpan } from '../telemetry/tracing.js';

/**
 * One fresh context per GraphQL request: its own client (carrying the request's abort signal)
 * and its own loaders, so nothing is cached or batched across requests.
 */
export interface ContextOptions {
  signal?: AbortSignal;
  surface?: Surface;
  maxCost: number;
  /** Whether `_service { sdl }` answers; closed unless said (gateway.ts decides from the limits). */
  subgraphSdl?: boolean;
  principal: Principal;
  requestId: string;
  writeRate?: WriteRate;
  metrics?: Metrics;
  tracer?: Tracer;
  deadline?: Deadline;
  /** The request's upstream budget, rate and in-flight caps (blnk/gate.ts); none in bare tests. */
  gate?: UpstreamGate;
}

export function createContext(http: BlnkHttp, options: ContextOptions): Context {
  const { signal, surface = 'core', maxCost, subgraphSdl = false, principal, requestId, metrics, tracer, deadline, gate } = options;
  const upstreamCalls: CallRecord[] = [];
  const client = new BlnkClient(http, {
    ...(signal ? { signal } : {}),
    surface,
    blnkKey: principal.blnkKey,
    ...(gate ? { gate } : {}),
    onCall: (call) => {
      upstreamCalls.push(call);
      metrics?.upstreamCall(call);
      if (tracer) recordUpstreamSpan(tracer, trace.span, call);
    },
  });
  const trace: Context['trace'] = {};
  const ctx: Context = {
    ...(deadline ? { deadline } : {}),
    ...(gate ? { gate } : {}),
    ...(options.writeRate ? { writeRate: options.writeRate } : {}),
    trace,
    client,
    upstreamCalls,
    maxCost,
    subgraphSdl,
    principal,
    requestId,
    loaders: new RequestLoaders(client, principal.identityId, metrics && ((loader, size) => metrics.loaderBatch(loader, size))),
  };
  return ctx;
}
