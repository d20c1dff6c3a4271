import { BlnkError, errorFromResponse } from './errors.js';
import type { UpstreamGate } from './gate.js';
import { path } from './http.js';
import type { BlnkHttp, HttpCall } from './http.js';
import { parseUpstreamJson, stringifyForBlnk } from './json.js';
import {
  toBalance,
  toBulkInflight,
  toBulkResult,
  toHistoricalBalance,
  toIdentity,
  toLedger,
  toMonitor,
  toPage,
  toRows,
  toTransaction,
} from './map.js';
import type {
  Balance,
  BalanceMonitor,
  BulkInflightOutcome,
  BulkResult,
  HistoricalBalance,
  Identity,
  Ledger,
  Page,
  Transaction,
} from './model.js';
import type {
  BulkTransfersInput,
  IdentityInput,
  InflightUpdateInput,
  MonitorInput,
  NewBalance,
  NewLedger,
  TransferInput,
} from './inputs.js';
import { balanceBody, bulkBody, identityBody, inflightBody, ledgerBody, monitorBody, transferBody } from './map-write.js';
import type { FilterQuery } from './filter.js';
import { toBalanceLineage, toTransactionLineage } from './map-lineage.js';
import type { BalanceLineage, TransactionLineage } from './map-lineage.js';
import { PII_FIELDS, toDetokenized } from './map-pii.js';
import type { PiiField } from './map-pii.js';
import { type FilterResource, filterBody } from './map-filters.js';

/** One upstream call, as the client reports it to whoever counts them. */
export interface CallRecord {
  method: string;
  route: string;
  status: number;
  durationMs: number;
  /** When it was sent (performance.now()): calls finish out of order, explain.ts lists them as sent. */
  startedAt?: number;
  /** How many ids one call batched (an `in` filter, a bulk commit or void): a count, never the ids. */
  ids?: number;
}

/**
 * Which of Blnk's faces the client talks to: Core's REST API, or Blnk Cloud (section 11), where
 * reads go to the Data and Filters APIs and everything else through `/proxy/<core path>`.
 */
export type Surface = 'core' | 'cloud';

export interface ClientOptions {
  /** The GraphQL request's abort signal. */
  signal?: AbortSignal;
  onCall?: (call: CallRecord) => void;
  surface?: Surface;
  /** Sent as X-Blnk-Key instead of the gateway's own (pass-through mode). */
  blnkKey?: string | null;
  /**
   * The request's budget, rate and in-flight caps (gate.ts): every call passes it before it is
   * sent, and a call it refuses is never sent (nor counted by onCall).
   */
  gate?: UpstreamGate;
}

/** The largest page Blnk's filter endpoints honour: a limit over 100 silently becomes 20. */
export const FILTER_PAGE_MAX = 100;

export interface BalanceQuery {
  includeLedger?: boolean;
  includeIdentity?: boolean;
  withQueued?: boolean;
}

/**
 * One typed method per Blnk endpoint. Knows HTTP and Blnk's contract, nothing of GraphQL. A
 * client is cheap: one is made per GraphQL request around the shared HTTP transport, so every
 * call carries that request's signal and is counted for it.
 */
export class BlnkClient {
  private readonly cloud: boolean;

  constructor(
    private readonly http: BlnkHttp,
    private readonly options: ClientOptions = {},
  ) {
    this.cloud = options.surface === 'cloud';
  }

  /** Core: GET /health says UP. Cloud has no health route: a one-row Data API read answers. */
  async health(): Promise<boolean> {
    if (this.cloud) {
      await this.call('GET', '/data/ledgers', '/data/ledgers?pageSize=1');
      return true;
    }
    const body = (await this.call('GET', '/health', '/health')) as { status?: unknown } | null;
    return body?.status === 'UP';
  }

  async getLedger(id: string): Promise<Ledger> {
    return toLedger(await this.read('ledgers', id));
  }

  filterLedgers(query: FilterQuery): Promise<Page<Ledger>> {
    return this.filter('ledgers', query, toLedger);
  }

  async getIdentity(id: string): Promise<Identity> {
    return toIdentity(await this.read('identities', id));
  }

  filterIdentities(query: FilterQuery): Promise<Page<Identity>> {
    return this.filter('identities', query, toIdentity);
  }

