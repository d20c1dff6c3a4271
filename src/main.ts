/**
 * Process entry: config, dispatcher, Blnk transport, gateway, listen. Without BLNK_URL it first
 * starts the seeded sandbox on loopback, so `npm start` works with nothing else running. With
 * WORKERS=N (or --workers N) a primary process forks N gateway workers sharing the port.
 */
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createClient } from './blnk/client.js';
import type { Surface } from './blnk/client.js';
import { memoryBus } from './live/bus.js';
import type { LedgerEventBus } from './live/bus.js';
import { memoryDedupe, redisDedupe } from './live/dedupe.js';
import type { DedupeStore } from './live/dedupe.js';
import { LiveHub } from './live/hub.js';
import { redisBus } from './live/redis-bus.js';
import { createAuthenticator } from './auth/authenticate.js';
import { BlnkHttp, createDispatcher } from './blnk/http.js';
import type { Dispatcher } from './blnk/http.js';
import { ClientCredentials, StaticToken } from './blnk/cloud-token.js';
import { ConfigError, loadConfig } from './config.js';
import type { CloudConfig, Config } from './config.js';
import { exampleQuery } from './server/graphiql/example-query.js';
import { createGateway } from './server/gateway.js';
import type { WebhookIngressOptions } from './server/webhooks/route.js';
import { Metrics, operationNamesOf } from './telemetry/metrics.js';
import { errorForLog } from './server/observability.js';
import { createHttpServer } from './server/http-server.js';
import { attachWebSockets } from './server/websocket.js';
import { createTracing } from './telemetry/tracing.js';
import { readyBanner, readyLine } from './server/ready-message.js';
import { portProblem } from './server/port-check.js';
import { probeBlnk, probeCloud, probeOutcome } from './server/startup-probe.js';
import type { Upstream } from './server/ready-message.js';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { SEED_IDS, startSandbox } from './sandbox/index.js';
import type { Sandbox } from './sandbox/index.js';

/** Where Blnk is and how to authenticate to it; the sandbox when nothing is configured. */
async function upstream(
  config: Config,
  logger: Logger,
): Promise<{
  origin: string;
  surface: Surface;
  headers: Record<string, string>;
  query: Record<string, string>;
  sandbox: Sandbox | null;
}> {
  if (config.cloud) {
    if (config.blnkUrl) logger.warn('BLNK_CLOUD_* is set: using Blnk Cloud, not BLNK_URL');
    return {
      origin: config.cloud.url,
      surface: 'cloud',
      // The bearer comes from cloudAuth, per call: a token from client credentials changes.
      headers: {},
      query: { instance_id: config.cloud.instanceId },
      sandbox: null,
    };
  }
  if (config.blnkUrl) {
    const headers: Record<string, string> = config.blnkApiKey ? { 'x-blnk-key': config.blnkApiKey } : {};
    return { origin: config.blnkUrl, surface: 'core', headers, query: {}, sandbox: null };
  }
  const { sandbox, key } = await startKeyedSandbox(config, logger);
  return { origin: sandbox.url, surface: 'core', headers: { 'x-blnk-key': key }, query: {}, sandbox };
}

/**
 * The seeded sandbox on loopback, in secure mode: its port is open to every local process and
 * user, so it takes a key, BLNK_API_KEY when set, else a random one made for this start and known
 * only to this gateway (and its workers). The key is never logged; that the sandbox started is.
 */
async function startKeyedSandbox(config: Config, logger: Logger): Promise<{ sandbox: Sandbox; key: string }> {
  const key = config.blnkApiKey ?? randomBytes(32).toString('base64url');
  const sandbox = await startSandbox({ port: config.sandboxPort, seed: true, recordRequests: false, apiKey: key });
  logger.info(`No BLNK_URL set: started the Blnk sandbox (demo data, in memory, not a ledger to keep money in) at ${sandbox.url}`);
  return { sandbox, key };
}

/** The port before anything slow; a worker's port is its primary's to check (they share it). */
async function checkPort(config: Config): Promise<void> {
  if (cluster.isWorker) return;
  const problem = await portProblem(config.port, config.host);
  if (problem) throw new Error(problem);
}

/**
 * Blnk Cloud's bearer: the static BLNK_CLOUD_TOKEN, or OAuth client credentials exchanged at the
 * token endpoint (through the Cloud pool) and refreshed before they expire. Logs that a token was
 * issued, with its lifetime and scopes: never the token, the secret or the endpoint's body.
 */
