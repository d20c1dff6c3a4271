import { until } from '../scenarios/harness.js';

/** One GraphQL over SSE stream as a client reads it: its status, the events so far, and a way to leave. */
export interface SseStream {
  status: number;
  /** The `next` events' payloads, parsed, in order. */
  events: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }[];
  /** The stream's raw text so far (to check what never appears in it). */
  text(): string;
  /** Whether the server ended the response. */
  ended(): boolean;
  /** Waits (bounded polling) for at least `n` events. */
  waitFor(n: number): Promise<void>;
  close(): void;
}

/** POSTs a subscription with `Accept: text/event-stream` and reads the body as it streams. */
export async function sse(
  url: string,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(body),
    signal: abort.signal,
  });
  let raw = '';
  let all = '';
  let done = false;
  const events: SseStream['events'] = [];
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        raw += decoder.decode(chunk, { stream: true });
        let end = raw.indexOf('\n\n');
        while (end !== -1) {
          const block = raw.slice(0, end);
          raw = raw.slice(end + 2);
          all += `${block}\n\n`;
          const lines = block.split('\n');
          if (lines[0] === 'event: next') {
            const data = lines.find((l) => l.startsWith('data: '));
            if (data) events.push(JSON.parse(data.slice(6)));
          }
          end = raw.indexOf('\n\n');
        }
      }
    } catch {
      // aborted by close()
    }
    done = true;
  })();
  return {
    status: res.status,
    events,
    text: () => all + raw,
    ended: () => done,
    waitFor: async (n) => {
      await until(
        `${n} SSE events`,
        async () => events.length,
        (count) => count >= n,
      );
    },
    close: () => abort.abort(),
  };
}

/** One stream read in process (`yoga.fetch`): its events as they come, when it ended, and a way to leave. */
export interface FetchedStream {
  status: number;
  events: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] }[];
  /** Settles when the stream ends (its `complete`, the body's end, or close()). */
  done: Promise<void>;
  /** performance.now() when the stream ended. */
  endedAt: number | null;
  close(): void;
}

/**
 * A subscription POSTed through `fetchFn` (the gateway's own `fetch`, no socket) with
 * `Accept: text/event-stream`. Cancelling the body is how the client leaves: yoga then returns
 * the subscription's iterator.
 */
export async function sseThrough(
  fetchFn: (url: string, init: RequestInit) => Promise<Response>,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<FetchedStream> {
  const abort = new AbortController();
  const res = await fetchFn('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(body),
    signal: abort.signal,
  });
  const stream: FetchedStream = { status: res.status, events: [], done: Promise.resolve(), endedAt: null, close: () => abort.abort() };
  if (!res.body) return stream;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  stream.close = () => {
    void reader.cancel().catch(() => {});
    abort.abort();
  };
  stream.done = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let i = buffer.indexOf('\n\n'); i !== -1; i = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('\n');
          if (/^event: next/m.test(block) && data) stream.events.push(JSON.parse(data));
          if (/^event: complete/m.test(block)) return;
        }
      }
    } catch {
      // aborted by close()
    } finally {
      stream.endedAt = performance.now();
    }
  })();
  return stream;
}
