/**
 * Requests whose client closed its connection before the answer went out. The HTTP adapter
 * aborts a request's signal when its socket closes early; everything that abort then breaks (an
 * upstream call cut mid-way, the resolver error it becomes) is the client's doing, not a fault of
 * the gateway or of Blnk, and must not be logged or counted as one (issue 17, item 9).
 *
 * The abort reasons are remembered (weakly) so that an error met later can be traced back to a
 * client's abort exactly, whatever its type: the adapter aborts with the socket's own error
 * when it has one, not always with a DOMException named AbortError.
 */
export class ClientAborts {
  private readonly reasons = new WeakSet<object>();

  /** Starts watching one request; call once per request, before anything can be aborted. */
  watch(request: Request): void {
    const { signal } = request;
    if (signal.aborted) this.remember(signal.reason);
    else signal.addEventListener('abort', () => this.remember(signal.reason), { once: true });
  }

  /** Whether this error is (or was caused by) a client's abort reason. */
  caused(error: unknown): boolean {
    for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 8; depth += 1) {
      if (this.reasons.has(current)) return true;
      current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
    }
    return false;
  }

  private remember(reason: unknown): void {
    if (typeof reason === 'object' && reason !== null) this.reasons.add(reason);
  }
}

/** Whether the client of this request has gone away (its answer can no longer be delivered). */
export function clientGone(request: Request | undefined): boolean {
  return request?.signal.aborted === true;
}
