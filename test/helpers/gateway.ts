import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import { ClientCredentials } from '../../src/blnk/cloud-token.js';
import type { BreakerOptions, Dispatcher } from '../../src/blnk/http.js';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import type { AuthConfig } from '../../src/auth/authenticate.js';
import { loadConfig } from '../../src/config.js';
import type { Limits } from '../../src/config.js';
import { createGateway } from '../../src/server/gateway.js';
import type { Metrics } from '../../src/telemetry/metrics.js';
import type { Logger } from 'pino';
import type { Tracer } from '@opentelemetry/api';
import type { Gateway } from '../../src/server/gateway.js';
import type { LiveHub } from '../../src/live/hub.js';
import type { WebhookIngressOptions } from '../../src/server/webhooks/route.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/index.js';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  /** The raw body, to check what never appears in it. */
  text: string;
}

export interface Harness {
  sandbox: Sandbox;
  gateway: Gateway;
  dispatcher: Dispatcher;
  http: BlnkHttp;
  /** Runs a typed document through `yoga.fetch`, over the gateway's real HTTP handling. */
  run<T, V>(document: TypedDocumentNode<T, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Requests the sandbox served since the last `resetRequests()`, by route. */
  upstream(): { method: string; route: string | null; path: string }[];
  close(): Promise<void>;
}

/** The sandbox on an ephemeral loopback port, and a gateway pointed at it. */
export async function startHarness(
  options: {
    sandbox?: SandboxOptions;
    timeoutMs?: number;
    apiKey?: string;
    origin?: string;
    /**
     * Talk to the sandbox's Cloud surfaces with these credentials: a static token, or OAuth
     * client credentials (`oauth`, with the clock the token source reads).
     */
    cloud?: { token?: string; instanceId: string; oauth?: { clientId: string; clientSecret: string; now?: () => number } };
    /** Changes to the default limits (the ones `npm start` uses in development). */
    limits?: Partial<Limits>;
    breaker?: BreakerOptions;
    /** Client authentication; none (full access) by default. */
    auth?: AuthConfig;
    /** `X-Explain: upstream` honoured (server/explain.ts); on by default, as in the gateway. */
    explainUpstream?: boolean;
    metrics?: Metrics;
    logger?: Logger;
    persistedOperations?: { mode: 'off' | 'allow' | 'enforce'; manifest: Record<string, string> };
    tracer?: Tracer;
    /** How long one /readyz answer is reused (the gateway's default when unset). */
    readinessCacheMs?: number;
    /** The live ledger subscriptions follow (none: subscriptions answer SUBSCRIPTIONS_DISABLED). */
    live?: LiveHub;
    /** `POST /webhooks/blnk` and where it publishes (server/webhooks/route.ts). */
    webhooks?: WebhookIngressOptions;
  } = {},
): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const { gateway, dispatcher, http } = gatewayOver(options.origin ?? sandbox.url, options);
  return {
    sandbox,
    gateway,
    dispatcher,
    run: runOn(gateway),
    upstream: () => sandbox.requests.map((r) => ({ method: r.method, route: r.route, path: r.path })),
    http,
    async close() {
      http.shutdown();
      await dispatcher.close();
      await sandbox.close();
    },
  };
}

export type GatewayOptions = Omit<Parameters<typeof startHarness>[0] & {}, 'sandbox' | 'origin'>;

/** A gateway (never listening; `gateway.fetch`) over the Blnk at `origin`: the sandbox or real Blnk. */
export function gatewayOver(origin: string, options: GatewayOptions = {}) {
  const dispatcher = createDispatcher(origin, { connections: 16 });
  const http = new BlnkHttp({
    origin,
    dispatcher,
    timeoutMs: options.timeoutMs ?? 5_000,
    retryBaseMs: 5,
    ...(options.breaker ? { breaker: options.breaker } : {}),
    ...(options.apiKey ? { headers: { 'x-blnk-key': options.apiKey } } : {}),
    ...(options.cloud ? { query: { instance_id: options.cloud.instanceId } } : {}),
    ...(options.cloud?.token !== undefined ? { headers: { authorization: `Bearer ${options.cloud.token}` } } : {}),
    ...(options.cloud?.oauth
      ? {
          auth: new ClientCredentials({
            clientId: options.cloud.oauth.clientId,
            clientSecret: options.cloud.oauth.clientSecret,
            dispatcher,
            origin,
            timeoutMs: options.timeoutMs ?? 5_000,
            ...(options.cloud.oauth.now ? { now: options.cloud.oauth.now } : {}),
          }),
        }
      : {}),
  });
  const limits = { ...loadConfig({}).limits, ...options.limits };
  const authenticate = createAuthenticator(options.auth ?? { mode: 'none', keyPassthrough: false });
  const gateway = createGateway({
    http,
    graphiql: false,
    surface: options.cloud ? 'cloud' : 'core',
    limits,
    authenticate,
    ...(options.explainUpstream !== undefined ? { explainUpstream: options.explainUpstream } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.persistedOperations ? { persistedOperations: options.persistedOperations } : {}),
    ...(options.tracer ? { tracer: options.tracer } : {}),
    ...(options.readinessCacheMs !== undefined ? { readinessCacheMs: options.readinessCacheMs } : {}),
    ...(options.live ? { live: options.live } : {}),
    ...(options.webhooks ? { webhooks: options.webhooks } : {}),
  });
  return { gateway, dispatcher, http };
}

/** Runs a typed document through `gateway.fetch`, over the gateway's real HTTP handling. */
export function runOn(gateway: Gateway): Harness['run'] {
  return async (document, variables, headers = {}) => {
    const res = await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const text = await res.text();
    return { status: res.status, text, ...JSON.parse(text) };
  };
}
