import { randomUUID } from 'node:crypto';
import { GraphQLError, Kind } from 'graphql';
import type { DocumentNode, ExecutionResult, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SpanStatusCode } from '@opentelemetry/api';
import type { Tracer } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { BlnkError } from '../blnk/errors.js';
import { startOperationSpan } from '../telemetry/tracing.js';
import type { Context } from '../graphql/context.js';
import { clientError } from '../blnk/refusals.js';
import { NotVisible } from '../domain/errors.js';
import { rootCause } from '../graphql/errors.js';
import { PLAIN_NAME } from '../telemetry/metrics.js';
import type { Metrics } from '../telemetry/metrics.js';
import { clientGone } from './client-aborts.js';
import type { ClientAborts } from './client-aborts.js';

/**
 * One log line and one set of metrics per GraphQL request, and /metrics.
 *
 * Every request that reaches GraphQL handling gets exactly one line, "graphql operation", when
 * its answer goes out: executed, refused in parsing or validation, unauthenticated or too large
 * alike. It holds the request id, operation name and type, HTTP status, duration, upstream calls
 * and the codes the client got (each once, with a count), at info, warn when the ledger failed
 * and error when the client got INTERNAL_SERVER_ERROR. Never a header, a variable, a body, an
 * id, a key, a token, or Blnk's message (which echoes ids and references). Errors the client was
 * answered with a code are expected and are not logged apart; only an unexpected one is, at
 * error, with where it was thrown (`errorForLog`). So a request writes a bounded amount of log
 * however many errors it answers with.
 *
 * A client that closes its connection before its answer is not an error of anyone's here: its
 * line is at info with outcome `client_aborted`, and neither the errors its abort caused (the
 * cut upstream call, the AbortError) nor an upstream failure appear in the log or the metrics.
 */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const requestIds = new WeakMap<Request, string>();

