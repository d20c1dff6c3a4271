/**
 * A GraphQL-over-SSE subscriber on a real socket (fetch, `Accept: text/event-stream`, yoga's
 * "distinct connections" mode): it collects each `next` payload as it arrives, so a test waits on
 * what was received by bounded polling. One stream per subscription; `close()` aborts it.
 */
export interface SseSubscription {
  /** The `next` payloads received so far, in order. */
  readonly events: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }[];
  /** The HTTP status of the answer (0 until headers arrive). */
  readonly status: number;
  /** True once the server ended the stream (`complete`, or the body ended). */
  readonly ended: boolean;
  /** Resolves when the response headers are in: the subscription is registered by then. */
  readonly started: Promise<void>;
  close(): void;
}

export function subscribeSse(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): SseSubscription {
  const abort = new AbortController();
  const sub = { events: [] as SseSubscription['events'], status: 0, ended: false };
  const started = (async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    sub.status = res.status;
    const body = res.body;
    if (!body) {
      sub.ended = true;
      return;
    }
    void read(body, sub);
  })();
  // An aborted or refused stream is the test's to inspect through `status` and `ended`.
  started.catch(() => {
    sub.ended = true;
  });
  return Object.assign(sub, { started: started.catch(() => undefined), close: () => abort.abort() });
}

async function read(body: ReadableStream<Uint8Array>, sub: { events: unknown[]; ended: boolean }) {
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = message.split('\n');
        const event = lines
          .find((l) => l.startsWith('event:'))
          ?.slice(6)
          .trim();
        const data = lines
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trimStart())
          .join('\n');
        if (event === 'complete') sub.ended = true;
        else if (data) sub.events.push(JSON.parse(data));
      }
    }
  } catch {
    // The server ended the stream (or the test did): `ended` says so, and what came before stays.
  } finally {
    sub.ended = true;
  }
}
