import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP proxy on loopback between the gateway and its Blnk (the sandbox or real Blnk
 * Core), for the exactly-once scenarios. Every request is forwarded whole and Blnk answers it
 * whole; a rule then decides what the gateway gets of that answer:
 * - `reset`: nothing. The connection to the gateway is reset (RST) once Blnk has answered, so
 *   the write happened and the gateway cannot know it.
 * - `delay`: the answer, but only after `delayMs` (longer than the gateway's deadline), so the
 *   gateway gives up while Blnk has done the work.
 * Rules match a method and a path (a RegExp on the path without its query), apply `times` times,
 * and are used up in order. Requests that match no rule pass through untouched.
 */
export interface DropRule {
  method: string;
  path: RegExp;
  action: 'reset' | 'delay';
  /** For `delay`: how long the answer is held back. */
  delayMs?: number;
  /** How many matching requests the rule applies to (1 by default). */
  times?: number;
}

export interface ProxiedExchange {
  method: string;
  path: string;
  /** Blnk's status, whatever the gateway got. */
  status: number;
  /** What the gateway got: the answer, a reset, or the answer late. */
  delivered: 'answer' | 'reset' | 'delayed';
}

export interface DroppingProxy {
  url: string;
  /** Adds a rule; it applies to the next matching requests. */
  drop(rule: DropRule): void;
  /** Every exchange since the start (or the last `clear`). */
  log: ProxiedExchange[];
  /** Forgets the rules and the log. */
  clear(): void;
  close(): Promise<void>;
}

export async function startDroppingProxy(upstream: string): Promise<DroppingProxy> {
  const target = new URL(upstream);
  const rules: (DropRule & { left: number })[] = [];
  const log: ProxiedExchange[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const take = (method: string, path: string): (DropRule & { left: number }) | undefined => {
    const rule = rules.find((r) => r.left > 0 && r.method === method && r.path.test(path));
    if (rule) rule.left -= 1;
    return rule;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const pathOnly = (req.url ?? '/').split('?')[0]!;
      const headers = { ...req.headers, host: target.host };
      delete headers.connection;
      const forward = httpRequest(
        { protocol: target.protocol, hostname: target.hostname, port: target.port, method, path: req.url, headers },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            const rule = take(method, pathOnly);
            const status = up.statusCode ?? 502;
            const answer = () => {
              if (res.destroyed) return;
              const out = { ...up.headers };
              delete out.connection;
              delete out['transfer-encoding'];
              res.writeHead(status, { ...out, 'content-length': String(Buffer.concat(body).length) });
              res.end(Buffer.concat(body));
            };
            if (rule?.action === 'reset') {
              log.push({ method, path: pathOnly, status, delivered: 'reset' });
              // Blnk has answered; the gateway gets a reset connection instead.
              const socket = req.socket as typeof req.socket & { resetAndDestroy?: () => void };
              if (socket.resetAndDestroy) socket.resetAndDestroy();
              else socket.destroy();
              return;
            }
            if (rule?.action === 'delay') {
              log.push({ method, path: pathOnly, status, delivered: 'delayed' });
              const timer = setTimeout(() => {
                timers.delete(timer);
                answer();
              }, rule.delayMs ?? 5_000);
              timers.add(timer);
              return;
            }
            log.push({ method, path: pathOnly, status, delivered: 'answer' });
            answer();
          });
        },
      );
      forward.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('proxy: upstream failed');
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  // A reset is the point of a rule: the gateway's end of the socket is expected to see it, not ours.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    drop(rule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    log,
    clear() {
      rules.length = 0;
      log.length = 0;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
