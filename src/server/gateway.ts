import { useEngine } from '@envelop/core';
import { execute, subscribe } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Authenticator } from '../auth/authenticate.js';
import { createClient } from '../blnk/client.js';
import type { Surface } from '../blnk/client.js';
import type { BlnkHttp } from '../blnk/http.js';
import type { Config, Limits, StreamBounds } from '../config.js';
import { UpstreamLimits } from '../blnk/gate.js';
import { createContext } from './context.js';
import type { Context } from '../graphql/context.js';
import { maskError } from './mask.js';
import { schemaFor } from '../graphql/index.js';
import { persistedOperationsPlugin, securityPlugins } from './security.js';
import type { Logger } from 'pino';
import type { Tracer } from '@opentelemetry/api';
import type { Metrics } from '../telemetry/metrics.js';
import { yogaLogger } from './observability.js';
import { useRequestLife } from './request-life.js';
import { metricsRoutePlugin } from './metrics-route.js';
import { ClientAborts } from './client-aborts.js';
import { graphiqlPlugin } from './graphiql/plugin.js';
import { rootRedirect } from './root-route.js';
import { DEFAULT_READINESS_CACHE_MS, readinessRoute, sharedCheck } from './readiness.js';
import { createAuth } from './auth.js';
import { explainPlugin } from './explain.js';
import { costLimitPlugin } from './cost.js';
import { upstreamRefusalPlugin } from './budget.js';
import { upstreamGatePlugin } from './upstream-gate.js';
import { inputGuardsPlugin } from './input-guards.js';
import { WriteRate } from '../auth/write-rate.js';
import type { Ablatable } from './ablation.js';
import type { LiveHub } from '../live/hub.js';
import { webhookIngressPlugin } from './webhooks/route.js';
import type { WebhookIngressOptions } from './webhooks/route.js';
import { streamsPlugin } from './streams.js';
import { Slots } from './stream-slots.js';

export interface GatewayDeps {
  /** The HTTP transport to Blnk, holding the one shared pool. */
  http: BlnkHttp;
  graphiql?: boolean;
  /** Render GraphiQL's page when the gateway is built rather than on its first request. */
  graphiqlAtStart?: boolean;
  /** The query GraphiQL opens with. */
  defaultQuery?: string;
  /** Blnk Core (default) or Blnk Cloud. */
  surface?: Surface;
  limits: Limits;
  /** Who the caller is; every request is authenticated before anything runs. */
  authenticate: Authenticator;
  /**
   * `X-Explain: upstream` honoured for operators (server/explain.ts); default on. Off when
   * nobody is authenticated in production.
   */
  explainUpstream?: boolean;
  metrics?: Metrics;
  logger?: Logger;
  persistedOperations?: Config['persistedOperations'];
  tracer?: Tracer;
  /** How long one /readyz answer is reused (server/readiness.ts); 2 s when unset. */
  readinessCacheMs?: number;
  /** Plugins taken out, for `npm run bench:ab` only (BENCH_WITHOUT, server/ablation.ts). */
  without?: ReadonlySet<Ablatable>;
  /** The process's live ledger (live/hub.ts), which subscriptions follow; none: subscriptions answer SUBSCRIPTIONS_DISABLED. */
  live?: LiveHub;
  /** `POST /webhooks/blnk` (server/webhooks/route.ts): Blnk's deliveries onto the bus; none: no route (SUBSCRIPTIONS=false). */
  webhooks?: WebhookIngressOptions;
  /** Bounds on subscriptions (MAX_SUBSCRIPTIONS…, config.ts); the defaults when unset. */
  streams?: StreamBounds;
}

/** The bounds `npm start` uses when none are given (config.ts holds the same defaults). */
export const DEFAULT_STREAM_BOUNDS: StreamBounds = {
  maxSubscriptions: 10_000,
  maxSubscriptionsPerPrincipal: 50,
  maxWsConnections: 500,
  maxWsConnectionsPerPrincipal: 20,
  wsMaxPayloadBytes: 100_000,
  connectionInitTimeoutMs: 5_000,
  keepAliveMs: 30_000,
  slowConsumerBytes: 1_000_000,
  slowConsumerMs: 30_000,
};

/**
 * The gateway as a yoga instance. It never listens: main.ts hands it to node:http, and tests
 * call `yoga.fetch` directly.
 */
