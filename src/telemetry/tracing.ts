import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Span, Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { CallRecord } from '../blnk/client.js';

/**
 * OpenTelemetry traces, when OTEL_EXPORTER_OTLP_ENDPOINT is set: one span per GraphQL operation,
 * one child span per upstream call, sent over OTLP/HTTP. The tracer is passed down explicitly,
 * never registered globally.
 */
export interface Tracing {
  tracer: Tracer;
  /** Sends what is buffered (tests, shutdown). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

export function createTracing(options: { endpoint: string; serviceName: string }): Tracing {
  const exporter = new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, '')}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  return {
    tracer: provider.getTracer('blnk-graphql'),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

export function startOperationSpan(tracer: Tracer, name: string, type: string): Span {
  return tracer.startSpan(`graphql.${type} ${name}`, {
    kind: SpanKind.SERVER,
    attributes: { 'graphql.operation.name': name, 'graphql.operation.type': type },
  });
}

/** A finished upstream call as a child span of the operation's, timed from its record. */
export function recordUpstreamSpan(tracer: Tracer, parent: Span | undefined, call: CallRecord): void {
  const end = Date.now();
  const span = tracer.startSpan(
    `blnk ${call.method} ${call.route}`,
    {
      kind: SpanKind.CLIENT,
      startTime: end - call.durationMs,
      attributes: { 'http.request.method': call.method, 'url.template': call.route, 'http.response.status_code': call.status },
    },
    parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT,
  );
  if (call.status === 0 || call.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}
