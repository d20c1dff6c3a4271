import { readFileSync } from 'node:fs';
import type { ApiKeyEntry, AuthConfig } from './auth/authenticate.js';
import { isIdentityId, isScope } from './auth/principal.js';
import { WRITE_FOLLOW_UP_CALLS } from './blnk/gate.js';
import type { CurrencyPrecisions } from './auth/write-rate.js';
import { ABLATABLE } from './server/ablation.js';
import type { Ablatable } from './server/ablation.js';
import { precisionProblem } from './domain/money.js';

/**
 * Environment → one typed, frozen Config. A bad value stops the start with a message naming the
 * variable and what it allows; nothing else in the gateway reads process.env.
 */
export interface Config {
  /** Blnk's origin; null starts the built-in sandbox (unless Blnk Cloud is configured). */
  blnkUrl: string | null;
  /** Blnk Cloud instead of Core: reads through its Data API, writes through its Proxy. */
  cloud: CloudConfig | null;
  /** Sent to Blnk as X-Blnk-Key; never logged. */
  blnkApiKey: string | null;
  blnkTimeoutMs: number;
  blnkConnections: number;
  host: string;
  port: number;
  /** Port of the built-in sandbox when BLNK_URL is unset; 0 picks a free one. */
  sandboxPort: number;
  graphiql: boolean;
  production: boolean;
  limits: Limits;
  auth: AuthConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  /** BENCH_WITHOUT: plugins `npm run bench:ab` takes out to measure them (server/ablation.ts); empty when serving. */
  benchWithout: readonly Ablatable[];
  /** When set, /metrics answers only `Authorization: Bearer <token>`; never logged. */
  metricsBearerToken: string | null;
  /** Distinct operation names given their own series; later ones are counted as `other`. */
  metricsMaxOperations: number;
  /**
   * Closed defaults at the server's edges (issue 17, items 7 and 8; README "Production rules"):
   * how long a client may take to send its headers and its whole request, how many connections
   * the server holds, and how long one /readyz answer (one Blnk call) serves the probes after it.
   */
  http: { headersTimeoutMs: number; receiveTimeoutMs: number; maxConnections: number };
  readinessCacheMs: number;
  /** OTLP/HTTP collector for traces (OTEL_EXPORTER_OTLP_ENDPOINT); null: no tracing. */
  otel: { endpoint: string; serviceName: string } | null;
  /** Gateway processes on this machine (node:cluster); 1 runs in this process. */
  workers: number;
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /** BLNK_STARTUP_CHECK: what a failed start-up probe of Blnk does (warn: log; fatal: exit; off: no probe). */
  startupCheck: 'warn' | 'fatal' | 'off';
  breaker: { resetTimeoutMs: number; errorThresholdPercentage: number; volumeThreshold: number };
  /**
   * Persisted operations: `off`, `allow` (known hashes or any document) or `enforce` (known
   * hashes only), from a manifest of hash → document such as codegen's persisted-documents.json.
   */
  persistedOperations: { mode: 'off' | 'allow' | 'enforce'; manifest: Record<string, string> };
  /** AUTH_MODE=none in production, allowed explicitly: started with a loud warning. */
  unauthenticatedProduction: boolean;
  /** Subscriptions, fed by Blnk's webhooks (issue 19); null when SUBSCRIPTIONS=false: no ingress, no bus. */
  live: LiveConfig | null;
  /** Bounds on subscriptions over SSE and WebSocket (server/streams.ts, server/websocket.ts). */
  streams: StreamBounds;
}

/**
 * Blnk Cloud, authenticated by a bearer token only: a static one (BLNK_CLOUD_TOKEN), or OAuth
 * client credentials the gateway exchanges for tokens that expire and refreshes
 * (BLNK_CLOUD_CLIENT_ID + BLNK_CLOUD_CLIENT_SECRET; blnk/cloud-token.ts). Never logged.
 */
export interface CloudConfig {
  url: string;
  instanceId: string;
  credentials: { kind: 'token'; token: string } | { kind: 'client'; clientId: string; clientSecret: string };
}

