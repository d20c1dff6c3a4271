import { type BlnkError, CloudRefusal } from './errors.js';

/**
 * Blnk Cloud's own refusals, told apart from Core's (issue 22, points 5 and 6). Cloud answers
 * some failures itself, before the instance sees the call: a scope the token lacks (403), an
 * instance it does not know (404 `{"error":"instance not found"}`), a route its proxy does not
 * forward (404/405/501). None of them means "the entity is missing": only Core's own not-found,
 * which the proxy passes through (an `error_detail` code ending in _NOT_FOUND, or Core's legacy
 * messages), or the Data API's record not found does. Upstream (upstream.ts) runs every failed
 * Cloud call through `cloudRefusal` (createClient sets it for the cloud surface).
 */

export type CloudScope = 'data:read' | 'proxy:read' | 'proxy:write';

interface RouteEntry {
  /** Any method when unset. */
  method?: string;
  /** The route pattern as the clients name it (core-client.ts, cloud-client.ts, cloud-pages.ts). */
  pattern: RegExp;
  capability: string;
  /** In Cloud's proxy table (cloud/reference/proxy-api) or its Data/Filters API pages. */
  documented: boolean;
}

/**
 * Route pattern → what it serves. Cloud says any Core route works behind `/proxy`, but only some
 * are in its proxy table: a 404/405/501 on one that is not is taken as "not forwarded".
 */
const ROUTES: RouteEntry[] = [
  { pattern: /^\/proxy\/balance-monitors/, capability: 'balance monitors', documented: false },
  { method: 'PUT', pattern: /^\/proxy\/ledgers\/:id$/, capability: 'renaming a ledger', documented: false },
  { method: 'DELETE', pattern: /^\/proxy\/identities\/:id$/, capability: 'deleting an identity', documented: false },
  { pattern: /^\/proxy\/(balances|transactions)\/:id\/lineage$/, capability: 'fund lineage', documented: true },
  { pattern: /^\/proxy\/balances\/:id\/at$/, capability: 'balances at a past time', documented: true },
  { pattern: /^\/proxy\/identities\/:id\/(tokenize|detokenize)$/, capability: 'identity tokenization', documented: true },
  { pattern: /^\/proxy\/transactions\/inflight\/bulk\//, capability: 'bulk commits and voids of holds', documented: false },
  { pattern: /^\/proxy\/balances\/:id\/identity$/, capability: "changing a balance's identity", documented: true },
  { pattern: /^\/proxy\/balances\/indicator\//, capability: 'balances by indicator', documented: false },
  { pattern: /^\/proxy\/[a-z-]+\/filter$/, capability: "full rows (Core's filter behind the proxy)", documented: false },
  { pattern: /^\/proxy\/balances\/:id$/, capability: 'full balance rows', documented: false },
  { pattern: /^\/proxy\/transactions\/inflight\/:txID$/, capability: 'committing and voiding holds', documented: true },
  { pattern: /^\/proxy\/refund-transaction\/:id$/, capability: 'refunds', documented: true },
  { pattern: /^\/proxy\/transactions\/reference\//, capability: 'transactions by reference', documented: false },
  { pattern: /^\/proxy\/:id\/metadata$/, capability: 'metadata updates', documented: true },
  { pattern: /^\/proxy\/(ledgers|balances|identities|transactions)(\/bulk)?$/, capability: 'creating ledger records', documented: true },
  { pattern: /^\/proxy\//, capability: "Blnk Core's API behind the proxy", documented: true },
  { pattern: /^\/data\//, capability: 'the Data API', documented: true },
  { pattern: /^\/[a-z]+\/filter$/, capability: 'the Filters API', documented: true },
];

/**
 * The scope a Cloud route needs. The proxy's scopes go by method (cloud/reference/proxy-api.mdx:
 * proxy:write "Create and update resources (POST, PUT, DELETE)", proxy:read "Read resources (GET
 * routes)"), so Core's filter routes behind the proxy, POSTs that only read (the completion of
 * thin rows), need proxy:write; the Data and Filters APIs need data:read.
 */
export function scopeOf(method: string, route: string): CloudScope {
  if (!route.startsWith('/proxy/')) return 'data:read';
  return method === 'GET' ? 'proxy:read' : 'proxy:write';
}

/** What the route serves, for messages; "queued amounts" when a balance read asks for them. */
export function capabilityOf(method: string, route: string, target = ''): { capability: string; documented: boolean } {
  if (method === 'GET' && route === '/proxy/balances/:id' && /[?&]with_queued=true/.test(target)) {
    return { capability: 'queued amounts', documented: false };
  }
  const entry = ROUTES.find((r) => (!r.method || r.method === method) && r.pattern.test(route));
  return entry ?? { capability: 'this Blnk Cloud route', documented: false };
}

/** Core's pre-0.15 not-found wordings, which the proxy passes through unchanged. */
const CORE_NOT_FOUND = /not found|no rows in result set|does not exist/i;

/**
 * The failure of a Cloud call as the gateway should read it: Cloud's own refusals become a
 * CloudRefusal (never a not-found); Core's refusals, passed through by the proxy, stay as they are.
 */
export function cloudRefusal(error: BlnkError, method: string, route: string, body: unknown, target = ''): BlnkError {
  const scope = scopeOf(method, route);
  const { capability, documented } = capabilityOf(method, route, target);
  if (error.status === 403) {
    return new CloudRefusal(
      403,
      'UPSTREAM_FORBIDDEN',
      `Blnk Cloud refused the gateway's token for ${capability}: the token needs the ${scope} scope`,
      capability,
      scope,
      { cause: error },
    );
  }
  if (error.status !== 404 && error.status !== 405 && error.status !== 501) return error;
  const cloudSays = cloudError(body);
  if (cloudSays !== null && /instance/i.test(cloudSays)) {
    return new CloudRefusal(
      error.status,
      'UPSTREAM_MISCONFIGURED',
      'Blnk Cloud does not know the instance the gateway is configured with (BLNK_CLOUD_INSTANCE_ID)',
      capability,
      scope,
      { cause: error },
    );
  }
  if (error.status === 404 && entityMissing(error, body)) return error;
  return new CloudRefusal(
    error.status,
    'UPSTREAM_UNSUPPORTED',
    documented
      ? `Blnk Cloud did not serve ${capability} (HTTP ${error.status}) though its documents list the route`
      : `Blnk Cloud's proxy did not forward ${capability} (HTTP ${error.status}): the route is not in Cloud's proxy table`,
    capability,
    scope,
    { cause: error },
  );
}

/**
 * A 404 that says the record is missing: Core's envelope with a *_NOT_FOUND code, Core's legacy
 * `{"error": "…not found…"}` (not Cloud's "route not found" or "instance not found"), or the
 * Data API's record not found.
 */
function entityMissing(error: BlnkError, body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  const detail = b.error_detail as { code?: unknown } | undefined;
  if (detail && typeof detail.code === 'string') return detail.code.endsWith('_NOT_FOUND');
  const text = typeof b.error === 'string' ? b.error : typeof b.message === 'string' ? b.message : null;
  if (text === null || /route|endpoint|path|instance|method/i.test(text)) return false;
  return error.code.endsWith('_NOT_FOUND') && CORE_NOT_FOUND.test(text);
}

/** Cloud's own `{"error": "…"}` with no Core envelope, or null. */
function cloudError(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (b.error_detail !== undefined) return null;
  return typeof b.error === 'string' ? b.error : null;
}
