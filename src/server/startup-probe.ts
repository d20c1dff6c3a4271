/**
 * One look at Blnk at start-up (BLNK_STARTUP_CHECK): is it reachable, is the key accepted, and
 * which version it is when it says. A mistyped BLNK_URL or a wrong BLNK_API_KEY is then told in
 * one line at start, not at the first query. The key is sent, never put in the answer.
 */
export interface ProbeTarget {
  origin: string;
  /** The headers every Blnk call carries (X-Blnk-Key, or a Cloud bearer token). */
  headers: Record<string, string>;
  /** The query every Blnk call carries (Blnk Cloud's instance_id). */
  query: Record<string, string>;
  timeoutMs: number;
  /** The setting that names the origin in the message: BLNK_URL, or BLNK_CLOUD_URL. */
  originSetting: string;
  /** The setting that holds the credential: BLNK_API_KEY, or BLNK_CLOUD_TOKEN. */
  keySetting: string;
}

export type ProbeResult = { ok: true; version: string | null; note?: string } | { ok: false; problem: string };

export async function probeBlnk(target: ProbeTarget): Promise<ProbeResult> {
  const { origin, originSetting, keySetting } = target;
  const url = (path: string, extra: Record<string, string> = {}) => {
    const u = new URL(path, origin);
    for (const [k, v] of Object.entries({ ...target.query, ...extra })) u.searchParams.set(k, v);
    return u;
  };
  let version: string | null;
  try {
    const health = await fetch(url('/health'), { signal: AbortSignal.timeout(target.timeoutMs) });
    const body = await health.text();
    // Blnk answers 503 while its database or Redis is down; any other status (a Cloud without
    // the route) says nothing, and the authenticated read below decides.
    if (health.status === 503) {
      return { ok: false, problem: `Blnk at ${originSetting}=${origin} reports itself unhealthy (GET /health: HTTP 503)` };
    }
    version = versionIn(body);
  } catch (error) {
    return { ok: false, problem: `Blnk is not reachable at ${originSetting}=${origin}: ${reason(error)}` };
  }
  // Cheap and authenticated: one ledger at most.
  let read: Response;
  try {
    read = await fetch(url('/ledgers', { limit: '1' }), { headers: target.headers, signal: AbortSignal.timeout(target.timeoutMs) });
    await read.arrayBuffer();
  } catch (error) {
    return { ok: false, problem: `Blnk is not reachable at ${originSetting}=${origin}: ${reason(error)}` };
  }
  if (read.status === 401 || read.status === 403) {
    return { ok: false, problem: `${keySetting} not accepted by Blnk at ${originSetting}=${origin} (HTTP ${read.status}): check the key` };
  }
  if (read.status === 404) {
    return { ok: false, problem: `${originSetting}=${origin} answers but not as Blnk (GET /ledgers: HTTP 404): check the URL` };
  }
  if (!read.ok) return { ok: false, problem: `Blnk at ${originSetting}=${origin} answered GET /ledgers with HTTP ${read.status}` };
  return { ok: true, version };
}

/** Blnk v0.15.2's health answer says no version (then null); one that carries a `version` is reported. */
function versionIn(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { version?: unknown };
    return typeof parsed.version === 'string' && parsed.version.length <= 64 ? parsed.version : null;
  } catch {
    return null;
  }
}

/** The cause's code (ECONNREFUSED, ENOTFOUND…) when there is one: fetch's own message is just "fetch failed". */
function reason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  if (cause?.code) return cause.code;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * What start-up does with a probe's result: one log line (info when Blnk answered, warn when
 * not), or, with BLNK_STARTUP_CHECK=fatal, an error that stops the start.
 */
export function probeOutcome(
  result: ProbeResult,
  mode: 'warn' | 'fatal',
  origin: string,
): { level: 'info' | 'warn'; message: string } | { fatal: string } {
  if (result.ok) {
    return {
      level: 'info',
      message: `Blnk at ${origin} is reachable and accepted the key${result.version ? ` (Blnk ${result.version})` : ''}${result.note ? `; ${result.note}` : ''}`,
    };
  }
  if (mode === 'fatal') return { fatal: `${result.problem} (BLNK_STARTUP_CHECK=fatal)` };
  return { level: 'warn', message: `${result.problem} (starting anyway: BLNK_STARTUP_CHECK=fatal stops the start instead)` };
}