export interface LiveConfig {
  /** Redis for the event bus and redelivery marks across processes; null: this process only. Never logged (it may hold a password). */
  redisUrl: string | null;
  /** Before every channel and key the gateway uses in Redis: keeps deployments and test runs sharing one Redis apart. */
  redisPrefix: string;
  webhook: {
    /** BLNK_WEBHOOK_SECRET, else BLNK_API_KEY (Blnk signs with its server.secret_key, the master key); never logged. */
    secret: string | null;
    /** WEBHOOK_ALLOW_UNSIGNED: take unsigned deliveries while no secret is known (development only). */
    allowUnsigned: boolean;
    replayWindowSeconds: number;
    maxBodyBytes: number;
  };
}

/**
 * How many live streams the process holds and how it treats their sockets (README,
 * "Subscriptions"): a subscription holds a socket and a hub watcher for as long as the client
 * wants, so each is counted, per process and per principal, over both transports together.
 */
export interface StreamBounds {
  /** Subscriptions open at once in this process, SSE and WebSocket together. */
  maxSubscriptions: number;
  /** ...and of one principal (its subject). */
  maxSubscriptionsPerPrincipal: number;
  /** WebSocket connections open at once in this process, and of one principal. */
  maxWsConnections: number;
  maxWsConnectionsPerPrincipal: number;
  /** The largest WebSocket message accepted; a larger one closes the connection (1009). */
  wsMaxPayloadBytes: number;
  /** How long a WebSocket may take to send connection_init (graphql-ws closes it 4408). */
  connectionInitTimeoutMs: number;
  /** WebSocket ping period: a socket that has not answered the last ping by the next is closed. */
  keepAliveMs: number;
  /** Bytes a stream's socket may hold unsent; beyond, the stream is ended (slow consumer). */
  slowConsumerBytes: number;
  /** How long a stream's socket may hold unsent data at all before it is ended. */
  slowConsumerMs: number;
}

/** What one request may ask for (docs/architecture.md section 6: secure by default). */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Pothos complexity: every field 1, a list's selection times its real page size. */
  maxCost: number;
  /**
   * Callers confined to an identity (issue 17): transfers in one bulk request, and transfers a
   * minute per identity (a bulk of n counts n). README, "Confined writes".
   */
  confinedMaxBulk: number;
  confinedWritesPerMinute: number;
  /** CURRENCY_PRECISIONS: the precision each currency is paid at by a confined caller. */
  currencyPrecisions: CurrencyPrecisions;
  maxBodyBytes: number;
  /** The whole request, every upstream call included. */
  requestTimeoutMs: number;
  csrfPrevention: boolean;
  introspection: boolean;
  /**
   * Serve `_service { sdl }` (to ledger:read callers) even with introspection off, for a
   * federation router that reads the subgraph's SDL at run time.
   */
  subgraphSdl: boolean;
  /** "Did you mean …?" hints in validation errors. */
  fieldSuggestions: boolean;
  /** Upstream calls one request may make (blnk/gate.ts); beyond, CALL_BUDGET_EXCEEDED. */
  maxUpstreamCalls: number;
  /** Upstream calls of one request in flight at once. */
  maxUpstreamInFlight: number;
  /** Upstream calls of one principal in flight at once, all its requests together. */
  maxUpstreamInFlightPerPrincipal: number;
  /** Upstream calls per window for a principal confined to an identity; beyond, RATE_LIMITED. */
  upstreamRateConfined: number;
  /** Upstream calls per window for any other principal. */
  upstreamRateOperator: number;
  upstreamRateWindowSeconds: number;
}

