import { createHmac } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Json } from './json.js';
import { toGoJson } from './json.js';
import type { MetaData } from './store.js';

/**
 * Blnk v0.15.2's webhooks (webhooks.go), as a receiver sees them. SendWebhook marshals
 * `{"event", "data"}` into an asynq task when the row is written; a worker later unmarshals it
 * into `interface{}` and marshals it again (processHTTP), so the data arrives with every object's
 * keys sorted and every number a float64 (`1.23456e+23`): a receiver cannot read an amount from
 * it, only ids and states. The POST carries `Content-Type: application/json` and, when the
 * server has a secret key, `X-Blnk-Timestamp` (unix seconds, fresh per attempt) and
 * `X-Blnk-Signature` = hex HMAC-SHA256(key, "<timestamp>.<body>"); BLNK_WEBHOOK_HEADERS are set
 * after those. A non-2xx answer or a transport failure is retried with growing backoff (asynq:
 * up to 25 times, the first about 45 s later); 20 deliveries run at once, so they arrive in no
 * particular order.
 */
export interface WebhookRetry {
  /** Attempts in all, the first included; default 25 as asynq's. */
  attempts?: number;
  /** Delay before the first retry, doubled for each next one; default 1000 ms. */
  baseDelayMs?: number;
  /** The longest delay between attempts; default 60 000 ms. */
  maxDelayMs?: number;
}

export interface WebhookOptions {
  /** Where deliveries go, path and query kept as given. */
  url: string;
  /** Blnk's BLNK_WEBHOOK_HEADERS: set on every delivery, after the signature's. */
  headers?: Record<string, string>;
  retry?: WebhookRetry;
  /** Deliveries in flight at once; default 20 as Blnk's webhook queue. */
  concurrency?: number;
  /** One attempt's bound; default 10 000 ms. */
  timeoutMs?: number;
}

interface Delivery {
  body: string;
  attempt: number;
}

/** Go's http client names itself so; kept, so a receiver sees what it would from Blnk. */
const USER_AGENT = 'Go-http-client/1.1';

export class WebhookSender {
  private url: URL | null = null;
  private headers: Record<string, string> = {};
  private attempts = 25;
  private baseDelayMs = 1000;
  private maxDelayMs = 60_000;
  private concurrency = 20;
  private timeoutMs = 10_000;
  private readonly waiting: Delivery[] = [];
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<() => void>();
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  private closed = false;

  /** `secret` is Blnk's server.secret_key (the sandbox's api key): without one, nothing is signed. */
  constructor(private readonly secret: string | null) {}

  /** Points deliveries at `options.url` (or stops them: null). Queued deliveries follow the change. */
  configure(options: WebhookOptions | null): void {
    if (options === null) {
      // Blnk's worker finds no URL and drops each task (ProcessWebhook returns nil): so do we, now.
      this.url = null;
      this.waiting.length = 0;
      for (const timer of this.retryTimers) clearTimeout(timer);
      this.retryTimers.clear();
      return;
    }
    const url = new URL(options.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('webhook url must be http or https');
    this.url = url;
    this.headers = { ...options.headers };
    this.attempts = Math.max(1, options.retry?.attempts ?? this.attempts);
    this.baseDelayMs = Math.max(0, options.retry?.baseDelayMs ?? this.baseDelayMs);
    this.maxDelayMs = Math.max(0, options.retry?.maxDelayMs ?? this.maxDelayMs);
    this.concurrency = Math.max(1, options.concurrency ?? this.concurrency);
    this.timeoutMs = Math.max(1, options.timeoutMs ?? this.timeoutMs);
    this.pump();
  }

  /** Keeps the headers, retry and concurrency settings; only the target changes. */
  setUrl(url: string | null): void {
    this.configure(url === null ? null : { url, headers: this.headers });
  }

  get enabled(): boolean {
    return this.url !== null && !this.closed;
  }

  /**
   * Blnk's SendWebhook: nothing at all without a URL; otherwise the data is taken now, as the row
   * was written, and delivered later (never before the write that called this has returned).
   */
  send(event: string, data: () => Json | MetaData): void {
    if (!this.enabled) return;
    const body = toGoJson({ event, data: throughAsynq(data()) });
    this.waiting.push({ body, attempt: 1 });
    setImmediate(() => this.pump());
  }

  /** Deliveries not yet answered 2xx nor given up: waiting, in flight or due for a retry. */
  get pending(): number {
    return this.waiting.length + this.inFlight.size + this.retryTimers.size;
  }

  close(): void {
    this.closed = true;
    this.waiting.length = 0;
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    for (const abort of [...this.inFlight]) abort();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private pump(): void {
    while (!this.closed && this.url && this.inFlight.size < this.concurrency && this.waiting.length > 0) {
      const delivery = this.waiting.shift()!;
      this.attempt(this.url, delivery);
    }
  }

  private attempt(url: URL, delivery: Delivery): void {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      // Go's transport asks for gzip by itself; the answer's body is never read.
      'accept-encoding': 'gzip',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(delivery.body)),
    };
    if (this.secret) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      headers['x-blnk-signature'] = createHmac('sha256', this.secret).update(`${timestamp}.${delivery.body}`).digest('hex');
      headers['x-blnk-timestamp'] = timestamp;
    }
    for (const [name, value] of Object.entries(this.headers)) headers[name.toLowerCase()] = value;
    const https = url.protocol === 'https:';
    const send = https ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      this.inFlight.delete(abort);
      if (!ok) this.retry(delivery);
      this.pump();
    };
    const req = send(url, {
      method: 'POST',
      headers,
      agent: https ? this.agents.https : this.agents.http,
      timeout: this.timeoutMs,
    });
    const abort = () => {
      settled = true;
      this.inFlight.delete(abort);
      req.destroy();
    };
    this.inFlight.add(abort);
    req.on('response', (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      res.on('end', () => finish(status >= 200 && status < 300));
      res.on('error', () => finish(false));
    });
    req.on('timeout', () => req.destroy(new Error('webhook delivery timed out')));
    // The receiver's failure is the receiver's: retried, never logged with the body.
    req.on('error', () => finish(false));
    req.end(delivery.body);
  }

  private retry(delivery: Delivery): void {
    if (this.closed || !this.url || delivery.attempt >= this.attempts) return;
    const delay = Math.min(this.baseDelayMs * 2 ** (delivery.attempt - 1), this.maxDelayMs);
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      if (!this.url) return;
      this.waiting.push({ body: delivery.body, attempt: delivery.attempt + 1 });
      this.pump();
    }, delay);
    this.retryTimers.add(timer);
  }
}

/**
 * What asynq's JSON round trip makes of a value: objects' keys sorted (Go writes a map so), and
 * every number a float64, whose shortest form JS writes exactly as Go does (`1e+21`, `1.5e-7`).
 */
export function throughAsynq(value: Json | MetaData | undefined): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((v) => throughAsynq(v));
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) out[key] = throughAsynq(value[key]);
    return out;
  }
  return value;
}
