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