function streamBounds(env: Env): StreamBounds {
  const maxSubscriptions = integer(env, 'MAX_SUBSCRIPTIONS', 10_000, 1, 1_000_000);
  const maxSubscriptionsPerPrincipal = integer(env, 'MAX_SUBSCRIPTIONS_PER_PRINCIPAL', 50, 1, 1_000_000);
  const maxWsConnections = integer(env, 'MAX_WS_CONNECTIONS', 500, 1, 1_000_000);
  const maxWsConnectionsPerPrincipal = integer(env, 'MAX_WS_CONNECTIONS_PER_PRINCIPAL', 20, 1, 1_000_000);
  if (maxSubscriptionsPerPrincipal > maxSubscriptions) {
    throw new ConfigError(
      `MAX_SUBSCRIPTIONS_PER_PRINCIPAL (${maxSubscriptionsPerPrincipal}) must not exceed MAX_SUBSCRIPTIONS (${maxSubscriptions})`,
    );
  }
  if (maxWsConnectionsPerPrincipal > maxWsConnections) {
    throw new ConfigError(
      `MAX_WS_CONNECTIONS_PER_PRINCIPAL (${maxWsConnectionsPerPrincipal}) must not exceed MAX_WS_CONNECTIONS (${maxWsConnections})`,
    );
  }
  return {
    maxSubscriptions,
    maxSubscriptionsPerPrincipal,
    maxWsConnections,
    maxWsConnectionsPerPrincipal,
    wsMaxPayloadBytes: integer(env, 'WS_MAX_PAYLOAD_BYTES', 100_000, 1_000, 100_000_000),
    connectionInitTimeoutMs: integer(env, 'WS_CONNECTION_INIT_TIMEOUT_MS', 5_000, 100, 600_000),
    keepAliveMs: integer(env, 'WS_KEEPALIVE_MS', 30_000, 100, 600_000),
    slowConsumerBytes: integer(env, 'STREAM_MAX_BUFFERED_BYTES', 1_000_000, 1_000, 1_000_000_000),
    slowConsumerMs: integer(env, 'STREAM_SLOW_CONSUMER_MS', 30_000, 100, 3_600_000),
  };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

function benchWithout(env: Env): Ablatable[] {
  const names = (env.BENCH_WITHOUT ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const all = names.includes('all') ? [...ABLATABLE] : names;
  for (const name of all) {
    if (!(ABLATABLE as readonly string[]).includes(name)) {
      throw new ConfigError(`BENCH_WITHOUT must list some of ${ABLATABLE.join(', ')} (or all), got '${name}'`);
    }
  }
  return all as Ablatable[];
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got '${env[name]}'`);
}

function origin(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The value is not echoed: it may hold credentials.
    throw new ConfigError(`${name} must be an http(s) URL such as http://localhost:5001`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must use http or https, got '${url.protocol}'`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`${name} must be an origin only (scheme, host and port), with no path, query or credentials`);
  }
  return url.origin;
}

const DEFAULT_CLOUD_URL = 'https://api.cloud.blnkfinance.com';

/**
 * A Cloud credential setting: unset, or a value with no whitespace (a token or secret of spaces
 * is a templating slip; one with spaces inside would not survive an Authorization header). Never echoed.
 */
function cloudSecret(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (raw.trim() === '') throw new ConfigError(`${name} is only whitespace: set it, or leave it unset`);
  const value = raw.trim();
  if (!/^[\x21-\x7e]+$/.test(value)) throw new ConfigError(`${name} must be printable characters without spaces`);
  return value;
}

/**
 * Cloud is on when a credential or an instance id is set; then the instance and exactly one kind
 * of credential are needed: BLNK_CLOUD_TOKEN, or BLNK_CLOUD_CLIENT_ID with BLNK_CLOUD_CLIENT_SECRET.
 */
function cloud(env: Env, keyPassthrough: boolean): Config['cloud'] {
  const token = cloudSecret(env, 'BLNK_CLOUD_TOKEN');
  const clientId = cloudSecret(env, 'BLNK_CLOUD_CLIENT_ID');
  const clientSecret = cloudSecret(env, 'BLNK_CLOUD_CLIENT_SECRET');
  const instanceId = env.BLNK_CLOUD_INSTANCE_ID?.trim();
  if (!token && !clientId && !clientSecret && !instanceId) return null;
  if (!clientId !== !clientSecret) {
    throw new ConfigError(
      'BLNK_CLOUD_CLIENT_ID and BLNK_CLOUD_CLIENT_SECRET must be set together (an OAuth client of Blnk Cloud), or neither',
    );
  }
  if (token && clientId) {
    throw new ConfigError(
      'BLNK_CLOUD_TOKEN and BLNK_CLOUD_CLIENT_ID/BLNK_CLOUD_CLIENT_SECRET are both set: use one (the client credentials get tokens that are refreshed before they expire)',
    );
  }
  if (!token && !clientId) {
    throw new ConfigError(
      'BLNK_CLOUD_INSTANCE_ID needs a credential: BLNK_CLOUD_CLIENT_ID with BLNK_CLOUD_CLIENT_SECRET, or BLNK_CLOUD_TOKEN (a blnk_at_… token)',
    );
  }
  const setting = token ? 'BLNK_CLOUD_TOKEN' : 'BLNK_CLOUD_CLIENT_ID';
  if (!instanceId) throw new ConfigError(`BLNK_CLOUD_INSTANCE_ID must be set with ${setting}`);
  if (keyPassthrough) {
    throw new ConfigError(
      "BLNK_KEY_PASSTHROUGH=true is refused with Blnk Cloud: Cloud authenticates by the gateway's bearer token only, so callers' X-Blnk-Key would be ignored",
    );
  }
  return {
    url: origin(env, 'BLNK_CLOUD_URL') ?? DEFAULT_CLOUD_URL,
    instanceId,
    credentials: token ? { kind: 'token', token } : { kind: 'client', clientId: clientId!, clientSecret: clientSecret! },
  };
}

function persistedOperations(env: Env): Config['persistedOperations'] {
  const mode = env.PERSISTED_OPERATIONS?.trim() || 'off';
  if (mode !== 'off' && mode !== 'allow' && mode !== 'enforce') {
    throw new ConfigError(`PERSISTED_OPERATIONS must be off, allow or enforce, got '${mode}'`);
  }
  if (mode === 'off') return { mode, manifest: {} };
  const file = env.PERSISTED_OPERATIONS_FILE;
  if (!file) throw new ConfigError(`PERSISTED_OPERATIONS=${mode} needs PERSISTED_OPERATIONS_FILE (hash → document JSON)`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ConfigError(`PERSISTED_OPERATIONS_FILE must be a readable JSON object of hash → document: ${file}`);
  }
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    Array.isArray(manifest) ||
    !Object.values(manifest).every((d) => typeof d === 'string')
  ) {
    throw new ConfigError('PERSISTED_OPERATIONS_FILE must map each hash to a document string');
  }
  return { mode, manifest: manifest as Record<string, string> };
}

