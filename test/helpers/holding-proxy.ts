import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of a Blnk (the sandbox or real Blnk) that can hold requests:
 * while holding, every request whose path `holds` names waits at the proxy, unanswered, until
 * `release()`. It counts the held kind of request in flight (arrived, not yet answered) and the
 * most there ever were at once, so a test can show by counts how many upstream calls the gateway
 * keeps open together. Every other request passes straight through.
 */
export interface HoldingProxy {
  url: string;
  /** Held requests waiting now. */
  readonly held: number;
  /** Requests of the held kind in flight now, and the most at once since the start. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Every request seen, in arrival order (method and path without the query). */
  readonly log: { method: string; path: string }[];
  /** Lets every held request through, and stops holding. */
  release(): void;
  close(): Promise<void>;
}

export async function startHoldingProxy(upstream: string, holds: (method: string, path: string) => boolean): Promise<HoldingProxy> {
  const target = new URL(upstream);
  const waiting: (() => void)[] = [];
  const log: { method: string; path: string }[] = [];
  let holding = true;
  let inFlight = 0;
  let maxInFlight = 0;

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse, done: () => void) => {
    const out = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', done);
      },
    );
    out.on('error', () => {
      done();
      res.destroy();
    });
    out.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const path = (req.url ?? '/').split('?')[0]!;
      log.push({ method, path });
      const body = Buffer.concat(chunks);
      if (!holds(method, path)) return forward(req, body, res, () => {});
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        inFlight -= 1;
      };
      res.on('close', done);
      if (holding) waiting.push(() => forward(req, body, res, done));
      else forward(req, body, res, done);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get held() {
      return waiting.length;
    },
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    log,
    release() {
      holding = false;
      for (const go of waiting.splice(0)) go();
    },
    async close() {
      holding = false;
      for (const go of waiting.splice(0)) go();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
