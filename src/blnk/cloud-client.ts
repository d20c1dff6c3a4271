import { BlnkError } from './errors.js';
import { path } from './http.js';
import { toBalance, toIdentity, toLedger, toRows, toTransaction } from './map.js';
import type { Balance, Identity, Ledger, Page, Transaction } from './model.js';
import type { FilterQuery } from './filter.js';
import type { FilterResource } from './map-filters.js';
import { cloudWindow } from './cloud-pages.js';
import type { BalanceQuery } from './client.js';
import { CoreClient } from './core-client.js';
import type { Upstream } from './upstream.js';

/**
 * Blnk Cloud (docs/blnk-contract.md section 11): reads through the Data API (`/data/...`, by id
 * and by query filters) and the Filters API (`POST /{resource}/filter` at the root); every other
 * operation is Core's own route behind the proxy (`/proxy/<core path>`), which CoreClient sends
 * with that prefix.
 */
export class CloudClient extends CoreClient {
  constructor(upstream: Upstream) {
    super(upstream, '/proxy');
  }

  /** Cloud has no health route: a one-row Data API read answers. */
  override async health(): Promise<boolean> {
    await this.upstream.call('GET', '/data/ledgers', '/data/ledgers?pageSize=1');
    return true;
  }

  override async getLedger(id: string): Promise<Ledger> {
    return toLedger(await this.read('ledgers', id));
  }

  override async getIdentity(id: string): Promise<Identity> {
    return toIdentity(await this.read('identities', id));
  }

  /**
   * The Data API row; it has neither includes nor queued amounts, so a read that needs queued
   * amounts takes Core's route behind the proxy (without includes, which Cloud does not forward).
   */
  override async getBalance(id: string, query: BalanceQuery = {}): Promise<Balance> {
    if (!query.withQueued) return toBalance(await this.read('balances', id), true);
    return super.getBalance(id, { withQueued: true });
  }

  override async getBalanceByIndicator(indicator: string, currency: string): Promise<Balance> {
    return toBalance(await this.findOne('balances', { indicator_eq: indicator, currency_eq: currency }), true);
  }

  override async getTransaction(id: string): Promise<Transaction> {
    return toTransaction(await this.read('transactions', id));
  }

  override async getTransactionByReference(reference: string): Promise<Transaction> {
    return toTransaction(await this.findOne('transactions', { reference_eq: reference }));
  }

  /** A window of the Filters API (cloud-pages.ts), each row mapped. */
  protected override async filter<T>(resource: FilterResource, query: FilterQuery, map: (row: unknown) => T): Promise<Page<T>> {
    const window = await cloudWindow(this.upstream, resource, query);
    return { rows: window.rows.map(map), totalCount: window.totalCount, totalCountIsEstimate: window.totalCountIsEstimate };
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