/** The caller's X-Request-Id when it is a plain token, else a fresh one; the same for one request. */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (id === undefined) {
    const given = request.headers.get('x-request-id');
    id = given && REQUEST_ID.test(given) ? given : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

/**
 * The code the client gets for an error, as graphql/errors.ts's maskError decides it: a Blnk
 * failure's mapped code, a GraphQLError's own, INTERNAL_SERVER_ERROR for anything else, and
 * UNCODED for a GraphQLError sent without one.
 */
export function clientCode(error: unknown): string {
  const cause = rootCause(error);
  if (cause instanceof NotVisible) return 'NOT_FOUND';
  if (cause instanceof BlnkError) return clientError(cause).code;
  const own = error instanceof GraphQLError ? error.extensions?.code : undefined;
  if (typeof own === 'string') return own;
  if (cause instanceof GraphQLError) return typeof cause.extensions?.code === 'string' ? cause.extensions.code : 'UNCODED';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * An unexpected error as it may be logged: its type, the frames it was thrown from, and its
 * message with quoted text and id-like tokens (anything holding a digit, or long) withheld,
 * since a message can echo what the caller sent. Bounded in size.
 */
export function errorForLog(error: unknown): { type: string; message: string; stack?: string } {
  const cause = rootCause(error);
  if (!(cause instanceof Error)) return { type: typeof cause, message: '' };
  const message = cause.message
    .replace(/(["'`])[^"'`]*\1/g, '$1…$1')
    .replace(/[^\s"'`(),;:=]*(?:\d|[^\s"'`(),;:=]{25})[^\s"'`(),;:=]*/g, '…')
    .slice(0, 200);
  const frames = (cause.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12);
  return { type: cause.name || cause.constructor.name, message, ...(frames.length > 0 ? { stack: frames.join('\n') } : {}) };
}

/**
 * yoga's logger, through ours. yoga hands it every error its mask replaced: one the client got
 * a code for is not logged here (the operation line carries the code), an unexpected one is
 * logged at error through errorForLog. yoga's own messages are fixed texts, kept short.
 */
export function yogaLogger(logger: Logger, aborts?: ClientAborts) {
  const text = (args: unknown[]) =>
    args
      .filter((a) => typeof a === 'string')
      .join(' ')
      .slice(0, 200);
  const log =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const errors = args.filter((a) => typeof a === 'object' && a !== null);
      for (const error of errors) {
        // What a client's own abort broke is told by its operation line (client_aborted).
        if (aborts?.caused(error)) continue;
        if (clientCode(error) === 'INTERNAL_SERVER_ERROR') logger.error({ error: errorForLog(error) }, 'unexpected error');
      }
      if (errors.length === 0) logger[level](text(args));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** What is known of one request as it goes through yoga, for its one line. */
interface RequestState {
  started: number;
  name?: string;
  type?: string;
  context?: Context;
  /** The codes the client got, in order; set once the result is final. */
  codes?: string[];
  hasData?: boolean;
}

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!name || d.name?.value === name),
  );
}

function resultsOf(result: unknown): ExecutionResult[] {
  if (Array.isArray(result)) return result as ExecutionResult[];
  if (typeof result === 'object' && result !== null && ('errors' in result || 'data' in result)) return [result as ExecutionResult];
  return []; // a stream: not served here
}

/** Each code once, in the order first seen, with how many errors had it. */
function tally(codes: string[]): { errors: string[]; errorCount: number } {
  return { errors: [...new Set(codes)], errorCount: codes.length };
}

const MAX_UPSTREAM_FAILURES = 5;

export function observability(options: { metrics?: Metrics; logger?: Logger; tracer?: Tracer; aborts?: ClientAborts }): Plugin<Context> {
  const { metrics, logger, tracer, aborts } = options;
  const states = new WeakMap<Request, RequestState>();
  const plainName = (name: string | undefined) => (name && PLAIN_NAME.test(name) ? name : 'anonymous');
  const label = (name: string | undefined) => (metrics ? metrics.operationLabel(name) : plainName(name));
  const stateOf = (request: Request | undefined) => (request ? states.get(request) : undefined);

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (metrics && url.pathname === '/metrics' && request.method === 'GET') {
        if (!metrics.allowsScrape(request.headers.get('authorization'))) {
          endResponse(
            new fetchAPI.Response('Unauthorized\n', {
              status: 401,
              headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' },
            }),
          );
          return;
        }
        endResponse(
          new fetchAPI.Response(await metrics.registry.metrics(), {
            headers: { 'content-type': metrics.registry.contentType },
          }),
        );
        return;
      }
      aborts?.watch(request);
      states.set(request, { started: performance.now() });
    },
    onParams({ params, request }) {
      const state = states.get(request);
      if (state && typeof params.operationName === 'string') state.name = params.operationName;
    },
    onParse({ context }) {
      return ({ result }) => {
        const state = stateOf((context as { request?: Request }).request);
        if (!state || !(typeof result === 'object' && result !== null && 'definitions' in result)) return;
        const operation = operationOf(result as DocumentNode, state.name);
        state.type = operation?.operation ?? 'unknown';
        state.name ??= operation?.name?.value;
      };
    },
    onExecute({ args }) {
      const ctx = args.contextValue;
      const state = stateOf(ctx.request as Request | undefined);
      if (state) state.context = ctx;
      const type = operationOf(args.document as DocumentNode, args.operationName ?? undefined)?.operation ?? 'query';
      if (tracer) ctx.trace.span = startOperationSpan(tracer, label(args.operationName ?? state?.name), type);
      return {
        onExecuteDone({ result }) {
          ctx.deadline?.dispose();
          const span = ctx.trace.span;
          if (!span) return;
          const codes = resultsOf(result).flatMap((r) => (r.errors ?? []).map(clientCode));
          span.setAttribute('blnk.upstream_calls', ctx.upstreamCalls.length);
          if (codes.length > 0) span.setStatus({ code: SpanStatusCode.ERROR, message: [...new Set(codes)].join(',') });
          span.end();
        },
      };
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state) return;
      const results = resultsOf(result);
      state.codes = results.flatMap((r) => (r.errors ?? []).map(clientCode));
      state.hasData = results.some((r) => r.data != null);
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      const id = requestIdOf(request);
      response.headers.set('x-request-id', id);
      if (!state?.codes) return; // not a GraphQL request (health, GraphiQL, an unknown route)
      states.delete(request);
      const seconds = (performance.now() - state.started) / 1000;
      // Gone before its answer: whatever failed did so because the client left.
      const aborted = clientGone(request);
      const codes = aborted ? [] : state.codes;
      const outcome = aborted ? 'client_aborted' : codes.length === 0 ? 'ok' : state.hasData ? 'partial' : 'error';
      const type = state.type ?? 'unknown';
      const calls = state.context?.upstreamCalls ?? [];
      metrics?.operation(state.name, type, outcome, seconds, calls.length);
      if (!logger) return;
      const failures = aborted ? [] : calls.filter((c) => c.status === 0 || c.status >= 400);
      const upstreamFailures = [...new Map(failures.map((c) => [`${c.method} ${c.route} ${c.status}`, c])).values()]
        .slice(0, MAX_UPSTREAM_FAILURES)
        .map(({ method, route, status }) => ({ method, route, status }));
      const level = codes.includes('INTERNAL_SERVER_ERROR') ? 'error' : codes.some((c) => c.startsWith('UPSTREAM_')) ? 'warn' : 'info';
      logger[level](
        {
          requestId: id,
          operation: plainName(state.name),
          type,
          status: response.status,
          outcome,
          durationMs: Math.round(seconds * 1000 * 10) / 10,
          upstreamCalls: calls.length,
          ...(state.context ? { subject: state.context.principal.subject } : {}),
          ...(codes.length > 0 ? tally(codes) : {}),
          ...(upstreamFailures.length > 0 ? { upstreamFailures } : {}),
        },
        'graphql operation',
      );
    },
  };
}
