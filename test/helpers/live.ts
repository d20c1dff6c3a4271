import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAuthenticator, sha256 } from '../../src/auth/authenticate.js';
import type { AuthConfig } from '../../src/auth/authenticate.js';
import { createClient as createBlnkClient } from '../../src/blnk/client.js';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import { loadConfig } from '../../src/config.js';
import type { Limits, StreamBounds } from '../../src/config.js';
import type { LedgerEvent } from '../../src/domain/ledger-events.js';
import { memoryBus } from '../../src/live/bus.js';
import type { LedgerEventBus } from '../../src/live/bus.js';
import { LiveHub } from '../../src/live/hub.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { createGateway } from '../../src/server/gateway.js';
import { createHttpServer } from '../../src/server/http-server.js';
import { attachWebSockets } from '../../src/server/websocket.js';
import type { GraphQLWebSockets } from '../../src/server/websocket.js';
import { Metrics } from '../../src/telemetry/metrics.js';

/** API keys for the live tests: an operator, and a caller confined to Ada. */
export const KEYS = { operator: 'key-operator-0123456789', ada: 'key-ada-0123456789' } as const;

export const API_KEYS_AUTH: AuthConfig = {
  mode: 'api-keys',
  keyPassthrough: false,
  identityClaim: 'blnk_identity_id',
  keys: [
    { name: 'operator', sha256: sha256(KEYS.operator), scopes: ['ledger:admin'] },
    {
      name: 'ada',
      sha256: sha256(KEYS.ada),
      scopes: ['ledger:read'],
      identityId: 'idt_00000000-0000-4000-8000-000000000001',
    },
  ],
};

export interface LiveGateway {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  wsUrl: string;
  sandbox: Sandbox;
  bus: LedgerEventBus;
  sockets: GraphQLWebSockets;
  metrics: Metrics;
  /** The gateway's log lines, parsed. */
  lines: Record<string, unknown>[];
  /** A transfer applied now in the sandbox, announced on the bus as Blnk's webhook would be. */
  transfer(source: string, destination: string, amount?: number): Promise<string>;
  /** A graphql-ws client with these connection_init params (closed with the gateway). */
  wsClient(params: Record<string, unknown> | undefined, options?: { retryAttempts?: number }): Client;
  close(): Promise<void>;
}

/**
 * The sandbox, a hub on an in-memory bus, the gateway on a real loopback listener with its
 * WebSocket endpoint: both subscription transports as a client meets them.
 */
export async function startLiveGateway(
  options: {
    auth?: AuthConfig;
    limits?: Partial<Limits>;
    streams?: Partial<StreamBounds>;
    persistedOperations?: { mode: 'off' | 'allow' | 'enforce'; manifest: Record<string, string> };
  } = {},
): Promise<LiveGateway> {
  const sandbox = await startSandbox({ port: 0, seed: true });
  const dispatcher = createDispatcher(sandbox.url, { connections: 16 });
  const http = new BlnkHttp({ origin: sandbox.url, dispatcher, timeoutMs: 5_000, retryBaseMs: 5 });
  const bus = memoryBus();
  const live = new LiveHub({ bus, client: (blnkKey) => createBlnkClient(http, { blnkKey }), firstSeen: async () => true });
  const config = loadConfig({});
  const limits = { ...config.limits, ...options.limits };
  const streams = { ...config.streams, ...options.streams };
  const authenticate = createAuthenticator(options.auth ?? API_KEYS_AUTH);
  const metrics = new Metrics();
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const persistedOperations = options.persistedOperations ?? { mode: 'off' as const, manifest: {} };
  const yoga = createGateway({
    http,
    graphiql: false,
    limits,
    authenticate,
    live,
    streams,
    metrics,
    persistedOperations,
    logger: pino({ level: 'info' }, sink),
  });
  const server: Server = createHttpServer(yoga, config.http);
  const sockets = attachWebSockets(server, yoga, {
    authenticate,
    streams,
    persistedOperations,
    introspection: limits.introspection,
    metrics,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const clients: Client[] = [];
  let n = 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    sandbox,
    bus,
    sockets,
    metrics,
    lines,
    async transfer(source, destination, amount = 1) {
      n += 1;
      const reference = `live-${Date.now()}-${n}`;
      const res = await fetch(`${sandbox.url}/transactions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          amount,
          precision: 100,
          currency: 'USD',
          source,
          destination,
          reference,
          description: 'live test',
          skip_queue: true,
          allow_overdraft: true,
        }),
      });
      const row = (await res.json()) as { transaction_id: string; status: string };
      if (res.status >= 300) throw new Error(`transfer refused: ${res.status} ${JSON.stringify(row)}`);
      const event: LedgerEvent = {
        kind: 'transaction',
        event: 'transaction.applied',
        transactionId: row.transaction_id,
        status: 'APPLIED',
        parentTransactionId: null,
        reference,
        source,
        destination,
        queuedParentId: null,
      };
      bus.publish(event);
      return row.transaction_id;
    },
    wsClient(params, clientOptions = {}) {
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: clientOptions.retryAttempts ?? 0,
        ...(params ? { connectionParams: params } : {}),
        // A refused connection rejects the test's subscription instead of an unhandled error.
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      live.close();
      http.shutdown();
      await dispatcher.close();
      await sandbox.close();
    },
  };
}

/** One graphql-ws subscription as a test reads it. */
export interface WsSubscription {
  events: { data?: unknown; errors?: readonly { message: string; extensions?: { code?: string } }[] }[];
  /** The error the server answered the subscribe with (graphql-ws's `error` message), if any. */
  error(): { message: string; extensions?: { code?: string } }[] | null;
  completed(): boolean;
  unsubscribe(): void;
}

export function wsSubscribe(
  client: Client,
  payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
): WsSubscription {
  const events: WsSubscription['events'] = [];
  let failure: unknown = null;
  let done = false;
  const unsubscribe = client.subscribe(payload, {
    next: (value) => events.push(value as WsSubscription['events'][number]),
    error: (error) => {
      failure = error;
      done = true;
    },
    complete: () => {
      done = true;
    },
  });
  return {
    events,
    error: () => (Array.isArray(failure) ? (failure as { message: string; extensions?: { code?: string } }[]) : null),
    completed: () => done,
    unsubscribe,
  };
}

/** The close code of the client's socket, once it closes. */
export function closeCodeOf(client: Client): () => number | null {
  let code: number | null = null;
  client.on('closed', (event) => {
    code = (event as { code?: number }).code ?? null;
  });
  return () => code;
}
