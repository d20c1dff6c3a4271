import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Engine } from './engine.js';
import { ApiError } from './errors.js';
import { CloudOAuth, scopeFor, unforwarded } from './cloud-oauth.js';
import type { CloudOAuthOptions, CloudScope } from './cloud-oauth.js';
import { Faults } from './faults.js';
import { isObject, parseJson, toGoJson, toJson } from './json.js';
import { Queue } from './queue.js';
import type { QueueOptions } from './queue.js';
import { Router, SandboxRequest } from './router.js';
import type { Deps, Reply } from './router.js';
import { cloudRoutes } from './routes/cloud.js';
import type { CloudListOptions } from './routes/cloud.js';
import { registerRoutes } from './routes/index.js';
import { seedBench, seed as seedDemo } from './seed.js';
import { Store } from './store.js';
import { nowMicros } from './time.js';
import { WebhookSender } from './webhooks.js';
import type { WebhookOptions } from './webhooks.js';

export interface SandboxOptions {
  /** 0 for an ephemeral port. */
  port?: number;
  /** Loopback unless told otherwise. */
  host?: string;
  /** Secure mode: every route but `/`, `/health` and `/metrics` needs this as X-Blnk-Key. */
  apiKey?: string;
  /** Load the demo data. */
  seed?: boolean;
  /** Load the benchmark's ledger of this many balances with identities. */
  benchBalances?: number;
  /**
   * Keep every request in `requests` (default true, for tests). A long-running sandbox turns it
   * off, or the log would grow without bound.
   */
  recordRequests?: boolean;
  queue?: QueueOptions;
  /**
   * Serve Blnk Cloud's surfaces instead of Core's: the Data and Filters APIs, and Core behind
   * `/proxy/`, each call needing `Authorization: Bearer <token>` and `?instance_id=`.
   */
  cloud?: CloudSurfaceOptions;
  /**
   * Send Blnk's webhooks (BLNK_WEBHOOK_URL, BLNK_WEBHOOK_HEADERS) as v0.15.2 does, signed with
   * `apiKey` (which plays Blnk's server.secret_key) when there is one. The seed is not announced.
   */
  webhook?: WebhookOptions;
}

/** The sandbox's Blnk Cloud: who may call it, with which scopes, and what its proxy forwards. */
export interface CloudSurfaceOptions extends CloudListOptions {
  /** A static bearer token, always accepted (as BLNK_CLOUD_TOKEN). */
  token: string;
  instanceId: string;
  /** The static token's scopes; every scope by default. */
  scopes?: CloudScope[];
  /** `POST /oauth/token` for these clients, issuing tokens that expire (cloud-oauth.ts). */
  oauth?: CloudOAuthOptions;
  /**
   * Core routes the proxy does not forward: each answers 404 `{"error":"route not found"}`.
   * `/balance-monitors*` (a prefix), `PUT /ledgers/:id`, `GET /balances/:id?with_queued`.
   */
  unforwarded?: string[];
}

export interface RecordedRequest {
  method: string;
  /** The path as sent, still percent-encoded. */
  path: string;
  /** The matched route pattern, e.g. '/balances/:id'; null for a 404. */
  route: string | null;
  query: URLSearchParams;
  status: number;
  body: string;
}

export interface Sandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Every request served, oldest first (the X-Blnk-Key is never kept). */
  readonly requests: RecordedRequest[];
  /** How many requests matched this method and route pattern. */
  count(method: string, route: string): number;
  resetRequests(): void;
  readonly faults: Faults;
  /** The Cloud token endpoint, when the Cloud surface has OAuth clients: counts, revocation. */
  readonly oauth: CloudOAuth | null;
  readonly queue: Queue;
  /** Direct access to the rows, for assertions. */
  readonly store: Store;
  /** Points the webhooks at a URL (a gateway learns its port after the sandbox starts), or stops them. */
  setWebhookUrl(url: string | null): void;
  /** Webhook deliveries not yet answered 2xx nor given up: 0 when quiet (poll it, the queue may add more). */
  webhooksPending(): number;
}

