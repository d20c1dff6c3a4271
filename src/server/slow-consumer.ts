/**
 * A stream's consumer that does not read: its socket's unsent bytes (a WebSocket's
 * `bufferedAmount`, an SSE response's writable buffer) are sampled, and the stream is ended when
 * they pass `maxBytes`, or when some stay unsent for `maxMs` in a row. Both transports write
 * with back-pressure (graphql-ws waits for each send, yoga's node adapter for `drain`), so a
 * stalled client rarely grows the buffer far: what shows it is a buffer that never empties,
 * while its subscription holds a socket and a hub watcher for no one.
 */
export interface SlowConsumerBounds {
  maxBytes: number;
  maxMs: number;
}

export function watchBacklog(buffered: () => number, bounds: SlowConsumerBounds, onSlow: (why: 'bytes' | 'time') => void): () => void {
  let since: number | null = null;
  const timer = setInterval(
    () => {
      const bytes = buffered();
      if (bytes > bounds.maxBytes) return end('bytes');
      if (bytes === 0) {
        since = null;
        return;
      }
      since ??= performance.now();
      if (performance.now() - since >= bounds.maxMs) end('time');
    },
    Math.max(10, Math.min(1_000, Math.floor(bounds.maxMs / 4))),
  );
  timer.unref();
  const stop = () => clearInterval(timer);
  const end = (why: 'bytes' | 'time') => {
    stop();
    onSlow(why);
  };
  return stop;
}