/** A scraper's shared secret: long enough not to be guessed, one header token. Never echoed. */
function metricsBearerToken(env: Env): string | null {
  const raw = env.METRICS_BEARER_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw)) {
    throw new ConfigError('METRICS_BEARER_TOKEN must be at least 16 printable characters without spaces');
  }
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function logLevel(env: Env): Config['logLevel'] {
  const raw = env.LOG_LEVEL?.trim() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${raw}'`);
  return raw as Config['logLevel'];
}

const STARTUP_CHECKS = ['warn', 'fatal', 'off'] as const;

function startupCheck(env: Env): Config['startupCheck'] {
  const raw = env.BLNK_STARTUP_CHECK?.trim() || 'warn';
  if (!(STARTUP_CHECKS as readonly string[]).includes(raw))
    throw new ConfigError(`BLNK_STARTUP_CHECK must be one of ${STARTUP_CHECKS.join(', ')}, got '${raw}'`);
  return raw as Config['startupCheck'];
}

const IDENTITY_CLAIM_DEFAULT = 'blnk_identity_id';

/** The fewest upstream calls a request may be given: a write and the reads that confirm it (blnk/gate.ts). */
const WRITE_NEEDS = 1 + WRITE_FOLLOW_UP_CALLS;

function apiKeys(env: Env): ApiKeyEntry[] {
  let text = env.API_KEYS;
  if (env.API_KEYS_FILE) {
    try {
      text = readFileSync(env.API_KEYS_FILE, 'utf8');
    } catch {
      throw new ConfigError(`API_KEYS_FILE cannot be read: ${env.API_KEYS_FILE}`);
    }
  }
  if (!text) throw new ConfigError('AUTH_MODE=api-keys needs API_KEYS (JSON) or API_KEYS_FILE');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError('API_KEYS must be a JSON array of {name, sha256, scopes, identityId?}');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new ConfigError('API_KEYS must be a non-empty JSON array');
  return parsed.map((entry, i) => {
    const e = entry as Partial<ApiKeyEntry>;
    if (typeof e.name !== 'string' || !e.name) throw new ConfigError(`API_KEYS[${i}] needs a name`);
    if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(e.sha256)) {
      throw new ConfigError(`API_KEYS[${i}] (${e.name}) needs sha256: the hex SHA-256 of the key (npm run hash-key -- <key>)`);
    }
    if (!Array.isArray(e.scopes) || e.scopes.length === 0 || !e.scopes.every(isScope)) {
      throw new ConfigError(`API_KEYS[${i}] (${e.name}) needs scopes from ledger:read, ledger:write, ledger:admin, pii:read`);
    }
    // Present but not an id ("" or a number) would silently unconfine the key: refuse it.
    if (e.identityId !== undefined && !isIdentityId(e.identityId)) {
      throw new ConfigError(`API_KEYS[${i}] (${e.name}) has an identityId that is not a non-empty id string`);
    }
    return { name: e.name, sha256: e.sha256, scopes: e.scopes, ...(e.identityId !== undefined ? { identityId: e.identityId } : {}) };
  });
}

