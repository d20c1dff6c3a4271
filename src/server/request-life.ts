import { randomUUID } from 'node:crypto';
import { Kind } from 'graphql';
import type { DocumentNode, ExecutionResult, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SpanStatusCode } from '@opentelemetry/api';
import type { Span, Tracer } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { CallRecord } from '../blnk/client.js';
import { Deadline } from '../blnk/deadline.js';
import type { Context } from '../graphql/context.js';
import { startOperationSpan } from '../telemetry/tracing.js';
import { PLAIN_NAME } from '../telemetry/metrics.js';
import type { Metrics } from '../telemetry/metrics.js';
import { clientGone } from './client-aborts.js';
import type { ClientAborts } from './client-aborts.js';
import { clientCode } from './observability.js';

/**
 * A request's life, from its first byte to its answer, owned here alone: its id, its deadline,
 * its operation span, its one log line and its operation metrics are made and ended by this one
 * plugin. The context builder (context.ts) only borrows the id, the deadline's signal and the
 * list the upstream calls are recorded in (`lifeOf`).
 *
 * Every request that reaches GraphQL handling gets exactly one line, "graphql operation", when
 * its answer goes out: executed, refused in parsing or validation, unauthenticated or too large
 * alike. It holds the request id, operation name and type, HTTP status, duration, upstream calls
 * and the codes the client got (each once, with a count), at info, warn when the ledger failed
 * and error when the client got INTERNAL_SERVER_ERROR. Never a header, a variable, a body, an
 * id, a key, a token, or Blnk's message (which echoes ids and references). Errors the client was
 * answered with a code are expected and are not logged apart; only an unexpected one is, at
 * error, with where it was thrown (observability.ts `errorForLog`). So a request writes a
 * bounded amount of log however many errors it answers with.
 *
 * A client that closes its connection before its answer is not an error of anyone's here: its
 * line is at info with outcome `client_aborted`, and neither the errors its abort caused (the
 * cut upstream call, the AbortError) nor an upstream failure appear in the log or the metrics.
 */
export interface RequestLifeOptions {
  /** The request's deadline (REQUEST_TIMEOUT_MS), joined with the client's abort. */
  timeoutMs: number;
  metrics?: Metrics;
  logger?: Logger;
  tracer?: Tracer;
  aborts?: ClientAborts;
}

/** What one request carries from its start to its answer. */
export interface RequestLife {
  readonly requestId: string;
  /** Upstream calls made for this request, in order (the context's client records them). */
  readonly calls: CallRecord[];
  /** The operation's trace span, when tracing is on; upstream calls become its children. */
  span?: Span;
  /** Made when the context is built (the clock starts there, not at the first byte). */
  deadline?: Deadline;
  /** Set for a request that went through the HTTP pipeline (onRequest), or when a subscription starts. */
  started?: number;
  /** The request came through yoga's HTTP pipeline (not a WebSocket's subscribe). */
  http?: boolean;
  /**
   * A subscription's stream is open: its line is written when the stream ends, not when its
   * response starts; `events` counts what it sent, `streamCodes` the codes in them.
   */
  streaming?: boolean;
  events?: number;
  streamCodes?: Map<string, number>;
  /** The upstream calls of a subscription's events (server/context.ts `renew`). */
  stream?: StreamCalls;
  name?: string;
  type?: string;
  principalSubject?: string;
  /** The codes the client got, in order; set once the result is final. */
  codes?: string[];
  hasData?: boolean;
  /** Its line is written. */
  done?: boolean;
}

/** The upstream calls a stream's events made, counted, and the first failures among them. */
export interface StreamCalls {
  count: number;
  failures: Pick<CallRecord, 'method' | 'route' | 'status'>[];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's X-Request-Id when it is a plain token, else a fresh one. */
function requestIdFrom(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!name || d.name?.value === name),
  );
}

function isStream(result: unknown): boolean {
  return typeof result === 'object' && result !== null && Symbol.asyncIterator in result;
}

function resultsOf(result: unknown): ExecutionResult[] {
  if (Array.isArray(result)) return result as ExecutionResult[];
  if (typeof result === 'object' && result !== null && ('errors' in result || 'data' in result)) return [result as ExecutionResult];
  return []; // a stream: not served here
}

