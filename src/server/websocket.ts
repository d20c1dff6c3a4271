import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, getOperationAST, NoSchemaIntrospectionCustomRule, validate as validateRules } from 'graphql';
import type { DocumentNode, ExecutionArgs } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { AuthError } from '../auth/authenticate.js';
import type { Authenticator } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import type { Config, StreamBounds } from '../config.js';
import type { Logger } from 'pino';
import type { Metrics } from '../telemetry/metrics.js';
import { errorForLog } from './observability.js';
import type { Gateway } from './gateway.js';
import { persistedDocuments } from './security.js';
import { watchBacklog } from './slow-consumer.js';
import { Slots } from './stream-slots.js';

/**
 * GraphQL over WebSocket (graphql-ws, `graphql-transport-ws`) at /graphql on the gateway's
 * node:http server, after graphql-yoga's recipe: each subscribe runs through `yoga.getEnveloped`,
 * so the envelop hooks (the shape limits in validation, the token count in parsing, the input
 * guards, the cost, the subscription places, the request's life, the error mask) run as over
 * HTTP. What yoga does in its HTTP hooks does not, and is done here:
 *
 * - authentication: the connection_init payload carries the credentials a request's headers would
 *   (`authorization`, `x-api-key`, `x-blnk-key`); a missing one closes the socket 4401, a bad one
 *   4403, and each subscribe authenticates again (a token that expired since refuses the next);
 * - persisted operations (PERSISTED_OPERATIONS): the same rule and codes as over HTTP;
 * - the introspection switch (INTROSPECTION=false).
 *
 * Only subscriptions are served here: queries and mutations go over HTTP, where their life, body
 * cap and CSRF rules are. Credentials travel in the payload, never in the URL (which proxies log),
 * and no cookie authenticates, so a page of another origin cannot ride a user's session here.
 *
 * Bounds (README, "Subscriptions"): connections per process (refused at the upgrade, 503) and per
 * principal (closed 4429 at connection_init), WS_MAX_PAYLOAD_BYTES per message (1009), the
 * connection_init timeout (4408), a ping every WS_KEEPALIVE_MS (a socket that did not answer the
 * last is terminated), and a slow consumer (closed 4008, slow-consumer.ts).
 */
export interface WebSocketOptions {
  authenticate: Authenticator;
  streams: StreamBounds;
  persistedOperations?: Config['persistedOperations'];
  /** INTROSPECTION: when false, a subscribe using __schema or __type is refused in validation. */
  introspection: boolean;
  metrics?: Metrics;
  /** Where an unexpected failure in a connection's handling is logged (never a payload or a credential). */
  logger?: Logger;
  path?: string;
}

export interface GraphQLWebSockets {
  /** Connections open (acknowledged or waiting for connection_init). */
  readonly connections: number;
  /** Closes every connection (1001) and stops accepting; the HTTP server is left to its owner. */
  close(): Promise<void>;
}

/** Close codes beyond graphql-ws's own (4400–4499 are the application's). */
export const TOO_MANY_CONNECTIONS = 4429;
export const SLOW_CONSUMER = 4008;

/** The credential fields read from connection_init, as the header each stands for. */
const CREDENTIALS = ['authorization', 'x-api-key', 'x-blnk-key'] as const;

/** The payload's credentials as request headers (names matched without case); non-strings are ignored. */
function credentialsOf(payload: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof payload !== 'object' || payload === null) return headers;
  for (const [name, value] of Object.entries(payload)) {
    const lower = name.toLowerCase();
    if ((CREDENTIALS as readonly string[]).includes(lower) && typeof value === 'string') headers[lower] = value;
  }
  return headers;
}

/** A request as the gateway's context builder reads one: the credentials, and the stream's signal. */
function requestOf(headers: Record<string, string>, signal: AbortSignal): Request {
  return new Request('http://websocket.invalid/graphql', { method: 'POST', headers, signal });
}

interface Connection {
  principal: Principal;
  headers: Record<string, string>;
  /** Each subscription's signal, aborted when it completes or the socket closes. */
  operations: Map<string, AbortController>;
  release: () => void;
}

type Enveloped = ReturnType<Gateway['getEnveloped']>;

