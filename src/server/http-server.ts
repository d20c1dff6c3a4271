import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';

export interface HttpServerBounds {
  /** A client must have sent its request's headers within this. */
  headersTimeoutMs: number;
  /** ...and its whole request, body included; past it Node answers 408 and closes the connection. */
  receiveTimeoutMs: number;
  /** Connections held at once; a connection beyond is closed as soon as it is accepted. */
  maxConnections: number;
}

/**
 * The gateway's node:http server, with bounds on slow and numerous clients (issue 17, item 7).
 * Node's defaults let a client trickle a body for 300 s and open connections without limit, each
 * holding a socket and a parser; the body cap (security.ts) limits the size, not the time.
 */
export function createHttpServer(handler: RequestListener, bounds: HttpServerBounds): Server {
  const server = createServer(
    {
      headersTimeout: bounds.headersTimeoutMs,
      requestTimeout: bounds.receiveTimeoutMs,
      // Node checks both timeouts on this period (30 s by default), so a bound of a few seconds
      // would otherwise be enforced up to 30 s late.
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(bounds.headersTimeoutMs / 2))),
    },
    handler,
  );
  server.maxConnections = bounds.maxConnections;
  return server;
}