  /**
   * The full row; `include` is sent as repeated parameters, the only form Blnk reads. Cloud's
   * Data API has neither includes nor queued amounts: the row comes from it, and queued amounts
   * from Core's route behind the proxy.
   */
  async getBalance(id: string, query: BalanceQuery = {}): Promise<Balance> {
    if (this.cloud && !query.withQueued) return toBalance(await this.read('balances', id), true);
    const params = new URLSearchParams();
    if (query.includeLedger) params.append('include', 'ledger');
    if (query.includeIdentity) params.append('include', 'identity');
    if (query.withQueued) params.append('with_queued', 'true');
    if (this.cloud) params.delete('include');
    const qs = params.size > 0 ? `?${params}` : '';
    return toBalance(await this.core('GET', '/balances/:id', `${path`/balances/${id}`}${qs}`), true);
  }

  /** Reduced rows: no version, lineage, strategy, queued amounts or includes. */
  filterBalances(query: FilterQuery): Promise<Page<Balance>> {
    return this.filter('balances', query, (row) => toBalance(row, false));
  }

  async getBalanceByIndicator(indicator: string, currency: string): Promise<Balance> {
    if (this.cloud) return toBalance(await this.findOne('balances', { indicator_eq: indicator, currency_eq: currency }), true);
    const route = '/balances/indicator/:indicator/currency/:currency';
    const balance = toBalance(await this.call('GET', route, path`/balances/indicator/${indicator}/currency/${currency}`), true);
    // This route does not select meta_data: Blnk always sends null there (section 7).
    balance.metaDataOmitted = true;
    return balance;
  }

  /** `fromSource` sums every transaction up to the time instead of starting from Blnk's snapshots. */
  async getBalanceAt(id: string, timestamp: Date, fromSource = false): Promise<HistoricalBalance> {
    const qs = new URLSearchParams({ timestamp: timestamp.toISOString() });
    if (fromSource) qs.set('from_source', 'true');
    return toHistoricalBalance(await this.core('GET', '/balances/:id/at', `${path`/balances/${id}/at`}?${qs}`));
  }

  /** PUT /balances/{id}/identity: Blnk answers only a message, so nothing is returned. */
  async updateBalanceIdentity(id: string, identityId: string): Promise<void> {
    await this.core('PUT', '/balances/:id/identity', path`/balances/${id}/identity`, { identity_id: identityId });
  }

  async getTransaction(id: string): Promise<Transaction> {
    return toTransaction(await this.read('transactions', id));
  }

  async getTransactionByReference(reference: string): Promise<Transaction> {
    if (this.cloud) return toTransaction(await this.findOne('transactions', { reference_eq: reference }));
    const route = '/transactions/reference/:reference';
    return toTransaction(await this.call('GET', route, path`/transactions/reference/${reference}`));
  }

  filterTransactions(query: FilterQuery): Promise<Page<Transaction>> {
    return this.filter('transactions', query, toTransaction);
  }

  // -------------------------------------------------------------------------------------------
  // Writes: sent once (the transport never retries them); exactly-once is writes.ts's job.

  async createLedger(input: NewLedger): Promise<Ledger> {
    return toLedger(await this.core('POST', '/ledgers', '/ledgers', ledgerBody(input)));
  }

  async updateLedger(id: string, name: string): Promise<Ledger> {
    return toLedger(await this.core('PUT', '/ledgers/:id', path`/ledgers/${id}`, { name }));
  }

  async createBalance(input: NewBalance): Promise<Balance> {
    return toBalance(await this.core('POST', '/balances', '/balances', balanceBody(input)), false);
  }

  async createIdentity(input: IdentityInput): Promise<Identity> {
    return toIdentity(await this.core('POST', '/identities', '/identities', identityBody(input)));
  }

  /** Blnk answers only `{message}`; callers re-read. */
  async updateIdentity(id: string, input: IdentityInput): Promise<void> {
    await this.core('PUT', '/identities/:id', path`/identities/${id}`, identityBody(input));
  }

  async deleteIdentity(id: string): Promise<void> {
    await this.core('DELETE', '/identities/:id', path`/identities/${id}`);
  }

  /**
   * Tokenizes the given fields, in order (`POST /identities/{id}/tokenize`). Blnk stops at the
   * first field it refuses (409 IDT_FIELD_ALREADY_TOKENIZED) and keeps the ones before it.
   */
  async tokenizeIdentity(id: string, fields: readonly PiiField[]): Promise<void> {
    await this.core('POST', '/identities/:id/tokenize', path`/identities/${id}/tokenize`, { fields: fields.map((f) => PII_FIELDS[f]) });
  }