function auth(env: Env): AuthConfig {
  const keyPassthrough = flag(env, 'BLNK_KEY_PASSTHROUGH', false);
  const mode = env.AUTH_MODE?.trim() || 'none';
  const identityClaim = env.JWT_IDENTITY_CLAIM?.trim() || IDENTITY_CLAIM_DEFAULT;
  if (mode === 'none') return { mode, keyPassthrough };
  if (mode === 'api-keys') return { mode, keyPassthrough, keys: apiKeys(env), identityClaim };
  if (mode !== 'jwt') throw new ConfigError(`AUTH_MODE must be none, jwt or api-keys, got '${mode}'`);
  const secret = env.JWT_SECRET || null;
  const jwksUrl = env.JWT_JWKS_URL?.trim() || null;
  if (!secret === !jwksUrl) throw new ConfigError('AUTH_MODE=jwt needs exactly one of JWT_SECRET (HS256) and JWT_JWKS_URL (RS256/ES256)');
  if (secret && secret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ConfigError('JWT_JWKS_URL must be an http(s) URL');
  const settings: AuthConfig = {
    mode,
    keyPassthrough,
    secret,
    jwksUrl,
    issuer: env.JWT_ISSUER?.trim() || null,
    audience: env.JWT_AUDIENCE?.trim() || null,
    identityClaim,
    requireExp: flag(env, 'JWT_REQUIRE_EXP', true),
    ...tokenLimits(env),
  };
  if (env.NODE_ENV === 'production') productionJwt(settings);
  return settings;
}

/**
 * JWT in production (hostile review of issue 17, finding 6): closed, or no start. Without an
 * issuer and an audience, a token any other service of the same key holder minted (another app,
 * another environment) is accepted here; a JWKS fetched in clear can be swapped by anyone on the
 * path, who then signs tokens of their own; a token without `exp` lives for ever. A JWKS over
 * http is allowed on a loopback address only (127.0.0.0/8, [::1]), where the bytes never leave
 * the host (a key-caching sidecar); `localhost` is not, since it is only a name the host resolves.
 */
function productionJwt(jwt: { jwksUrl: string | null; issuer: string | null; audience: string | null; requireExp: boolean }): void {
  if (!jwt.issuer)
    throw new ConfigError(
      'JWT_ISSUER must be set when NODE_ENV=production and AUTH_MODE=jwt: tokens from any other issuer of the same key would pass',
    );
  if (!jwt.audience)
    throw new ConfigError(
      'JWT_AUDIENCE must be set when NODE_ENV=production and AUTH_MODE=jwt: tokens minted for another service would pass',
    );
  if (!jwt.requireExp)
    throw new ConfigError('JWT_REQUIRE_EXP=false is refused when NODE_ENV=production: a token without exp would never expire');
  if (jwt.jwksUrl && !/^https:\/\//i.test(jwt.jwksUrl) && !loopbackUrl(jwt.jwksUrl)) {
    throw new ConfigError(
      'JWT_JWKS_URL must be https when NODE_ENV=production (plain http only to a loopback address, 127.0.0.1 or [::1])',
    );
  }
}

function loopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Closed defaults (issue 17, items 5, 7, 8). A token may live at most JWT_MAX_TOKEN_AGE (24 h by
 * default: a day bounds what a leaked token is worth, and an end-user session renews its access
 * token far more often; a service that needs longer says so). In production a token without the
 * identity claim is refused unless JWT_IDENTITY_CLAIM_REQUIRED=false says such tokens are
 * operators; /metrics needs METRICS_BEARER_TOKEN (it shows every caller's operation names and
 * upstream counts); the HTTP server bounds slow and numerous clients.
 */
function tokenLimits(env: Env): { maxTokenAgeSeconds: number; identityClaimRequired: boolean } {
  return {
    maxTokenAgeSeconds: duration(env, 'JWT_MAX_TOKEN_AGE', 24 * 3600, 1, 366 * 24 * 3600),
    identityClaimRequired: flag(env, 'JWT_IDENTITY_CLAIM_REQUIRED', env.NODE_ENV === 'production'),
  };
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds, written as a whole number of seconds or with a unit: 900, 15m, 24h, 7d. */
function duration(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const m = /^(\d+)([smhd]?)$/.exec(raw);
  const seconds = m ? Number(m[1]) * UNIT_SECONDS[m[2] || 's']! : NaN;
  if (!(seconds >= min && seconds <= max)) {
    throw new ConfigError(`${name} must be a duration from ${min} s to ${max / 86_400} days, such as 900, 15m, 24h or 7d, got '${raw}'`);
  }
  return seconds;
}

function metricsOn(env: Env, production: boolean): boolean {
  const on = flag(env, 'METRICS', true);
  if (on && production && !metricsBearerToken(env)) {
    throw new ConfigError(
      "METRICS_BEARER_TOKEN must be set when NODE_ENV=production and metrics are on: /metrics shows every caller's operation names and upstream call counts (or set METRICS=false)",
    );
  }
  return on;
}

/** Node's own defaults let a client trickle a request for 300 s and open connections without end. */
function httpServer(env: Env): Config['http'] {
  const headersTimeoutMs = integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const receiveTimeoutMs = integer(env, 'HTTP_RECEIVE_TIMEOUT_MS', 30_000, 100, 600_000);
  if (headersTimeoutMs > receiveTimeoutMs) {
    throw new ConfigError(`HTTP_HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not exceed HTTP_RECEIVE_TIMEOUT_MS (${receiveTimeoutMs})`);
  }
  return { headersTimeoutMs, receiveTimeoutMs, maxConnections: integer(env, 'HTTP_MAX_CONNECTIONS', 900, 1, 1_000_000) };
}

/** A bulk request larger than the minute's budget could never pass: refused at start. */
function confinedWrites(env: Env): Pick<Limits, 'confinedMaxBulk' | 'confinedWritesPerMinute'> {
  const confinedMaxBulk = integer(env, 'CONFINED_MAX_BULK', 10, 1, 10_000);
  const confinedWritesPerMinute = integer(env, 'CONFINED_WRITES_PER_MINUTE', 30, 1, 1_000_000);
  if (confinedMaxBulk > confinedWritesPerMinute) {
    throw new ConfigError(`CONFINED_MAX_BULK (${confinedMaxBulk}) must not exceed CONFINED_WRITES_PER_MINUTE (${confinedWritesPerMinute})`);
  }
  return { confinedMaxBulk, confinedWritesPerMinute };
}

const CURRENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

/**
 * CURRENCY_PRECISIONS (hostile review of issue 17, finding 3), such as `USD:100,EUR:100,JPY:1`:
 * the precision a caller confined to an identity pays each currency at, since a payer who picks
 * the precision picks what the payee's statement reads. Each a whole power of ten Blnk keeps
 * exactly (1 to 10^18), one per currency code. Unset: free in development, as before; in
 * production confined writes are refused until it is set (main.ts warns at start).
 */
function currencyPrecisions(env: Env, production: boolean): CurrencyPrecisions {
  const raw = env.CURRENCY_PRECISIONS?.trim();
  if (!raw) return production ? { mode: 'refused' } : { mode: 'free' };
  const precisions = new Map<string, bigint>();
  for (const entry of raw.split(',')) {
    const m = /^\s*([^:\s]+)\s*:\s*(\d+)\s*$/.exec(entry);
    if (!m || !CURRENCY_CODE.test(m[1]!)) {
      throw new ConfigError(
        `CURRENCY_PRECISIONS must be a comma-separated list of CODE:PRECISION such as USD:100,EUR:100,JPY:1, got '${entry.trim()}'`,
      );
    }
    const [, code, digits] = m as unknown as [string, string, string];
    if (!/^10*$/.test(digits) || precisionProblem(BigInt(digits))) {
      throw new ConfigError(`CURRENCY_PRECISIONS: the precision of ${code} must be a whole power of ten from 1 to 10^18, got ${digits}`);
    }
    if (precisions.has(code)) throw new ConfigError(`CURRENCY_PRECISIONS names ${code} more than once`);
    precisions.set(code, BigInt(digits));
  }
  return { mode: 'listed', precisions };
}

/** A Redis URL, checked for its scheme only; never echoed, since it may hold a password. */
function redisUrl(env: Env): string | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL must be a URL such as redis://127.0.0.1:6379');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError(`REDIS_URL must use redis: or rediss:, got '${url.protocol}'`);
  }
  return raw;
}

