import { once } from 'node:events';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import type { AuthConfig } from '../../src/auth/authenticate.js';
import { BlnkClient } from '../../src/blnk/client.js';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import type { Dispatcher } from '../../src/blnk/http.js';
import { loadConfig } from '../../src/config.js';
import { memoryBus } from '../../src/live/bus.js';
import type { LedgerEventBus } from '../../src/live/bus.js';
import { LiveHub } from '../../src/live/hub.js';
import { createGateway } from '../../src/server/gateway.js';
import type { Gateway } from '../../src/server/gateway.js';
import { createHttpServer } from '../../src/server/http-server.js';

/**
 * A gateway as main.ts runs it for live updates, on a real loopback listener: the webhook ingress
 * (`POST /webhooks/blnk`, verified with `webhookSecret`), the bus, the process's LiveHub, and
 * subscriptions over SSE and graphql-ws at /graphql. Two of these over one Redis bus prefix are
 * two gateway processes as far as an event can tell.
 */
export interface LiveGateway {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The GraphQL endpoint, for SSE (http) and graphql-ws (ws). */
  graphqlUrl: string;
  wsUrl: string;
  webhookUrl: string;
  gateway: Gateway;
  hub: LiveHub;
  bus: LedgerEventBus;
  close(): Promise<void>;
}

export interface LiveGatewayOptions {
  /** A listener opened before the upstream started (real Blnk reads its webhook URL at start). */
  door?: Door;
  /** Blnk (or the sandbox) the gateway reads. */
  upstream: string;
  /** The master key, sent as X-Blnk-Key, and (unless `webhookSecret`) the webhooks' secret. */
  apiKey?: string;
  webhookSecret?: string;
  /** The event bus; a fresh in-memory one by default. */
  bus?: LedgerEventBus;
  auth?: AuthConfig;
  timeoutMs?: number;
}

export async function startLiveGateway(options: LiveGatewayOptions): Promise<LiveGateway> {
  const dispatcher: Dispatcher = createDispatcher(options.upstream, { connections: 16 });
  const http = new BlnkHttp({
    origin: options.upstream,
    dispatcher,
    timeoutMs: options.timeoutMs ?? 15_000,
    retryBaseMs: 5,
    ...(options.apiKey ? { headers: { 'x-blnk-key': options.apiKey } } : {}),
  });
  const bus = options.bus ?? memoryBus();
  const hub = new LiveHub({
    bus,
    client: (blnkKey) => new BlnkClient(http, { blnkKey }),
    // The alert marks: one process here (a Redis-backed store is the ingress's, in main.ts).
    firstSeen: firstSeenInMemory(),
  });
  const config = loadConfig({});
  const gateway = createGateway({
    http,
    graphiql: false,
    limits: config.limits,
    authenticate: createAuthenticator(options.auth ?? { mode: 'none', keyPassthrough: false }),
    live: hub,
  });
  const door = options.door ?? (await openDoor());
  door.open(gateway);
  const { server, origin } = door;
  return {
    origin,
    graphqlUrl: `${origin}/graphql`,
    wsUrl: `${origin.replace(/^http/, 'ws')}/graphql`,
    webhookUrl: door.webhookUrl,
    gateway,
    hub,
    bus,
    async close() {
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bus.close();
      http.shutdown();
      await dispatcher.close();
    },
  };
}

function firstSeenInMemory(): (key: string) => Promise<boolean> {
  const seen = new Set<string>();
  return async (key) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** A loopback listener whose gateway comes later: until then it answers 503. */
export interface Door {
  server: Server;
  origin: string;
  webhookUrl: string;
  open(gateway: Gateway): void;
}

export async function openDoor(): Promise<Door> {
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createHttpServer((req, res) => handler(req, res), loadConfig({}).http);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    origin,
    webhookUrl: `${origin}/webhooks/blnk`,
    open(gateway) {
      handler = gateway;
    },
  };
}

/** Buses by prefix: gateways given the same prefix hear each other, as over one Redis. */
const buses = new Map<string, LedgerEventBus>();

export function liveBus(prefix: string): LedgerEventBus {
  const bus = buses.get(prefix) ?? memoryBus(prefix);
  buses.set(prefix, bus);
  return bus;
}
