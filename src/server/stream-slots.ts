import type { PrincipalKey } from '../blnk/gate.js';

/**
 * Counted places for long-lived things (subscriptions, WebSocket connections), per process and
 * per principal: each holds a socket, a hub watcher and memory for as long as its client wants,
 * so without a count one caller could hold the whole process. A principal is keyed as the
 * upstream limits key it (blnk/gate.ts): the identity for a confined one, else the subject.
 */
export class Slots {
  private total = 0;
  private readonly byPrincipal = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly maxPerPrincipal: number,
    /** Told the new count after each change (a gauge). */
    private readonly onChange?: (count: number) => void,
  ) {}

  get count(): number {
    return this.total;
  }

  /**
   * A place for `principal`, or why there is none: `process` (the process is full) or
   * `principal` (this caller holds its share). The release is idempotent.
   */
  take(principal: PrincipalKey): { release: () => void } | { full: 'process' | 'principal' } {
    const key = principal.identityId !== null ? `identity:${principal.identityId}` : `subject:${principal.subject}`;
    const held = this.byPrincipal.get(key) ?? 0;
    if (held >= this.maxPerPrincipal) return { full: 'principal' };
    if (this.total >= this.max) return { full: 'process' };
    this.byPrincipal.set(key, held + 1);
    this.total += 1;
    this.onChange?.(this.total);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.byPrincipal.get(key) ?? 1) - 1;
        if (left <= 0) this.byPrincipal.delete(key);
        else this.byPrincipal.set(key, left);
        this.total -= 1;
        this.onChange?.(this.total);
      },
    };
  }
}
