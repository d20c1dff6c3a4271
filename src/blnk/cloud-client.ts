import { BlnkError } from './errors.js';
import { path } from './http.js';
import { toBalance, toIdentity, toLedger, toRows, toTransaction } from './map.js';
import { cloudBalance, cloudIdentity, cloudLedger, cloudTransaction, lacksNeeded } from './map-cloud.js';
import { type Absent, BALANCE_FULL_ONLY, type Balance, type Identity, type Ledger, type Page, type Transaction } from './model.js';
import type { FilterQuery } from './filter.js';
import type { FilterResource } from './map-filters.js';
import { cloudWindow } from './cloud-pages.js';
import { CLOUD_OR_REFUSAL, cloudFieldRefusal, cloudFilterable } from './cloud-filters.js';
import { type BalanceQuery, FILTER_PAGE_MAX, type Needs, type RowRoutes } from './client.js';
import { CoreClient } from './core-client.js';
import type { Upstream } from './upstream.js';

/** What `GET /data/balances/{id}` holds (seed 000), its amounts aside: they are major units, so absent. */
const DATA_BALANCE: ReadonlySet<string> = new Set(['id', 'ledgerId', 'identityId', 'currency', 'createdAt', 'metaData']);

/** Transaction fields no Data API row is documented with: a read needing one goes to Core's row at once. */
const CORE_ONLY_TRANSACTION: ReadonlySet<string> = new Set(['hash', 'effectiveDate']);

const NOTHING: Absent = new Set();

type Keyed = { id: string; absent?: Absent };

/**
 * Blnk Cloud (docs/blnk-contract.md section 11): reads through the Data API (`/data/...`, by id
 * and by query filters) and the Filters API (`POST /{resource}/filter` at the root); every other
 * operation is Core's own route behind the proxy (`/proxy/<core path>`), which CoreClient sends
 * with that prefix.
 *
 * Cloud's read rows are thin (map-cloud.ts). A read given `needs` answers a row holding at least
 * those fields, in the fewest calls: the Data or Filters API row when it holds them, Core's row
 * behind the proxy otherwise (one `GET /proxy/...` for one row, one `POST /proxy/{resource}/filter`
 * with `in` per 100 rows of a page, merged by id). A read without `needs` (the exactly-once
 * lookups, the live hub) answers rows as complete as Core's own routes make them.
 */
export class CloudClient extends CoreClient {
  override readonly routes: RowRoutes = {
    balanceById: DATA_BALANCE,
    includes: false,
    thinRows: true,
    filterRefusal: (resource, field) => {
      if (field === 'or') return CLOUD_OR_REFUSAL;
      return cloudFilterable(resource, field === 'metaData' ? 'metaData.key' : field) ? null : cloudFieldRefusal(resource, field);
    },
  };

  constructor(upstream: Upstream) {
    super(upstream, '/proxy');
  }

  /** Cloud has no health route: a one-row Data API read answers. */
  override async health(): Promise<boolean> {
    await this.upstream.call('GET', '/data/ledgers', '/data/ledgers?pageSize=1');
    return true;
  }

  override async getLedger(id: string, needs?: Needs): Promise<Ledger> {
    if (needs !== undefined) {
      const thin = cloudLedger(await this.read('ledgers', id));
      if (!lacksNeeded(thin.absent, needs)) return thin;
    }
    return toLedger(await this.core('GET', '/ledgers/:id', path`/ledgers/${id}`));
  }

  override filterLedgers(query: FilterQuery, needs?: Needs): Promise<Page<Ledger>> {
    return this.window('ledgers', query, needs, cloudLedger, toLedger, NOTHING);
  }

  override async getIdentity(id: string, needs?: Needs): Promise<Identity> {
    if (needs !== undefined) {
      const thin = cloudIdentity(await this.read('identities', id));
      if (!lacksNeeded(thin.absent, needs)) return thin;
    }
    return toIdentity(await this.core('GET', '/identities/:id', path`/identities/${id}`));
  }

  override filterIdentities(query: FilterQuery, needs?: Needs): Promise<Page<Identity>> {
    return this.window('identities', query, needs, cloudIdentity, toIdentity, NOTHING);
  }

  /**
   * The Data API row when `needs` stays within what it holds (and no queued amount is asked);
   * otherwise Core's full row behind the proxy, one call, with with_queued when asked. Cloud
   * does not forward `include`: the ledger and identity are read by their own loaders.
   */
  override async getBalance(id: string, query: BalanceQuery = {}, needs?: Needs): Promise<Balance> {
    if (needs !== undefined && !query.withQueued && [...needs].every((f) => DATA_BALANCE.has(f))) {
      const thin = cloudBalance(await this.read('balances', id), 'data');
      if (!lacksNeeded(thin.absent, needs)) return thin;
    }
    return super.getBalance(id, query.withQueued ? { withQueued: true } : {});
  }

