import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallRecord } from './blnk/client.js';

/**
 * Prometheus metrics of one gateway: its own registry (nothing module-level), served at
 * /metrics. Labels are bounded: operation names are checked, upstream routes are patterns.
 */
export class Metrics {
  readonly registry = new Registry();

  constructor() {
    // The process's own figures (resident memory, heap, GC, event-loop delay): what to watch
    // for the memory and latency trade-offs in docs/benchmarks.md.
    collectDefaultMetrics({ register: this.registry });
  }

  private readonly operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (ok, error, partial).',
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
    help: 'Requests to Blnk by route pattern, method and status (0: no answer).',
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

  private readonly circuit = new Gauge({
    name: 'blnk_circuit_state',
    help: 'The circuit breaker in front of Blnk: 0 closed, 1 half-open, 2 open.',
    registers: [this.registry],
  });

  upstreamCall(call: CallRecord): void {
    this.upstream.inc({ route: call.route, method: call.method, status: String(call.status) });
    this.upstreamSeconds.observe({ route: call.route, method: call.method }, call.durationMs / 1000);
  }

  operation(name: string, type: string, outcome: 'ok' | 'error' | 'partial', seconds: number, upstreamCalls: number): void {
    this.operations.inc({ operation: name, type, outcome });
    this.operationSeconds.observe({ operation: name, type }, seconds);
    this.upstreamPerOperation.observe(upstreamCalls);
  }

  loaderBatch(loader: string, size: number): void {
    this.batchSize.observe({ loader }, size);
  }

  circuitState(state: 'closed' | 'half-open' | 'open'): void {
    this.circuit.set(state === 'closed' ? 0 : state === 'half-open' ? 1 : 2);
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** An operation name fit for a label: a client's free text could blow up the series count. */
export function operationLabel(name: string | null | undefined): string {
  return name && NAME.test(name) ? name : 'anonymous';
}
