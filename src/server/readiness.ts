import type { Plugin } from 'graphql-yoga';

/** How long one /readyz answer is reused by default (READYZ_CACHE_MS). */
export const DEFAULT_READINESS_CACHE_MS = 2_000;

/**
 * /readyz asks Blnk, and anyone may call it: reused for `ttlMs` after it settles, and probes
 * arriving while Blnk is being asked share that one call, so a flood of probes costs Blnk at most
 * one call per `ttlMs` (issue 17, item 8). Both answers are reused: a Blnk that is down is not
 * asked again by every probe either. One per gateway, never module-level.
 */
export function sharedCheck(check: () => Promise<boolean>, ttlMs: number): () => Promise<boolean> {
  let pending: Promise<boolean> | null = null;
  let last = false;
  let freshUntil = -Infinity;
  return () => {
    if (pending) return pending;
    if (performance.now() < freshUntil) return Promise.resolve(last);
    pending = check()
      .catch(() => false)
      .then((ready) => {
        last = ready;
        freshUntil = performance.now() + ttlMs;
        pending = null;
        return ready;
      });
    return pending;
  };
}

/**
 * GET /readyz (any method, as yoga's `useReadinessCheck` answers it): 200 when `check` says
 * ready, 503 when not. yoga's plugin answers the same, but tests every other request's URL
 * against a URLPattern after its two plain comparisons fail, about 12 µs per GraphQL request in
 * the profile (docs/benchmarks.md); for a pattern with no wildcard the pathname comparison
 * already decides.
 */
export function readinessRoute(endpoint: string, check: () => Promise<boolean>): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI, url }) {
      if (!request.url.endsWith(endpoint) && url.pathname !== endpoint) return;
      return check().then(
        (ready) => endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
        (error: unknown) =>
          endResponse(
            new fetchAPI.Response(error instanceof Error ? error.message : null, {
              status: 503,
              headers: error instanceof Error ? { 'content-type': 'text/plain; charset=utf-8' } : {},
            }),
          ),
      );
    },
  };
}
