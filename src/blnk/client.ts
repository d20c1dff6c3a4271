import { BlnkError, errorFromResponse } from './errors.js';
import { path } from './http.js';
import type { BlnkHttp, HttpCall } from './http.js';
import { parseUpstreamJson, stringifyForBlnk } from './json.js';
import {
  toBalance,
  toBulkResult,
  toHistoricalBalance,
  toIdentity,
  toLedger,
  toMonitor,
  toPage,
  toRows,
  toTransaction,
} from './map.js';
import type { Balance, BalanceMonitor, BulkResult, HistoricalBalance, Identity, Ledger, Page, Transaction } from './model.js';
import type {
  BulkTransactionsBody,
  CreateBalanceBody,
  CreateLedgerBody,
  FilterBody,
  IdentityBody,
  InflightUpdateBody,
  MonitorBody,
  RecordTransactionBody,
} from './wire.js';

/** One upstream call, as the client reports it to whoever counts them. */
export interface CallRecord {
  method: string;
  route: string;
  status: number;
  durationMs: number;
}

export interface ClientOptions {
  /** The GraphQL request's abort signal. */
  signal?: AbortSignal;
  onCall?: (call: CallRecord) => void;
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
  constructor(
    private readonly http: BlnkHttp,
    private readonly options: ClientOptions = {},
  ) {}

  /** GET /health: true when Blnk says it is UP. */
  async health(): Promise<boolean> {
    const body = (await this.call('GET', '/health', '/health')) as { status?: unknown } | null;
    return body?.status === 'UP';
  }

  async getLedger(id: string): Promise<Ledger> {
    return toLedger(await this.call('GET', '/ledgers/:id', path`/ledgers/${id}`));
  }

  filterLedgers(body: FilterBody): Promise<Page<Ledger>> {
    return this.filter('ledgers', body, toLedger);
  }

  async getIdentity(id: string): Promise<Identity> {
    return toIdentity(await this.call('GET', '/identities/:id', path`/identities/${id}`));
  }

  filterIdentities(body: FilterBody): Promise<Page<Identity>> {
    return this.filter('identities', body, toIdentity);
  }

  /** The full row; `include` is sent as repeated parameters, the only form Blnk reads. */
  async getBalance(id: string, query: BalanceQuery = {}): Promise<Balance> {
    const params = new URLSearchParams();
    if (query.includeLedger) params.append('include', 'ledger');
    if (query.includeIdentity) params.append('include', 'identity');
    if (query.withQueued) params.append('with_queued', 'true');
    const qs = params.size > 0 ? `?${params}` : '';
    return toBalance(await this.call('GET', '/balances/:id', `${path`/balances/${id}`}${qs}`), true);
  }

  /** Reduced rows: no version, lineage, strategy, queued amounts or includes. */
  filterBalances(body: FilterBody): Promise<Page<Balance>> {
    return this.filter('balances', body, (row) => toBalance(row, false));
  }

  async getBalanceByIndicator(indicator: string, currency: string): Promise<Balance> {
    const route = '/balances/indicator/:indicator/currency/:currency';
    const balance = toBalance(await this.call('GET', route, path`/balances/indicator/${indicator}/currency/${currency}`), true);
    // This route does not select meta_data: Blnk always sends null there (section 7).
    balance.metaDataOmitted = true;
    return balance;
  }

  async getBalanceAt(id: string, timestamp: Date): Promise<HistoricalBalance> {
    const qs = new URLSearchParams({ timestamp: timestamp.toISOString() });
    return toHistoricalBalance(await this.call('GET', '/balances/:id/at', `${path`/balances/${id}/at`}?${qs}`));
  }

  async getTransaction(id: string): Promise<Transaction> {
    return toTransaction(await this.call('GET', '/transactions/:id', path`/transactions/${id}`));
  }

  async getTransactionByReference(reference: string): Promise<Transaction> {
    const route = '/transactions/reference/:reference';
    return toTransaction(await this.call('GET', route, path`/transactions/reference/${reference}`));
  }

  filterTransactions(body: FilterBody): Promise<Page<Transaction>> {
    return this.filter('transactions', body, toTransaction);
  }

  // -------------------------------------------------------------------------------------------
  // Writes: sent once (the transport never retries them); exactly-once is writes.ts's job.

  async createLedger(body: CreateLedgerBody): Promise<Ledger> {
    return toLedger(await this.call('POST', '/ledgers', '/ledgers', body));
  }

  async updateLedger(id: string, name: string): Promise<Ledger> {
    return toLedger(await this.call('PUT', '/ledgers/:id', path`/ledgers/${id}`, { name }));
  }