const MAX_UPSTREAM_FAILURES = 5;

export type RequestLifePlugin = Plugin<Context> & {
  /** The request's life, made on first use (a request outside the HTTP pipeline has no onRequest). */
  lifeOf(request: Request): RequestLife;
  /** The request's deadline, made on first use: when its context is built. */
  deadlineOf(request: Request): Deadline;
};

export function useRequestLife(options: RequestLifeOptions): RequestLifePlugin {
  const { timeoutMs, metrics, logger, tracer, aborts } = options;
  const lives = new WeakMap<Request, RequestLife>();
  const plainName = (name: string | undefined) => (name && PLAIN_NAME.test(name) ? name : 'anonymous');
  const label = (name: string | undefined) => (metrics ? metrics.operationLabel(name) : plainName(name));
  const lifeOf = (request: Request): RequestLife => {
    let life = lives.get(request);
    if (!life) {
      life = { requestId: requestIdFrom(request), calls: [] };
      lives.set(request, life);
    }
    return life;
  };

  /** The line of an answer with these results (a WebSocket's refused or one-result subscribe). */
  const lineOf = (life: RequestLife, { results, transport }: { results: ExecutionResult[]; transport: 'sse' | 'ws' }) => {
    if (!life.streaming) {
      life.codes = results.flatMap((r) => (r.errors ?? []).map(clientCode));
      life.hasData = results.some((r) => r.data != null);
    }
    write(life, { transport });
  };

  /** The one line (and the operation metrics) of a request, or of a subscription when its stream ends. */
  const write = (life: RequestLife, how: { status?: number; aborted?: boolean; transport?: 'sse' | 'ws' | undefined }) => {
    if (life.started === undefined || life.done) return;
    life.done = true;
    const seconds = (performance.now() - life.started) / 1000;
    // Gone before its answer: whatever failed did so because the client left. A stream ends
    // when its client leaves: that is how it ends, not an abort.
    const aborted = how.aborted === true && !life.streaming;
    const counted = new Map<string, number>(aborted ? [] : life.streaming ? (life.streamCodes ?? []) : []);
    if (!aborted && !life.streaming) for (const code of life.codes ?? []) counted.set(code, (counted.get(code) ?? 0) + 1);
    const codes = [...counted.keys()];
    const errorCount = [...counted.values()].reduce((a, b) => a + b, 0);
    const outcome = aborted ? 'client_aborted' : codes.length === 0 ? 'ok' : life.hasData || life.streaming ? 'partial' : 'error';
    const type = life.type ?? 'unknown';
    const calls = life.calls;
    const callCount = calls.length + (life.stream?.count ?? 0);
    life.codes = undefined; // one line per request
    metrics?.operation(life.name, type, outcome, seconds, callCount);
    if (!logger) return;
    const failures = aborted ? [] : [...calls.filter((c) => c.status === 0 || c.status >= 400), ...(life.stream?.failures ?? [])];
    const upstreamFailures = [...new Map(failures.map((c) => [`${c.method} ${c.route} ${c.status}`, c])).values()]
      .slice(0, MAX_UPSTREAM_FAILURES)
      .map(({ method, route, status }) => ({ method, route, status }));
    const level = codes.includes('INTERNAL_SERVER_ERROR') ? 'error' : codes.some((c) => c.startsWith('UPSTREAM_')) ? 'warn' : 'info';
    logger[level](
      {
        requestId: life.requestId,
        operation: plainName(life.name),
        type,
        ...(how.status !== undefined ? { status: how.status } : {}),
        ...(how.transport ? { transport: how.transport } : {}),
        outcome,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
        upstreamCalls: callCount,
        ...(life.streaming ? { events: life.events ?? 0 } : {}),
        ...(life.principalSubject !== undefined ? { subject: life.principalSubject } : {}),
        ...(codes.length > 0 ? { errors: codes, errorCount } : {}),
        ...(upstreamFailures.length > 0 ? { upstreamFailures } : {}),
      },
      'graphql operation',
    );
  };

  return {
    lifeOf,
    deadlineOf(request) {
      const life = lifeOf(request);
      life.deadline ??= new Deadline(timeoutMs, request.signal);
      return life.deadline;
    },
    onRequest({ request }) {
      aborts?.watch(request);
      const life = lifeOf(request);
      life.started = performance.now();
      life.http = true;
    },
    onParams({ params, request }) {
      const life = lives.get(request);
      if (life && typeof params.operationName === 'string') life.name = params.operationName;
    },
    onParse({ context }) {
      return ({ result }) => {
        const request = (context as { request?: Request }).request;
        const life = request ? lives.get(request) : undefined;
        if (!life || !(typeof result === 'object' && result !== null && 'definitions' in result)) return;
        const operation = operationOf(result as DocumentNode, life.name);
        life.type = operation?.operation ?? 'unknown';
        life.name ??= operation?.name?.value;
      };
    },
    onExecute({ args }) {
      const ctx = args.contextValue;
      const life = lifeOf(ctx.request as Request);
      life.principalSubject = ctx.principal.subject;
      const type = operationOf(args.document as DocumentNode, args.operationName ?? undefined)?.operation ?? 'query';
      if (tracer) life.span = startOperationSpan(tracer, label(args.operationName ?? life.name), type);
      return {
        onExecuteDone({ result }) {
          life.deadline?.dispose();
          const span = life.span;
          if (!span) return;
          const codes = resultsOf(result).flatMap((r) => (r.errors ?? []).map(clientCode));
          span.setAttribute('blnk.upstream_calls', life.calls.length);
          if (codes.length > 0) span.setStatus({ code: SpanStatusCode.ERROR, message: [...new Set(codes)].join(',') });
          span.end();
        },
      };
    },
    onSubscribe({ args }) {
      const ctx = args.contextValue;
      const request = ctx.request as Request;
      const life = lifeOf(request);
      life.principalSubject = ctx.principal.subject;
      life.started ??= performance.now();
      life.type = 'subscription';
      life.name ??= args.operationName ?? operationOf(args.document as DocumentNode, undefined)?.name?.value;
      if (tracer) life.span = startOperationSpan(tracer, label(life.name), 'subscription');
      return {
        onSubscribeResult({ result }) {
          if (!isStream(result)) {
            life.deadline?.dispose();
            life.span?.end();
            // Over HTTP the answer's line is written with the response; a WebSocket has none.
            if (!life.http) lineOf(life, { results: resultsOf(result), transport: 'ws' });
            return undefined;
          }
          life.streaming = true;
          life.events = 0;
          life.streamCodes = new Map();
          // The request's deadline is left to pass: it bounds the subscription's first reads, and
          // its events have deadlines of their own (context.ts renew).
          const codes = life.streamCodes;
          return {
            onNext({ result: event }) {
              life.events = (life.events ?? 0) + 1;
              for (const error of event.errors ?? []) {
                const code = clientCode(error);
                codes.set(code, (codes.get(code) ?? 0) + 1);
              }
            },
            onEnd() {
              life.deadline?.dispose();
              life.span?.end();
              lineOf(life, { results: [], transport: life.http ? 'sse' : 'ws' });
            },
          };
        },
      };
    },
    onResultProcess({ request, result }) {
      const life = lives.get(request);
      if (life?.started === undefined) return;
      const results = resultsOf(result);
      life.codes = results.flatMap((r) => (r.errors ?? []).map(clientCode));
      life.hasData = results.some((r) => r.data != null);
    },
    onResponse({ request, response }) {
      const life = lifeOf(request);
      response.headers.set('x-request-id', life.requestId);
      // A stream's line is written when it ends (onSubscribe's onEnd).
      if (life.streaming) return;
      // A context built but never executed (refused in validation) still frees its timer.
      life.deadline?.dispose();
      if (life.started === undefined || !life.codes) return; // not a GraphQL request (health, GraphiQL, an unknown route)
      write(life, { status: response.status, aborted: clientGone(request), transport: life.type === 'subscription' ? 'sse' : undefined });
    },
  };
}
