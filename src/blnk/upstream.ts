import { errorFromResponse, BlnkError, UpstreamRateLimited } from './errors.js';
import type { BlnkHttp, HttpCall } from './http.js';
import { parseUpstreamJson, stringifyForBlnk } from './json.js';
import type { ClientOptions } from './client.js';
import type { FilterQuery } from './filter.js';

/**
 * The calls of one client: each passes the request's gate (budget, rate, in-flight caps), is
 * sent through the shared transport with the request's signal, parsed losslessly, and reported
 * to whoever counts them. Both clients (core-client.ts, cloud-client.ts) send through it.
 */
/**
 * How a surface reads its failures before the clients see them: Blnk Cloud's own refusals are
 * not Core's (cloud-refusals.ts). Given the error, the call and the parsed body.
 */
export type RefusalReader = (error: BlnkError, method: string, route: string, body: unknown, target: string) => BlnkError;

export class Upstream {
  constructor(
    private readonly http: BlnkHttp,
    private readonly options: ClientOptions,
    private readonly refusal?: RefusalReader,
  ) {}

  /** One upstream call, through the request's gate when it has one (budget, rate, in-flight caps). */
  call(method: HttpCall['method'], route: string, target: string, body?: unknown, ids?: number): Promise<unknown> {
    // POST …/filter only reads, so it may be retried like a GET.
    const read = method === 'GET' || route.endsWith('/filter');
    const { gate } = this.options;
    const sent = () => this.send(method, route, target, read, body, ids);
    return gate ? gate.run(!read, sent) : sent();
  }

  /**
   * Sends one request and returns the parsed body of a 2xx, or throws a BlnkError. `route` is
   * the endpoint's pattern, for counting and metrics; it never holds an id.
   */
  private async send(
    method: HttpCall['method'],
    route: string,
    target: string,
    read: boolean,
    body?: unknown,
    ids?: number,
  ): Promise<unknown> {
    const started = performance.now();
    let status = 0;
    try {
      const call: HttpCall = { method, path: target, read };
      const { gate } = this.options;
      // A retry is one more call to Blnk: it is sent only while the request's budget holds it.
      if (gate) call.mayRetry = () => gate.chargeRetry();
      if (body !== undefined) call.body = stringifyForBlnk(body);
      if (this.options.signal) call.signal = this.options.signal;
      if (this.options.blnkKey) call.headers = { 'x-blnk-key': this.options.blnkKey };
      const reply = await this.http.send(call);
      status = reply.status;
      let parsed: unknown;
      let parseable = reply.text.trim() !== '';
      if (parseable) {
        try {
          parsed = parseUpstreamJson(reply.text);
        } catch {
          parseable = false;
        }
      }
      if (reply.status >= 200 && reply.status < 300) {
        if (!parseable) throw new BlnkError(reply.status, 'UPSTREAM_ERROR', `Blnk answered ${route} with a body that is not JSON`);
        return parsed;
      }
      const error = errorFromResponse(reply.status, parsed);
      // A 429 (Cloud's, or Core's GEN_RATE_LIMITED) refused the call before anything ran; the
      // transport already retried a read when the wait fitted (http.ts).
      if (reply.status === 429 || error.code === 'GEN_RATE_LIMITED') {
        throw new UpstreamRateLimited(reply.status, reply.retryAfterMs ?? null, !read);
      }
      throw this.refusal ? this.refusal(error, method, route, parsed, target) : error;
    } finally {
      this.options.onCall?.({
        method,
        route,
        status,
        durationMs: performance.now() - started,
        startedAt: started,
        ...(ids !== undefined ? { ids } : {}),
      });
    }
  }
}

/**
 * The ids a filter batches: the values of its one `in` condition (a loader's batch of ids, or of
 * parents' ids); none for any other filter.
 */
export function batchedIds(query: FilterQuery): number | undefined {
  const batched = query.filters.filter((c) => c.operator === 'in' && Array.isArray(c.values));
  return batched.length === 1 ? batched[0]?.values?.length : undefined;
}