export function attachWebSockets(server: Server, yoga: Gateway, options: WebSocketOptions): GraphQLWebSockets {
  const { streams, metrics } = options;
  const path = options.path ?? '/graphql';
  const wss = new WebSocketServer({ noServer: true, maxPayload: streams.wsMaxPayloadBytes });
  // The process's cap is the server's client count; this counts each principal's share.
  const perPrincipal = new Slots(Number.MAX_SAFE_INTEGER, streams.maxWsConnectionsPerPrincipal);
  const connections = new WeakMap<WebSocket, Connection>();
  const enveloped = new WeakMap<ExecutionArgs, Enveloped>();
  const documentOf = persistedDocuments(options.persistedOperations ?? { mode: 'off', manifest: {} });
  const counted = () => metrics?.webSocketConnections(wss.clients.size);

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(request.url ?? '/', 'http://gateway.invalid').pathname;
    if (pathname !== path) return refuseUpgrade(socket, 404, 'NOT_FOUND', 'No WebSocket endpoint here');
    if (wss.clients.size >= streams.maxWsConnections) {
      return refuseUpgrade(socket, 503, 'TOO_MANY_CONNECTIONS', 'Too many WebSocket connections open on this gateway');
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  /** One subscribe: its document, the checks yoga's HTTP hooks would make, and its envelop's arguments. */
  const subscribe = async (socket: WebSocket, id: string, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
    const connection = connections.get(socket);
    if (!connection) return [new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })];
    const query = documentOf(payload);
    if (query instanceof GraphQLError) return [query];
    const operation = new AbortController();
    connection.operations.set(id, operation);
    const request = requestOf(connection.headers, operation.signal);
    const params = { query, variables: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
    const refused = (errors: readonly GraphQLError[]) => {
      connection.operations.delete(id);
      operation.abort();
      return errors;
    };
    const env = yoga.getEnveloped({ request, params } as unknown as Parameters<Gateway['getEnveloped']>[0]);
    let document: DocumentNode;
    try {
      document = env.parse(query);
    } catch (error) {
      if (error instanceof GraphQLError) return refused([error]);
      throw error;
    }
    const errors = [
      ...env.validate(env.schema, document),
      ...(options.introspection ? [] : validateRules(env.schema, document, [NoSchemaIntrospectionCustomRule])),
    ];
    if (errors.length > 0) {
      return refused(errors.map((e) => (e.extensions.code ? e : withCode(e, 'GRAPHQL_VALIDATION_FAILED'))));
    }
    if (getOperationAST(document, params.operationName)?.operation !== 'subscription') {
      return refused([
        new GraphQLError('Only subscriptions are served over WebSocket: send queries and mutations over HTTP', {
          extensions: { code: 'BAD_REQUEST' },
        }),
      ]);
    }
    let contextValue: unknown;
    try {
      // The gateway's context builder authenticates the request again (auth.ts principalOf).
      contextValue = await env.contextFactory();
    } catch (error) {
      if (error instanceof GraphQLError) return refused([error]);
      throw error;
    }
    const args: ExecutionArgs = {
      schema: env.schema,
      document,
      contextValue,
      ...(params.operationName !== undefined ? { operationName: params.operationName } : {}),
      ...(params.variables !== undefined ? { variableValues: params.variables } : {}),
    };
    enveloped.set(args, env);
    return args;
  };

  const disposable = useServer<Record<string, unknown> | undefined, { socket: WebSocket }>(
    {
      // A close reason never carries an internal message.
      isProd: true,
      connectionInitWaitTimeout: streams.connectionInitTimeoutMs,
      async onConnect(ctx) {
        const socket = ctx.extra.socket;
        const headers = credentialsOf(ctx.connectionParams);
        let principal: Principal;
        try {
          principal = await options.authenticate(requestOf(headers, new AbortController().signal));
        } catch (error) {
          if (!(error instanceof AuthError)) {
            // Not the caller's fault (a JWKS that did not answer): logged here, the socket told 4500.
            options.logger?.error({ error: errorForLog(error) }, 'websocket connection_init failed');
            socket.close(CloseCode.InternalServerError, 'Internal server error');
            return false;
          }
          // Missing credentials are "who are you?" (4401); wrong ones "no" (4403, graphql-ws's own).
          if (Object.keys(headers).length === 0) socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
        const place = perPrincipal.take(principal);
        if ('full' in place) {
          socket.close(TOO_MANY_CONNECTIONS, 'Too many connections for this caller');
          return false;
        }
        if (socket.readyState !== socket.OPEN) {
          place.release();
          return false;
        }
        connections.set(socket, { principal, headers, operations: new Map(), release: place.release });
        return true;
      },
      onSubscribe: (ctx, id, payload) =>
        subscribe(ctx.extra.socket, id, payload).catch((error: unknown) => {
          options.logger?.error({ error: errorForLog(error) }, 'websocket subscribe failed');
          connections.get(ctx.extra.socket)?.operations.get(id)?.abort();
          connections.get(ctx.extra.socket)?.operations.delete(id);
          return [new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
        }),
      // The subscribe of the operation's own envelop: its hooks (life, places, cost, mask) run.
      subscribe: (args) => enveloped.get(args)!.subscribe(args),
      execute: (args) => enveloped.get(args)!.execute(args),
      onComplete(ctx, id) {
        const connection = connections.get(ctx.extra.socket);
        connection?.operations.get(id)?.abort();
        connection?.operations.delete(id);
      },
    },
    wss,
    streams.keepAliveMs,
  );

  // After graphql-ws's own listener: its socket 'error' handler prints the error to the console,
  // and every socket error here is the client's doing (a message past WS_MAX_PAYLOAD_BYTES, a
  // malformed frame), which ws answers by closing the socket itself (1009, 1002).
  wss.on('connection', (socket: WebSocket) => {
    socket.removeAllListeners('error');
    socket.on('error', () => undefined);
    counted();
    const stopWatching = watchBacklog(
      () => socket.bufferedAmount,
      { maxBytes: streams.slowConsumerBytes, maxMs: streams.slowConsumerMs },
      () => {
        socket.close(SLOW_CONSUMER, 'Slow consumer');
        // Its buffer is stalled, so the close frame may never leave: the socket goes anyway.
        setTimeout(() => socket.terminate(), Math.min(1_000, streams.slowConsumerMs)).unref();
      },
    );
    socket.once('close', () => {
      stopWatching();
      const connection = connections.get(socket);
      if (connection) {
        for (const operation of connection.operations.values()) operation.abort();
        connection.release();
      }
      counted();
    });
  });

  return {
    get connections() {
      return wss.clients.size;
    },
    async close() {
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
    },
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes ?? null, extensions: { ...error.extensions, code } });
}

/** An upgrade refused before it is a WebSocket: a plain HTTP answer with a JSON code, then the socket closes. */
function refuseUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ code, message });
  const reason = status === 404 ? 'Not Found' : 'Service Unavailable';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