export function createGateway(deps: GatewayDeps) {
  const surface = deps.surface ?? 'core';
  const on = (plugin: Ablatable) => deps.without?.has(plugin) !== true;
  const { limits } = deps;
  const probe = createClient(deps.http, { surface });
  const auth = createAuth(deps.authenticate);
  // One per gateway: a confined identity's write rate spans all of its requests.
  const writeRate = new WriteRate({
    maxBulk: limits.confinedMaxBulk,
    perMinute: limits.confinedWritesPerMinute,
    currencyPrecisions: limits.currencyPrecisions,
  });
  // One per gateway: each principal's rate and share of the pool span all of its requests.
  const upstreamLimits = new UpstreamLimits({
    maxCalls: limits.maxUpstreamCalls,
    maxInFlight: limits.maxUpstreamInFlight,
    maxInFlightPerPrincipal: limits.maxUpstreamInFlightPerPrincipal,
    rateConfined: limits.upstreamRateConfined,
    rateOperator: limits.upstreamRateOperator,
    rateWindowSeconds: limits.upstreamRateWindowSeconds,
  });
  const streams = deps.streams ?? DEFAULT_STREAM_BOUNDS;
  // One per gateway: SSE and WebSocket subscriptions share the process's and each caller's places.
  const subscriptions = new Slots(streams.maxSubscriptions, streams.maxSubscriptionsPerPrincipal, (n) =>
    deps.metrics?.activeSubscriptions(n),
  );
  const aborts = new ClientAborts();
  const ready = sharedCheck(() => probe.health(), deps.readinessCacheMs ?? DEFAULT_READINESS_CACHE_MS);
  const life = useRequestLife({
    timeoutMs: limits.requestTimeoutMs,
    aborts,
    ...(deps.metrics && on('log-metrics') ? { metrics: deps.metrics } : {}),
    ...(deps.logger && on('log-metrics') ? { logger: deps.logger } : {}),
    ...(deps.tracer ? { tracer: deps.tracer } : {}),
  });
  return createYoga<Record<string, unknown>, Context>({
    schema: schemaFor({ subgraphSdl: limits.introspection || limits.subgraphSdl }),
    graphqlEndpoint: '/graphql',
    // The request's deadline (made and disposed by its life) covers every upstream call it makes.
    context: async ({ request }) => {
      const principal = await auth.principalOf(request);
      const { signal } = on('deadline') ? life.deadlineOf(request) : request;
      return createContext(deps.http, {
        signal,
        // The deadline's signal aborts on the client's abort too: either drops the calls waiting.
        ...(on('gate') ? { gate: upstreamLimits.gateFor(principal, signal) } : {}),
        surface,
        principal,
        life: life.lifeOf(request),
        writeRate,
        ...(deps.live ? { live: deps.live } : {}),
        // Used only if the operation is a subscription (streams.ts): each event's own deadline and gate.
        renewal: {
          timeoutMs: limits.requestTimeoutMs,
          signal: request.signal,
          ...(on('gate') ? { gateFor: (eventSignal: AbortSignal) => upstreamLimits.gateFor(principal, eventSignal) } : {}),
        },
        ...(deps.metrics ? { metrics: deps.metrics.forRequest(request.signal) } : {}),
        ...(deps.tracer ? { tracer: deps.tracer } : {}),
      });
    },
    // Enforced by bodyLimitPlugin (security.ts), without yoga's counting stream on every body.
    maxRequestBodySize: false,
    // yoga's GraphiQL loads its assets from a CDN; graphiqlPlugin serves a self-contained page.
    graphiql: false,
    landingPage: false,
    healthCheckEndpoint: '/healthz',
    maskedErrors: { maskError },
    // Without a logger (tests, embedding), nothing is written: yoga's own console logger would
    // print every masked error with its stack.
    logging: deps.logger ? yogaLogger(deps.logger, aborts) : false,
    plugins: [
      // Before the request's life: a scrape is not a request of the API's (no id state, no line).
      ...(deps.metrics ? [metricsRoutePlugin(deps.metrics)] : []),
      // Also before it: a delivery is Blnk's, signed, not a GraphQL request (no caller to authenticate, no line).
      ...(deps.webhooks
        ? [
            webhookIngressPlugin(deps.webhooks, {
              ...(deps.metrics ? { metrics: deps.metrics } : {}),
              ...(deps.logger ? { logger: deps.logger } : {}),
            }),
          ]
        : []),
      life,
      // First of the request's own hooks: nothing is parsed, measured or validated for a caller
      // without valid credentials.
      ...(on('auth') ? [auth.plugin] : []),
      explainPlugin({ enabled: deps.explainUpstream !== false, callsOf: (request) => life.lifeOf(request).calls }),
      ...persistedOperationsPlugin(deps.persistedOperations ?? { mode: 'off', manifest: {} }),
      ...(on('security') ? securityPlugins(limits) : []),
      ...(on('input-guards') ? [inputGuardsPlugin()] : []),
      ...(on('cost') ? [costLimitPlugin({ maxCost: limits.maxCost })] : []),
      ...(on('gate') ? [upstreamRefusalPlugin(), upstreamGatePlugin()] : []),
      // After the checks above: a refused subscription never takes a place.
      streamsPlugin({
        slots: subscriptions,
        slowConsumer: { maxBytes: streams.slowConsumerBytes, maxMs: streams.slowConsumerMs },
      }),
      // graphql-js's executor: the pinned @graphql-tools executor (the last for Node 20) writes
      // a result's synchronous fields before its asynchronous ones, out of selection order.
      useEngine({ execute, subscribe }),
      ...(on('readiness') ? [readinessRoute('/readyz', ready)] : []),
      rootRedirect('/graphql'),
      ...(deps.graphiql === false || !on('graphiql')
        ? []
        : [
            graphiqlPlugin(
              { endpoint: '/graphql', title: 'Blnk GraphQL', defaultQuery: deps.defaultQuery ?? '' },
              deps.graphiqlAtStart === true,
            ),
          ]),
    ],
  });
}

export type Gateway = ReturnType<typeof createGateway>;