  async createBalance(body: CreateBalanceBody): Promise<Balance> {
    return toBalance(await this.call('POST', '/balances', '/balances', body), false);
  }

  async createIdentity(body: IdentityBody): Promise<Identity> {
    return toIdentity(await this.call('POST', '/identities', '/identities', body));
  }

  /** Blnk answers only `{message}`; callers re-read. */
  async updateIdentity(id: string, body: IdentityBody): Promise<void> {
    await this.call('PUT', '/identities/:id', path`/identities/${id}`, body);
  }

  async deleteIdentity(id: string): Promise<void> {
    await this.call('DELETE', '/identities/:id', path`/identities/${id}`);
  }

  async recordTransaction(body: RecordTransactionBody): Promise<Transaction> {
    return toTransaction(await this.call('POST', '/transactions', '/transactions', body));
  }

  async recordBulkTransactions(body: BulkTransactionsBody): Promise<BulkResult> {
    return toBulkResult(await this.call('POST', '/transactions/bulk', '/transactions/bulk', body));
  }

  /** Commit or void a hold; queued by default, when the answer is the hold itself. */
  async updateInflight(id: string, body: InflightUpdateBody): Promise<Transaction> {
    return toTransaction(await this.call('PUT', '/transactions/inflight/:txID', path`/transactions/inflight/${id}`, body));
  }

  async refundTransaction(id: string, skipQueue: boolean): Promise<Transaction> {
    const route = '/refund-transaction/:id';
    return toTransaction(await this.call('POST', route, path`/refund-transaction/${id}`, { skip_queue: skipQueue }));
  }

  async createMonitor(body: MonitorBody): Promise<BalanceMonitor> {
    return toMonitor(await this.call('POST', '/balance-monitors', '/balance-monitors', body));
  }

  async getMonitor(id: string): Promise<BalanceMonitor> {
    return toMonitor(await this.call('GET', '/balance-monitors/:id', path`/balance-monitors/${id}`));
  }

  /** Every monitor: Blnk does not paginate this list. */
  async listMonitors(): Promise<BalanceMonitor[]> {
    return toRows(await this.call('GET', '/balance-monitors', '/balance-monitors')).map(toMonitor);
  }

  async monitorsOfBalance(balanceId: string): Promise<BalanceMonitor[]> {
    const route = '/balance-monitors/balances/:balance_id';
    return toRows(await this.call('GET', route, path`/balance-monitors/balances/${balanceId}`)).map(toMonitor);
  }

  /** Blnk answers only `{message}`; callers re-read. */
  async updateMonitor(id: string, body: MonitorBody): Promise<void> {
    await this.call('PUT', '/balance-monitors/:id', path`/balance-monitors/${id}`, body);
  }

  async deleteMonitor(id: string): Promise<void> {
    await this.call('DELETE', '/balance-monitors/:id', path`/balance-monitors/${id}`);
  }

  /** Merges into the entity's metadata; answers the merged object. */
  async updateMetadata(id: string, metaData: Record<string, unknown>): Promise<Record<string, unknown>> {
    const body = (await this.call('POST', '/:id/metadata', path`/${id}/metadata`, { meta_data: metaData })) as {
      meta_data?: unknown;
      metadata?: unknown;
    } | null;
    // The key was `metadata` before 0.14.0.
    const merged = body?.meta_data ?? body?.metadata;
    if (typeof merged !== 'object' || merged === null) throw new BlnkError(200, 'UPSTREAM_ERROR', 'Blnk sent no metadata');
    return merged as Record<string, unknown>;
  }

  private async filter<T>(resource: string, body: FilterBody, map: (row: unknown) => T): Promise<Page<T>> {
    const raw = await this.call('POST', `/${resource}/filter`, `/${resource}/filter`, body);
    return toPage(raw, map, body.include_count === true);
  }

  /**
   * Sends one request and returns the parsed body of a 2xx, or throws a BlnkError. `route` is
   * the endpoint's pattern, for counting and metrics; it never holds an id.
   */
  private async call(method: HttpCall['method'], route: string, target: string, body?: unknown): Promise<unknown> {
    const started = performance.now();
    let status = 0;
    try {
      // POST …/filter only reads, so it may be retried like a GET.
      const call: HttpCall = { method, path: target, read: method === 'GET' || route.endsWith('/filter') };
      if (body !== undefined) call.body = stringifyForBlnk(body);
      if (this.options.signal) call.signal = this.options.signal;
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
      this.options.onCall?.({ method, route, status, durationMs: performance.now() - started });
    }
  }
}
