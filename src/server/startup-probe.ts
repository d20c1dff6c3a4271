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

export type ProbeResult = { ok: true; version: string | null } | { ok: false; problem: string };

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
      message: `Blnk at ${origin} is reachable and accepted the key${result.version ? ` (Blnk ${result.version})` : ''}`,
    };
  }
  if (mode === 'fatal') return { fatal: `${result.problem} (BLNK_STARTUP_CHECK=fatal)` };
  return { level: 'warn', message: `${result.problem} (starting anyway: BLNK_STARTUP_CHECK=fatal stops the start instead)` };
}
