import DataLoader from 'dataloader';
import { BlnkClient } from './blnk/client.js';
import type { Principal } from './auth/principal.js';
import type { WriteRate } from './auth/write-rate.js';
import type { Span, Tracer } from '@opentelemetry/api';
import type { Deadline } from './blnk/deadline.js';
import type { Metrics } from './metrics.js';
import { recordUpstreamSpan } from './tracing.js';
import type { CallRecord, Surface } from './blnk/client.js';
import type { UpstreamGate } from './blnk/gate.js';
import type { BlnkHttp } from './blnk/http.js';
import type { Balance, BalanceMonitor, Identity, Ledger, Transaction } from './blnk/model.js';
import { balanceRows, fullBalanceKey, fullBalances } from './loaders/balances.js';
import type { FullBalanceKey } from './loaders/balances.js';
import { identitiesById } from './loaders/identities.js';
import { ledgersById } from './loaders/ledgers.js';
import { monitorsOfBalances } from './loaders/monitors.js';
import { alongside, ownBalanceIds } from './loaders/own-balances.js';
import { transactionsById, transactionsByReference } from './loaders/transactions.js';

export interface Loaders {
  /** Reduced rows through /balances/filter: cheap, batched. */
  balanceRow: DataLoader<string, Balance>;
  /** Full balances through GET /balances/{id}, with includes and queued amounts on request. */
  balance: DataLoader<FullBalanceKey, Balance, string>;
  ledger: DataLoader<string, Ledger>;
  identity: DataLoader<string, Identity>;
  transaction: DataLoader<string, Transaction>;
  transactionByReference: DataLoader<string, Transaction>;
  /** A balance's monitors, through the per-balance route. */
  monitorsOfBalance: DataLoader<string, BalanceMonitor[]>;
  /** A confined principal's balance ids, read once per request (none for an unconfined one). */
  ownBalanceIds(): Promise<string[]>;
}

export interface Context {
  client: BlnkClient;
  loaders: Loaders;
  /** Upstream calls made for this request, in order. */
  upstreamCalls: CallRecord[];
  /** The most a query may cost (see the complexity settings in graphql/builder.ts). */
  maxCost: number;
  /** Whether `_service { sdl }` answers: with introspection on, or SUBGRAPH_SDL=true. */
  subgraphSdl: boolean;
  /** Who is asking: their scopes, and the identity they are confined to, if any. */
  principal: Principal;
  /** Bulk size and transfers a minute for confined principals; shared by the gateway's requests. */
  writeRate?: WriteRate;
  /** The request's upstream budget, rate and in-flight caps, when it has them (blnk/gate.ts). */
  gate?: UpstreamGate;
  /** Correlates this request's log line, metrics and upstream calls. */
  requestId: string;
  /** The request's deadline; disposed when the operation ends. */
  deadline?: Deadline;
  /**
   * The operation's trace span, when tracing is on; upstream calls become its children. A
   * holder object, shared by every copy yoga makes of this context.
   */
  trace: { span?: Span };
}

/**
 * One fresh context per GraphQL request: its own client (carrying the request's abort signal)
 * and its own loaders, so nothing is cached or batched across requests.
 */
export interface ContextOptions {
  signal?: AbortSignal;
  surface?: Surface;
  maxCost: number;
  /** Whether `_service { sdl }` answers; closed unless said (gateway.ts decides from the limits). */
  subgraphSdl?: boolean;
  principal: Principal;
  requestId: string;
  writeRate?: WriteRate;
  metrics?: Metrics;
  tracer?: Tracer;
  deadline?: Deadline;
  /** The request's upstream budget, rate and in-flight caps (blnk/gate.ts); none in bare tests. */
  gate?: UpstreamGate;
}

type Batch<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

/**
 * A request's loaders, each built on first use: most operations touch one or two of the six,
 * and building all of them for every request showed in the CPU profile (docs/benchmarks.md).
 */
class RequestLoaders implements Loaders {
  #balanceRow?: DataLoader<string, Balance>;
  #balance?: DataLoader<FullBalanceKey, Balance, string>;
  #ledger?: DataLoader<string, Ledger>;
  #identity?: DataLoader<string, Identity>;
  #transaction?: DataLoader<string, Transaction>;
  #transactionByReference?: DataLoader<string, Transaction>;
  #monitorsOfBalance?: DataLoader<string, BalanceMonitor[]>;