  /**
   * The original values of tokenized fields (`POST /identities/{id}/detokenize`); every
   * tokenized field when `fields` is empty. The answer is PII: never logged.
   */
  async detokenizeIdentity(id: string, fields: readonly PiiField[] = []): Promise<Partial<Record<PiiField, string>>> {
    const body = { fields: fields.map((f) => PII_FIELDS[f]) };
    return toDetokenized(await this.core('POST', '/identities/:id/detokenize', path`/identities/${id}/detokenize`, body));
  }

  /** `GET /balances/{id}/lineage`; Blnk answers 400 for a balance that does not track lineage. */
  async getBalanceLineage(id: string): Promise<BalanceLineage> {
    return toBalanceLineage(await this.core('GET', '/balances/:id/lineage', path`/balances/${id}/lineage`));
  }

  /** `GET /transactions/{id}/lineage`: the debit's fund allocation and its shadow transactions. */
  async getTransactionLineage(id: string): Promise<TransactionLineage> {
    return toTransactionLineage(await this.core('GET', '/transactions/:id/lineage', path`/transactions/${id}/lineage`));
  }

  async recordTransaction(input: TransferInput): Promise<Transaction> {
    return toTransaction(await this.core('POST', '/transactions', '/transactions', transferBody(input)));
  }

  async recordBulkTransactions(input: BulkTransfersInput): Promise<BulkResult> {
    return toBulkResult(await this.core('POST', '/transactions/bulk', '/transactions/bulk', bulkBody(input)));
  }

  /** Commit or void a hold; queued by default, when the answer is the hold itself. */
  async updateInflight(id: string, input: InflightUpdateInput): Promise<Transaction> {
    return toTransaction(await this.core('PUT', '/transactions/inflight/:txID', path`/transactions/inflight/${id}`, inflightBody(input)));
  }

  /**
   * POST /transactions/inflight/bulk/commit: full commits of at most 100 holds (Blnk refuses more
   * with 400 TXN_BULK_LIMIT_EXCEEDED), per-id results in input order. No partial amounts: a full
   * commit sent twice is refused the second time (ALREADY_COMMITTED), never applied twice.
   */
  async bulkCommitInflight(ids: readonly string[], skipQueue: boolean): Promise<BulkInflightOutcome[]> {
    const route = '/transactions/inflight/bulk/commit';
    return toBulkInflight(
      await this.core('POST', route, route, { transactions: ids.map((id) => ({ transaction_id: id })), skip_queue: skipQueue }, ids.length),
    );
  }

  /** POST /transactions/inflight/bulk/void: voids of at most 100 holds, per-id results in input order. */
  async bulkVoidInflight(ids: readonly string[], skipQueue: boolean): Promise<BulkInflightOutcome[]> {
    const route = '/transactions/inflight/bulk/void';
    return toBulkInflight(await this.core('POST', route, route, { transaction_ids: [...ids], skip_queue: skipQueue }, ids.length));
  }

  async refundTransaction(id: string, skipQueue: boolean): Promise<Transaction> {
    const route = '/refund-transaction/:id';
    return toTransaction(await this.core('POST', route, path`/refund-transaction/${id}`, { skip_queue: skipQueue }));
  }

  async createMonitor(input: MonitorInput): Promise<BalanceMonitor> {
    return toMonitor(await this.core('POST', '/balance-monitors', '/balance-monitors', monitorBody(input)));
  }

  async getMonitor(id: string): Promise<BalanceMonitor> {
    return toMonitor(await this.core('GET', '/balance-monitors/:id', path`/balance-monitors/${id}`));
  }

  /** Every monitor: Blnk does not paginate this list. */
  async listMonitors(): Promise<BalanceMonitor[]> {
    return toRows(await this.core('GET', '/balance-monitors', '/balance-monitors')).map(toMonitor);
  }

  async monitorsOfBalance(balanceId: string): Promise<BalanceMonitor[]> {
    const route = '/balance-monitors/balances/:balance_id';
    return toRows(await this.core('GET', route, path`/balance-monitors/balances/${balanceId}`)).map(toMonitor);
  }

  /** Blnk answers only `{message}`; callers re-read. */
  async updateMonitor(id: string, input: MonitorInput): Promise<void> {
    await this.core('PUT', '/balance-monitors/:id', path`/balance-monitors/${id}`, monitorBody(input));
  }

  async deleteMonitor(id: string): Promise<void> {
    await this.core('DELETE', '/balance-monitors/:id', path`/balance-monitors/${id}`);
  }