/** What each Cloud scope serves, in GraphQL fields: the start-up check and its errors name them. */
export const CLOUD_SCOPE_USES: Record<string, string> = {
  'data:read': 'reads by id and lists',
  'proxy:read': 'full balance rows, version, queued amounts, lineage, monitors, Balance.at',
  'proxy:write': "every mutation, and list fields Cloud's Filters API rows lack (completed through Core's filter routes, which are POSTs)",
};

export interface CloudProbeTarget {
  origin: string;
  /** Blnk Cloud's instance_id. */
  query: Record<string, string>;
  /** The bearer for the probe's calls (getting it may call the token endpoint). */
  authorization: () => Promise<Record<string, string>>;
  /** The scopes the token endpoint granted, when it said (client credentials); null otherwise. */
  grantedScopes: () => string[] | null;
  /** BLNK_CLOUD_TOKEN or BLNK_CLOUD_CLIENT_ID, for messages. */
  credentialSetting: string;
  timeoutMs: number;
}

/**
 * Blnk Cloud at start-up: the token (from the token endpoint when the gateway has client
 * credentials), one Data API read (data:read) and one Core read behind the proxy (proxy:read).
 * A 403 names the scope missing and what it serves; the token's `scope`, when the token endpoint
 * gave one, is checked for all three (proxy:write cannot be probed without writing). Never the
 * token or the secret in the answer.
 */
export async function probeCloud(target: CloudProbeTarget): Promise<ProbeResult> {
  const { origin, credentialSetting } = target;
  let headers: Record<string, string>;
  try {
    headers = await target.authorization();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) {
      return {
        ok: false,
        problem: `Blnk Cloud at BLNK_CLOUD_URL=${origin} refused ${credentialSetting} and its secret at POST /oauth/token: check the client credentials`,
      };
    }
    return { ok: false, problem: `Blnk Cloud at BLNK_CLOUD_URL=${origin} gave no token: ${(error as Error).message ?? 'unknown failure'}` };
  }
  const missing: string[] = [];
  for (const [scope, path] of [
    ['data:read', '/data/ledgers?pageSize=1'],
    ['proxy:read', '/proxy/ledgers?limit=1'],
  ] as const) {
    const u = new URL(path, origin);
    for (const [k, v] of Object.entries(target.query)) u.searchParams.set(k, v);
    let status: number;
    let text: string;
    try {
      const read = await fetch(u, { headers, signal: AbortSignal.timeout(target.timeoutMs) });
      status = read.status;
      text = await read.text();
    } catch (error) {
      return { ok: false, problem: `Blnk Cloud is not reachable at BLNK_CLOUD_URL=${origin}: ${reason(error)}` };
    }
    const route = `GET ${path.split('?')[0]}`;
    if (status === 401) {
      return {
        ok: false,
        problem: `${credentialSetting} not accepted by Blnk Cloud at BLNK_CLOUD_URL=${origin} (${route}: HTTP 401): check the credential`,
      };
    }
    if (status === 403) missing.push(scope);
    else if (status === 404 && /instance/i.test(text)) {
      return {
        ok: false,
        problem: `Blnk Cloud at BLNK_CLOUD_URL=${origin} does not know BLNK_CLOUD_INSTANCE_ID (${route}: HTTP 404): check the instance id`,
      };
    } else if (status < 200 || status >= 300) {
      return { ok: false, problem: `Blnk Cloud at BLNK_CLOUD_URL=${origin} answered ${route} with HTTP ${status}` };
    }
  }
  const granted = target.grantedScopes();
  if (granted && !granted.includes('*')) {
    for (const scope of Object.keys(CLOUD_SCOPE_USES)) if (!granted.includes(scope) && !missing.includes(scope)) missing.push(scope);
  }
  if (missing.length > 0) return { ok: false, problem: scopeProblem(missing, origin) };
  return { ok: true, version: null, note: 'the token has the scopes the gateway needs (data:read, proxy:read, proxy:write)' };
}

/** One line: which scopes the token lacks, and which GraphQL fields need each. */
export function scopeProblem(missing: string[], origin: string): string {
  const uses = Object.entries(CLOUD_SCOPE_USES)
    .map(([scope, use]) => `${scope}: ${use}`)
    .join('; ');
  return `Blnk Cloud's token at BLNK_CLOUD_URL=${origin} lacks the ${missing.join(' and ')} scope${missing.length > 1 ? 's' : ''}: give the OAuth client ${missing.join(', ')} (the gateway needs ${uses})`;
}