/** Blnk's default body cap, enforced with http.MaxBytesReader. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Blnk's auth middleware skips these (section 8.1); the sandbox serves no /metrics, so that is a 404. */
const UNGUARDED = new Set(['/', '/health', '/metrics']);

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const store = new Store(nowMicros());
  const queue = new Queue(options.queue, (error) => console.error('sandbox queue job failed:', error));
  const webhooks = new WebhookSender(options.apiKey ?? null);
  const deps: Deps = { store, engine: new Engine(store, webhooks), queue, webhooks };
  const coreRouter = registerRoutes(new Router());
  const cloudRouter = options.cloud ? cloudRoutes(new Router(), options.cloud) : null;
  const tokenDigest = options.cloud ? digest(options.cloud.token) : null;
  const oauth = options.cloud?.oauth ? new CloudOAuth(options.cloud.oauth) : null;
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const keyDigest = options.apiKey === undefined ? null : digest(options.apiKey);
  if (options.seed) seedDemo(deps);
  if (options.benchBalances) seedBench(deps, options.benchBalances);
  // After the seed: real Blnk would have announced it long before anyone listened.
  if (options.webhook) webhooks.configure(options.webhook);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
    const { text: rawBody, tooLarge } = await readBody(req);
    const record = (status: number, route: string | null) => {
      if (options.recordRequests !== false) requests.push({ method, path: rawPath, route, query, status, body: rawBody });
    };

    // Go's server decodes the path before gin routes it, so %2F is a slash by then.
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      record(400, null);
      return sendText(res, 400, '400 Bad Request');
    }

    let router = coreRouter;
    let body = rawBody;
    if (options.cloud && oauth && method === 'POST' && path === '/oauth/token') {
      const answer = oauth.token(req.headers.authorization, rawBody);
      // The form holds a refresh token: the log keeps the call, never its body.
      if (options.recordRequests !== false)
        requests.push({ method, path: rawPath, route: '/oauth/token', query, status: answer.status, body: '' });
      return sendJson(res, answer.status, answer.json);
    }
    if (options.cloud && !UNGUARDED.has(path)) {
      const cloud = options.cloud;
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const scopes: CloudScope[] | null = !bearer
        ? null
        : timingSafeEqual(digest(bearer), tokenDigest!)
          ? (cloud.scopes ?? ['*'])
          : (oauth?.scopesOf(bearer) ?? null);
      if (scopes === null) {
        record(401, null);
        return sendJson(res, 401, { error: 'unauthorized', message: 'A valid Bearer token and instance_id are required' });
      }
      if (query.get('instance_id') !== cloud.instanceId) {
        record(404, null);
        return sendJson(res, 404, { error: 'instance not found' });
      }
      const needed = scopeFor(method, path);
      if (!scopes.includes('*') && !scopes.includes(needed)) {
        record(403, null);
        return sendJson(res, 403, { error: 'forbidden', message: `The token lacks the ${needed} scope` });
      }
      query.delete('instance_id');
      if (path.startsWith('/proxy/')) {
        path = path.slice('/proxy'.length);
        if (method === 'POST' && path === '/transactions') body = withCloudDefaults(rawBody);
        if (
          cloud.unforwarded &&
          unforwarded(cloud.unforwarded, method, coreRouter.match(method, path)?.route.pattern ?? null, path, query)
        ) {
          record(404, null);
          return sendJson(res, 404, { error: 'route not found' });
        }
      } else router = cloudRouter!;
    }

    if (keyDigest && !UNGUARDED.has(path)) {
      const key = req.headers['x-blnk-key'];
      const denial =
        typeof key !== 'string' || key === ''
          ? new ApiError('AUTH_MISSING_API_KEY', 'Authentication required. Use X-Blnk-Key header')
          : timingSafeEqual(digest(key), keyDigest)
            ? null
            : new ApiError('AUTH_INVALID_API_KEY', 'Invalid API key');
      if (denial) {
        record(denial.status, null);
        return sendJson(res, denial.status, denial.body());
      }
    }

    const found = router.match(method, path);
    const routeName = found?.route.pattern ?? null;
    const hits = faults.take(method, routeName);
    for (const fault of hits) if (fault.kind === 'latency') await delay(fault.ms ?? 100);
    const fault = hits.find((f) => f.kind !== 'latency');
    if (fault?.kind === 'reset') {
      record(0, routeName);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'error' || fault?.kind === 'empty') {
      const status = fault.status ?? 500;
      record(status, routeName);
      if (fault.kind === 'empty') return sendText(res, status, '', 'text/plain; charset=utf-8');
      return sendJson(res, status, new ApiError('GEN_INTERNAL', 'internal server error').body());
    }
    if (fault?.kind === 'rate-limit') {
      record(429, routeName);
      // Cloud's own refusal, or Core's GEN_RATE_LIMITED envelope.
      const json = options.cloud
        ? { error: 'rate limit exceeded' }
        : { error: 'rate limit exceeded', error_detail: { code: 'GEN_RATE_LIMITED', message: 'rate limit exceeded' } };
      const text = toGoJson(json);
      res.writeHead(429, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        ...(fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {}),
        ...(fault.retryAfterS !== undefined ? { 'retry-after': String(fault.retryAfterS) } : {}),
      });
      res.end(text);
      return;
    }
    if (fault?.kind === 'non-json') {
      record(200, routeName);
      return sendText(res, 200, '<html><body>502 Bad Gateway</body></html>', 'text/html');
    }

    let reply: Reply;
    if (!found) reply = { status: 404, text: '404 page not found' };
    else {
      try {
        const request = new SandboxRequest(method, found.params, query, body, tooLarge);
        reply = found.route.handler(request, deps);
      } catch (error) {
        reply = errorReply(error);
      }
    }
    record(reply.status, routeName);
    if (fault?.kind === 'drop-after') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'truncate') {
      const text = 'json' in reply ? toGoJson(reply.json) : reply.text;
      return truncate(res, reply.status, text);
    }
    if (fault?.kind === 'stall') {
      const text = 'json' in reply ? toGoJson(reply.json) : reply.text;
      return stall(res, reply.status, text);
    }
    if ('json' in reply) return sendJson(res, reply.status, reply.json);
    sendText(res, reply.status, reply.text);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      // A bug in the sandbox must not take it down: answer as Blnk does after a panic.
      console.error('sandbox handler crashed:', error);
      if (!res.headersSent) sendText(res, 500, '', 'text/plain; charset=utf-8');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5001, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    faults,
    oauth,
    queue,
    store,
    setWebhookUrl: (url) => webhooks.setUrl(url),
    webhooksPending: () => webhooks.pending,
    count: (method, route) => requests.filter((r) => r.method === method && r.route === route).length,
    resetRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        queue.close();
        webhooks.close();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** Cloud's proxy adds `precision: 100` and a `reference` to a transaction that lacks them. */
function withCloudDefaults(rawBody: string): string {
  let body: unknown;
  try {
    body = parseJson(rawBody);
  } catch {
    return rawBody;
  }
  if (!isObject(body)) return rawBody;
  return toJson({ precision: 100n, reference: `ref_${randomUUID()}`, ...body });
}

function errorReply(error: unknown): Reply {
  if (error instanceof ApiError) return { status: error.status, json: error.body() };
  console.error('sandbox handler failed:', error);
  return { status: 500, json: new ApiError('GEN_INTERNAL', 'internal server error').body() };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

async function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  }
  return { text: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, toGoJson(body), 'application/json; charset=utf-8');
}

function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function truncate(res: ServerResponse, status: number, text: string): void {
  const bytes = Buffer.from(text);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
  res.destroy();
}

function stall(res: ServerResponse, status: number, text: string): void {
  const bytes = Buffer.from(text);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