  constructor(
    private readonly client: BlnkClient,
    private readonly metrics: Metrics | undefined,
    private readonly identityId: string | null,
  ) {
    this.ownBalanceIds = identityId === null ? () => Promise.resolve([]) : ownBalanceIds(client, identityId);
  }

  readonly ownBalanceIds: () => Promise<string[]>;

  /**
   * For a confined principal a transaction lookup also reads its balances, found or not: the
   * check they serve then costs nothing more when the transaction exists (loaders/own-balances.ts).
   */
  private scoped<K, V>(batch: Batch<K, V>): Batch<K, V> {
    return this.identityId === null ? batch : alongside(batch, this.ownBalanceIds);
  }

  /** Every batch is measured: its size is what the loaders save. */
  private measured<K, V>(name: string, batch: Batch<K, V>): Batch<K, V> {
    const { metrics } = this;
    return (keys) => {
      metrics?.loaderBatch(name, keys.length);
      return batch(keys);
    };
  }

  get balanceRow(): DataLoader<string, Balance> {
    this.#balanceRow ??= new DataLoader(this.measured('balanceRow', balanceRows(this.client)));
    return this.#balanceRow;
  }

  get ledger(): DataLoader<string, Ledger> {
    this.#ledger ??= new DataLoader(this.measured('ledger', ledgersById(this.client)));
    return this.#ledger;
  }

  get identity(): DataLoader<string, Identity> {
    this.#identity ??= new DataLoader(this.measured('identity', identitiesById(this.client)));
    return this.#identity;
  }

  get transaction(): DataLoader<string, Transaction> {
    this.#transaction ??= new DataLoader(this.measured('transaction', this.scoped(transactionsById(this.client))));
    return this.#transaction;
  }

  get transactionByReference(): DataLoader<string, Transaction> {
    this.#transactionByReference ??= new DataLoader(
      this.measured('transactionByReference', this.scoped(transactionsByReference(this.client))),
    );
    return this.#transactionByReference;
  }

  get monitorsOfBalance(): DataLoader<string, BalanceMonitor[]> {
    this.#monitorsOfBalance ??= new DataLoader(this.measured('monitorsOfBalance', monitorsOfBalances(this.client)));
    return this.#monitorsOfBalance;
  }

  /**
   * A full balance answers every cheaper question about it. Its included ledger and identity are
   * not primed: Blnk's include rows lack the ledger's meta_data and the identity's identity_type
   * and meta_data (they read "" and null), so they answer only the fields they hold
   * (Balance.ledger and Balance.identity decide).
   */
  get balance(): DataLoader<FullBalanceKey, Balance, string> {
    if (this.#balance) return this.#balance;
    const loadFull = this.measured('balance', fullBalances(this.client, { confined: this.identityId !== null }));
    this.#balance = new DataLoader<FullBalanceKey, Balance, string>(
      async (keys) => {
        const results = await loadFull(keys);
        for (const b of results) {
          if (b instanceof Error) continue;
          this.balanceRow.prime(b.id, b);
        }
        return results;
      },
      { cacheKeyFn: fullBalanceKey },
    );
    return this.#balance;
  }
}

export function createContext(http: BlnkHttp, options: ContextOptions): Context {
  const { signal, surface = 'core', maxCost, subgraphSdl = false, principal, requestId, metrics, tracer, deadline, gate } = options;
  const upstreamCalls: CallRecord[] = [];
  const client = new BlnkClient(http, {
    ...(signal ? { signal } : {}),
    surface,
    blnkKey: principal.blnkKey,
    ...(gate ? { gate } : {}),
    onCall: (call) => {
      upstreamCalls.push(call);
      metrics?.upstreamCall(call);
      if (tracer) recordUpstreamSpan(tracer, trace.span, call);
    },
  });
  const trace: Context['trace'] = {};
  const ctx: Context = {
    ...(deadline ? { deadline } : {}),
    ...(gate ? { gate } : {}),
    ...(options.writeRate ? { writeRate: options.writeRate } : {}),
    trace,
    client,
    upstreamCalls,
    maxCost,
    subgraphSdl,
    principal,
    requestId,
    loaders: new RequestLoaders(client, metrics, principal.identityId),
  };
  return ctx;
}
