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
import type { UpstreamGate } from './gate.js';
import type { BlnkHttp } from './http.js';
import type { FilterQuery } from './filter.js';
import type { FilterResource } from './map-filters.js';
import type { BalanceLineage, TransactionLineage } from './map-lineage.js';
import type { PiiField } from './map-pii.js';
import { CloudClient } from './cloud-client.js';
import { CoreClient } from './core-client.js';
import { cloudRefusal } from './cloud-refusals.js';
import { Upstream } from './upstream.js';

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

/**
 * The domain fields (model.ts names: `balance`, `version`, `metaData`…) a read's caller will use.
 * Without one, a read answers rows as complete as its surface's row routes make them; with one, a
 * surface whose routes hold fewer fields (Cloud) may answer a thinner row holding at least these,
 * the rest named in the row's `absent`. Core ignores it: its routes answer whole rows.
 */
export type Needs = ReadonlySet<string>;

/** The needs of a read that uses nothing but each row's id (on Cloud, no field needs fetching). */
export const ID_ONLY: Needs = new Set(['id']);

/**
 * What a client's reads hold, for planning (graphql/ chooses a loader from it, never from the
 * surface's name): the domain fields each cheap route answers.
 */
export interface RowRoutes {
  /**
   * The fields getBalance answers in one call to a route cheaper than the full row when `needs`
   * stays within them (Cloud's Data API detail); null when getBalance always reads the full row
   * (Core: then planning prefers the batched filter rows, as it always has).
   */
  balanceById: ReadonlySet<string> | null;
  /** Whether getBalance answers `include`d ledgers and identities in the same call. */
  includes: boolean;
  /**
   * Whether rows may lack fields (model.ts `absent`) unless the read is told its needs: then a
   * by-id read given the selection's needs is cheaper than the complete row (Cloud).
   */
  thinRows: boolean;
  /**
   * Why a list cannot be filtered on this field (`or` for an or list), in words for the caller,
   * or null when it can: Cloud's Filters API documents fewer fields than Core filters on, and no
   * `or`. Asked before any call, so a refused filter costs nothing.
   */
  filterRefusal(resource: FilterResource, field: string): string | null;
}

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
/**
 * One typed method per Blnk operation, whichever face of Blnk answers it. Knows HTTP and Blnk's
 * contract, nothing of GraphQL. Two implementations: CoreClient (Core's REST API) and
 * CloudClient (Blnk Cloud: the Data and Filters APIs for reads, Core behind `/proxy` for the
 * rest). A client is cheap: one is made per GraphQL request around the shared HTTP transport,
 * so every call carries that request's signal and is counted for it.
 */
