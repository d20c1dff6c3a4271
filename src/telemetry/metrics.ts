import { createHash, timingSafeEqual } from 'node:crypto';
import { Kind, parse } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallRecord } from '../blnk/client.js';
import { isWebhookEventName } from '../blnk/webhook-events.js';

export interface MetricsOptions {
  /** Distinct operation names given their own series; later ones share `other`. */
  maxOperations?: number;
  /** Names always given their own series: the persisted operations', a set the operator chose. */
  knownOperations?: Iterable<string>;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. Never logged. */
  bearerToken?: string | null;
}

export const DEFAULT_MAX_OPERATIONS = 100;

/**
 * What became of one webhook delivery (server/webhooks/): passed on, a redelivery, well formed
 * but followed by nobody (`system.error`, an unknown event), or refused, and why.
 */
export type WebhookOutcome =
  | 'accepted'
  | 'duplicate'
  | 'ignored'
  | 'refused_signature'
  | 'refused_timestamp'
  | 'refused_unsigned'
  | 'malformed'
  | 'too_large'
  | 'unavailable';

/** How a GraphQL request ended; `client_aborted`: its client closed the connection first. */
export type Outcome = 'ok' | 'error' | 'partial' | 'client_aborted';

/**
 * Prometheus metrics of one gateway: its own registry (nothing module-level), served at
 * /metrics. Every label set is bounded, since each distinct value is a series kept for the
 * process's life and written on every scrape (3,000 made-up operation names once grew a scrape
 * to 6 MB and blocked the event loop): operation names are capped (OperationLabels), types and
 * outcomes are fixed sets, routes are the client's patterns, statuses are HTTP's range, and
 * loader names are the code's own.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly names: OperationLabels;
  private readonly routes = new BoundedLabels(200);
  private readonly loaders = new BoundedLabels(50);
  private readonly tokenDigest: Buffer | null;

  constructor(options: MetricsOptions = {}) {
    this.names = new OperationLabels(options.maxOperations ?? DEFAULT_MAX_OPERATIONS, options.knownOperations ?? []);
    this.tokenDigest = options.bearerToken ? digest(options.bearerToken) : null;
    // The process's own figures (resident memory, heap, GC, event-loop delay): what to watch
    // for the memory and latency trade-offs in docs/benchmarks.md.
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * Whether a scrape with this Authorization header may read /metrics: anyone when no token is
   * set, else only `Bearer <token>`, compared in constant time (over digests, so the length of
   * the token is not timed either).
   */
  allowsScrape(authorization: string | null): boolean {
    if (!this.tokenDigest) return true;
    const m = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
    return timingSafeEqual(digest(m?.[1] ?? ''), this.tokenDigest) && m !== null;
  }

  /** The label an operation name is counted under (see OperationLabels). */
  operationLabel(name: string | null | undefined): string {
    return this.names.label(name);
  }

  private readonly operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (ok, error, partial, client_aborted).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly operationSeconds = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation latency.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly upstream = new Counter({
    name: 'blnk_upstream_requests_total',
    help: 'Requests to Blnk by route pattern, method and status (0: no answer; client_aborted: cut because the client went away).',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  private readonly upstreamSeconds = new Histogram({
    name: 'blnk_upstream_request_duration_seconds',
    help: 'Latency of requests to Blnk, retries included.',
    labelNames: ['route', 'method'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly upstreamPerOperation = new Histogram({
    name: 'graphql_upstream_requests_per_operation',
    help: 'Requests to Blnk made for one GraphQL operation.',
    buckets: [0, 1, 2, 3, 5, 10, 25, 50, 100],
    registers: [this.registry],
  });

  private readonly batchSize = new Histogram({
    name: 'blnk_loader_batch_size',
    help: 'Keys per loader batch.',
    labelNames: ['loader'] as const,
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
    registers: [this.registry],
  });

  private readonly subscriptions = new Gauge({
    name: 'graphql_subscriptions_active',
    help: 'Subscriptions open in this process, SSE and WebSocket together.',
    registers: [this.registry],
  });

  private readonly webSockets = new Gauge({
    name: 'graphql_websocket_connections',
    help: 'GraphQL WebSocket connections open in this process (acknowledged or awaiting connection_init).',
    registers: [this.registry],
  });

  private readonly circuit = new Gauge({
    name: 'blnk_circuit_state',
    help: 'The circuit breaker in front of Blnk: 0 closed, 1 half-open, 2 open.',
    registers: [this.registry],
  });

  private readonly webhooks = new Counter({
    name: 'blnk_webhook_deliveries_total',
    help: "Webhook deliveries from Blnk by event (Blnk's event names, `other` for any other, `unread` when refused before the body was read) and outcome.",
    labelNames: ['event', 'outcome'] as const,
    registers: [this.registry],
  });

  /** One webhook delivery; `event` is null when it was refused before its body was read. */
  webhookDelivery(event: string | null, outcome: WebhookOutcome): void {
    this.webhooks.inc({ event: event === null ? 'unread' : isWebhookEventName(event) ? event : 'other', outcome });
  }

  activeSubscriptions(count: number): void {
    this.subscriptions.set(count);
  }

  webSocketConnections(count: number): void {
    this.webSockets.set(count);
  }

  /**
   * One call to Blnk. A call that got no answer (status 0) because the request's client went
   * away is counted under status `client_aborted`, not 0: Blnk did not fail it, and a failure
   * rate over status 0 must not rise when a load tester or a phone hangs up.
   */
  upstreamCall(call: CallRecord, clientAborted = false): void {
    const route = this.routes.label(call.route);
    const method = METHODS.has(call.method) ? call.method : 'other';
    const status = call.status === 0 && clientAborted ? 'client_aborted' : statusLabel(call.status);
    this.upstream.inc({ route, method, status });
    this.upstreamSeconds.observe({ route, method }, call.durationMs / 1000);
  }

  /**
   * These metrics as one request records them: its upstream calls are checked against its
   * client's signal when they end (see upstreamCall). A view over the same registry, not a copy.
   */
  forRequest(clientSignal: AbortSignal): Metrics {
    const view = Object.create(this) as Metrics;
    view.upstreamCall = (call, clientAborted = clientSignal.aborted) => this.upstreamCall(call, clientAborted);
    return view;
  }

  /** One GraphQL request: `name` goes through operationLabel here, whatever the caller passes. */
  operation(name: string | null | undefined, type: string, outcome: Outcome, seconds: number, upstreamCalls: number): void {
    const operation = this.names.label(name);
    const kind = OPERATION_TYPES.has(type) ? type : 'unknown';
    this.operations.inc({ operation, type: kind, outcome });
    this.operationSeconds.observe({ operation, type: kind }, seconds);
    this.upstreamPerOperation.observe(upstreamCalls);
  }

  loaderBatch(loader: string, size: number): void {
    this.batchSize.observe({ loader: this.loaders.label(loader) }, size);
  }

  circuitState(state: 'closed' | 'half-open' | 'open'): void {
    this.circuit.set(state === 'closed' ? 0 : state === 'half-open' ? 1 : 2);
  }
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription', 'unknown']);

/** An HTTP status as a label: 0 (no answer) or 100–599; anything else a broken peer sent is `other`. */
function statusLabel(status: number): string {
  return status === 0 || (Number.isInteger(status) && status >= 100 && status <= 599) ? String(status) : 'other';
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The first `max` distinct values keep their own label; every later one is `other`. */
class BoundedLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  label(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}

/** A plain GraphQL name of at most 64 characters: what an operation name may be in a label or a log line. */
export const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Operation names as labels. A name is the caller's free text, so: one that is not a plain
 * GraphQL name of at most 64 characters is `anonymous`; the known names (persisted operations')
 * always have their own series; of the rest, the first `max` distinct names seen do, and any
 * later one is `other`. A client inventing names can then fill `max` series, never more.
 */
export class OperationLabels {
  private readonly known: Set<string>;
  private readonly others: BoundedLabels;

  constructor(max: number, known: Iterable<string> = []) {
    this.known = new Set([...known].filter((n) => PLAIN_NAME.test(n)));
    this.others = new BoundedLabels(max);
  }

  label(name: string | null | undefined): string {
    if (!name || !PLAIN_NAME.test(name)) return 'anonymous';
    return this.known.has(name) ? name : this.others.label(name);
  }
}

/** The operation names a set of documents defines (a persisted-operations manifest's). */
export function operationNamesOf(documents: Iterable<string>): string[] {
  const names: string[] = [];
  for (const document of documents) {
    try {
      for (const d of parse(document, { noLocation: true }).definitions) {
        if (d.kind === Kind.OPERATION_DEFINITION && d.name) names.push(d.name.value);
      }
    } catch {
      // Not a document: the persisted-operations plugin refuses it when it is asked for.
    }
  }
  return names;
}
