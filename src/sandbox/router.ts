import { ApiError } from './errors.js';
import { goJsonError, parseJson } from './json.js';
import type { Json } from './json.js';
import type { Engine } from './engine.js';
import type { Queue } from './queue.js';
import type { Store } from './store.js';
import type { WebhookSender } from './webhooks.js';

/** What every route handler gets: the state and one parsed request. */
export interface Deps {
  store: Store;
  engine: Engine;
  queue: Queue;
  /** Blnk's webhooks: a route hands over what it wrote, and the sender does nothing without a URL. */
  webhooks: WebhookSender;
}

export class SandboxRequest {
  constructor(
    readonly method: string,
    readonly params: Record<string, string>,
    readonly query: URLSearchParams,
    readonly rawBody: string,
    /** Set when the body went past Blnk's 5 MB cap (http.MaxBytesReader). */
    readonly bodyTooLarge: boolean,
  ) {}

  /**
   * The JSON body. A body that does not bind is a 400, with the code and message the route's
   * handler uses (most say GEN_MALFORMED_REQUEST with the decoder's message).
   */
  json(code: 'GEN_MALFORMED_REQUEST' | 'GEN_VALIDATION_ERROR' = 'GEN_MALFORMED_REQUEST', message?: string): Json {
    if (this.bodyTooLarge) throw new ApiError(code, message ?? 'http: request body too large');
    try {
      return parseJson(this.rawBody);
    } catch (error) {
      // Go's decoder words it; a value followed by more text it never reads (here: refused).
      throw new ApiError(code, message ?? goJsonError(this.rawBody) ?? (error as Error).message);
    }
  }
}

export type Reply = { status: number; json: unknown } | { status: number; text: string };

export type Handler = (req: SandboxRequest, deps: Deps) => Reply;

interface Route {
  method: string;
  pattern: string;
  segments: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, pattern, segments: pattern.split('/').slice(1), handler });
    return this;
  }

  /**
   * Like gin's tree: a static segment wins over a parameter at the same depth, so
   * `POST /ledgers/filter` is never `POST /:id/metadata`. No match is gin's plain-text 404, for
   * a wrong method too (gin does not answer 405).
   */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    const parts = path.split('/').slice(1);
    let best: { route: Route; params: Record<string, string>; score: number } | null = null;
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let score = 0;
      let ok = true;
      for (let i = 0; i < parts.length && ok; i += 1) {
        const seg = route.segments[i]!;
        const part = parts[i]!;
        if (seg.startsWith(':')) {
          if (part === '') ok = false;
          else params[seg.slice(1)] = part;
        } else if (seg === part) {
          score += 2 ** (parts.length - i);
        } else ok = false;
      }
      if (ok && (!best || score > best.score)) best = { route, params, score };
    }
    return best && { route: best.route, params: best.params };
  }
}