export interface BlnkClient {
  /** Core: GET /health says UP. Cloud has no health route: a one-row Data API read answers. */
  health(): Promise<boolean>;
  /** What the reads hold, for planning. */
  readonly routes: RowRoutes;
  getLedger(id: string, needs?: Needs): Promise<Ledger>;
  filterLedgers(query: FilterQuery, needs?: Needs): Promise<Page<Ledger>>;
  getIdentity(id: string, needs?: Needs): Promise<Identity>;
  filterIdentities(query: FilterQuery, needs?: Needs): Promise<Page<Identity>>;
  /**
   * The full row; `include` is sent as repeated parameters, the only form Blnk reads. Cloud's
   * Data API has neither includes nor queued amounts: the row comes from it, and queued amounts
   * from Core's route behind the proxy.
   */
  getBalance(id: string, query?: BalanceQuery, needs?: Needs): Promise<Balance>;
  /** Reduced rows: no version, lineage, strategy, queued amounts or includes. */
  filterBalances(query: FilterQuery, needs?: Needs): Promise<Page<Balance>>;
  getBalanceByIndicator(indicator: string, currency: string, needs?: Needs): Promise<Balance>;
  /** `fromSource` sums every transaction up to the time instead of starting from Blnk's snapshots. */
  getBalanceAt(id: string, timestamp: Date, fromSource?: boolean): Promise<HistoricalBalance>;
  /** PUT /balances/{id}/identity: Blnk answers only a message, so nothing is returned. */
  updateBalanceIdentity(id: string, identityId: string): Promise<void>;
  getTransaction(id: string, needs?: Needs): Promise<Transaction>;
  getTransactionByReference(reference: string, needs?: Needs): Promise<Transaction>;
  filterTransactions(query: FilterQuery, needs?: Needs): Promise<Page<Transaction>>;
  createLedger(input: NewLedger): Promise<Ledger>;
  updateLedger(id: string, name: string): Promise<Ledger>;
  createBalance(input: NewBalance): Promise<Balance>;
  createIdentity(input: IdentityInput): Promise<Identity>;
  /** Blnk answers only `{message}`; callers re-read. */
  updateIdentity(id: string, input: IdentityInput): Promise<void>;
  deleteIdentity(id: string): Promise<void>;
  /**
   * Tokenizes the given fields, in order (`POST /identities/{id}/tokenize`). Blnk stops at the
   * first field it refuses (409 IDT_FIELD_ALREADY_TOKENIZED) and keeps the ones before it.
   */
  tokenizeIdentity(id: string, fields: readonly PiiField[]): Promise<void>;
  /**
   * The original values of tokenized fields (`POST /identities/{id}/detokenize`); every
   * tokenized field when `fields` is empty. The answer is PII: never logged.
   */
  detokenizeIdentity(id: string, fields?: readonly PiiField[]): Promise<Partial<Record<PiiField, string>>>;
  /** `GET /balances/{id}/lineage`; Blnk answers 400 for a balance that does not track lineage. */
  getBalanceLineage(id: string): Promise<BalanceLineage>;
  /** `GET /transactions/{id}/lineage`: the debit's fund allocation and its shadow transactions. */
  getTransactionLineage(id: string): Promise<TransactionLineage>;
  recordTransaction(input: TransferInput): Promise<Transaction>;
  recordBulkTransactions(input: BulkTransfersInput): Promise<BulkResult>;
  /** Commit or void a hold; queued by default, when the answer is the hold itself. */
  updateInflight(id: string, input: InflightUpdateInput): Promise<Transaction>;
  /**
   * POST /transactions/inflight/bulk/commit: full commits of at most 100 holds (Blnk refuses more
   * with 400 TXN_BULK_LIMIT_EXCEEDED), per-id results in input order. No partial amounts: a full
   * commit sent twice is refused the second time (ALREADY_COMMITTED), never applied twice.
   */
  bulkCommitInflight(ids: readonly string[], skipQueue: boolean): Promise<BulkInflightOutcome[]>;
  /** POST /transactions/inflight/bulk/void: voids of at most 100 holds, per-id results in input order. */
  bulkVoidInflight(ids: readonly string[], skipQueue: boolean): Promise<BulkInflightOutcome[]>;
  refundTransaction(id: string, skipQueue: boolean): Promise<Transaction>;
  createMonitor(input: MonitorInput): Promise<BalanceMonitor>;
  getMonitor(id: string): Promise<BalanceMonitor>;
  /** Every monitor: Blnk does not paginate this list. */
  listMonitors(): Promise<BalanceMonitor[]>;
  monitorsOfBalance(balanceId: string): Promise<BalanceMonitor[]>;
  /** Blnk answers only `{message}`; callers re-read. */
  updateMonitor(id: string, input: MonitorInput): Promise<void>;
  deleteMonitor(id: string): Promise<void>;
  /** Merges into the entity's metadata; answers the merged object. */
  updateMetadata(id: string, metaData: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** The client for the surface the options name. */
export function createClient(http: BlnkHttp, options: ClientOptions = {}): BlnkClient {
  // Cloud answers refusals of its own (scopes, instance, routes it does not forward): read apart from Core's.
  const upstream = new Upstream(http, options, options.surface === 'cloud' ? cloudRefusal : undefined);
  return options.surface === 'cloud' ? new CloudClient(upstream) : new CoreClient(upstream);
}
