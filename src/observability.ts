import { randomUUID } from 'node:crypto';
import type { DefinitionNode, DocumentNode, ExecutionResult, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SpanStatusCode } from '@opentelemetry/api';
import type { Tracer } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { startOperationSpan } from './tracing.js';
import type { Context } from './context.js';
import { operationLabel } from './metrics.js';
import type { Metrics } from './metrics.js';

/**
 * One log line and one set of metrics per GraphQL operation, and /metrics. A log line holds the
 * request id, operation name and type, duration, upstream call count and error codes; never a
 * header, a variable, a body, a key or a token.
 */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's X-Request-Id when it is a plain token, else a fresh one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

function codesOf(result: ExecutionResult): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

export function observability(options: { metrics?: Metrics; logger?: Logger; tracer?: Tracer }): Plugin<Context> {
  const { metrics, logger, tracer } = options;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (metrics && url.pathname === '/metrics' && request.method === 'GET') {
        endResponse(
          new fetchAPI.Response(await metrics.registry.metrics(), {
            headers: { 'content-type': metrics.registry.contentType },
          }),
        );
      }
    },
    onExecute({ args }) {
      const started = performance.now();
      const ctx = args.contextValue;
      const operation = (args.document as DocumentNode).definitions.find(
        (d: DefinitionNode): d is OperationDefinitionNode =>
          d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName),
      );
      const type = operation?.operation ?? 'query';
      const name = operationLabel(args.operationName ?? operation?.name?.value);
      if (tracer) ctx.trace.span = startOperationSpan(tracer, name, type);
      return {
        onExecuteDone({ result }) {
          ctx.deadline?.dispose();
          if (!('data' in result) && !('errors' in result)) return; // a stream: not served here
          const seconds = (performance.now() - started) / 1000;
          const codes = codesOf(result as ExecutionResult);
          const outcome = codes.length === 0 ? 'ok' : (result as ExecutionResult).data ? 'partial' : 'error';
          const upstream = ctx.upstreamCalls.length;
          const span = ctx.trace.span;
          if (span) {
            span.setAttribute('blnk.upstream_calls', upstream);
            if (codes.length > 0) span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
            span.end();
          }
          metrics?.operation(name, type, outcome, seconds, upstream);
          logger?.info(
            {
              requestId: ctx.requestId,
              operation: name,
              type,
              outcome,
              durationMs: Math.round(seconds * 1000 * 10) / 10,
              upstreamCalls: upstream,
              subject: ctx.principal.subject,
              ...(codes.length > 0 ? { errors: codes } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
    onResponse({ request, response, serverContext }) {
      const id = (serverContext as { requestId?: string } | undefined)?.requestId ?? request.headers.get('x-request-id');
      if (id && REQUEST_ID.test(id)) response.headers.set('x-request-id', id);
    },
  };
}