function cloudAuth(cloud: CloudConfig, dispatcher: Dispatcher, timeoutMs: number, logger: Logger): StaticToken | ClientCredentials {
  if (cloud.credentials.kind === 'token') return new StaticToken(cloud.credentials.token);
  return new ClientCredentials({
    clientId: cloud.credentials.clientId,
    clientSecret: cloud.credentials.clientSecret,
    dispatcher,
    origin: cloud.url,
    timeoutMs,
    onIssued: ({ grant, expiresIn, scopes }) =>
      logger.info({ grant, expiresInS: expiresIn, scopes }, 'Blnk Cloud access token issued (refreshed before it expires)'),
  });
}

/**
 * One probe of Blnk (BLNK_STARTUP_CHECK), by the process that speaks for the gateway: a single
 * process, or a multi-process gateway's primary (its workers stay quiet). The key is never logged.
 * On Blnk Cloud it checks the token and names the scopes it lacks.
 */
async function checkBlnk(
  config: Config,
  logger: Logger,
  target: { origin: string; headers: Record<string, string>; query: Record<string, string> },
  auth?: StaticToken | ClientCredentials,
): Promise<void> {
  if (config.startupCheck === 'off' || cluster.isWorker) return;
  const result =
    config.cloud && auth
      ? await probeCloud({
          origin: target.origin,
          query: target.query,
          authorization: () => auth.headers(),
          grantedScopes: () => (auth instanceof ClientCredentials ? auth.scopes : null),
          credentialSetting: config.cloud.credentials.kind === 'token' ? 'BLNK_CLOUD_TOKEN' : 'BLNK_CLOUD_CLIENT_ID',
          timeoutMs: config.blnkTimeoutMs,
        })
      : await probeBlnk({
          ...target,
          timeoutMs: config.blnkTimeoutMs,
          originSetting: 'BLNK_URL',
          keySetting: 'BLNK_API_KEY',
        });
  const outcome = probeOutcome(result, config.startupCheck, target.origin);
  if ('fatal' in outcome) throw new Error(outcome.fatal);
  logger[outcome.level]({ check: 'blnk' }, outcome.message);
}

