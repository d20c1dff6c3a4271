import { once } from 'node:events';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import type { AuthConfig } from '../../src/auth/authenticate.js';
import { createClient } from '../../src/blnk/client.js';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import { loadConfig } from '../../src/config.js';
import { memoryBus } from '../../src/live/bus.js';
import type { LedgerEventBus } from '../../src/live/bus.js';
import { memoryDedupe, redisDedupe } from '../../src/live/dedupe.js';
import { LiveHub } from '../../src/live/hub.js';
import { redisBus } from '../../src/live/redis-bus.js';
import { createGateway } from '../../src/server/gateway.js';
import type { Gateway } from '../../src/server/gateway.js';
import { createHttpServer } from '../../src/server/http-server.js';
import { attachWebSockets } from '../../src/server/websocket.js';

/** Redis on these machines and in CI; each test run gives its channel and keys a random prefix. */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A gateway wired as main.ts wires it for live updates, on a real loopback listener: the webhook
 * ingress (`POST /webhooks/blnk`, verified with the Blnk key unless `webhookSecret`), the bus
 * and the redelivery and alert marks (in Redis under `redisPrefix`, else in memory), the
 * process's LiveHub, and subscriptions over SSE and graphql-ws at /graphql. Two of these given
 * one `redisPrefix` are two gateway processes as far as an event can tell.
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
  /** Share events and marks through Redis under this prefix; unset: this gateway alone, in memory. */
  redisPrefix?: string;
  auth?: AuthConfig;
  timeoutMs?: number;
}

export async function startLiveGateway(options: LiveGatewayOptions): Promise<LiveGateway> {
  const dispatcher = createDispatcher(options.upstream, { connections: 16 });
  const http = new BlnkHttp({
    origin: options.upstream,
    dispatcher,
    timeoutMs: options.timeoutMs ?? 15_000,
    retryBaseMs: 5,
    ...(options.apiKey ? { headers: { 'x-blnk-key': options.apiKey } } : {}),
  });
  const prefix = options.redisPrefix;
  const bus = prefix === undefined ? memoryBus() : redisBus({ url: REDIS_URL, prefix });
  // A Redis bus hears its channel only once subscribed: an event published before would be missed.
  if ('ready' in bus) await bus.ready;
  const marks = prefix === undefined ? memoryDedupe() : redisDedupe({ url: REDIS_URL, prefix });
  const hub = new LiveHub({ bus, client: (blnkKey) => createClient(http, { blnkKey }), firstSeen: (key) => marks.firstSeen(key) });
  const config = loadConfig({});
  const authenticate = createAuthenticator(options.auth ?? { mode: 'none', keyPassthrough: false });
  const gateway = createGateway({
    http,
    graphiql: false,
    limits: config.limits,
    authenticate,
    live: hub,
    streams: config.streams,
    webhooks: { ...config.live!.webhook, secret: options.webhookSecret ?? options.apiKey ?? null, bus, dedupe: marks },
  });
  const door = options.door ?? (await openDoor());
  door.open(gateway);
  const { server, origin } = door;
  const sockets = attachWebSockets(server, gateway, { authenticate, streams: config.streams, introspection: config.limits.introspection });
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
      await sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([bus.close(), marks.close()]);
      http.shutdown();
      await dispatcher.close();
    },
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
