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