async function main(config: Config): Promise<void> {
  await checkPort(config);
  // Asynchronous, buffered writes: a write per line was about 8% of the CPU profile
  // (docs/benchmarks.md). A quiet gateway's lines wait at most a second; exit flushes the rest.
  const logger = pino(
    { level: config.logLevel, base: { service: 'blnk-graphql' } },
    pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 }),
  );
  if (config.unauthenticatedProduction) {
    logger.warn('AUTH_MODE=none in production: every caller has full access to the ledger');
  }
  if (config.limits.currencyPrecisions.mode === 'refused') {
    logger.warn(
      'CURRENCY_PRECISIONS is unset in production: writes by callers confined to an identity are refused until the operator sets it (such as USD:100,EUR:100,JPY:1)',
    );
  }
  // Production without METRICS_BEARER_TOKEN and with metrics on is refused by loadConfig.
  const metrics = config.metrics
    ? new Metrics({
        maxOperations: config.metricsMaxOperations,
        // A manifest's names are a set the operator chose: each keeps its own series.
        knownOperations: operationNamesOf(Object.values(config.persistedOperations.manifest)),
        bearerToken: config.metricsBearerToken,
      })
    : undefined;
  const tracing = config.otel ? createTracing(config.otel) : null;
  const { origin, surface, headers, query, sandbox } = await upstream(config, logger);
  const dispatcher = createDispatcher(origin, { connections: config.blnkConnections });
  const auth = config.cloud ? cloudAuth(config.cloud, dispatcher, config.blnkTimeoutMs, logger) : undefined;
  // The sandbox started here passes; a BLNK_URL mistyped or a key refused is told now, in one line.
  await checkBlnk(config, logger, { origin, headers, query }, auth);
  const http = new BlnkHttp({
    origin,
    dispatcher,
    timeoutMs: config.blnkTimeoutMs,
    headers,
    ...(auth ? { auth } : {}),
    query,
    breaker: {
      ...config.breaker,
      onStateChange: (state) => {
        metrics?.circuitState(state);
        if (state !== 'closed') logger.warn({ circuit: state }, 'circuit breaker in front of Blnk');
        else logger.info({ circuit: state }, 'circuit breaker in front of Blnk');
      },
    },
  });
  // A worker's BLNK_URL is the sandbox its primary started: say so, as one process would.
  const upstreamKind: Upstream['kind'] = sandbox || (cluster.isWorker && process.env[PRIMARY_SANDBOX] === origin) ? 'sandbox' : surface;
  // Subscriptions (issue 19; none with SUBSCRIPTIONS=false): one bus per process, across
  // processes through Redis when REDIS_URL is set; the redelivery and alert marks beside it;
  // and the hub, which reads each change from Blnk once for all of the process's subscribers.
  let bus: LedgerEventBus | null = null;
  let webhooks: WebhookIngressOptions | undefined;
  let dedupe: DedupeStore | null = null;
  let live: LiveHub | null = null;
  if (config.live) {
    const { redisUrl, redisPrefix, webhook } = config.live;
    // Never the error's text: ioredis's can name the URL, which may hold a password.
    const onRedisError = (error: unknown) => logger.warn({ error: errorForLog(error).type }, 'Redis connection error');
    bus = redisUrl ? redisBus({ url: redisUrl, prefix: redisPrefix, onError: onRedisError }) : memoryBus(redisPrefix);
    dedupe = redisUrl ? redisDedupe({ url: redisUrl, prefix: redisPrefix, onError: onRedisError }) : memoryDedupe();
    live = new LiveHub({
      bus,
      client: (blnkKey) =>
        createClient(http, {
          surface,
          blnkKey,
          signal: AbortSignal.timeout(config.limits.requestTimeoutMs),
          ...(metrics ? { onCall: (call) => metrics.upstreamCall(call) } : {}),
        }),
      firstSeen: (key) => dedupe!.firstSeen(key),
      onError: (error, what) => logger.warn({ error: errorForLog(error) }, `live ledger: ${what} failed`),
    });
    // The sandbox started here signs with the key made for it, as Blnk signs with its secret key.
    const secret = webhook.secret ?? (sandbox ? (headers['x-blnk-key'] ?? null) : null);
    if (secret === null && !webhook.allowUnsigned) {
      logger.warn('no webhook secret (BLNK_WEBHOOK_SECRET or BLNK_API_KEY): POST /webhooks/blnk refuses every delivery');
    }
    webhooks = { ...webhook, secret, bus, dedupe };
  }
  const authenticate = createAuthenticator(config.auth);
  const yoga = createGateway({
    http,
    surface,
    graphiql: config.graphiql,
    graphiqlAtStart: true,
    limits: config.limits,
    authenticate,
    // With nobody authenticated in production every caller would be an operator.
    explainUpstream: !config.unauthenticatedProduction,
    persistedOperations: config.persistedOperations,
    streams: config.streams,
    ...(tracing ? { tracer: tracing.tracer } : {}),
    logger,
    ...(metrics ? { metrics } : {}),
    defaultQuery: exampleQuery(sandbox ? SEED_IDS.balances.adaUsd : null),
    readinessCacheMs: config.readinessCacheMs,
    ...(config.benchWithout.length > 0 ? { without: new Set(config.benchWithout) } : {}),
    ...(live ? { live } : {}),
    ...(webhooks ? { webhooks } : {}),
  });
  const server = createHttpServer(yoga, config.http);
  // graphql-ws at /graphql on the same server (subscriptions; SSE needs nothing beyond yoga).
  const sockets = attachWebSockets(server, yoga, {
    authenticate,
    streams: config.streams,
    persistedOperations: config.persistedOperations,
    introspection: config.limits.introspection,
    logger,
    ...(metrics ? { metrics } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const url = graphqlUrl(config.host, (server.address() as AddressInfo).port);
  const upstreamInfo: Upstream = { kind: upstreamKind, origin };
  // Our own sandbox announces its writes to us, as Blnk's BLNK_WEBHOOK_URL would; the gateway's
  // webhook secret must then be the sandbox's key (it signs as Blnk signs with server.secret_key).
  sandbox?.setWebhookUrl(webhookUrl(config.host, (server.address() as AddressInfo).port));

  // Stop accepting, let in-flight requests finish (within a bound), then close the pool.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // Subscriptions never finish by themselves: their sockets are closed (1001, "Going away").
    void sockets.close();
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      logger.warn({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown deadline passed: closing the remaining connections');
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      http.shutdown();
      live?.close();
      void Promise.allSettled([dispatcher.close(), sandbox?.close(), tracing?.shutdown(), bus?.close(), dedupe?.close()]).then(() => {
        logger.info('stopped');
        logger.flush();
        process.exit(0);
      });
    });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  // A bug must never take the process down with requests in flight: log it and go on.
  process.on('unhandledRejection', (reason) => logger.error({ error: errorForLog(reason) }, 'unhandled rejection'));
  // Announced only once the signals are handled, so a Ctrl+C right after the line stops it cleanly.
  logger.info({ url, upstream: upstreamInfo }, readyLine(url, upstreamInfo, config.graphiql));
  // A worker's primary speaks for the whole gateway at the terminal.
  const person = process.stderr.isTTY && !cluster.isWorker;
  logger.flush(() => {
    if (person) process.stderr.write(readyBanner(url, upstreamInfo, config.graphiql));
  });
}

/**
 * The primary of a multi-process gateway: it owns the sandbox (so every worker sees the same
 * ledger), forks the workers, replaces one that dies, and on SIGTERM lets each finish.
 */
async function primary(config: Config): Promise<void> {
  const logger = pino({ level: config.logLevel, base: { service: 'blnk-graphql', role: 'primary' } });
  await checkPort(config);
  let sandbox: Sandbox | null = null;
  const env: Record<string, string> = {};
  if (config.cloud) {
    // The primary's own pool, for the probe only: each worker gets (and refreshes) its own tokens.
    const dispatcher = createDispatcher(config.cloud.url, { connections: 2 });
    try {
      const target = { origin: config.cloud.url, headers: {}, query: { instance_id: config.cloud.instanceId } };
      await checkBlnk(config, logger, target, cloudAuth(config.cloud, dispatcher, config.blnkTimeoutMs, logger));
    } finally {
      await dispatcher.close();
    }
  } else if (config.blnkUrl) {
    await checkBlnk(config, logger, {
      origin: config.blnkUrl,
      headers: config.blnkApiKey ? { 'x-blnk-key': config.blnkApiKey } : {},
      query: {},
    });
  } else {
    let key: string;
    ({ sandbox, key } = await startKeyedSandbox(config, logger));
    env.BLNK_URL = sandbox.url;
    // Through the fork's environment, never a log line or an argument (visible in `ps`).
    env.BLNK_API_KEY = key;
    env[PRIMARY_SANDBOX] = sandbox.url;
  }
  let stopping = false;
  // The workers not yet exited. Not cluster.workers: node removes a worker from it only once both
  // its exit and its IPC disconnect are seen, in either order, so at the last 'exit' the list
  // can still hold workers that are gone, and a primary counting it never stopped.
  const running = new Set<number>();
  const fork = () => running.add(cluster.fork(env).id);
  cluster.on('exit', (worker, code, signal) => {
    running.delete(worker.id);
    if (stopping) {
      if (running.size === 0) void (sandbox?.close() ?? Promise.resolve()).then(() => process.exit(0));
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'a worker died: starting another');
    fork();
  });
  // The port is the workers' to open (PORT=0 picks one): announce it once, when the first listens.
  cluster.once('listening', (_worker, address) => {
    const url = graphqlUrl(config.host, address.port);
    // The workers' webhook secret must be the sandbox's key (their BLNK_API_KEY), as in main().
    sandbox?.setWebhookUrl(webhookUrl(config.host, address.port));
    const upstreamInfo: Upstream = sandbox
      ? { kind: 'sandbox', origin: sandbox.url }
      : config.cloud
        ? { kind: 'cloud', origin: config.cloud.url }
        : { kind: 'core', origin: config.blnkUrl! };
    logger.info({ url, upstream: upstreamInfo }, readyLine(url, upstreamInfo, config.graphiql, config.workers));
    if (process.stderr.isTTY) process.stderr.write(readyBanner(url, upstreamInfo, config.graphiql));
  });
  for (let i = 0; i < config.workers; i += 1) fork();
  logger.info(`started ${config.workers} gateway workers`);
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** Set by a primary for its workers: the BLNK_URL it passes is the sandbox it started. */
const PRIMARY_SANDBOX = 'BLNK_GRAPHQL_PRIMARY_SANDBOX';

function graphqlUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
}

/** Where the sandbox reaches the gateway's webhook route: loopback when the gateway listens on all addresses. */
function webhookUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/webhooks/blnk`;
}

/** `--workers N` on the command line stands for WORKERS=N. */
function withArguments(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === '--workers' || a.startsWith('--workers='));
  if (i === -1) return env;
  const value = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  return { ...env, WORKERS: value ?? '' };
}

let config: Config;
try {
  config = loadConfig(withArguments(process.env));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}
await (config.workers > 1 && cluster.isPrimary ? primary(config) : main(config)).catch((error: unknown) => {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
