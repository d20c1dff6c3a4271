import type { Tracer } from '@opentelemetry/api';
import type { Principal } from '../auth/principal.js';
import type { WriteRate } from '../auth/write-rate.js';
import { BlnkClient } from '../blnk/client.js';
import type { Surface } from '../blnk/client.js';
import type { UpstreamGate } from '../blnk/gate.js';
import type { BlnkHttp } from '../blnk/http.js';
import type { Context } from '../graphql/context.js';
import { RequestLoaders } from '../loaders/request-loaders.js';
import type { Metrics } from '../telemetry/metrics.js';
import { recordUpstreamSpan } from '../telemetry/tracing.js';
import type { RequestLife } from './request-life.js';
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
  life: Pick<RequestLife, 'requestId' | 'calls' | 'span'>;
  writeRate?: WriteRate;
  metrics?: Metrics;
  tracer?: Tracer;
  /** The request's upstream budget, rate and in-flight caps (blnk/gate.ts); none in bare tests. */
  gate?: UpstreamGate;
  /** The process's live ledger, for subscriptions. */
  live?: LiveHub;
}

export function createContext(http: BlnkHttp, options: ContextOptions): Context {
  const { signal, surface = 'core', principal, life, metrics, tracer, gate } = options;
  const client = new BlnkClient(http, {
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
  const ctx: Context = {
    ...(gate ? { gate } : {}),
    ...(options.writeRate ? { writeRate: options.writeRate } : {}),
    ...(options.live ? { live: options.live } : {}),
    client,
    principal,
    requestId: life.requestId,
    loaders: new RequestLoaders(client, principal.identityId, metrics && ((loader, size) => metrics.loaderBatch(loader, size))),
  };
  return ctx;
}
