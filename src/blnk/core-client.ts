import { BlnkError } from './errors.js';
import { path } from './http.js';
import type { HttpCall } from './http.js';
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

import type { BalanceQuery, BlnkClient, Needs, RowRoutes } from './client.js';
import { batchedIds, type Upstream } from './upstream.js';

/**
 * Blnk Core's REST API (docs/blnk-contract.md): one method per route.
 */
export class CoreClient implements BlnkClient {
  /**
   * `prefix` puts every route behind another path: Blnk Cloud's proxy forwards `/proxy/<core
   * path>` to the instance (cloud-client.ts).
   */
  constructor(
    protected readonly upstream: Upstream,
    private readonly prefix = '',
  ) {}

  /** Core's by-id route answers the full row, includes too: planning prefers its filter rows. */
  readonly routes: RowRoutes = { balanceById: null, includes: true, thinRows: false, filterRefusal: () => null };

  /** GET /health says UP. */
  async health(): Promise<boolean> {
    const body = (await this.core('GET', '/health', '/health')) as { status?: unknown } | null;
    return body?.status === 'UP';
  }

  async getLedger(id: string, _needs?: Needs): Promise<Ledger> {
    return toLedger(await this.read('ledgers', id));
  }

  filterLedgers(query: FilterQuery, _needs?: Needs): Promise<Page<Ledger>> {
    return this.filter('ledgers', query, toLedger);
  }

  async getIdentity(id: string, _needs?: Needs): Promise<Identity> {
    return toIdentity(await this.read('identities', id));
  }

  filterIdentities(query: FilterQuery, _needs?: Needs): Promise<Page<Identity>> {
    return this.filter('identities', query, toIdentity);
  }

  /** The full row; `include` is sent as repeated parameters, the only form Blnk reads. */
  async getBalance(id: string, query: BalanceQuery = {}, _needs?: Needs): Promise<Balance> {
    const params = new URLSearchParams();
    if (query.includeLedger) params.append('include', 'ledger');
    if (query.includeIdentity) params.append('include', 'identity');
    if (query.withQueued) params.append('with_queued', 'true');
    const qs = params.size > 0 ? `?${params}` : '';
    return toBalance(await this.core('GET', '/balances/:id', `${path`/balances/${id}`}${qs}`), true);
  }

  /** Reduced rows: no version, lineage, strategy, queued amounts or includes. */
  filterBalances(query: FilterQuery, _needs?: Needs): Promise<Page<Balance>> {
    return this.filter('balances', query, (row) => toBalance(row, false));
  }

  async getBalanceByIndicator(indicator: string, currency: string, _needs?: Needs): Promise<Balance> {
    const route = '/balances/indicator/:indicator/currency/:currency';
    const balance = toBalance(await this.core('GET', route, path`/balances/indicator/${indicator}/currency/${currency}`), true);
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

  async getTransaction(id: string, _needs?: Needs): Promise<Transaction> {
    return toTransaction(await this.read('transactions', id));
  }

  async getTransactionByReference(reference: string, _needs?: Needs): Promise<Transaction> {
    const route = '/transactions/reference/:reference';
    return toTransaction(await this.core('GET', route, path`/transactions/reference/${reference}`));
  }

  filterTransactions(query: FilterQuery, _needs?: Needs): Promise<Page<Transaction>> {
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

  /** POST /{resource}/filter: Blnk's filter endpoints, counted when the query asks. */
  protected async filter<T>(resource: FilterResource, query: FilterQuery, map: (row: unknown) => T): Promise<Page<T>> {
    const body = filterBody(resource, query);
    const raw = await this.core('POST', `/${resource}/filter`, `/${resource}/filter`, body, batchedIds(query));
    return toPage(raw, map, body.include_count === true);
  }

  /** GET /{resource}/{id}. */
  protected read(resource: 'ledgers' | 'identities' | 'balances' | 'transactions', id: string): Promise<unknown> {
    return this.core('GET', `/${resource}/:id`, path`/${resource}/${id}`);
  }

  /** A Core route, behind the prefix when there is one. */
  protected core(method: HttpCall['method'], route: string, target: string, body?: unknown, ids?: number): Promise<unknown> {
    return this.upstream.call(method, `${this.prefix}${route}`, `${this.prefix}${target}`, body, ids);
  }
}