  /** A Data API query filter (`indicator_eq`, `currency_eq`), completed by id when it lacks a need. */
  override async getBalanceByIndicator(indicator: string, currency: string, needs?: Needs): Promise<Balance> {
    const thin = cloudBalance(await this.findOne('balances', { indicator_eq: indicator, currency_eq: currency }), 'data');
    // The filter matched them: the row's indicator and currency are known even where it lacks them.
    thin.indicator = indicator;
    thin.currency = currency;
    thin.absent = new Set([...(thin.absent ?? [])].filter((f) => f !== 'indicator' && f !== 'currency'));
    if (needs !== undefined && !lacksNeeded(thin.absent, needs)) return thin;
    return super.getBalance(thin.id);
  }

  override filterBalances(query: FilterQuery, needs?: Needs): Promise<Page<Balance>> {
    return this.window(
      'balances',
      query,
      needs,
      (row) => cloudBalance(row, 'filters'),
      (row) => toBalance(row, false),
      BALANCE_FULL_ONLY,
    );
  }

  /** `GET /data/transactions/{id}` when it can answer `needs`; Core's row behind the proxy otherwise. */
  override async getTransaction(id: string, needs?: Needs): Promise<Transaction> {
    if (needs !== undefined && ![...needs].some((f) => CORE_ONLY_TRANSACTION.has(f))) {
      const thin = cloudTransaction(await this.read('transactions', id));
      if (!lacksNeeded(thin.absent, needs)) return thin;
    }
    return this.coreTransaction(id);
  }

  /** A Data API query filter (`reference_eq`), completed by id when it lacks a need. */
  override async getTransactionByReference(reference: string, needs?: Needs): Promise<Transaction> {
    const thin = cloudTransaction(await this.findOne('transactions', { reference_eq: reference }));
    thin.reference = reference;
    thin.absent = new Set([...(thin.absent ?? [])].filter((f) => f !== 'reference'));
    if (needs !== undefined && !lacksNeeded(thin.absent, needs)) return thin;
    return this.coreTransaction(thin.id);
  }

  override filterTransactions(query: FilterQuery, needs?: Needs): Promise<Page<Transaction>> {
    return this.window('transactions', query, needs, cloudTransaction, toTransaction, NOTHING);
  }

  /** Core's own transaction row behind the proxy. */
  private async coreTransaction(id: string): Promise<Transaction> {
    return toTransaction(await this.core('GET', '/transactions/:id', path`/transactions/${id}`));
  }

  /**
   * A window of the Filters API (cloud-pages.ts), each row mapped, then the rows lacking a needed
   * field (any field Core's filter rows hold, without `needs`) completed from Core's filter behind
   * the proxy: one call with `in` per 100 of them, merged by id. A row Core does not answer for
   * (gone between the two calls, or not visible to it) is left out of the page rather than shown
   * with placeholders for what it lacks. `coreLacks` is what Core's filter rows lack too (a
   * balance's version): not asked there.
   */
  private async window<T extends Keyed>(
    resource: FilterResource,
    query: FilterQuery,
    needs: Needs | undefined,
    thin: (row: unknown) => T,
    full: (row: unknown) => T,
    coreLacks: Absent,
  ): Promise<Page<T>> {
    const window = await cloudWindow(this.upstream, resource, query);
    const rows = window.rows.map(thin);
    const lacking = [...new Set(rows.filter((r) => lacksNeeded(r.absent, needs, coreLacks)).map((r) => r.id))];
    if (lacking.length === 0) return { rows, totalCount: window.totalCount, totalCountIsEstimate: window.totalCountIsEstimate };
    const chunks: string[][] = [];
    for (let i = 0; i < lacking.length; i += FILTER_PAGE_MAX) chunks.push(lacking.slice(i, i + FILTER_PAGE_MAX));
    const pages = await Promise.all(
      chunks.map((values) =>
        super.filter(resource, { filters: [{ field: 'id', operator: 'in', values }], limit: values.length, offset: 0 }, full),
      ),
    );
    const byId = new Map<string, T>();
    for (const page of pages) for (const r of page.rows) byId.set(r.id, r);
    const completed = rows.flatMap((r) => {
      const whole = byId.get(r.id);
      if (whole) return [whole];
      return lacking.includes(r.id) ? [] : [r];
    });
    return { rows: completed, totalCount: window.totalCount, totalCountIsEstimate: window.totalCountIsEstimate };
  }

  /** GET /data/{resource}/{id}: the Data API's detail route. */
  protected override read(resource: 'ledgers' | 'identities' | 'balances' | 'transactions', id: string): Promise<unknown> {
    return this.upstream.call('GET', `/data/${resource}/:id`, `/data${path`/${resource}/${id}`}`);
  }

  /** The one Data API row a query filter names, or not found. */
  private async findOne(resource: 'balances' | 'transactions', filters: Record<string, string>): Promise<unknown> {
    const qs = new URLSearchParams({ ...filters, pageSize: '1' });
    const rows = toRows(await this.upstream.call('GET', `/data/${resource}`, `/data/${resource}?${qs}`));
    if (rows.length === 0) throw new BlnkError(404, resource === 'balances' ? 'BAL_NOT_FOUND' : 'TXN_NOT_FOUND', 'not found');
    return rows[0];
  }
}