  /** Merges into the entity's metadata; answers the merged object. */
  async updateMetadata(id: string, metaData: Record<string, unknown>): Promise<Record<string, unknown>> {
    const body = (await this.core('POST', '/:id/metadata', path`/${id}/metadata`, { meta_data: metaData })) as {
      meta_data?: unknown;
      metadata?: unknown;
    } | null;
    // The key was `metadata` before 0.14.0.
    const merged = body?.meta_data ?? body?.metadata;
    if (typeof merged !== 'object' || merged === null) throw new BlnkError(200, 'UPSTREAM_ERROR', 'Blnk sent no metadata');
    return merged as Record<string, unknown>;
  }

  /**
   * POST …/filter. On Cloud, the Filters API at the root (`/ledger/filter` singular) takes only
   * the conditions, pages by page/pageSize and always counts; it cannot sort oldest first.
   */
  private async filter<T>(resource: FilterResource, query: FilterQuery, map: (row: unknown) => T): Promise<Page<T>> {
    const body = filterBody(resource, query);
    const ids = batchedIds(query);
    if (!this.cloud) {
      const raw = await this.call('POST', `/${resource}/filter`, `/${resource}/filter`, body, ids);
      return toPage(raw, map, body.include_count === true);
    }
    if (body.sort_order === 'asc') {
      throw new BlnkError(0, 'UPSTREAM_UNSUPPORTED', 'Blnk Cloud lists newest first only');
    }
    if (body.sort_by !== undefined && body.sort_by !== 'created_at') {
      throw new BlnkError(0, 'UPSTREAM_UNSUPPORTED', 'Blnk Cloud lists by creation time only');
    }
    const offset = body.offset ?? 0;
    const limit = body.limit ?? 20;
    const { page, pageSize, skip } = cloudPage(offset, limit);
    const route = `/${resource === 'ledgers' ? 'ledger' : resource}/filter`;
    const filters = { filters: body.filters, ...(body.logical_operator ? { logical_operator: body.logical_operator } : {}) };
    const raw = await this.call('POST', route, `${route}?page=${page}&pageSize=${pageSize}`, filters, ids);
    const paged = toPage(raw, map, true);
    return { rows: paged.rows.slice(skip, skip + limit), totalCount: paged.totalCount };
  }

  /** GET by id: Core's route, or Cloud's Data API. */
  private read(resource: 'ledgers' | 'identities' | 'balances' | 'transactions', id: string): Promise<unknown> {
    const prefix = this.cloud ? '/data' : '';
    return this.call('GET', `${prefix}/${resource}/:id`, `${prefix}${path`/${resource}/${id}`}`);
  }

  /** The one Data API row a query filter names, or not found. */
  private async findOne(resource: 'balances' | 'transactions', filters: Record<string, string>): Promise<unknown> {
    const qs = new URLSearchParams({ ...filters, pageSize: '1' });
    const rows = toRows(await this.call('GET', `/data/${resource}`, `/data/${resource}?${qs}`));
    if (rows.length === 0) throw new BlnkError(404, resource === 'balances' ? 'BAL_NOT_FOUND' : 'TXN_NOT_FOUND', 'not found');
    return rows[0];
  }

  /** A Core route: as is on Core, behind `/proxy` on Cloud. */
  private core(method: HttpCall['method'], route: string, target: string, body?: unknown, ids?: number): Promise<unknown> {
    return this.cloud ? this.call(method, `/proxy${route}`, `/proxy${target}`, body, ids) : this.call(method, route, target, body, ids);
  }

  /** One upstream call, through the request's gate when it has one (budget, rate, in-flight caps). */
  private call(method: HttpCall['method'], route: string, target: string, body?: unknown, ids?: number): Promise<unknown> {
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
      throw errorFromResponse(reply.status, parsed);
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
function batchedIds(query: FilterQuery): number | undefined {
  const batched = query.filters.filter((c) => c.operator === 'in' && Array.isArray(c.values));
  return batched.length === 1 ? batched[0]?.values?.length : undefined;
}

/**
 * Cloud pages by page and pageSize, not offset and limit: the smallest page size whose one page
 * covers [offset, offset + limit), so that a window is still one request.
 */
export function cloudPage(offset: number, limit: number): { page: number; pageSize: number; skip: number } {
  let pageSize = Math.max(limit, 1);
  while (Math.floor(offset / pageSize) !== Math.floor((offset + limit - 1) / pageSize)) pageSize += 1;
  const page = Math.floor(offset / pageSize) + 1;
  return { page, pageSize, skip: offset - (page - 1) * pageSize };
}
