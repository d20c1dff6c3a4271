import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws subscriber on a real socket (`ws` 8 as the client's WebSocket): it collects each
 * `next` payload, and the error or close that ended it, so a test waits on what was received by
 * bounded polling. `connectionParams` is the connection_init payload (the credentials).
 */
export interface WsSubscription {
  readonly events: { data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[];
  /** What ended the stream: an error list, a close event's code, or null while it runs. */
  readonly error: unknown;
  readonly ended: boolean;
  /** Resolves once the server acknowledged the connection (connection_ack). */
  readonly connected: Promise<void>;
  close(): Promise<void>;
}

export function subscribeWs(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  connectionParams: Record<string, unknown> = {},
): WsSubscription {
  let acked!: () => void;
  let failed!: (e: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => {
    acked = resolve;
    failed = reject;
  });
  connected.catch(() => undefined);
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    on: {
      connected: () => acked(),
      closed: (event) => failed(event),
      error: (error) => failed(error),
    },
  });
  const sub = { events: [] as WsSubscription['events'], error: null as unknown, ended: false };
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => sub.events.push(value as WsSubscription['events'][number]),
      error: (error) => {
        sub.error = error;
        sub.ended = true;
      },
      complete: () => {
        sub.ended = true;
      },
    },
  );
  return Object.assign(sub, {
    connected,
    async close() {
      unsubscribe();
      await client.dispose();
    },
  });
}
