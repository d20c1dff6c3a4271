/**
 * Environment → one typed, frozen Config. A bad value stops the start with a message naming the
 * variable and what it allows; nothing else in the gateway reads process.env.
 */
export interface Config {
  /** Blnk's origin; null starts the built-in sandbox (unless Blnk Cloud is configured). */
  blnkUrl: string | null;
  /** Blnk Cloud instead of Core: reads through its Data API, writes through its Proxy. */
  cloud: { url: string; instanceId: string; token: string } | null;
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
}

/** What one request may ask for (DESIGN.md section 4: secure by default). */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Pothos complexity: every field 1, a list's selection times its real page size. */
  maxCost: number;
  maxBodyBytes: number;
  /** The whole request, every upstream call included. */
  requestTimeoutMs: number;
  csrfPrevention: boolean;
  introspection: boolean;
  /** "Did you mean …?" hints in validation errors. */
  fieldSuggestions: boolean;
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

/** Cloud is on when a token or an instance id is set; then both are needed. */
function cloud(env: Env): Config['cloud'] {
  const token = env.BLNK_CLOUD_TOKEN?.trim();
  const instanceId = env.BLNK_CLOUD_INSTANCE_ID?.trim();
  if (!token && !instanceId) return null;
  if (!token) throw new ConfigError('BLNK_CLOUD_TOKEN must be set with BLNK_CLOUD_INSTANCE_ID (a blnk_at_… or blnk_… token)');
  if (!instanceId) throw new ConfigError('BLNK_CLOUD_INSTANCE_ID must be set with BLNK_CLOUD_TOKEN');
  return { url: origin(env, 'BLNK_CLOUD_URL') ?? DEFAULT_CLOUD_URL, instanceId, token };
}

export function loadConfig(env: Env): Config {
  const production = env.NODE_ENV === 'production';
  return Object.freeze({
    blnkUrl: origin(env, 'BLNK_URL'),
    cloud: cloud(env),
    blnkApiKey: env.BLNK_API_KEY || null,
    blnkTimeoutMs: integer(env, 'BLNK_TIMEOUT_MS', 10_000, 1, 600_000),
    blnkConnections: integer(env, 'BLNK_CONNECTIONS', 64, 1, 4096),
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65_535),
    sandboxPort: integer(env, 'SANDBOX_PORT', 0, 0, 65_535),
    graphiql: flag(env, 'GRAPHIQL', !production),
    production,
    limits: Object.freeze({
      maxDepth: integer(env, 'MAX_DEPTH', 12, 1, 100),
      maxAliases: integer(env, 'MAX_ALIASES', 15, 0, 1000),
      maxTokens: integer(env, 'MAX_TOKENS', 2000, 10, 100_000),
      maxDirectives: integer(env, 'MAX_DIRECTIVES', 50, 0, 1000),
      maxCost: integer(env, 'MAX_COST', 10_000, 1, 10_000_000),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
      csrfPrevention: flag(env, 'CSRF_PREVENTION', true),
      introspection: flag(env, 'INTROSPECTION', !production),
      fieldSuggestions: flag(env, 'FIELD_SUGGESTIONS', !production),
    }),
  });
}
