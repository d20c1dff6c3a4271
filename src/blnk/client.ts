import { BlnkError, errorFromResponse } from './errors.js';
import { path } from './http.js';
import type { BlnkHttp, HttpCall } from './http.js';
import { parseUpstreamJson, stringifyForBlnk } from './json.js';
import { toBalance, toHistoricalBalance, toIdentity, toLedger, toRows, toTransaction } from './map.js';
import type { Balance, HistoricalBalance, Identity, Ledger, Transaction } from './model.js';
import type { FilterBody } from './wire.js';

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

  async filterLedgers(body: FilterBody): Promise<Ledger[]> {
    return toRows(await this.call('POST', '/ledgers/filter', '/ledgers/filter', body)).map(toLedger);
  }

  async getIdentity(id: string): Promise<Identity> {
    return toIdentity(await this.call('GET', '/identities/:id', path`/identities/${id}`));
  }

  async filterIdentities(body: FilterBody): Promise<Identity[]> {
    return toRows(await this.call('POST', '/identities/filter', '/identities/filter', body)).map(toIdentity);
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
  async filterBalances(body: FilterBody): Promise<Balance[]> {
    return toRows(await this.call('POST', '/balances/filter', '/balances/filter', body)).map((row) => toBalance(row, false));
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

  async filterTransactions(body: FilterBody): Promise<Transaction[]> {
    return toRows(await this.call('POST', '/transactions/filter', '/transactions/filter', body)).map(toTransaction);
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