/**
 * Subscriptions and their webhook ingress. Several processes (WORKERS>1) need Redis between them,
 * or a delivery reaching one would reach only that one's subscribers. Unsigned deliveries are
 * for development only, and only where no secret is known: a Blnk that checks keys (and so any
 * gateway passing callers' keys through) signs its webhooks.
 */
function live(env: Env, production: boolean, workers: number, keyPassthrough: boolean): LiveConfig | null {
  if (!flag(env, 'SUBSCRIPTIONS', true)) return null;
  const url = redisUrl(env);
  if (workers > 1 && !url) {
    throw new ConfigError(
      `WORKERS=${workers} needs REDIS_URL while subscriptions are on: a webhook reaching one process must reach the others' subscribers (or set SUBSCRIPTIONS=false)`,
    );
  }
  const prefix = env.REDIS_CHANNEL_PREFIX || 'blnk-graphql:';
  if (!/^[\x21-\x7e]{1,100}$/.test(prefix)) {
    throw new ConfigError('REDIS_CHANNEL_PREFIX must be 1 to 100 printable characters without spaces');
  }
  if (env.BLNK_WEBHOOK_SECRET !== undefined && env.BLNK_WEBHOOK_SECRET !== '' && env.BLNK_WEBHOOK_SECRET.trim() === '') {
    // A key of spaces is a mistake (a templating slip), not a secret anyone should sign with.
    throw new ConfigError(
      'BLNK_WEBHOOK_SECRET is only whitespace: set it to the secret key Blnk signs its webhooks with, or leave it unset',
    );
  }
  const secret = env.BLNK_WEBHOOK_SECRET || env.BLNK_API_KEY || null;
  const allowUnsigned = flag(env, 'WEBHOOK_ALLOW_UNSIGNED', false);
  if (allowUnsigned && production) {
    throw new ConfigError('WEBHOOK_ALLOW_UNSIGNED=true is refused when NODE_ENV=production: anyone could post ledger events');
  }
  if (allowUnsigned && keyPassthrough && !env.BLNK_WEBHOOK_SECRET) {
    throw new ConfigError(
      'WEBHOOK_ALLOW_UNSIGNED=true is refused with BLNK_KEY_PASSTHROUGH=true: a Blnk that checks keys signs its webhooks; set BLNK_WEBHOOK_SECRET to its server secret key',
    );
  }
  return {
    redisUrl: url,
    redisPrefix: prefix,
    webhook: {
      secret,
      allowUnsigned,
      replayWindowSeconds: integer(env, 'WEBHOOK_REPLAY_WINDOW_SECONDS', 300, 1, 86_400),
      maxBodyBytes: integer(env, 'WEBHOOK_MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
    },
  };
}

export function loadConfig(env: Env): Config {
  const production = env.NODE_ENV === 'production';
  const authConfig = auth(env);
  const allowNone = flag(env, 'AUTH_ALLOW_NONE_IN_PRODUCTION', false);
  if (production && authConfig.mode === 'none' && !allowNone) {
    throw new ConfigError('AUTH_MODE=none is refused when NODE_ENV=production (set AUTH_MODE, or AUTH_ALLOW_NONE_IN_PRODUCTION=true)');
  }
  const workers = integer(env, 'WORKERS', 1, 1, 64);
  return Object.freeze({
    blnkUrl: origin(env, 'BLNK_URL'),
    cloud: cloud(env, authConfig.keyPassthrough),
    blnkApiKey: env.BLNK_API_KEY || null,
    blnkTimeoutMs: integer(env, 'BLNK_TIMEOUT_MS', 10_000, 1, 600_000),
    blnkConnections: integer(env, 'BLNK_CONNECTIONS', 64, 1, 4096),
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65_535),
    sandboxPort: integer(env, 'SANDBOX_PORT', 0, 0, 65_535),
    graphiql: flag(env, 'GRAPHIQL', !production),
    production,
    auth: authConfig,
    logLevel: logLevel(env),
    metrics: metricsOn(env, production),
    benchWithout: benchWithout(env),
    metricsBearerToken: metricsBearerToken(env),
    metricsMaxOperations: integer(env, 'METRICS_MAX_OPERATIONS', 100, 1, 10_000),
    http: httpServer(env),
    readinessCacheMs: integer(env, 'READYZ_CACHE_MS', 2_000, 0, 60_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    startupCheck: startupCheck(env),
    workers,
    live: live(env, production, workers, authConfig.keyPassthrough),
    otel: env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()
      ? { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT.trim(), serviceName: env.OTEL_SERVICE_NAME?.trim() || 'blnk-graphql' }
      : null,
    persistedOperations: persistedOperations(env),
    breaker: {
      resetTimeoutMs: integer(env, 'BREAKER_RESET_MS', 5_000, 100, 600_000),
      errorThresholdPercentage: integer(env, 'BREAKER_ERROR_PERCENT', 50, 1, 100),
      volumeThreshold: integer(env, 'BREAKER_MIN_CALLS', 10, 1, 100_000),
    },
    unauthenticatedProduction: production && authConfig.mode === 'none',
    streams: streamBounds(env),
    limits: Object.freeze({
      maxDepth: integer(env, 'MAX_DEPTH', 12, 1, 100),
      maxAliases: integer(env, 'MAX_ALIASES', 15, 0, 1000),
      maxTokens: integer(env, 'MAX_TOKENS', 2000, 10, 100_000),
      maxDirectives: integer(env, 'MAX_DIRECTIVES', 50, 0, 1000),
      maxCost: integer(env, 'MAX_COST', 10_000, 1, 10_000_000),
      ...confinedWrites(env),
      currencyPrecisions: currencyPrecisions(env, production),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
      csrfPrevention: flag(env, 'CSRF_PREVENTION', true),
      introspection: flag(env, 'INTROSPECTION', !production),
      subgraphSdl: flag(env, 'SUBGRAPH_SDL', false),
      fieldSuggestions: flag(env, 'FIELD_SUGGESTIONS', !production),
      // Upstream calls (issue 17): a budget per request, caps on calls in flight (well under
      // BLNK_CONNECTIONS, so one request or one caller never holds the whole pool), and a rate
      // per principal, counted in this process. README, "Upstream budget and rate".
      maxUpstreamCalls: integer(env, 'MAX_UPSTREAM_CALLS', 200, WRITE_NEEDS, 100_000),
      maxUpstreamInFlight: integer(env, 'MAX_UPSTREAM_IN_FLIGHT', 8, 1, 4096),
      maxUpstreamInFlightPerPrincipal: integer(env, 'MAX_UPSTREAM_IN_FLIGHT_PER_PRINCIPAL', 16, 1, 4096),
      upstreamRateConfined: integer(env, 'UPSTREAM_RATE_CONFINED', 1_000, 1, 10_000_000),
      upstreamRateOperator: integer(env, 'UPSTREAM_RATE_OPERATOR', 60_000, 1, 10_000_000),
      upstreamRateWindowSeconds: integer(env, 'UPSTREAM_RATE_WINDOW_S', 10, 1, 3_600),
    }),
  });
}
