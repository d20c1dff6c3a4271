/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An integer of any size (money in minor units), always answered as a JSON string of decimal digits, such as "1234" or "-5", so no client parses it into a float. Taken as such a string, or as a JSON number within ±(2^53−1) (a literal beyond that must be quoted). */
  BigInt: { input: string; output: string; }
  /** A calendar date, RFC 3339 full-date, such as "1990-01-31", with no time of day or zone. */
  Date: { input: string; output: string; }
  /** A point in time, RFC 3339 with an offset, such as "2026-03-01T10:15:30Z"; answered in UTC. Blnk keeps microseconds; a time Blnk holds as unset is null, never "0001-01-01". */
  DateTime: { input: string; output: string; }
  /** Any JSON value (metadata). Blnk keeps metadata numbers as float64: on input a number must be finite and within ±(2^53−1) (send larger ones as strings); on output a safe integer or a fraction is a number, and an integer beyond ±(2^53−1) that Blnk holds (however written, 1e+21 included) is the string of its decimal digits. */
  JSON: { input: unknown; output: unknown; }
  /** A federation entity representation: {__typename, id}. */
  _Any: { input: any; output: any; }
};

/** How fund lineage allocates outgoing money across incoming funds. */
export type AllocationStrategy =
  /** Oldest incoming funds are spent first. */
  | 'FIFO'
  /** Newest incoming funds are spent first. */
  | 'LIFO'
  /** Each outgoing amount is taken from every incoming fund in proportion to what it holds. */
  | 'PROPORTIONAL';

/** Code ALREADY_COMMITTED: the hold was committed in full; nothing is left to commit or void. */
export type AlreadyCommittedError = Error & {
  __typename?: 'AlreadyCommittedError';
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
};

/** Code ALREADY_VOIDED: the hold was voided; it can be neither committed nor voided again. */
export type AlreadyVoidedError = Error & {
  __typename?: 'AlreadyVoidedError';
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
};

/** A balance in a ledger. Every amount is in minor units of its currency. */
export type Balance = Node & {
  __typename?: 'Balance';
  /** How fund lineage spends incoming funds; null when Blnk holds none, or one this API does not know. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id} per row (shared with the other such fields of the row). */
  allocationStrategy?: Maybe<AllocationStrategy>;
  /** The balance as it stood at `timestamp`. */
  at?: Maybe<HistoricalBalance>;
  /** What can be spent now: balance − inflightDebitBalance − queuedDebitBalance. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row). */
  available: Scalars['BigInt']['output'];
  /** creditBalance − debitBalance. */
  balance: Scalars['BigInt']['output'];
  /** When Blnk created the balance. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Everything credited to this balance. */
  creditBalance: Scalars['BigInt']['output'];
  /** The currency of every amount here. Balances carry no precision: keep one per currency to show major units. */
  currency: Scalars['String']['output'];
  /** Everything debited from this balance. */
  debitBalance: Scalars['BigInt']['output'];
  /** What the balance will be once queued credits land: balance + queuedCreditBalance. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row). */
  expected: Scalars['BigInt']['output'];
  /** Blnk's id, also the Relay global id (no base64): bln_…, ldg_…, idt_…, txn_… or mon_…. */
  id: Scalars['ID']['output'];
  /** The identity that owns the balance; null when it has none. */
  identity?: Maybe<Identity>;
  /** Null when the balance has no identity. */
  identityId?: Maybe<Scalars['ID']['output']>;
  /** The indicator of an `@` balance, such as `@World`. */
  indicator?: Maybe<Scalars['String']['output']>;
  /** inflightCreditBalance − inflightDebitBalance. */
  inflightBalance: Scalars['BigInt']['output'];
  /** Credits held inflight, not yet committed. */
  inflightCreditBalance: Scalars['BigInt']['output'];
  /** Debits held inflight, not yet committed. */
  inflightDebitBalance: Scalars['BigInt']['output'];
  /** Blnk's inflight_expires_at for the balance; null while it holds Go's zero time, which is always on Blnk v0.15.2 (nothing there sets it: a hold's own expiry is Transaction.inflightExpiryDate). */
  inflightExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The ledger the balance belongs to. Null, with an error, for a caller confined to an identity (ledgers are the operator's). */
  ledger?: Maybe<Ledger>;
  /** The ledger the balance belongs to (general_ledger_id for @ balances). */
  ledgerId: Scalars['ID']['output'];
  /** Where the balance's funds came from, by provider (needs an operator: not for a caller confined to an identity). Null when the balance does not track fund lineage. One GET /balances/{id}/lineage per balance. */
  lineage?: Maybe<BalanceLineage>;
  /** Your metadata; null when there is none. */
  metaData?: Maybe<Scalars['JSON']['output']>;
  /** This balance's monitors (needs ledger:admin), newest first unless ordered otherwise. Blnk lists them whole, without paging or order: the gateway reads the balance's list (one request per balance) and orders it (by creation, then id). */
  monitors?: Maybe<BalanceMonitorConnection>;
  /** Credits queued in Blnk and not yet applied. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row). */
  queuedCreditBalance: Scalars['BigInt']['output'];
  /** Debits queued in Blnk and not yet applied. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id}?with_queued=true per row (shared with the other such fields of the row). */
  queuedDebitBalance: Scalars['BigInt']['output'];
  /** Whether Blnk tracks where the money in this balance came from (fund lineage). Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id} per row (shared with the other such fields of the row). */
  trackFundLineage: Scalars['Boolean']['output'];
  /** Transactions in which this balance is the source or the destination. Under a list of balances, their first pages without filter or totalCount are read together: one call for up to 100 balances (more only for a balance whose page the shared 100 rows do not hold). */
  transactions?: Maybe<TransactionConnection>;
  /** Optimistic-lock version, incremented by every change. Blnk list rows lack it: in a list, selecting it costs one GET /balances/{id} per row (shared with the other such fields of the row). */
  version: Scalars['Int']['output'];
};


/** A balance in a ledger. Every amount is in minor units of its currency. */
export type BalanceAtArgs = {
  fromSource?: InputMaybe<Scalars['Boolean']['input']>;
  timestamp: Scalars['DateTime']['input'];
};


/** A balance in a ledger. Every amount is in minor units of its currency. */
export type BalanceMonitorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<BalanceMonitorOrder>;
  orderBy?: InputMaybe<OrderBy>;
};


/** A balance in a ledger. Every amount is in minor units of its currency. */
export type BalanceTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TransactionOrder>;
  orderBy?: InputMaybe<OrderBy>;
};

/** A balance monitor's condition held after a transaction: the monitor, and the balance as Blnk holds it now (read from Blnk, at the version the alert was decided on or later). */
export type BalanceAlert = {
  __typename?: 'BalanceAlert';
  /** The balance it watches, read after the alert. */
  balance: Balance;
  /** The monitor whose condition holds. */
  monitor: BalanceMonitor;
};

/** One condition of a BalanceFilter's `or` list: exactly one field with exactly one operator. */
export type BalanceCondition = {
  /** creditBalance − debitBalance. */
  balance?: InputMaybe<BigIntFilter>;
  /** When Blnk created the balance. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Everything credited. */
  creditBalance?: InputMaybe<BigIntFilter>;
  /** The currency. */
  currency?: InputMaybe<StringFilter>;
  /** Everything debited. */
  debitBalance?: InputMaybe<BigIntFilter>;
  /** The balance id. */
  id?: InputMaybe<IdFilter>;
  /** The owning identity (isNull: true for balances without one). */
  identityId?: InputMaybe<IdFilter>;
  /** The @indicator. */
  indicator?: InputMaybe<StringFilter>;
  /** Held credits − held debits. */
  inflightBalance?: InputMaybe<BigIntFilter>;
  /** Credits held inflight. */
  inflightCreditBalance?: InputMaybe<BigIntFilter>;
  /** Debits held inflight. */
  inflightDebitBalance?: InputMaybe<BigIntFilter>;
  /** The ledger. */
  ledgerId?: InputMaybe<IdFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
};

/** A page of a list, in Relay's connection form. Blnk pages by offset: rows written or deleted between two pages can shift the list. */
export type BalanceConnection = {
  __typename?: 'BalanceConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<BalanceEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** Whether totalCount is an estimate. Blnk Core always counts exactly (false). Blnk Cloud may estimate a count (its Filters API's `total_is_estimate`); on transactions the gateway asks Cloud for an exact count (`strict_total=true`) whenever totalCount is selected, which costs Cloud a full count, so this reads true only where Cloud estimated a count the gateway did not ask to be exact. False when there is no count. */
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

/** One item of a page, with its cursor. */
export type BalanceEdge = {
  __typename?: 'BalanceEdge';
  /** Where this item stands in the list: pass it as `after` or `before` to page from here. Opaque. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Balance;
};

/** Conditions on balances (amounts in minor units), all of which must hold (AND); or, alone, an `or` list of which any one must hold. */
export type BalanceFilter = {
  /** creditBalance − debitBalance. */
  balance?: InputMaybe<BigIntFilter>;
  /** When Blnk created the balance. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Everything credited. */
  creditBalance?: InputMaybe<BigIntFilter>;
  /** The currency. */
  currency?: InputMaybe<StringFilter>;
  /** Everything debited. */
  debitBalance?: InputMaybe<BigIntFilter>;
  /** The balance id. */
  id?: InputMaybe<IdFilter>;
  /** The owning identity (isNull: true for balances without one). */
  identityId?: InputMaybe<IdFilter>;
  /** The @indicator. */
  indicator?: InputMaybe<StringFilter>;
  /** Held credits − held debits. */
  inflightBalance?: InputMaybe<BigIntFilter>;
  /** Credits held inflight. */
  inflightCreditBalance?: InputMaybe<BigIntFilter>;
  /** Debits held inflight. */
  inflightDebitBalance?: InputMaybe<BigIntFilter>;
  /** The ledger. */
  ledgerId?: InputMaybe<IdFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  /** Any one of these conditions (1 to 100; Blnk's logical_operator "or"). Alone in its filter: Blnk applies one operator to every condition it is sent, so or cannot be mixed with other fields here, and is refused where the gateway adds a condition of its own (a confined caller's identity, a nested list's parent). Pages of an or list go by offset (see the order input): unstable under writes. */
  or?: InputMaybe<Array<BalanceCondition>>;
};

/** A balance on either side of a transaction: source or destination. */
export type BalanceIdFilter = {
  /** This balance is the source or the destination. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** One of these balances is the source or the destination (1 to 1000). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** This balance is neither. */
  ne?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a lineage-tracked balance's funds came from and what remains of each provider's. */
export type BalanceLineage = {
  __typename?: 'BalanceLineage';
  /** The identity's aggregate lineage balance (@<identity>_lineage); null before the first credit with a provider. */
  aggregateBalanceId?: Maybe<Scalars['ID']['output']>;
  /** One entry per provider that has credited the balance, in the order they first did. */
  providers: Array<LineageProvider>;
  /** The sum of the providers' available amounts (funds received without a provider are not in it). */
  totalWithLineage: Scalars['BigInt']['output'];
};

/** A condition on a balance field. On every applied transaction that leaves the condition true (not only when it is first crossed), Blnk sends a `balance.monitor` event to its one global webhook (BLNK_WEBHOOK_URL); it never calls a per-monitor URL. */
export type BalanceMonitor = Node & {
  __typename?: 'BalanceMonitor';
  /** The watched balance; null with an error when it is gone. */
  balance?: Maybe<Balance>;
  /** The watched balance. */
  balanceId: Scalars['ID']['output'];
  /** What the monitor watches for. */
  condition: MonitorCondition;
  /** When Blnk created the monitor. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set only through updateBalanceMonitor: Blnk drops a description sent on create. */
  description?: Maybe<Scalars['String']['output']>;
  /** Blnk's id, also the Relay global id (no base64): bln_…, ldg_…, idt_…, txn_… or mon_…. */
  id: Scalars['ID']['output'];
};

/** A page of a list, in Relay's connection form. Blnk pages by offset: rows written or deleted between two pages can shift the list. */
export type BalanceMonitorConnection = {
  __typename?: 'BalanceMonitorConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<BalanceMonitorEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** Whether totalCount is an estimate. Blnk Core always counts exactly (false). Blnk Cloud may estimate a count (its Filters API's `total_is_estimate`); on transactions the gateway asks Cloud for an exact count (`strict_total=true`) whenever totalCount is selected, which costs Cloud a full count, so this reads true only where Cloud estimated a count the gateway did not ask to be exact. False when there is no count. */
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

/** One item of a page, with its cursor. */
export type BalanceMonitorEdge = {
  __typename?: 'BalanceMonitorEdge';
  /** Where this item stands in the list: pass it as `after` or `before` to page from here. Opaque. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: BalanceMonitor;
};

/** The order of balance monitors. Blnk lists monitors whole, without order: the gateway orders the list it reads and pages it by offset, which is unstable under writes (a monitor created or deleted between two pages shifts the rest). */
export type BalanceMonitorOrder = {
  /** DESC when absent. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort on. */
  field: BalanceMonitorOrderField;
};

/** A field balance monitors can be ordered by: those Blnk sorts on. */
export type BalanceMonitorOrderField =
  /** When Blnk created the monitor; monitors with one time by id. */
  | 'CREATED_AT';

/** The order of balances. Ordered by createdAt (the default), `after` cursors are keyset-based: walking the list with first/after while rows are written yields every row that existed when the walk began exactly once (rows written during the walk may appear or be missed: a queued transfer's outcome is written later with its parent's createdAt). `last`/`before`, a filter's `or` list, and a millisecond holding more than 150 rows page by offset instead. Any other field pages by offset, which is unstable under writes: a row written or changed between two pages can shift the rest, so a row may repeat or be skipped. Blnk sorts on that one column with no tie-breaker, so rows with equal values come in no fixed order. */
export type BalanceOrder = {
  /** DESC when absent. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort on. */
  field: BalanceOrderField;
};

/** A field balances can be ordered by: those Blnk sorts on. */
export type BalanceOrderField =
  /** The balance (creditBalance − debitBalance): DESC is largest first. */
  | 'BALANCE'
  /** When Blnk created the balance. */
  | 'CREATED_AT'
  /** Everything credited. */
  | 'CREDIT_BALANCE'
  /** The currency code, as text. */
  | 'CURRENCY'
  /** Everything debited. */
  | 'DEBIT_BALANCE'
  /** Held credits − held debits. */
  | 'INFLIGHT_BALANCE'
  /** Credits held inflight. */
  | 'INFLIGHT_CREDIT_BALANCE'
  /** Debits held inflight. */
  | 'INFLIGHT_DEBIT_BALANCE';

/** Amounts in minor units, compared exactly. */
export type BigIntFilter = {
  /** Exactly two bounds, both included. */
  between?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['BigInt']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['BigInt']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['BigInt']['input']>;
  /** One of these (1 to 1000 values). */
  in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['BigInt']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['BigInt']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['BigInt']['input']>;
};

/** A bulk request that Blnk stopped at one item while handling it (with skipQueue: insufficient funds, a balance that does not exist, a taken reference). `code` is that item's refusal (INSUFFICIENT_FUNDS, NOT_FOUND, DUPLICATE_REFERENCE, VALIDATION_ERROR), and the other fields say what moved: the items before it were applied, and stay applied unless `rolledBack` (atomic), when Blnk reversed each through its queue (a refund `<id>_refund`, or a void for holds); the originals and their reversals both stay. The batch's rows are transactions(filter: { parentTransactionId: { eq: batchId } }). */
export type BulkItemFailedError = Error & {
  __typename?: 'BulkItemFailedError';
  /** The references of the items Blnk applied before the refused one, in input order (empty when it was the first): what moved, and what rolledBack reversed. */
  appliedReferences: Array<Scalars['String']['output']>;
  /** The batch Blnk opened: every row it wrote has it as parentTransactionId. */
  batchId: Scalars['ID']['output'];
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** The refused item, as an index into the input transactions (from 0); null when Blnk did not say. */
  index?: Maybe<Scalars['Int']['output']>;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
  /** The refused item's reference; null when Blnk did not say which. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Whether Blnk reversed the items applied before the refused one (atomic). False: they stay applied. */
  rolledBack: Scalars['Boolean']['output'];
};

/** One transfer of a bulk request; the same fields as RecordTransactionInput, without skipQueue. */
export type BulkTransactionInput = {
  /** Let the source go below zero. False when absent. */
  allowOverdraft?: InputMaybe<Scalars['Boolean']['input']>;
  /** The amount as an exact decimal in major units, such as "12.34", with no more places than precision holds (never rounded). Give this or preciseAmount, not both. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** Any non-blank code, such as "USD". Blnk does not check it against the balances' currencies: keep them equal, or units move at par between currencies. A caller confined to an identity pays only in currencies CURRENCY_PRECISIONS lists, once it is set (FORBIDDEN otherwise). */
  currency: Scalars['String']['input'];
  /** Free text, kept with the transaction and shown in both balances' histories. At most 500 characters; tab, line feed and carriage return are the only control characters taken (BAD_USER_INPUT otherwise). */
  description: Scalars['String']['input'];
  /** Where the money goes: a balance id or an @indicator. Give this or destinations. */
  destination?: InputMaybe<Scalars['String']['input']>;
  /** Several destinations instead of one, with the same rules as sources. */
  destinations?: InputMaybe<Array<TransactionLegInput>>;
  /** Backdate the transaction: when it counts as moved for historical balances. */
  effectiveDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold the amount until committed or voided, instead of moving it now. */
  inflight?: InputMaybe<Scalars['Boolean']['input']>;
  /** For a hold: when Blnk may release it. Whole seconds only (Blnk refuses fractions). */
  inflightExpiryDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** A JSON object of your own keys. Numbers must be within ±(2^53−1) (Blnk keeps them as float64); send larger ones as strings. With description, reference and currency (counted twice), at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise): Blnk v0.15.2 fails a larger row, or drops it after answering a queued write. */
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** How far below zero the source may go, in minor units at this transfer's precision (Blnk applies it whether or not allowOverdraft is set; allowOverdraft without a limit is unlimited). Blnk v0.15.2 takes it as a float64 of major units and turns it back into minor units: a limit that does not come back exactly (a precision whose 1/precision has no finite decimal, more than a float64's 15–17 digits, past 2^63−1) is refused with a ValidationError, never rounded. Above zero only. Refused (FORBIDDEN) to a caller confined to an identity. Blnk keeps it only for applying the transfer: reads answer 0. */
  overdraftLimit?: InputMaybe<Scalars['BigInt']['input']>;
  /** The amount in minor units, greater than zero and at most 10^78. Give this or amount, not both. Blnk keeps balances as PostgreSQL NUMERIC and holds far more (real Blnk v0.15.2 applies 10^308 and refuses 10^309, whose float64 `amount` is infinite), so the bound is the gateway's: above any token supply (2^256 ≈ 1.2×10^77). A caller confined to an identity moves at most what its balance holds (InsufficientFundsError, before anything is sent). */
  preciseAmount?: InputMaybe<Scalars['BigInt']['input']>;
  /** Minor units per major unit (100 for cents, 10^18 for wei). Defaults to 1 when absent: amounts then count whole units, and an amount with decimals is refused. At most 2^63−1 and kept digit for digit by a float64, as Blnk stores it. A caller confined to an identity pays each currency at the precision the gateway's CURRENCY_PRECISIONS gives it (the default when absent; FORBIDDEN otherwise), so that the payee's statement reads the amount that moved. */
  precision?: InputMaybe<Scalars['BigInt']['input']>;
  /** Unique per transaction: the key that makes a retry safe (Blnk refuses a second use with DUPLICATE_REFERENCE). Generated (gql_ and a UUID, returned) when absent; give your own to retry safely. A caller confined to an identity gives `<its identity id>:<name>`, the name without colons and not ending in _q, _refund, _commit or _void (FORBIDDEN otherwise): references are unique across the ledger. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Apply at this time instead of now (the answer is SCHEDULED). Whole seconds only (Blnk refuses fractions). */
  scheduledFor?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where the money comes from: a balance id, or an @indicator such as @World (created on first use, in the general ledger, in this currency). Give this or sources. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Several sources instead of one (at least two legs; see TransactionLegInput). Each leg is its own transfer: queued, each is settled on its own (one can be REJECTED while another is APPLIED); with skipQueue a refused leg stops the rest but leaves earlier legs applied, unless atomic is set (then Blnk refunds them through its queue). */
  sources?: InputMaybe<Array<TransactionLegInput>>;
};

/** One input transaction of a bulk request, in input order. */
export type BulkTransactionItem = {
  __typename?: 'BulkTransactionItem';
  /** Its reference: the one given, or the one generated. */
  reference: Scalars['String']['output'];
  /** Blnk's row for it. Queued (the default): QUEUED, and its `outcome` (APPLIED, INFLIGHT or REJECTED with a rejectionReason) once the queue has run. With skipQueue: APPLIED or INFLIGHT. Null when Blnk wrote no row for it: a reference already taken (Blnk drops the item silently), a balance that does not exist, a split (its legs are `<reference>_<n>`), an item not yet written (runAsync), or one after a skipQueue item that failed. */
  transaction?: Maybe<Transaction>;
};

/** Blnk's acceptance of a bulk request. It says nothing about money having moved: read `items` for each transaction's state. */
export type BulkTransactionsPayload = {
  __typename?: 'BulkTransactionsPayload';
  /** The parent of every item's row: filter transactions on parentTransactionId to list them. */
  batchId: Scalars['ID']['output'];
  /** Per input transaction, in input order from `offset`, at most `first` (100): its reference and the row Blnk wrote for it, looked up by reference (one upstream call per 100 items, shared with other lookups by reference in the operation). A page, like every list here: a batch of 10,000 is read in slices by aliasing items with offsets. Costs first × its selection. */
  items: Array<BulkTransactionItem>;
  /** The references, in input order. */
  references: Array<Scalars['String']['output']>;
  /** Blnk's word for the batch: "applied" (or "inflight" for holds) once every item is accepted, which for a queued batch is before anything has moved; "processing" with runAsync. */
  status: Scalars['String']['output'];
  /** How many items Blnk accepted; null with runAsync. */
  transactionCount?: Maybe<Scalars['Int']['output']>;
};


/** Blnk's acceptance of a bulk request. It says nothing about money having moved: read `items` for each transaction's state. */
export type BulkTransactionsPayloadItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A change in a bulk batch: one of its items written (queued items when their outcome is), or, for a batch recorded with runAsync, the whole batch applied (Blnk's bulk_transaction.applied). */
export type BulkTransactionsUpdate = {
  __typename?: 'BulkTransactionsUpdate';
  /** The batch's id (bulk_…). */
  batchId: Scalars['ID']['output'];
  /** The item's status (APPLIED, INFLIGHT, REJECTED, VOID), or `applied` when the whole batch was applied. */
  status: Scalars['String']['output'];
  /** The item as Blnk holds it; null for the batch-wide `applied`. */
  transaction?: Maybe<Transaction>;
  /** How many transactions the batch holds, on the batch-wide `applied`; null on an item. */
  transactionCount?: Maybe<Scalars['Int']['output']>;
};

/** What to commit of a hold. Give preciseAmount or amount for part of it, neither for all that is left. */
export type CommitInflightTransactionInput = {
  /** Part of the hold as an exact decimal at the hold's precision. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The inflight transaction, or the QUEUED one that becomes it: the gateway then waits up to 5 s for Blnk's queue to apply the hold before sending anything (Blnk v0.15.2 would answer a queued action with success and drop it, and refuse one with skipQueue), and answers ConflictError if it is still queued, a ValidationError on id if the queue rejected it. An id Blnk does not know answers NotFoundError, after up to about 2 s spent waiting for a row Blnk may not have written yet; a transaction that is not a hold, a ValidationError on id. */
  id: Scalars['ID']['input'];
  /** Part of the hold, in minor units; all that is left when absent. */
  preciseAmount?: InputMaybe<Scalars['BigInt']['input']>;
  /** Commit now and answer with the committed transaction. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type CommitInflightTransactionResult = AlreadyCommittedError | AlreadyVoidedError | ConflictError | NotFoundError | Transaction | ValidationError;

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type CommitInflightTransactionsResult = HoldSettlements | ValidationError;

/** Code CONFLICT: the object is in a state that does not allow this now: changed by another request at the same moment, a commit or void already pending on the hold, already refunded, an identity that still owns balances, or a duplicate id. Read it again before deciding to retry. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
};

/** A new balance, empty. A missing ledger or identity answers a NotFoundError naming which. */
export type CreateBalanceInput = {
  /** For fund lineage; FIFO when absent. */
  allocationStrategy?: InputMaybe<AllocationStrategy>;
  /** Any non-blank code, such as "USD"; transactions to and from it should use the same. */
  currency: Scalars['String']['input'];
  /** The identity that owns it; none when absent. */
  identityId?: InputMaybe<Scalars['ID']['input']>;
  /** The ledger it belongs to. */
  ledgerId: Scalars['ID']['input'];
  /** A JSON object; numbers within ±(2^53−1) (Blnk keeps them as float64). With currency, at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise): room is left for the amounts the balance will hold. */
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** Track where the money came from; needs identityId. */
  trackFundLineage?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new monitor on a balance. */
export type CreateBalanceMonitorInput = {
  /** The balance to watch. */
  balanceId: Scalars['ID']['input'];
  /** Stored by Blnk but never used for delivery (alerts go to the global webhook), never returned, and cleared by any update. */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** What to watch for. */
  condition: MonitorConditionInput;
  /** Refused with a ValidationError: Blnk v0.15.2 drops a description sent on create. Set it with updateBalanceMonitor. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type CreateBalanceMonitorResult = BalanceMonitor | ConflictError | NotFoundError | ValidationError;

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type CreateBalanceResult = Balance | ConflictError | NotFoundError | ValidationError;

/** A new identity. Every field is optional; Blnk checks none of the text. */
export type CreateIdentityInput = {
  /** A category of your own; free text. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** City; free text. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country; free text. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth, such as "1990-01-31" (Blnk keeps the date only). */
  dob?: InputMaybe<Scalars['Date']['input']>;
  /** Email address; free text. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** First name; free text. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Gender; free text. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** A caller-chosen id: idt_ followed by a UUID. Blnk picks one when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of identity, such as "individual" or "organization"; free text. */
  identityType?: InputMaybe<Scalars['String']['input']>;
  /** Last name; free text. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** A JSON object; numbers within ±(2^53−1) (Blnk keeps them as float64). */
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** Nationality; free text. */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** An organization's name; free text. */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** Other names; free text. */
  otherNames?: InputMaybe<Scalars['String']['input']>;
  /** Phone number; free text. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Postal code; free text. */
  postCode?: InputMaybe<Scalars['String']['input']>;
  /** State or region; free text. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Street address; free text. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type CreateIdentityResult = ConflictError | Identity | ValidationError;

/** A new ledger. */
export type CreateLedgerInput = {
  /** A JSON object; numbers within ±(2^53−1) (Blnk keeps them as float64). With name, at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise). */
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** Any non-blank name. */
  name: Scalars['String']['input'];
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type CreateLedgerResult = ConflictError | Ledger | ValidationError;

/** Conditions on a calendar date; all that are given must hold. A date that is not set (the field reads null; Blnk stores 0001-01-01) matches none of them. */
export type DateFilter = {
  /** Exactly two dates, both included. */
  between?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** On this date. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** After this date. */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** On or after this date. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** Before this date. */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** On or before this date. */
  lte?: InputMaybe<Scalars['Date']['input']>;
};

/** Conditions on a time; all that are given must hold. Blnk keeps microseconds, so eq rarely matches: prefer ranges. */
export type DateTimeFilter = {
  /** Exactly two bounds, both included. */
  between?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** At exactly this time. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** After this time. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** At or after this time. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before this time. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** At or before this time. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Decimal amounts in major units, written as strings such as "10.50". */
export type DecimalFilter = {
  /** Exactly two bounds, both included. */
  between?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['String']['input']>;
};

/** The monitor is gone. */
export type DeleteBalanceMonitorPayload = {
  __typename?: 'DeleteBalanceMonitorPayload';
  /** The id of the deleted monitor. */
  deletedId: Scalars['ID']['output'];
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type DeleteBalanceMonitorResult = ConflictError | DeleteBalanceMonitorPayload | NotFoundError;

/** The identity is gone. */
export type DeleteIdentityPayload = {
  __typename?: 'DeleteIdentityPayload';
  /** The id of the deleted identity. */
  deletedId: Scalars['ID']['output'];
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type DeleteIdentityResult = ConflictError | DeleteIdentityPayload | NotFoundError;

/** A tokenized field's original value. */
export type DetokenizedField = {
  __typename?: 'DetokenizedField';
  /** The field. */
  field: PiiField;
  /** Its value before tokenization (PII). */
  value: Scalars['String']['output'];
};

/** Code DUPLICATE_REFERENCE: another transaction already has this reference (Blnk keeps references unique). If it is your own earlier attempt, it was recorded: read it by reference instead of sending again. */
export type DuplicateReferenceError = Error & {
  __typename?: 'DuplicateReferenceError';
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
  /** The reference that is taken. */
  reference: Scalars['String']['output'];
};

/** Every typed error a mutation can answer with, as a member of the mutation's result union. Select `... on Error { code message }` to handle any of them. */
export type Error = {
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
};

/** Every code a client can receive: in `Error.code` on a typed mutation error, and in `extensions.code` on a top-level error. Branch on the code, never on the message. */
export type ErrorCode =
  /** Nothing of the hold is left to commit or void: it was committed in full. */
  | 'ALREADY_COMMITTED'
  /** The hold was voided; it can be neither committed nor voided again. */
  | 'ALREADY_VOIDED'
  /** The HTTP request itself is malformed (a body that is not JSON, an invalid Content-Length, no query). Nothing ran. */
  | 'BAD_REQUEST'
  /** An argument or variable the schema cannot take as written: a malformed BigInt, DateTime, Date or JSON value, a bad cursor, a page size beyond 100, a filter Blnk cannot run, or text too large for one Blnk row (`extensions.limit` ROW_TEXT_BYTES, with `maxBytes`, `bytes` and the input's `path`). The message names what was wrong; nothing was written. */
  | 'BAD_USER_INPUT'
  /** The operation needs more ledger calls than one request may make (`extensions.maxUpstreamCalls`, MAX_UPSTREAM_CALLS); the calls beyond it were not sent, and a write refused this way was not sent (`extensions.writeSent: false`). Ask for fewer items, or fewer fields that each call the ledger (Balance.at, nested connections, totalCount). */
  | 'CALL_BUDGET_EXCEEDED'
  /** The object is in a state that does not allow this now (being changed by another request, a commit or void already pending, already refunded, or still in use). Read it again before retrying. */
  | 'CONFLICT'
  /** The operation's computed cost (`extensions.cost`) is above the gateway's limit (`extensions.maxCost`): ask for smaller pages or fewer fields. Nothing ran. */
  | 'COST_LIMIT_EXCEEDED'
  /** A GET, or a POST with a form or text/plain Content-Type, without a CSRF header (HTTP 403): send `x-graphql-yoga-csrf: 1` (or `apollo-require-preflight: 1`), or POST JSON with `Content-Type: application/json`. Nothing ran. */
  | 'CSRF_HEADER_REQUIRED'
  /** Another transaction already has this reference. If it is your own earlier attempt, it was recorded: read it with transactionByReference instead of sending again. */
  | 'DUPLICATE_REFERENCE'
  /** The caller's credentials do not allow this field or value (a missing scope, or a caller confined to an identity acting outside it). `extensions.field` names the input field when one is at fault. */
  | 'FORBIDDEN'
  /** The document is not valid GraphQL syntax. Nothing ran. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not match the schema, or exceeds the gateway's depth, alias, token or directive limits (the message says which). Nothing ran. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The source balance does not hold enough and overdraft is not allowed. Nothing moved; send again once funds arrive, or allow overdraft. */
  | 'INSUFFICIENT_FUNDS'
  /** An unexpected failure inside the gateway; its details are only in the logs, under the request id. */
  | 'INTERNAL_SERVER_ERROR'
  /** What the operation names does not exist. For a caller confined to an identity, an object that is not its own answers the same way, so ids cannot be probed. */
  | 'NOT_FOUND'
  /** The operation to run cannot be chosen (an unknown operationName), or is a mutation sent with GET. Nothing ran. */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** The persisted operation id is not in the manifest the gateway serves. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The gateway runs only persisted operations (PERSISTED_OPERATIONS=enforce): send a documentId. */
  | 'PERSISTED_QUERY_ONLY'
  /** This caller went beyond a rate: its ledger calls (UPSTREAM_RATE_CONFINED or UPSTREAM_RATE_OPERATOR) or, confined to an identity, its transfers (CONFINED_WRITES_PER_MINUTE); `extensions.limit` per `extensions.windowMs`. What was refused was not sent (a write refused for ledger calls says `extensions.writeSent: false`). Retry after `extensions.retryAfterMs`. */
  | 'RATE_LIMITED'
  /** The request body is larger than the gateway accepts (HTTP 413; MAX_BODY_BYTES). */
  | 'REQUEST_ENTITY_TOO_LARGE'
  /** The subscriber left too many events unread, so its stream was ended rather than hold them without bound: subscribe again (with `current: true` to get the present state first). */
  | 'SLOW_CONSUMER'
  /** Subscriptions are turned off on this gateway: follow changes by querying instead. */
  | 'SUBSCRIPTIONS_DISABLED'
  /** This caller holds as many subscriptions as it may (MAX_SUBSCRIPTIONS_PER_PRINCIPAL), or the gateway process as many as it serves (MAX_SUBSCRIPTIONS), over SSE and WebSocket together: end one (or try again later) before starting another. */
  | 'TOO_MANY_SUBSCRIPTIONS'
  /** No credentials, or credentials the gateway does not accept (HTTP 401). Nothing ran. */
  | 'UNAUTHENTICATED'
  /** A POST without a Content-Type, or with one the gateway does not read (HTTP 415): send `Content-Type: application/json`. */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** Blnk answered something the gateway cannot use (a 5xx or a body it cannot read). Blnk's wording stays in the gateway's logs. */
  | 'UPSTREAM_ERROR'
  /** Blnk Cloud refused the gateway's token the scope this needs; the message names the scope (data:read for reads by id and lists, proxy:read for full rows, queued amounts, lineage, monitors and Balance.at, proxy:write for every mutation and for list fields Cloud's Filters API rows lack, which come from Core's filter routes, POSTs). An operator's configuration problem: give the OAuth client that scope. */
  | 'UPSTREAM_FORBIDDEN'
  /** Blnk Cloud does not know the instance the gateway is configured with (BLNK_CLOUD_INSTANCE_ID): an operator's configuration problem. Nothing ran; it does not mean that the object is missing. */
  | 'UPSTREAM_MISCONFIGURED'
  /** Blnk (or Blnk Cloud) answered 429: it is rate-limiting the gateway. `extensions.retryAfterMs` says when to come back when Blnk said (Retry-After). A read was already retried when the wait fitted in its deadline and budget; a write is never retried, and was refused before it ran (`extensions.writeSent: false`): nothing was recorded. */
  | 'UPSTREAM_RATE_LIMITED'
  /** Blnk did not answer within the request deadline. A read can be retried; a write answers with what to look up (extensions.reference, references, batchId or holdId) before any retry. */
  | 'UPSTREAM_TIMEOUT'
  /** Blnk refused the gateway's own API key (on Blnk Cloud: its bearer token, even after one renewal, or the token endpoint refused its client credentials): an operator's configuration problem, not the caller's. Nothing ran. */
  | 'UPSTREAM_UNAUTHORIZED'
  /** Blnk could not be reached, or is refusing work for now (its circuit is open or its queue is full). Retry later; writes answer with what to look up, as for UPSTREAM_TIMEOUT. */
  | 'UPSTREAM_UNAVAILABLE'
  /** Blnk Cloud did not serve a capability the gateway needed (a route its proxy did not forward, such as balance monitors, renaming a ledger, deleting an identity or queued amounts); the message names it. Not the caller's input: the same request works against Blnk Core. */
  | 'UPSTREAM_UNSUPPORTED'
  /** The input cannot be taken as it is (the gateway checked it, or Blnk refused it): fix the value at `ValidationError.path` and send again. Nothing was written. */
  | 'VALIDATION_ERROR';

/** One provider's part of a debit. */
export type FundAllocation = {
  __typename?: 'FundAllocation';
  /** The amount drawn from its funds, in minor units. */
  amount: Scalars['BigInt']['output'];
  /** The provider. */
  provider: Scalars['String']['output'];
};

/** A balance as it stood at a moment, replayed by Blnk from its transactions. */
export type HistoricalBalance = {
  __typename?: 'HistoricalBalance';
  /** creditBalance − debitBalance then, in minor units. */
  balance: Scalars['BigInt']['output'];
  /** Everything credited up to then, in minor units. */
  creditBalance: Scalars['BigInt']['output'];
  /** The balance's currency. */
  currency: Scalars['String']['output'];
  /** Everything debited up to then, in minor units. */
  debitBalance: Scalars['BigInt']['output'];
  /** The moment asked for, as Blnk answered it; null when Blnk sent none. */
  timestamp?: Maybe<Scalars['DateTime']['output']>;
};

/** What became of one hold of a batch commit or void: a transaction, or an error, never both. */
export type HoldSettlement = {
  __typename?: 'HoldSettlement';
  /** Why this hold was not settled; null when it was. NotFoundError (no such transaction), AlreadyCommittedError, AlreadyVoidedError, ValidationError (not a hold), ConflictError (locked by another action, an action already queued for it, a queued hold its queue has not applied yet, or a refusal Blnk did not classify). Nothing was written for it. */
  error?: Maybe<HoldSettlementError>;
  /** The hold, as it was given. */
  id: Scalars['ID']['output'];
  /** With skipQueue: the commit (APPLIED) or void (VOID) row Blnk wrote for this hold. Queued: the hold itself, still INFLIGHT. Null when `error` is set. */
  transaction?: Maybe<Transaction>;
};

/** Why one hold of a batch commit or void was not settled. Every member implements Error: select `... on Error { code message }`. */
export type HoldSettlementError = AlreadyCommittedError | AlreadyVoidedError | ConflictError | NotFoundError | ValidationError;

/** The results of a batch commit or void, one per id, in the order given. */
export type HoldSettlements = {
  __typename?: 'HoldSettlements';
  /** How many results carry an error. */
  failed: Scalars['Int']['output'];
  /** One per id, in the order given. */
  results: Array<HoldSettlement>;
  /** How many results carry a transaction. */
  settled: Scalars['Int']['output'];
};

/** Conditions on an id; all that are given must hold. */
export type IdFilter = {
  /** Equal to this id. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** At most 1000 ids. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: has none (the field reads null); false: has one. Blnk's NULL and its empty string both count as none. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not this id; a row that has none matches. (Blnk compares in SQL, where NULL is never "not equal": for a balance's identityId the gateway first finds the balances of that identity, at most 100, and excludes them by id.) */
  ne?: InputMaybe<Scalars['ID']['input']>;
};

/** A person or organization that owns balances. Fields Blnk holds as "" are null, and a filter's isNull finds them. Every field reads the same whatever the route (Balance.identity included). */
export type Identity = Node & {
  __typename?: 'Identity';
  /** The identity's balances. Under a list of identities, their first pages without filter or totalCount are read together: one call for up to 100 identities (more only for an identity whose page the shared 100 rows do not hold). */
  balances?: Maybe<BalanceConnection>;
  /** A category of your own; null when Blnk holds none (it keeps ""). */
  category?: Maybe<Scalars['String']['output']>;
  /** City; null when Blnk holds none (it keeps ""). */
  city?: Maybe<Scalars['String']['output']>;
  /** Country; null when Blnk holds none (it keeps ""). */
  country?: Maybe<Scalars['String']['output']>;
  /** When Blnk created the identity. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The original values of tokenized fields (needs pii:read, which ledger:admin does not imply; never for a caller confined to an identity). Only fields that are tokenized are answered; with none tokenized, no call is made; otherwise one POST /identities/{id}/detokenize per identity. */
  detokenized?: Maybe<Array<DetokenizedField>>;
  /** Date of birth. Blnk stores a date, so only the date is kept; null when unset (Blnk stores 0001-01-01, which no dob filter matches). */
  dob?: Maybe<Scalars['Date']['output']>;
  /** Email address; null when Blnk holds none (it keeps ""). */
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** First name; null when Blnk holds none (it keeps ""). */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Gender; null when Blnk holds none (it keeps ""). */
  gender?: Maybe<Scalars['String']['output']>;
  /** Blnk's id, also the Relay global id (no base64): bln_…, ldg_…, idt_…, txn_… or mon_…. */
  id: Scalars['ID']['output'];
  /** The kind of identity, such as "individual" or "organization"; null when Blnk holds none (it keeps ""). */
  identityType?: Maybe<Scalars['String']['output']>;
  /** Last name; null when Blnk holds none (it keeps ""). */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Your metadata; null when there is none. */
  metaData?: Maybe<Scalars['JSON']['output']>;
  /** Nationality; null when Blnk holds none (it keeps ""). */
  nationality?: Maybe<Scalars['String']['output']>;
  /** An organization's name; null when Blnk holds none (it keeps ""). */
  organizationName?: Maybe<Scalars['String']['output']>;
  /** Other names; null when Blnk holds none (it keeps ""). */
  otherNames?: Maybe<Scalars['String']['output']>;
  /** Phone number; null when Blnk holds none (it keeps ""). */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Postal code; null when Blnk holds none (it keeps ""). */
  postCode?: Maybe<Scalars['String']['output']>;
  /** State or region; null when Blnk holds none (it keeps ""). */
  state?: Maybe<Scalars['String']['output']>;
  /** Street address; null when Blnk holds none (it keeps ""). */
  street?: Maybe<Scalars['String']['output']>;
  /** The fields Blnk holds tokenized: their values read as tokens ("FPT:…"), and `detokenized` returns the originals. Read from the identity itself (its metadata records them): no extra call. */
  tokenizedFields: Array<PiiField>;
};


/** A person or organization that owns balances. Fields Blnk holds as "" are null, and a filter's isNull finds them. Every field reads the same whatever the route (Balance.identity included). */
export type IdentityBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<BalanceOrder>;
  orderBy?: InputMaybe<OrderBy>;
};


/** A person or organization that owns balances. Fields Blnk holds as "" are null, and a filter's isNull finds them. Every field reads the same whatever the route (Balance.identity included). */
export type IdentityDetokenizedArgs = {
  fields?: InputMaybe<Array<PiiField>>;
};

/** One condition of a IdentityFilter's `or` list: exactly one field with exactly one operator. */
export type IdentityCondition = {
  /** A category of your own. */
  category?: InputMaybe<StringFilter>;
  /** City. */
  city?: InputMaybe<StringFilter>;
  /** Country. */
  country?: InputMaybe<StringFilter>;
  /** When Blnk created the identity. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** The date of birth. */
  dob?: InputMaybe<DateFilter>;
  /** Email address. */
  emailAddress?: InputMaybe<StringFilter>;
  /** First name. */
  firstName?: InputMaybe<StringFilter>;
  /** Gender. */
  gender?: InputMaybe<StringFilter>;
  /** The identity id. */
  id?: InputMaybe<IdFilter>;
  /** The kind of identity, such as "individual" or "organization". */
  identityType?: InputMaybe<StringFilter>;
  /** Last name. */
  lastName?: InputMaybe<StringFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  /** Nationality. */
  nationality?: InputMaybe<StringFilter>;
  /** An organization's name. */
  organizationName?: InputMaybe<StringFilter>;
  /** Other names. */
  otherNames?: InputMaybe<StringFilter>;
  /** Phone number. */
  phoneNumber?: InputMaybe<StringFilter>;
  /** Postal code. */
  postCode?: InputMaybe<StringFilter>;
  /** State or region. */
  state?: InputMaybe<StringFilter>;
  /** Street address. */
  street?: InputMaybe<StringFilter>;
};

/** A page of a list, in Relay's connection form. Blnk pages by offset: rows written or deleted between two pages can shift the list. */
export type IdentityConnection = {
  __typename?: 'IdentityConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<IdentityEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** Whether totalCount is an estimate. Blnk Core always counts exactly (false). Blnk Cloud may estimate a count (its Filters API's `total_is_estimate`); on transactions the gateway asks Cloud for an exact count (`strict_total=true`) whenever totalCount is selected, which costs Cloud a full count, so this reads true only where Cloud estimated a count the gateway did not ask to be exact. False when there is no count. */
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

/** One item of a page, with its cursor. */
export type IdentityEdge = {
  __typename?: 'IdentityEdge';
  /** Where this item stands in the list: pass it as `after` or `before` to page from here. Opaque. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Identity;
};

/** Conditions on identities, all of which must hold (AND); or, alone, an `or` list of which any one must hold. */
export type IdentityFilter = {
  /** A category of your own. */
  category?: InputMaybe<StringFilter>;
  /** City. */
  city?: InputMaybe<StringFilter>;
  /** Country. */
  country?: InputMaybe<StringFilter>;
  /** When Blnk created the identity. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** The date of birth. */
  dob?: InputMaybe<DateFilter>;
  /** Email address. */
  emailAddress?: InputMaybe<StringFilter>;
  /** First name. */
  firstName?: InputMaybe<StringFilter>;
  /** Gender. */
  gender?: InputMaybe<StringFilter>;
  /** The identity id. */
  id?: InputMaybe<IdFilter>;
  /** The kind of identity, such as "individual" or "organization". */
  identityType?: InputMaybe<StringFilter>;
  /** Last name. */
  lastName?: InputMaybe<StringFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  /** Nationality. */
  nationality?: InputMaybe<StringFilter>;
  /** Any one of these conditions (1 to 100; Blnk's logical_operator "or"). Alone in its filter: Blnk applies one operator to every condition it is sent, so or cannot be mixed with other fields here, and is refused where the gateway adds a condition of its own (a confined caller's identity, a nested list's parent). Pages of an or list go by offset (see the order input): unstable under writes. */
  or?: InputMaybe<Array<IdentityCondition>>;
  /** An organization's name. */
  organizationName?: InputMaybe<StringFilter>;
  /** Other names. */
  otherNames?: InputMaybe<StringFilter>;
  /** Phone number. */
  phoneNumber?: InputMaybe<StringFilter>;
  /** Postal code. */
  postCode?: InputMaybe<StringFilter>;
  /** State or region. */
  state?: InputMaybe<StringFilter>;
  /** Street address. */
  street?: InputMaybe<StringFilter>;
};

/** The order of identities. Ordered by createdAt (the default), `after` cursors are keyset-based: walking the list with first/after while rows are written yields every row that existed when the walk began exactly once (rows written during the walk may appear or be missed: a queued transfer's outcome is written later with its parent's createdAt). `last`/`before`, a filter's `or` list, and a millisecond holding more than 150 rows page by offset instead. Any other field pages by offset, which is unstable under writes: a row written or changed between two pages can shift the rest, so a row may repeat or be skipped. Blnk sorts on that one column with no tie-breaker, so rows with equal values come in no fixed order. */
export type IdentityOrder = {
  /** DESC when absent. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort on. */
  field: IdentityOrderField;
};

/** A field identities can be ordered by: those Blnk sorts on. */
export type IdentityOrderField =
  /** When Blnk created the identity. */
  | 'CREATED_AT'
  /** The email address, as text. */
  | 'EMAIL_ADDRESS'
  /** The first name, as text. */
  | 'FIRST_NAME'
  /** The last name, as text. */
  | 'LAST_NAME'
  /** The organization name, as text. */
  | 'ORGANIZATION_NAME';

/** One refused input value. */
export type InputProblem = {
  __typename?: 'InputProblem';
  /** Why it was refused, in the gateway's words. */
  message: Scalars['String']['output'];
  /** Where the value is, from the mutation's argument inward (bulk items by index): ["transactions", "3", "amount"]. */
  path: Array<Scalars['String']['output']>;
};

/** Code INSUFFICIENT_FUNDS: the source would go below zero (or below its overdraft limit) and overdraft is not allowed. Only with skipQueue: a queued transfer answers QUEUED and is rejected later (see Transaction.rejectionReason). */
export type InsufficientFundsError = Error & {
  __typename?: 'InsufficientFundsError';
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
};

/** A Blnk ledger: a named group of balances. */
export type Ledger = Node & {
  __typename?: 'Ledger';
  /** The ledger's balances. Under a list of ledgers, their first pages without filter or totalCount are read together: one call for up to 100 ledgers (more only for a ledger whose page the shared 100 rows do not hold). */
  balances?: Maybe<BalanceConnection>;
  /** When Blnk created the ledger. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Blnk's id, also the Relay global id (no base64): bln_…, ldg_…, idt_…, txn_… or mon_…. */
  id: Scalars['ID']['output'];
  /** Your metadata; null when there is none. */
  metaData?: Maybe<Scalars['JSON']['output']>;
  /** The name given at creation or by updateLedger. */
  name: Scalars['String']['output'];
};


/** A Blnk ledger: a named group of balances. */
export type LedgerBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<BalanceOrder>;
  orderBy?: InputMaybe<OrderBy>;
};

/** One condition of a LedgerFilter's `or` list: exactly one field with exactly one operator. */
export type LedgerCondition = {
  /** When Blnk created the ledger. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** The ledger id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  /** The name. */
  name?: InputMaybe<StringFilter>;
};

/** A page of a list, in Relay's connection form. Blnk pages by offset: rows written or deleted between two pages can shift the list. */
export type LedgerConnection = {
  __typename?: 'LedgerConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<LedgerEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** Whether totalCount is an estimate. Blnk Core always counts exactly (false). Blnk Cloud may estimate a count (its Filters API's `total_is_estimate`); on transactions the gateway asks Cloud for an exact count (`strict_total=true`) whenever totalCount is selected, which costs Cloud a full count, so this reads true only where Cloud estimated a count the gateway did not ask to be exact. False when there is no count. */
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

/** One item of a page, with its cursor. */
export type LedgerEdge = {
  __typename?: 'LedgerEdge';
  /** Where this item stands in the list: pass it as `after` or `before` to page from here. Opaque. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Ledger;
};

/** Conditions on ledgers, all of which must hold (AND); or, alone, an `or` list of which any one must hold. */
export type LedgerFilter = {
  /** When Blnk created the ledger. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** The ledger id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  /** The name. */
  name?: InputMaybe<StringFilter>;
  /** Any one of these conditions (1 to 100; Blnk's logical_operator "or"). Alone in its filter: Blnk applies one operator to every condition it is sent, so or cannot be mixed with other fields here, and is refused where the gateway adds a condition of its own (a confined caller's identity, a nested list's parent). Pages of an or list go by offset (see the order input): unstable under writes. */
  or?: InputMaybe<Array<LedgerCondition>>;
};

/** The order of ledgers. Ordered by createdAt (the default), `after` cursors are keyset-based: walking the list with first/after while rows are written yields every row that existed when the walk began exactly once (rows written during the walk may appear or be missed: a queued transfer's outcome is written later with its parent's createdAt). `last`/`before`, a filter's `or` list, and a millisecond holding more than 150 rows page by offset instead. Any other field pages by offset, which is unstable under writes: a row written or changed between two pages can shift the rest, so a row may repeat or be skipped. Blnk sorts on that one column with no tie-breaker, so rows with equal values come in no fixed order. */
export type LedgerOrder = {
  /** DESC when absent. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort on. */
  field: LedgerOrderField;
};

/** A field ledgers can be ordered by: those Blnk sorts on. */
export type LedgerOrderField =
  /** When Blnk created the ledger. */
  | 'CREATED_AT'
  /** The name, as text. */
  | 'NAME';

/** One provider's share of a lineage-tracked balance. Amounts are exact minor units. */
export type LineageProvider = {
  __typename?: 'LineageProvider';
  /** What remains of it: received − spent. */
  available: Scalars['BigInt']['output'];
  /** The provider, as the crediting transfer named it (BLNK_LINEAGE_PROVIDER). */
  provider: Scalars['String']['output'];
  /** Everything received from this provider. */
  received: Scalars['BigInt']['output'];
  /** The shadow balance Blnk keeps for this provider and identity (indicator @<provider>_<identity>_lineage, general ledger). */
  shadowBalanceId: Scalars['ID']['output'];
  /** What debits of the balance have drawn from this provider's funds. */
  spent: Scalars['BigInt']['output'];
};

/** A condition on one top-level metadata key (Blnk does not filter nested keys): the key and at least one operator. Values are compared as text. */
export type MetaDataFilter = {
  /** The value, read as text, is this: "42" matches a stored number 42 and a stored string "42"; "true" a stored true. Numbers read as Blnk writes them (42, not 42.0). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive LIKE on the value. */
  ilike?: InputMaybe<Scalars['String']['input']>;
  /** The value, read as text, is one of these (1 to 1000). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: the key is absent or null; false: it holds a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** The top-level key; matches ^[a-zA-Z][a-zA-Z0-9_]*$. */
  key: Scalars['String']['input'];
  /** SQL LIKE on the value: `%` any run of characters, `_` one character. */
  like?: InputMaybe<Scalars['String']['input']>;
  /** The value, read as text, is not this. A row without the key does not match (Blnk compares in SQL). */
  ne?: InputMaybe<Scalars['String']['input']>;
};

/** field operator threshold, such as balance < 100.00. */
export type MonitorCondition = {
  __typename?: 'MonitorCondition';
  /** The watched field; null when Blnk holds one this API does not know. */
  field?: Maybe<MonitorField>;
  /** The comparison; null when Blnk holds one this API does not know. A stored "=" reads as EQ. */
  operator?: Maybe<MonitorOperator>;
  /** The threshold in minor units. Blnk lists monitors without it: in balanceMonitors, selecting it or precision costs one call per distinct balance watched. */
  preciseValue?: Maybe<Scalars['BigInt']['output']>;
  /** Minor units per major unit. Blnk keeps it as a float64: one written in exponent form (1e+21) reads as the integer it names; null when it is not a whole number. Blnk lists monitors without it: in balanceMonitors, selecting it or preciseValue costs one call per distinct balance watched. */
  precision?: Maybe<Scalars['BigInt']['output']>;
  /** The threshold in major units. */
  value: Scalars['String']['output'];
};

/** field operator value, at a precision. Checked before anything is sent: Blnk v0.15.2 would store some conditions it then evaluates wrongly. */
export type MonitorConditionInput = {
  /** The balance field to watch. */
  field: MonitorField;
  /** The comparison (EQ is refused). */
  operator: MonitorOperator;
  /** Minor units per major unit; 1 when absent. Below 10^21 and kept digit for digit by a float64, as Blnk stores it. */
  precision?: InputMaybe<Scalars['BigInt']['input']>;
  /** The threshold in whole major units, such as "100": Blnk v0.15.2 keeps it as an integer and refuses 0. */
  value: Scalars['String']['input'];
};

/** The balance field a monitor watches (the Balance field of the same name). */
export type MonitorField =
  /** Balance.balance. */
  | 'BALANCE'
  /** Balance.creditBalance. */
  | 'CREDIT_BALANCE'
  /** Balance.debitBalance. */
  | 'DEBIT_BALANCE'
  /** Balance.inflightBalance. */
  | 'INFLIGHT_BALANCE'
  /** Balance.inflightCreditBalance. */
  | 'INFLIGHT_CREDIT_BALANCE'
  /** Balance.inflightDebitBalance. */
  | 'INFLIGHT_DEBIT_BALANCE';

/** How the field is compared with the threshold. */
export type MonitorOperator =
  /** Equal. Refused on create and update with a ValidationError: on Blnk v0.15.2 an equality monitor cannot be stored in a form its evaluator matches. Kept so that clients built against it still parse. */
  | 'EQ'
  /** Greater than. */
  | 'GT'
  /** Greater than or equal to. */
  | 'GTE'
  /** Less than. */
  | 'LT'
  /** Less than or equal to. */
  | 'LTE'
  /** Not equal to. */
  | 'NE';

/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Commits all or part of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a commit found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold whose children to read before retrying. */
  commitInflightTransaction?: Maybe<CommitInflightTransactionResult>;
  /** Commits up to 100 holds whole, in one Blnk call, with a result per id (commitInflightTransaction commits part of one). Ids Blnk does not know, and queued holds its queue has not applied, are answered without being sent. A full commit is never applied twice: sent again, Blnk refuses it (ALREADY_COMMITTED). When Blnk's answer is lost, each hold with a new APPLIED child is answered with it; otherwise the top-level error's extensions.holdIds name the holds whose children to read. Refused (FORBIDDEN) to a caller confined to an identity. */
  commitInflightTransactions?: Maybe<CommitInflightTransactionsResult>;
  /** Creates an empty balance in a ledger (needs ledger:admin). Errors: ValidationError (a blank currency, lineage without identity), NotFoundError (the ledger or identity), ConflictError. */
  createBalance?: Maybe<CreateBalanceResult>;
  /** Creates a monitor on a balance (needs ledger:admin). Errors: ValidationError (a condition Blnk v0.15.2 cannot keep, a description, a bad callbackUrl), NotFoundError (the balance), ConflictError. */
  createBalanceMonitor?: Maybe<CreateBalanceMonitorResult>;
  /** Creates an identity (needs ledger:admin). Errors: ValidationError (an id that is not idt_ and a UUID), ConflictError (that id exists). */
  createIdentity?: Maybe<CreateIdentityResult>;
  /** Creates a ledger (needs ledger:admin). Errors: ValidationError (a blank name), ConflictError. */
  createLedger?: Maybe<CreateLedgerResult>;
  /** Deletes a monitor (needs ledger:admin). Errors: NotFoundError, ConflictError. */
  deleteBalanceMonitor?: Maybe<DeleteBalanceMonitorResult>;
  /** Deletes an identity. One that still owns balances cannot be deleted: Blnk fails on the foreign key with a bare 500, which the gateway answers as a ConflictError. */
  deleteIdentity?: Maybe<DeleteIdentityResult>;
  /** Records several transactions in one batch, queued by default: the answer (status "applied") comes before anything moves, and `items` shows each transaction as it stands (see RecordBulkTransactionsInput.atomic for what is undone). References already taken, or given twice, are refused before anything is sent, since a queued Blnk would drop those items silently. When Blnk's answer is lost (or is a 5xx), the top-level error's extensions hold every reference, in input order, and the batch id once one of them is found: look them up before retrying, and retry only with those references. */
  recordBulkTransactions?: Maybe<RecordBulkTransactionsResult>;
  /** Moves money. Queued by default (the answer is QUEUED; see `outcome`); `skipQueue` answers with the final transaction. Sent with a reference, so a retry never records it twice. A queued answer comes once Blnk has written the row (Blnk answers before it writes it; the gateway waits up to about 2 s), so its id can be read, committed, voided or refunded at once; a reference already taken answers DuplicateReferenceError, queued or not (Blnk itself answers a queued duplicate with success and drops it). A split (sources or destinations) has no row of its own: its answer's id is the legs' parentTransactionId, and its `children` are the legs. */
  recordTransaction?: Maybe<RecordTransactionResult>;
  /** Moves the amount of an applied transaction back, as a new transaction with reference `<id>_refund` (for a queued transaction, `<its outcome's id>_refund`). Once only: a transaction already refunded answers with its existing refund and nothing is sent, because Blnk v0.15.2, asked a second time, refuses the original (409) but refunds the first refund, paying the original again. The race remains: two refunds of one transaction sent at the same moment (through this gateway or straight to Blnk) both find no refund yet and both reach Blnk; the second is then answered with the first refund, and Blnk may have reversed that refund too: read the refund's children (a `<refund id>_refund` row) when refunds can race. A transaction with nothing to refund answers ValidationError on id (a hold that moved nothing, a rejected transaction) or ConflictError (not applied yet); an unknown id NotFoundError. When Blnk's answer is lost, the refund found by that reference is the answer; otherwise the error's extensions.reference names it. */
  refundTransaction?: Maybe<RefundTransactionResult>;
  /** Tokenizes identity PII fields (needs ledger:admin): each value is replaced by a token in Blnk, and the original is readable only through Identity.detokenized (pii:read). Fields already tokenized are left as they are, so this is safe to repeat. Needs BLNK_TOKENIZATION_SECRET (32 bytes) set on Blnk. Costs a read, the write and a read back. Errors: NotFoundError. */
  tokenizeIdentity?: Maybe<TokenizeIdentityResult>;
  /** Gives a balance to another identity (needs ledger:admin; refused to a caller confined to an identity), over Blnk's PUT /balances/{id}/identity, and answers the balance as Blnk holds it afterwards (one more read). Its transactions stay where they are: only the owner changes. Errors: NotFoundError (entity Identity or Balance; the identity is checked first), ValidationError (a blank id). */
  updateBalanceIdentity?: Maybe<UpdateBalanceIdentityResult>;
  /** Changes a monitor's field, operator or description and answers it read back (needs ledger:admin); the gateway sends Blnk the whole row, as Blnk's update replaces it. Errors: NotFoundError, ValidationError (a threshold change, a callbackUrl), ConflictError. */
  updateBalanceMonitor?: Maybe<UpdateBalanceMonitorResult>;
  /** Sets the fields given and answers the identity read back (needs ledger:admin). Blnk cannot clear a field. Errors: NotFoundError, ValidationError (nothing to set), ConflictError. */
  updateIdentity?: Maybe<UpdateIdentityResult>;
  /** Renames a ledger (needs ledger:admin). Errors: NotFoundError, ValidationError (a blank name), ConflictError. */
  updateLedger?: Maybe<UpdateLedgerResult>;
  /** Merges keys into an object's metadata. On a transaction id Blnk also merges them into the transaction's children (its queued outcome, split legs, commits and voids: every row whose parent it is); on a bulk batch id, into every transaction of the batch. */
  updateMetadata?: Maybe<UpdateMetadataResult>;
  /** Releases what is left of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a void found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold to read. */
  voidInflightTransaction?: Maybe<VoidInflightTransactionResult>;
  /** Voids up to 100 holds (what is left of each), in one Blnk call, with a result per id. Ids Blnk does not know, and queued holds its queue has not applied, are answered without being sent. A void is never applied twice: sent again, Blnk refuses it (ALREADY_VOIDED). When Blnk's answer is lost, each hold with a new VOID child is answered with it; otherwise the top-level error's extensions.holdIds name the holds whose children to read. Refused (FORBIDDEN) to a caller confined to an identity. */
  voidInflightTransactions?: Maybe<VoidInflightTransactionsResult>;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationCommitInflightTransactionArgs = {
  input: CommitInflightTransactionInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationCommitInflightTransactionsArgs = {
  input: SettleHoldsInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationCreateBalanceArgs = {
  input: CreateBalanceInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationCreateBalanceMonitorArgs = {
  input: CreateBalanceMonitorInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationCreateIdentityArgs = {
  input: CreateIdentityInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationCreateLedgerArgs = {
  input: CreateLedgerInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationDeleteBalanceMonitorArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationDeleteIdentityArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationRecordBulkTransactionsArgs = {
  input: RecordBulkTransactionsInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationRecordTransactionArgs = {
  input: RecordTransactionInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationRefundTransactionArgs = {
  input: RefundTransactionInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationTokenizeIdentityArgs = {
  fields?: InputMaybe<Array<PiiField>>;
  id: Scalars['ID']['input'];
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationUpdateBalanceIdentityArgs = {
  input: UpdateBalanceIdentityInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationUpdateBalanceMonitorArgs = {
  input: UpdateBalanceMonitorInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationUpdateIdentityArgs = {
  input: UpdateIdentityInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationUpdateLedgerArgs = {
  input: UpdateLedgerInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationUpdateMetadataArgs = {
  input: UpdateMetadataInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationVoidInflightTransactionArgs = {
  input: VoidInflightTransactionInput;
};


/** Writes. Every field needs ledger:write, and the ones that administer (ledgers, balances, identities, monitors, metadata) ledger:admin. Each answers a union of its result and typed errors. */
export type MutationVoidInflightTransactionsArgs = {
  input: SettleHoldsInput;
};

/** An object with a Blnk id, which names its type by prefix (bln_, ldg_, idt_, txn_, mon_): fetch any of them with node(id:) or nodes(ids:). */
export type Node = {
  /** Blnk's id, also the Relay global id (no base64): bln_…, ldg_…, idt_…, txn_… or mon_…. */
  id: Scalars['ID']['output'];
};

/** Code NOT_FOUND: what the mutation names does not exist (for a caller confined to an identity, also what is not its own). Nothing was written. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** The kind of object that is missing: Balance, Ledger, Identity, Transaction, Balance monitor, or Object when the id names no known kind. */
  entity: Scalars['String']['output'];
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
};

/** Order of a list by creation time (deprecated where a list takes `order`). Blnk sorts on one column with no tie-breaker. */
export type OrderBy =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first (the default). */
  | 'CREATED_AT_DESC';

/** Which way a list runs on its order field. */
export type OrderDirection =
  /** Smallest, earliest or first first. */
  | 'ASC'
  /** Largest, latest or last first (the default). */
  | 'DESC';

/** Where a page stands in its list (Relay's PageInfo). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last item's cursor; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page. At a page of 100 (the most Blnk returns) a full page counts as having more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first item's cursor; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An identity field Blnk can tokenize (Blnk v0.15.2 tokenizes these seven and no other). */
export type PiiField =
  /** The identity's emailAddress field. */
  | 'EMAIL_ADDRESS'
  /** The identity's firstName field. */
  | 'FIRST_NAME'
  /** The identity's lastName field. */
  | 'LAST_NAME'
  /** The identity's otherNames field. */
  | 'OTHER_NAMES'
  /** The identity's phoneNumber field. */
  | 'PHONE_NUMBER'
  /** The identity's postCode field. */
  | 'POST_CODE'
  /** The identity's street field. */
  | 'STREET';

/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type Query = {
  __typename?: 'Query';
  /** For a federation router: the Balance, Ledger, Identity or Transaction each representation ({__typename, id}) names, in order; null for one Blnk does not have. Needs ledger:read; at most 1000 representations, each counted in the cost. */
  _entities: Array<Maybe<_Entity>>;
  /** For a federation router: this subgraph's SDL. Needs ledger:read, and is served only while introspection is on or SUBGRAPH_SDL=true. */
  _service: _Service;
  /** A balance by id; null with a NOT_FOUND error when there is none. */
  balance?: Maybe<Balance>;
  /** The `@indicator` balance of a currency, such as `@World` in USD. */
  balanceByIndicator?: Maybe<Balance>;
  /** A balance monitor by id (needs ledger:admin); null with a NOT_FOUND error when there is none. */
  balanceMonitor?: Maybe<BalanceMonitor>;
  /** Every balance monitor (needs ledger:admin), newest first unless ordered otherwise. Blnk lists monitors whole, without paging or order: the gateway reads the whole list for each page and orders it (by creation, then id). */
  balanceMonitors?: Maybe<BalanceMonitorConnection>;
  /** Balances, newest first unless ordered otherwise. */
  balances?: Maybe<BalanceConnection>;
  /** Identities, newest first unless ordered otherwise. */
  identities?: Maybe<IdentityConnection>;
  /** An identity by id; null with a NOT_FOUND error when there is none. */
  identity?: Maybe<Identity>;
  /** A ledger by id; null with a NOT_FOUND error when there is none. */
  ledger?: Maybe<Ledger>;
  /** Ledgers, newest first unless ordered otherwise. */
  ledgers?: Maybe<LedgerConnection>;
  /** Any object by its id, whose prefix names its type: Balance (bln_), Ledger (ldg_, and general_ledger_id), Identity (idt_), Transaction (txn_) or BalanceMonitor (mon_; needs ledger:admin). Null with a NOT_FOUND error when there is none, or when the prefix names no type. */
  node?: Maybe<Node>;
  /** Objects by id, in the order asked, each null with a NOT_FOUND error when missing (at most 1000 distinct ids): Balance, Ledger, Identity, Transaction or BalanceMonitor, as for node. */
  nodes: Array<Maybe<Node>>;
  /** A transaction by id; null with a NOT_FOUND error when there is none. A split's id (recordTransaction with sources or destinations) names no row in Blnk v0.15.2: its legs are transactions(filter: { parentTransactionId: { eq: id } }). */
  transaction?: Maybe<Transaction>;
  /** A transaction by its unique reference; null with a NOT_FOUND error when there is none. A queued write is stored shortly after its answer, so a read straight after recordTransaction may briefly miss it. */
  transactionByReference?: Maybe<Transaction>;
  /** Transactions, newest first unless ordered otherwise. Rows with one createdAt (Blnk writes a queued transfer and its outcome, or a split's legs, in the same microsecond) are ordered by id, so offset pages never repeat or skip one. */
  transactions?: Maybe<TransactionConnection>;
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryBalanceArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryBalanceByIndicatorArgs = {
  currency: Scalars['String']['input'];
  indicator: Scalars['String']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryBalanceMonitorArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryBalanceMonitorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<BalanceMonitorOrder>;
  orderBy?: InputMaybe<OrderBy>;
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<BalanceOrder>;
  orderBy?: InputMaybe<OrderBy>;
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryIdentitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IdentityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<IdentityOrder>;
  orderBy?: InputMaybe<OrderBy>;
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryIdentityArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryLedgerArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryLedgersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LedgerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<LedgerOrder>;
  orderBy?: InputMaybe<OrderBy>;
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryTransactionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryTransactionByReferenceArgs = {
  reference: Scalars['String']['input'];
};


/** Reads. Every field needs the ledger:read scope; a caller confined to an identity sees only that identity, its balances and their transactions. */
export type QueryTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TransactionOrder>;
  orderBy?: InputMaybe<OrderBy>;
};

/** A batch of transfers for one bulk request. Every item is checked before anything is sent; a refused item answers a ValidationError whose path starts with its index. */
export type RecordBulkTransactionsInput = {
  /** Undo the batch when an error is raised while Blnk handles the request, by voiding its holds or refunding (through the queue) what it applied; the originals and their refunds both stay. This is not all or nothing: a queued batch meets no such error (a refused item is REJECTED later, a duplicate dropped) and nothing is undone; only with skipQueue can an item fail during the request. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Record every transaction as an inflight hold. */
  inflight?: InputMaybe<Scalars['Boolean']['input']>;
  /** Answer at once with status "processing"; Blnk records the items in the background and reports only to its webhook. */
  runAsync?: InputMaybe<Scalars['Boolean']['input']>;
  /** Apply each item during the request, in order. A refused item (insufficient funds, a missing balance) stops the batch and answers a typed error; the items before it stay applied unless atomic is set. Absent or false: every item is queued, the answer comes before anything moves, and refusals appear later as REJECTED outcomes (see items). Required of a caller confined to an identity, as for recordTransaction. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 10000; at most CONFINED_MAX_BULK (10 by default) for a caller confined to an identity, each counting against its CONFINED_WRITES_PER_MINUTE. */
  transactions: Array<BulkTransactionInput>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type RecordBulkTransactionsResult = BulkItemFailedError | BulkTransactionsPayload | ConflictError | DuplicateReferenceError | InsufficientFundsError | NotFoundError | ValidationError;

/** One transfer. Checked by the gateway before anything is sent to Blnk. */
export type RecordTransactionInput = {
  /** Let the source go below zero. False when absent. */
  allowOverdraft?: InputMaybe<Scalars['Boolean']['input']>;
  /** The amount as an exact decimal in major units, such as "12.34", with no more places than precision holds (never rounded). Give this or preciseAmount, not both. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** Any non-blank code, such as "USD". Blnk does not check it against the balances' currencies: keep them equal, or units move at par between currencies. A caller confined to an identity pays only in currencies CURRENCY_PRECISIONS lists, once it is set (FORBIDDEN otherwise). */
  currency: Scalars['String']['input'];
  /** Free text, kept with the transaction and shown in both balances' histories. At most 500 characters; tab, line feed and carriage return are the only control characters taken (BAD_USER_INPUT otherwise). */
  description: Scalars['String']['input'];
  /** Where the money goes: a balance id or an @indicator. Give this or destinations. */
  destination?: InputMaybe<Scalars['String']['input']>;
  /** Several destinations instead of one, with the same rules as sources. */
  destinations?: InputMaybe<Array<TransactionLegInput>>;
  /** Backdate the transaction: when it counts as moved for historical balances. */
  effectiveDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold the amount until committed or voided, instead of moving it now. */
  inflight?: InputMaybe<Scalars['Boolean']['input']>;
  /** For a hold: when Blnk may release it. Whole seconds only (Blnk refuses fractions). */
  inflightExpiryDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** A JSON object of your own keys. Numbers must be within ±(2^53−1) (Blnk keeps them as float64); send larger ones as strings. With description, reference and currency (counted twice), at most 6000 bytes as PostgreSQL prints them (BAD_USER_INPUT, extensions.limit ROW_TEXT_BYTES, otherwise): Blnk v0.15.2 fails a larger row, or drops it after answering a queued write. */
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** How far below zero the source may go, in minor units at this transfer's precision (Blnk applies it whether or not allowOverdraft is set; allowOverdraft without a limit is unlimited). Blnk v0.15.2 takes it as a float64 of major units and turns it back into minor units: a limit that does not come back exactly (a precision whose 1/precision has no finite decimal, more than a float64's 15–17 digits, past 2^63−1) is refused with a ValidationError, never rounded. Above zero only. Refused (FORBIDDEN) to a caller confined to an identity. Blnk keeps it only for applying the transfer: reads answer 0. */
  overdraftLimit?: InputMaybe<Scalars['BigInt']['input']>;
  /** The amount in minor units, greater than zero and at most 10^78. Give this or amount, not both. Blnk keeps balances as PostgreSQL NUMERIC and holds far more (real Blnk v0.15.2 applies 10^308 and refuses 10^309, whose float64 `amount` is infinite), so the bound is the gateway's: above any token supply (2^256 ≈ 1.2×10^77). A caller confined to an identity moves at most what its balance holds (InsufficientFundsError, before anything is sent). */
  preciseAmount?: InputMaybe<Scalars['BigInt']['input']>;
  /** Minor units per major unit (100 for cents, 10^18 for wei). Defaults to 1 when absent: amounts then count whole units, and an amount with decimals is refused. At most 2^63−1 and kept digit for digit by a float64, as Blnk stores it. A caller confined to an identity pays each currency at the precision the gateway's CURRENCY_PRECISIONS gives it (the default when absent; FORBIDDEN otherwise), so that the payee's statement reads the amount that moved. */
  precision?: InputMaybe<Scalars['BigInt']['input']>;
  /** Unique per transaction: the key that makes a retry safe (Blnk refuses a second use with DUPLICATE_REFERENCE). Generated (gql_ and a UUID, returned) when absent; give your own to retry safely. A caller confined to an identity gives `<its identity id>:<name>`, the name without colons and not ending in _q, _refund, _commit or _void (FORBIDDEN otherwise): references are unique across the ledger. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Apply at this time instead of now (the answer is SCHEDULED). Whole seconds only (Blnk refuses fractions). */
  scheduledFor?: InputMaybe<Scalars['DateTime']['input']>;
  /** Apply now and answer with the final transaction (APPLIED or INFLIGHT), so refusals such as insufficient funds come back as typed errors. Absent or false: Blnk's queue, answered QUEUED at once and checked later (see Transaction.outcome and rejectionReason). Required of a caller confined to an identity (FORBIDDEN otherwise): a queued payment that fails still leaves QUEUED and REJECTED rows in the payee's history. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the money comes from: a balance id, or an @indicator such as @World (created on first use, in the general ledger, in this currency). Give this or sources. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Several sources instead of one (at least two legs; see TransactionLegInput). Each leg is its own transfer: queued, each is settled on its own (one can be REJECTED while another is APPLIED); with skipQueue a refused leg stops the rest but leaves earlier legs applied, unless atomic is set (then Blnk refunds them through its queue). */
  sources?: InputMaybe<Array<TransactionLegInput>>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type RecordTransactionResult = ConflictError | DuplicateReferenceError | InsufficientFundsError | NotFoundError | Transaction | ValidationError;

/** The transaction to refund. */
export type RefundTransactionInput = {
  /** An applied (or voided) transaction id (txn_…), or a queued one once its outcome is APPLIED, or a hold with commits (Blnk refunds the commits). Blnk refunds each transaction once. */
  id: Scalars['ID']['input'];
  /** Refund now and answer with the applied refund. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type RefundTransactionResult = ConflictError | InsufficientFundsError | NotFoundError | Transaction | ValidationError;

/** The holds to commit or void, whole. */
export type SettleHoldsInput = {
  /** The holds' transaction ids: 1 to 100, each once (ValidationError otherwise). Results come back in this order. */
  ids: Array<Scalars['ID']['input']>;
  /** True: Blnk acts on each hold now, and each result carries the commit (APPLIED) or void (VOID) row Blnk wrote. False or absent: Blnk's queue acts shortly after, and each result carries the hold, still INFLIGHT (read its children later). */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on text, compared exactly (case-sensitive unless ilike); all that are given must hold. */
export type StringFilter = {
  /** Equal to this text. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive LIKE. */
  ilike?: InputMaybe<Scalars['String']['input']>;
  /** One of these (1 to 1000 values). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: holds no value (the field reads null; Blnk's NULL and its empty string both count); false: holds one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** SQL LIKE: `%` any run of characters, `_` one character. */
  like?: InputMaybe<Scalars['String']['input']>;
  /** Not this text; a row that holds none matches. (Blnk compares in SQL, where NULL is never "not equal": for an indicator the gateway first finds the balances holding it, at most 100, and excludes them by id; on a transaction, neither side may be one of them.) */
  ne?: InputMaybe<Scalars['String']['input']>;
};

/** Live updates, over GraphQL over SSE or graphql-ws at /graphql, fed by Blnk's webhooks (POST /webhooks/blnk). Every field needs ledger:read; a caller confined to an identity follows only its own balances and their transactions. Amounts are always read from Blnk, never taken from a webhook. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each time a monitor on the balance finds its condition true, once per (monitor, balance version): Blnk re-sends its alert on every applied transaction while the condition holds, and the gateway passes on one per version of the balance. Monitors are the operator's: this needs ledger:admin. */
  balanceAlert: BalanceAlert;
  /** The balance after each change that touches it (a transaction applied, held, committed or voided), read from Blnk once per change, in increasing `version`: never an older version after a newer one; changes that come in a burst may arrive as one. A missing balance, or another identity’s for a confined caller, is refused with NOT_FOUND. */
  balanceUpdated: Balance;
  /** Each item of a bulk batch as Blnk writes it (a queued item when its outcome is), read from Blnk; and, for a batch recorded with runAsync, the batch-wide `applied` Blnk sends then. Blnk sends no batch-wide event for other batches: follow their items. */
  bulkTransactionsUpdated: BulkTransactionsUpdate;
  /** Each row of a transaction's chain as Blnk writes it, read from Blnk: a queued transfer's outcome (its `_q` row, APPLIED or REJECTED; Blnk sends no event for the QUEUED row itself), a hold (INFLIGHT) and its commit (APPLIED) or void (VOID), a scheduled transfer when it applies. Follow it by `id`, or by `reference` (also before a row with that reference exists). One of the two is required. */
  transactionUpdated: Transaction;
};


/** Live updates, over GraphQL over SSE or graphql-ws at /graphql, fed by Blnk's webhooks (POST /webhooks/blnk). Every field needs ledger:read; a caller confined to an identity follows only its own balances and their transactions. Amounts are always read from Blnk, never taken from a webhook. */
export type SubscriptionBalanceAlertArgs = {
  balanceId: Scalars['ID']['input'];
};


/** Live updates, over GraphQL over SSE or graphql-ws at /graphql, fed by Blnk's webhooks (POST /webhooks/blnk). Every field needs ledger:read; a caller confined to an identity follows only its own balances and their transactions. Amounts are always read from Blnk, never taken from a webhook. */
export type SubscriptionBalanceUpdatedArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/** Live updates, over GraphQL over SSE or graphql-ws at /graphql, fed by Blnk's webhooks (POST /webhooks/blnk). Every field needs ledger:read; a caller confined to an identity follows only its own balances and their transactions. Amounts are always read from Blnk, never taken from a webhook. */
export type SubscriptionBulkTransactionsUpdatedArgs = {
  batchId: Scalars['ID']['input'];
};


/** Live updates, over GraphQL over SSE or graphql-ws at /graphql, fed by Blnk's webhooks (POST /webhooks/blnk). Every field needs ledger:read; a caller confined to an identity follows only its own balances and their transactions. Amounts are always read from Blnk, never taken from a webhook. */
export type SubscriptionTransactionUpdatedArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type TokenizeIdentityResult = ConflictError | Identity | NotFoundError | ValidationError;

/** A movement of money from a source balance to a destination balance, as Blnk records it. Blnk never changes a transaction: queueing, commits, voids and refunds write new transactions linked by parentTransaction. */
export type Transaction = Node & {
  __typename?: 'Transaction';
  /** Whether the source may go below zero. On the recording mutation's answer only: Blnk's reads keep the flag inside metaData and answer false here. */
  allowOverdraft: Scalars['Boolean']['output'];
  /** The exact decimal preciseAmount / precision, in major units (not Blnk's float), written at the precision's scale so that every amount of one precision has the same number of places: precision 100 gives "12.30" (never "12.3"), 1 gives "12", 10^18 gives 18 places. A precision made of 2s and 5s but not a power of ten takes the places of 1/precision (4: "0.25", two places). A precision with any other factor (3, 7, 12) has no finite decimal: the amount is rounded half up to 16 places. A precision Blnk holds as a fraction (another client's 2.5) is used as it is (precision is then null). */
  amount: Scalars['String']['output'];
  /** Blnk's own amount_string, the amount in major units as Blnk wrote it. Only on the answer to a write sent with a precise amount (every write through this gateway); null on reads, which never select it. `amount` is always there and exact. */
  amountString?: Maybe<Scalars['String']['output']>;
  /** Whether a split transfer (sources or destinations) was sent atomic, all legs or none. Only on the recording mutation's answer: Blnk v0.15.2 does not store it, so reads answer false. */
  atomic: Scalars['Boolean']['output'];
  /** Transactions whose parent is this one: a queued transaction's outcome, an inflight hold's commits and voids, refunds. */
  children?: Maybe<TransactionConnection>;
  /** When Blnk wrote the row; null when Blnk holds no time. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** As the transaction was sent. Blnk never compares it with its balances' currencies. */
  currency: Scalars['String']['output'];
  /** Free text from the caller; null when Blnk holds none. */
  description?: Maybe<Scalars['String']['output']>;
  /** The balance the money went to. Null for a split transaction (several destinations), whose legs are its children. */
  destinationBalance?: Maybe<Balance>;
  /** When the money counts as moved, for historical balances (Balance.at): the date the caller gave to backdate it, else as Blnk set it. Null when Blnk holds none. */
  effectiveDate?: Maybe<Scalars['DateTime']['output']>;
  /** Blnk's hash of the transaction (64 hex digits), for tamper checks; null when Blnk holds none. */
  hash?: Maybe<Scalars['String']['output']>;
  /** Blnk's id, also the Relay global id (no base64): bln_…, ldg_…, idt_…, txn_… or mon_…. */
  id: Scalars['ID']['output'];
  /** Whether the transaction was recorded as a hold, to be committed or voided later. */
  inflight: Scalars['Boolean']['output'];
  /** Only on a mutation's answer: Blnk v0.15.2's reads never select it (null on reads). */
  inflightCommitDate?: Maybe<Scalars['DateTime']['output']>;
  /** Only on the answer of the mutation that recorded the hold: Blnk v0.15.2 neither stores nor reads it back (null on reads). */
  inflightExpiryDate?: Maybe<Scalars['DateTime']['output']>;
  /** The transfer's fund lineage: its allocation across providers and its shadow transfers (needs an operator: not for a caller confined to an identity). One GET /transactions/{id}/lineage per transaction. */
  lineage?: Maybe<TransactionLineage>;
  /** The caller's metadata, with the flags Blnk keeps there (allow_overdraft, inflight) and blnk_rejection_reason on a rejected row (see rejectionReason). The keys Blnk writes to run its queue (QUEUED_PARENT_TRANSACTION, queue_lane, queue_pair_key, and a bulk item's sequence) are not shown: parentTransaction and outcome say what they say. Null when there is none. */
  metaData?: Maybe<Scalars['JSON']['output']>;
  /** For a QUEUED or SCHEDULED transaction: what Blnk made of it once applied, an APPLIED, INFLIGHT or REJECTED transaction; null until then, and for other transactions. */
  outcome?: Maybe<Transaction>;
  /** The overdraft limit the transfer was sent with, in minor units (Blnk's float of major units × precision). Only on the recording mutation's answer: Blnk v0.15.2 stores no such column, so reads answer 0. Null when the decimal Blnk sent is not a whole number of minor units at this precision. */
  overdraftLimit?: Maybe<Scalars['BigInt']['output']>;
  /** The transaction this one came from: the queued original, the inflight hold, the refunded one. Null for a transaction that has none, for a bulk item (whose parent is its batch id), and for a split leg (a split has no row of its own in Blnk v0.15.2): parentTransactionId names those. */
  parentTransaction?: Maybe<Transaction>;
  /** The parent's id as Blnk holds it, also when it names no transaction row: a bulk batch id (bulk_…), or the id recordTransaction answered for a split (sources or destinations), whose legs are transactions(filter: { parentTransactionId: { eq: … } }). Null for a transaction without a parent. */
  parentTransactionId?: Maybe<Scalars['ID']['output']>;
  /** The amount in minor units (cents for precision 100, wei for 10^18): amount × precision. Exact at any size; a string of digits on the wire. */
  preciseAmount: Scalars['BigInt']['output'];
  /** Minor units per major unit, such as 100 for cents or 10^18 for wei. Blnk keeps it as a float64: one written in exponent form by another client (1e+21) reads as the integer it names; null when Blnk holds a precision that is not a whole number. */
  precision?: Maybe<Scalars['BigInt']['output']>;
  /** Unique across the ledger. Blnk names the rows it writes itself after it: `<reference>_q` for a queued transaction's outcome, `<id>_refund` for a refund. */
  reference: Scalars['String']['output'];
  /** Why Blnk rejected this transaction: set on a REJECTED transaction, and on a QUEUED or SCHEDULED one whose outcome Blnk rejected (one more lookup, the same as `outcome`'s). Null for every other transaction, and while a queued one is still waiting. A queued transfer is only checked when Blnk applies it, so this is where a queued transfer's refusal (such as insufficient funds) shows. */
  rejectionReason?: Maybe<TransactionRejection>;
  /** Only on the answer of the mutation that recorded the transaction: Blnk v0.15.2's reads never select it, so a transaction read back has null here, scheduled or not. */
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the write asked to skip Blnk's queue. Only on the recording mutation's answer: Blnk v0.15.2 does not store it, so reads answer false (status QUEUED, and an outcome, tell a queued transaction). */
  skipQueue: Scalars['Boolean']['output'];
  /** The balance the money left. Null for a split transaction (several sources), whose legs are its children. */
  sourceBalance?: Maybe<Balance>;
  /** Where the transaction is in its life; see TransactionStatus. */
  status: TransactionStatus;
};


/** A movement of money from a source balance to a destination balance, as Blnk records it. Blnk never changes a transaction: queueing, commits, voids and refunds write new transactions linked by parentTransaction. */
export type TransactionChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TransactionOrder>;
  orderBy?: InputMaybe<OrderBy>;
};

/** One condition of a TransactionFilter's `or` list: exactly one field with exactly one operator. */
export type TransactionCondition = {
  /** In major units, compared by Blnk with its own `amount` column (a float it derived from preciseAmount and precision), not with this API's exact amount: beyond about 15 significant digits the comparison is approximate. For exact comparisons, filter on precision and compare preciseAmount client-side. */
  amount?: InputMaybe<DecimalFilter>;
  /** The source or the destination. */
  balanceId?: InputMaybe<BalanceIdFilter>;
  /** When Blnk wrote the row. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** The currency, compared exactly (case-sensitive). */
  currency?: InputMaybe<StringFilter>;
  /** The description. */
  description?: InputMaybe<StringFilter>;
  /** The destination balance id. */
  destinationId?: InputMaybe<IdFilter>;
  /** The identity owning the destination balance; resolved to its balances like sourceIdentityId. */
  destinationIdentityId?: InputMaybe<IdFilter>;
  /** The effective date. */
  effectiveDate?: InputMaybe<DateTimeFilter>;
  /** The transaction id. */
  id?: InputMaybe<IdFilter>;
  /** The indicator of the source or destination balance. */
  indicator?: InputMaybe<StringFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  /** The parent: a queued original, a hold, a refunded transaction, a split, or a bulk batch id (bulk_…). */
  parentTransactionId?: InputMaybe<IdFilter>;
  /** Minor units per major unit. */
  precision?: InputMaybe<BigIntFilter>;
  /** The reference. */
  reference?: InputMaybe<StringFilter>;
  /** The source balance id. */
  sourceId?: InputMaybe<IdFilter>;
  /** The identity owning the source balance. Blnk has no such filter: the gateway resolves the identity to its balances first (at most 100; isNull is not supported). */
  sourceIdentityId?: InputMaybe<IdFilter>;
  /** The status. */
  status?: InputMaybe<TransactionStatusFilter>;
};

/** A page of a list, in Relay's connection form. Blnk pages by offset: rows written or deleted between two pages can shift the list. */
export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<TransactionEdge>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** Whether totalCount is an estimate. Blnk Core always counts exactly (false). Blnk Cloud may estimate a count (its Filters API's `total_is_estimate`); on transactions the gateway asks Cloud for an exact count (`strict_total=true`) whenever totalCount is selected, which costs Cloud a full count, so this reads true only where Cloud estimated a count the gateway did not ask to be exact. False when there is no count. */
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

/** One item of a page, with its cursor. */
export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  /** Where this item stands in the list: pass it as `after` or `before` to page from here. Opaque. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Transaction;
};

/** Conditions on transactions (each field filters the column of the same name in Blnk), all of which must hold (AND); or, alone, an `or` list of which any one must hold. */
export type TransactionFilter = {
  /** In major units, compared by Blnk with its own `amount` column (a float it derived from preciseAmount and precision), not with this API's exact amount: beyond about 15 significant digits the comparison is approximate. For exact comparisons, filter on precision and compare preciseAmount client-side. */
  amount?: InputMaybe<DecimalFilter>;
  /** The source or the destination. */
  balanceId?: InputMaybe<BalanceIdFilter>;
  /** When Blnk wrote the row. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** The currency, compared exactly (case-sensitive). */
  currency?: InputMaybe<StringFilter>;
  /** The description. */
  description?: InputMaybe<StringFilter>;
  /** The destination balance id. */
  destinationId?: InputMaybe<IdFilter>;
  /** The identity owning the destination balance; resolved to its balances like sourceIdentityId. */
  destinationIdentityId?: InputMaybe<IdFilter>;
  /** The effective date. */
  effectiveDate?: InputMaybe<DateTimeFilter>;
  /** The transaction id. */
  id?: InputMaybe<IdFilter>;
  /** The indicator of the source or destination balance. */
  indicator?: InputMaybe<StringFilter>;
  /** Conditions on top-level metadata keys, all of which must hold. */
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  /** Any one of these conditions (1 to 100; Blnk's logical_operator "or"). Alone in its filter: Blnk applies one operator to every condition it is sent, so or cannot be mixed with other fields here, and is refused where the gateway adds a condition of its own (a confined caller's identity, a nested list's parent). Pages of an or list go by offset (see the order input): unstable under writes. */
  or?: InputMaybe<Array<TransactionCondition>>;
  /** The parent: a queued original, a hold, a refunded transaction, a split, or a bulk batch id (bulk_…). */
  parentTransactionId?: InputMaybe<IdFilter>;
  /** Minor units per major unit. */
  precision?: InputMaybe<BigIntFilter>;
  /** The reference. */
  reference?: InputMaybe<StringFilter>;
  /** The source balance id. */
  sourceId?: InputMaybe<IdFilter>;
  /** The identity owning the source balance. Blnk has no such filter: the gateway resolves the identity to its balances first (at most 100; isNull is not supported). */
  sourceIdentityId?: InputMaybe<IdFilter>;
  /** The status. */
  status?: InputMaybe<TransactionStatusFilter>;
};

/** One of several sources or destinations, with its share of the amount. Blnk v0.15.2 records one transfer per leg, child of the split, in an order that is not the input's (the legs pass through a map), so read each child for its source or destination. The gateway refuses what Blnk would silently mishandle: two legs with one identifier (merged), a second "left" leg (ignored), and shares that do not add up to the amount without a "left" leg (Blnk gives the rest, or takes the excess, off the largest leg). Percentage shares are truncated to whole minor units and the few units left over go to the largest leg. */
export type TransactionLegInput = {
  /** A share: a percentage of the amount such as "50%", a fixed decimal amount in major units such as "12.50" (sent to Blnk exactly, in minor units), or "left" for what the other legs leave (one leg at most, and something must be left). Give this or preciseDistribution. */
  distribution?: InputMaybe<Scalars['String']['input']>;
  /** A balance id or an @indicator. At most one leg per identifier. */
  identifier: Scalars['String']['input'];
  /** A fixed share in minor units, greater than zero. Give this or distribution. */
  preciseDistribution?: InputMaybe<Scalars['BigInt']['input']>;
};

/** A transfer's lineage: how a debit was split across providers, and the shadow transfers Blnk wrote for it. */
export type TransactionLineage = {
  __typename?: 'TransactionLineage';
  /** For a debit of a lineage-tracked balance, the providers it drew on (FIFO, LIFO or PROPORTIONAL by the balance's allocationStrategy); empty otherwise, or while Blnk's lineage worker has not reached it. */
  fundAllocation: Array<FundAllocation>;
  /** The shadow transfers Blnk wrote for this one: a credit with a provider moves it from the shadow balance to the aggregate; a debit releases it back, one transfer per provider. */
  shadowTransactions: Array<Transaction>;
};

/** The order of transactions. Ordered by createdAt (the default), `after` cursors are keyset-based: walking the list with first/after while rows are written yields every row that existed when the walk began exactly once (rows written during the walk may appear or be missed: a queued transfer's outcome is written later with its parent's createdAt). `last`/`before`, a filter's `or` list, and a millisecond holding more than 150 rows page by offset instead. Any other field pages by offset, which is unstable under writes: a row written or changed between two pages can shift the rest, so a row may repeat or be skipped. Blnk sorts on that one column with no tie-breaker, so rows with equal values come in no fixed order. */
export type TransactionOrder = {
  /** DESC when absent. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort on. */
  field: TransactionOrderField;
};

/** A field transactions can be ordered by: those Blnk sorts on. */
export type TransactionOrderField =
  /** Blnk's float amount in major units: amounts of different precisions compare by major units, beyond about 15 significant digits approximately. */
  | 'AMOUNT'
  /** When Blnk wrote the row; rows with one createdAt are ordered by id. */
  | 'CREATED_AT'
  /** The currency code, as text. */
  | 'CURRENCY'
  /** The effective date. */
  | 'EFFECTIVE_DATE'
  /** The status, as Blnk's text (alphabetical). */
  | 'STATUS';

/** Why Blnk rejected a queued transaction. Nothing moved; send a new transaction (with a new reference) once the cause is fixed. */
export type TransactionRejection = {
  __typename?: 'TransactionRejection';
  /** The kind of reason, for programs. */
  code: TransactionRejectionCode;
  /** The reason in the gateway's words, for people. */
  message: Scalars['String']['output'];
};

/** The kind of reason Blnk's queue gave for rejecting a transaction. */
export type TransactionRejectionCode =
  /** The source balance did not hold enough when Blnk applied the transaction, and overdraft was not allowed */
  | 'INSUFFICIENT_FUNDS'
  /** Blnk rejected the transaction for another reason; its own text is in metaData.blnk_rejection_reason (for operators; clients should not parse it). */
  | 'OTHER'
  /** The transaction would have taken the source balance beyond its overdraft limit */
  | 'OVERDRAFT_LIMIT_EXCEEDED';

/** Where a transaction is in its life. A transaction never changes status: each step is a new transaction linked by parentTransaction. */
export type TransactionStatus =
  /** The money moved: the source was debited and the destination credited. Also the status of a committed part of a hold. */
  | 'APPLIED'
  /** Defined by Blnk, but Core 0.15 as read never writes it: a commit is written as an APPLIED child of the hold. Kept so that a value another Blnk build writes still reads. */
  | 'COMMIT'
  /** Listed by Blnk's SDK only: Core never writes it. Kept so that a value another Blnk build writes still reads. */
  | 'EXPIRED'
  /** A hold: the amount sits in the balances' inflight fields until committed (an APPLIED child) or voided (a VOID child). */
  | 'INFLIGHT'
  /** Accepted into Blnk's queue, not yet applied: nothing has moved. The row stays QUEUED for good; what Blnk made of it is a new row, its `outcome` (APPLIED, INFLIGHT or REJECTED). */
  | 'QUEUED'
  /** Blnk's queue refused the transaction when it came to apply it (such as insufficient funds): nothing moved. See rejectionReason. */
  | 'REJECTED'
  /** Recorded with scheduledFor: waiting for that time, then applied by the queue like a QUEUED transaction (see `outcome`). */
  | 'SCHEDULED'
  /** The row that released what was left of a hold: nothing moved. */
  | 'VOID';

/** Conditions on a status; all that are given must hold. */
export type TransactionStatusFilter = {
  /** This status. */
  eq?: InputMaybe<TransactionStatus>;
  /** One of these statuses. */
  in?: InputMaybe<Array<TransactionStatus>>;
  /** Any other status. */
  ne?: InputMaybe<TransactionStatus>;
};

/** Which balance is given to which identity. */
export type UpdateBalanceIdentityInput = {
  /** The balance to reassign. */
  balanceId: Scalars['ID']['input'];
  /** The identity that owns it from now on; it must exist. */
  identityId: Scalars['ID']['input'];
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type UpdateBalanceIdentityResult = Balance | ConflictError | NotFoundError | ValidationError;

/** Changes to a monitor; absent fields keep their value. */
export type UpdateBalanceMonitorInput = {
  /** Refused: Blnk's update cannot carry a callback URL (it clears the stored one on every update). */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** A new field or operator. value and precision must stay as they are (Blnk v0.15.2 never recomputes the threshold): to change them, delete the monitor and create another. */
  condition?: InputMaybe<MonitorConditionInput>;
  /** Replaces the description; absent keeps the current one. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The monitor to change. */
  id: Scalars['ID']['input'];
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type UpdateBalanceMonitorResult = BalanceMonitor | ConflictError | NotFoundError | ValidationError;

/** Fields to set. Blnk cannot clear a field: an empty string is not written. */
export type UpdateIdentityInput = {
  /** A category of your own; free text. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** City; free text. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country; free text. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth, such as "1990-01-31" (Blnk keeps the date only). */
  dob?: InputMaybe<Scalars['Date']['input']>;
  /** Email address; free text. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** First name; free text. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Gender; free text. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** The identity to change. */
  id: Scalars['ID']['input'];
  /** The kind of identity, such as "individual" or "organization"; free text. */
  identityType?: InputMaybe<Scalars['String']['input']>;
  /** Last name; free text. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** A JSON object; numbers within ±(2^53−1) (Blnk keeps them as float64). */
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** Nationality; free text. */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** An organization's name; free text. */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** Other names; free text. */
  otherNames?: InputMaybe<Scalars['String']['input']>;
  /** Phone number; free text. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Postal code; free text. */
  postCode?: InputMaybe<Scalars['String']['input']>;
  /** State or region; free text. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Street address; free text. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type UpdateIdentityResult = ConflictError | Identity | NotFoundError | ValidationError;

/** A new name for a ledger. */
export type UpdateLedgerInput = {
  /** The ledger to rename. */
  id: Scalars['ID']['input'];
  /** Blnk can rename a ledger; nothing else of it changes. */
  name: Scalars['String']['input'];
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type UpdateLedgerResult = ConflictError | Ledger | NotFoundError | ValidationError;

/** Keys to merge into an object's metadata. */
export type UpdateMetadataInput = {
  /** A ledger, balance, identity or transaction id, or a bulk batch id. */
  id: Scalars['ID']['input'];
  /** Keys to add or replace; other keys stay. Blnk's queue keys (QUEUED_PARENT_TRANSACTION, queue_lane, queue_pair_key) are refused: Blnk reads them back. On a balance, a transaction or a bulk batch, each row changed must stay within 6000 bytes of the caller's text once merged (a balance's currency and metadata; a transaction's description, reference, currency twice and metadata, as PostgreSQL prints them): the rows are read first, and a larger merge is refused with BAD_USER_INPUT (extensions.limit ROW_TEXT_BYTES) before anything is written. Ledgers and identities take larger metadata. */
  metaData: Scalars['JSON']['input'];
};

/** The metadata after the merge. */
export type UpdateMetadataPayload = {
  __typename?: 'UpdateMetadataPayload';
  /** The id the keys were merged into, as given. */
  id: Scalars['ID']['output'];
  /** All of the metadata after the merge, without the keys Blnk writes to run its queue (see Transaction.metaData); for a bulk batch id, only the keys sent (Blnk answers nothing more, and a batch has no metadata of its own). */
  metaData: Scalars['JSON']['output'];
  /** The object itself, read after the change. */
  node?: Maybe<Node>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type UpdateMetadataResult = ConflictError | NotFoundError | UpdateMetadataPayload | ValidationError;

/** An input the gateway or Blnk cannot take, such as an amount with more decimals than its precision, or a blank currency. Code VALIDATION_ERROR; nothing was written. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  /** What went wrong, for programs: stable, and one of the ErrorCode values each error type documents. */
  code: ErrorCode;
  /** The dotted path of the value at fault (`transactions.3.amount`); null when no one field is (path is then null too). Kept for clients written before `path`. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, in the gateway's own words, for people; it may change between releases. Blnk's wording is never copied here. */
  message: Scalars['String']['output'];
  /** The value at fault, from the mutation's argument inward (the `input` argument's fields, bulk items by index): ["transactions", "3", "amount"]. Null when the refusal is about the input as a whole, or Blnk did not say which value. */
  path?: Maybe<Array<Scalars['String']['output']>>;
  /** Every value refused, one entry each, when Blnk lists several ("currency: …; reference: …"); the first is `path`. Empty when no value could be named. */
  problems: Array<InputProblem>;
};

/** The hold to release. */
export type VoidInflightTransactionInput = {
  /** The inflight transaction, or the QUEUED one that becomes it: the gateway then waits up to 5 s for Blnk's queue to apply the hold before sending anything (Blnk v0.15.2 would answer a queued action with success and drop it, and refuse one with skipQueue), and answers ConflictError if it is still queued, a ValidationError on id if the queue rejected it. An id Blnk does not know answers NotFoundError, after up to about 2 s spent waiting for a row Blnk may not have written yet; a transaction that is not a hold, a ValidationError on id. */
  id: Scalars['ID']['input'];
  /** Void now and answer with the void transaction. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type VoidInflightTransactionResult = AlreadyCommittedError | AlreadyVoidedError | ConflictError | NotFoundError | Transaction | ValidationError;

/** A mutation's answer: the object it wrote or read back, or one of the typed errors its description lists (each implements Error; select `... on Error { code message }`). Failures that are not the caller's input (credentials, transport, limits) are top-level errors instead. */
export type VoidInflightTransactionsResult = HoldSettlements | ValidationError;

/** Every type a federation router can resolve by key here. */
export type _Entity = Balance | Identity | Ledger | Transaction;

/** This subgraph, as a federation router reads it. */
export type _Service = {
  __typename?: '_Service';
  /** The sdl representing the federated service capabilities. Includes federation directives, removes federation types, and includes rest of full schema after schema directives have been applied */
  sdl?: Maybe<Scalars['String']['output']>;
};

export type DocBalanceThinQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocBalanceThinQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, currency: string, ledgerId: string, identityId?: string | null, createdAt?: string | null, metaData?: unknown | null } | null };

export type DocBalanceWithLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocBalanceWithLedgerQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', currency: string, ledger?: { __typename?: 'Ledger', name: string } | null } | null };

export type DocBalanceFullQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocBalanceFullQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', balance: string, creditBalance: string, version: number, trackFundLineage: boolean, indicator?: string | null, allocationStrategy?: AllocationStrategy | null } | null };

export type DocBalancesAmountQueryVariables = Exact<{ [key: string]: never; }>;


export type DocBalancesAmountQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, balance: string, currency: string, ledgerId: string } }> } | null };

export type DocBalancesCreditQueryVariables = Exact<{ [key: string]: never; }>;


export type DocBalancesCreditQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, balance: string, creditBalance: string } }> } | null };

export type DocTransactionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocTransactionQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string, preciseAmount: string, amount: string, currency: string, status: TransactionStatus } | null };

export type DocTransactionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocTransactionsQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, preciseAmount: string, currency: string } }> } | null };

export type DocLedgersQueryVariables = Exact<{
  meta: Scalars['Boolean']['input'];
}>;


export type DocLedgersQuery = { __typename?: 'Query', ledgers?: { __typename?: 'LedgerConnection', edges: Array<{ __typename?: 'LedgerEdge', node: { __typename?: 'Ledger', id: string, name: string, createdAt?: string | null, metaData?: unknown | null } }> } | null };

export type DocByIndicatorQueryVariables = Exact<{
  full: Scalars['Boolean']['input'];
}>;


export type DocByIndicatorQuery = { __typename?: 'Query', balanceByIndicator?: { __typename?: 'Balance', id: string, indicator?: string | null, currency: string, ledgerId: string, version?: number, balance?: string } | null };

export type DocCreateBalanceMutationVariables = Exact<{
  ledger: Scalars['ID']['input'];
}>;


export type DocCreateBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string, balance: string, currency: string, identityId?: string | null }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null };

export type DocUpdateMetaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocUpdateMetaMutation = { __typename?: 'Mutation', updateMetadata?:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateMetadataPayload', id: string, metaData: unknown }
    | { __typename: 'ValidationError' }
   | null };

export type CloudFilterTransactionsQueryVariables = Exact<{
  filter?: InputMaybe<TransactionFilter>;
}>;


export type CloudFilterTransactionsQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null };

export type CloudFilterBalancesQueryVariables = Exact<{
  filter?: InputMaybe<BalanceFilter>;
}>;


export type CloudFilterBalancesQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }> } | null };

export type CloudFilterLedgersQueryVariables = Exact<{
  filter?: InputMaybe<LedgerFilter>;
}>;


export type CloudFilterLedgersQuery = { __typename?: 'Query', ledgers?: { __typename?: 'LedgerConnection', edges: Array<{ __typename?: 'LedgerEdge', node: { __typename?: 'Ledger', id: string } }> } | null };

export type CloudFilterIdentitiesQueryVariables = Exact<{
  filter?: InputMaybe<IdentityFilter>;
}>;


export type CloudFilterIdentitiesQuery = { __typename?: 'Query', identities?: { __typename?: 'IdentityConnection', edges: Array<{ __typename?: 'IdentityEdge', node: { __typename?: 'Identity', id: string } }> } | null };

export type CloudListTransactionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type CloudListTransactionsQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null };

export type CloudListTransactionsCountedQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type CloudListTransactionsCountedQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', totalCount?: number | null, totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null };

export type CloudListBalancesQueryVariables = Exact<{
  ledger: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloudListBalancesQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type CloudListOrderedQueryVariables = Exact<{
  orderBy?: InputMaybe<OrderBy>;
  order?: InputMaybe<TransactionOrder>;
  last?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CloudListOrderedQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null };

export type RowsNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RowsNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', balance: string, creditBalance: string, id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type RowsOneBalanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RowsOneBalanceQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', balance: string, creditBalance: string, debitBalance: string, version: number } | null };

export type RowsFilteredQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RowsFilteredQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', balance: string } }> } | null };

export type RowsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type RowsPageQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, balance: string } }> } | null };

export type SplitPreciseMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type SplitPreciseMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', status: TransactionStatus }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type TransactionsByIdentityQueryVariables = Exact<{
  filter?: InputMaybe<TransactionFilter>;
}>;


export type TransactionsByIdentityQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null };

export type NewOwnedBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type NewOwnedBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance' }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ForgetIdentityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ForgetIdentityMutation = { __typename?: 'Mutation', deleteIdentity?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DeleteIdentityPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode }
   | null };

export type BlankIdentityUpdateMutationVariables = Exact<{
  input: UpdateIdentityInput;
}>;


export type BlankIdentityUpdateMutation = { __typename?: 'Mutation', updateIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type TagTransactionMutationVariables = Exact<{
  input: UpdateMetadataInput;
}>;


export type TagTransactionMutation = { __typename?: 'Mutation', updateMetadata?:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateMetadataPayload', metaData: unknown }
    | { __typename: 'ValidationError' }
   | null };

export type CloudBalanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudBalanceQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, balance: string, version: number, queuedDebitBalance: string, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null } | null };

export type CloudNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CloudNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', balance: string, id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type CloudPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type CloudPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError' }
    | { __typename: 'DuplicateReferenceError' }
    | { __typename: 'InsufficientFundsError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'Transaction', status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError' }
   | null };

export type CloudPagedQueryVariables = Exact<{
  ledger: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloudPagedQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type PageQueryVariables = Exact<{
  ledger: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  count?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type PageQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', cursor: string, node: { __typename?: 'Balance', id: string, currency: string, balance: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null };

export type SmallQueryVariables = Exact<{
  ledger: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type SmallQuery = { __typename?: 'Query', ledger?: { __typename?: 'Ledger', name: string, balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', cursor: string, node: { __typename?: 'Balance', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } | null } | null };

export type FilteredQueryVariables = Exact<{ [key: string]: never; }>;


export type FilteredQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, balance: string } }> } | null };

export type MetaFilteredQueryVariables = Exact<{
  ledger: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type MetaFilteredQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }> } | null };

export type OwnedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OwnedQuery = { __typename?: 'Query', identity?: { __typename?: 'Identity', firstName?: string | null, balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, identity?: { __typename?: 'Identity', firstName?: string | null } | null, ledger?: { __typename?: 'Ledger', name: string } | null } }> } | null } | null };

export type SetupMutationVariables = Exact<{
  ledger: CreateLedgerInput;
}>;


export type SetupMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'Ledger', id: string, name: string, metaData?: unknown | null }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   | null };

export type RenameMutationVariables = Exact<{
  input: UpdateLedgerInput;
}>;


export type RenameMutation = { __typename?: 'Mutation', updateLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger', name: string }
    | { __typename: 'NotFoundError', entity: string }
    | { __typename: 'ValidationError' }
   | null };

export type NewBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type NewBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string, currency: string, balance: string, identityId?: string | null, trackFundLineage: boolean, allocationStrategy?: AllocationStrategy | null, ledger?: { __typename?: 'Ledger', name: string } | null }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode, entity: string }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   | null };

export type PersonMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type PersonMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'Identity', id: string, firstName?: string | null, lastName?: string | null, dob?: string | null, emailAddress?: string | null }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type EditPersonMutationVariables = Exact<{
  input: UpdateIdentityInput;
}>;


export type EditPersonMutation = { __typename?: 'Mutation', updateIdentity?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'Identity', firstName?: string | null, lastName?: string | null, city?: string | null }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type DropPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DropPersonMutation = { __typename?: 'Mutation', deleteIdentity?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DeleteIdentityPayload', deletedId: string }
    | { __typename: 'NotFoundError', code: ErrorCode }
   | null };

export type WatchMutationVariables = Exact<{
  input: CreateBalanceMonitorInput;
}>;


export type WatchMutation = { __typename?: 'Mutation', createBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string, balanceId: string, description?: string | null, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null, value: string, precision?: string | null, preciseValue?: string | null } }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode, field?: string | null }
   | null };

export type MonitorsQueryVariables = Exact<{
  balance: Scalars['ID']['input'];
}>;


export type MonitorsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', monitors?: { __typename?: 'BalanceMonitorConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string, condition: { __typename?: 'MonitorCondition', operator?: MonitorOperator | null, preciseValue?: string | null } } }> } | null } | null, balanceMonitors?: { __typename?: 'BalanceMonitorConnection', edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', condition: { __typename?: 'MonitorCondition', preciseValue?: string | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } | null };

export type RewatchMutationVariables = Exact<{
  input: UpdateBalanceMonitorInput;
}>;


export type RewatchMutation = { __typename?: 'Mutation', updateBalanceMonitor?:
    | { __typename: 'BalanceMonitor', description?: string | null, condition: { __typename?: 'MonitorCondition', operator?: MonitorOperator | null, value: string, preciseValue?: string | null } }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', field?: string | null }
   | null, deleteBalanceMonitor?:
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteBalanceMonitorPayload' }
    | { __typename: 'NotFoundError' }
   | null };

export type TagMutationVariables = Exact<{
  input: UpdateMetadataInput;
}>;


export type TagMutation = { __typename?: 'Mutation', updateMetadata?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'UpdateMetadataPayload', metaData: unknown, node?:
        | { __typename?: 'Balance', metaData?: unknown | null, id: string }
        | { __typename?: 'BalanceMonitor', id: string }
        | { __typename?: 'Identity', id: string }
        | { __typename?: 'Ledger', id: string }
        | { __typename?: 'Transaction', id: string }
       | null }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type ManyQueryVariables = Exact<{
  l1: Scalars['ID']['input'];
  l2: Scalars['ID']['input'];
  i1: Scalars['ID']['input'];
  i2: Scalars['ID']['input'];
  t1: Scalars['ID']['input'];
  t2: Scalars['ID']['input'];
}>;


export type ManyQuery = { __typename?: 'Query', l1?: { __typename?: 'Ledger', name: string } | null, l2?: { __typename?: 'Ledger', name: string } | null, again?: { __typename?: 'Ledger', id: string } | null, i1?: { __typename?: 'Identity', firstName?: string | null } | null, i2?: { __typename?: 'Identity', firstName?: string | null } | null, t1?: { __typename?: 'Transaction', preciseAmount: string } | null, t2?: { __typename?: 'Transaction', preciseAmount: string } | null };

export type TransfersQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type TransfersQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance' }
    | { __typename?: 'BalanceMonitor' }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction', preciseAmount: string, sourceBalance?: { __typename?: 'Balance', indicator?: string | null } | null, destinationBalance?: { __typename?: 'Balance', id: string, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null } | null }
   | null> };

export type FullBalancesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type FullBalancesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', version: number, allocationStrategy?: AllocationStrategy | null }
    | { __typename?: 'BalanceMonitor' }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction' }
   | null> };

export type MonitorsOfBalancesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  again: Scalars['ID']['input'];
}>;


export type MonitorsOfBalancesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', monitors?: { __typename?: 'BalanceMonitorConnection', edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string, condition: { __typename?: 'MonitorCondition', precision?: string | null, preciseValue?: string | null } } }> } | null }
    | { __typename?: 'BalanceMonitor' }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction' }
   | null>, again?: { __typename?: 'Balance', monitors?: { __typename?: 'BalanceMonitorConnection', totalCount?: number | null } | null } | null };

export type OwnersOfOneBalanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OwnersOfOneBalanceQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', ledger?: { __typename?: 'Ledger', name: string, metaData?: unknown | null } | null, identity?: { __typename?: 'Identity', firstName?: string | null, identityType?: string | null } | null } | null };

export type IncludedThenWholeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  ledger: Scalars['ID']['input'];
  identity: Scalars['ID']['input'];
}>;


export type IncludedThenWholeQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null } | null, ledger?: { __typename?: 'Ledger', metaData?: unknown | null } | null, identity?: { __typename?: 'Identity', identityType?: string | null } | null };

export type NotAnnsQueryVariables = Exact<{
  filter?: InputMaybe<BalanceFilter>;
}>;


export type NotAnnsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }> } | null };

export type HistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
}>;


export type HistoryQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', balance: string, at?: { __typename?: 'HistoricalBalance', balance: string, creditBalance: string, debitBalance: string, currency: string } | null } | null };

export type AmountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  txn: Scalars['ID']['input'];
  ref: Scalars['String']['input'];
}>;


export type AmountsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', balance: string, creditBalance: string, debitBalance: string, available: string, expected: string } | null, world?: { __typename?: 'Balance', balance: string, debitBalance: string, indicator?: string | null, ledgerId: string, identityId?: string | null, metaData?: unknown | null } | null, transaction?: { __typename?: 'Transaction', preciseAmount: string, precision?: string | null, amount: string, status: TransactionStatus, destinationBalance?: { __typename?: 'Balance', balance: string } | null } | null, transactionByReference?: { __typename?: 'Transaction', id: string, precision?: string | null, amount: string, hash?: string | null } | null };

export type BalanceWithOwnerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BalanceWithOwnerQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, balance: string, creditBalance: string, debitBalance: string, ledger?: { __typename?: 'Ledger', id: string, name: string } | null, identity?: { __typename?: 'Identity', id: string, firstName?: string | null } | null } | null };

export type NodesAmountsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesAmountsQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', balance: string, currency: string, id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type NodesNestedQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesNestedQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', id: string, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type RowFieldsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RowFieldsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, balance: string, inflightBalance: string } | null };

export type WithVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithVersionQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, version: number } | null };

export type WithQueuedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithQueuedQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, queuedDebitBalance: string } | null };

export type RecordMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type RecordMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string, reference: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, reference: string, preciseAmount: string, precision?: string | null, amount: string, outcome?: { __typename?: 'Transaction', status: TransactionStatus } | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   | null };

export type BalanceAmountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BalanceAmountsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', balance: string, creditBalance: string, debitBalance: string, inflightBalance: string, inflightCreditBalance: string, inflightDebitBalance: string } | null };

export type WorldBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type WorldBalanceQuery = { __typename?: 'Query', balanceByIndicator?: { __typename?: 'Balance', balance: string } | null };

export type OutcomeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutcomeQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', status: TransactionStatus, outcome?: { __typename?: 'Transaction', status: TransactionStatus, preciseAmount: string, parentTransaction?: { __typename?: 'Transaction', id: string } | null } | null } | null };

export type HoldMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type HoldMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError' }
    | { __typename: 'DuplicateReferenceError' }
    | { __typename: 'InsufficientFundsError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'Transaction', id: string, status: TransactionStatus }
    | { __typename: 'ValidationError' }
   | null };

export type CommitMutationVariables = Exact<{
  input: CommitInflightTransactionInput;
}>;


export type CommitMutation = { __typename?: 'Mutation', commitInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'Transaction', status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type VoidMutationVariables = Exact<{
  input: VoidInflightTransactionInput;
}>;


export type VoidMutation = { __typename?: 'Mutation', voidInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'Transaction', status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type RefundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RefundMutation = { __typename?: 'Mutation', refundTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'InsufficientFundsError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'Transaction', status: TransactionStatus, preciseAmount: string, sourceBalance?: { __typename?: 'Balance', id: string } | null, destinationBalance?: { __typename?: 'Balance', id: string } | null }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type BulkMutationVariables = Exact<{
  input: RecordBulkTransactionsInput;
}>;


export type BulkMutation = { __typename?: 'Mutation', recordBulkTransactions?:
    | { __typename: 'BulkItemFailedError', code: ErrorCode }
    | { __typename: 'BulkTransactionsPayload', batchId: string, status: string, transactionCount?: number | null, references: Array<string> }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode }
    | { __typename: 'InsufficientFundsError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type SplitMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type SplitMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode }
    | { __typename: 'InsufficientFundsError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'Transaction', id: string, status: TransactionStatus }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type TransferHistoryQueryVariables = Exact<{
  balance: Scalars['ID']['input'];
  parent: Scalars['ID']['input'];
}>;


export type TransferHistoryQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', transactions?: { __typename?: 'TransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', preciseAmount: string, sourceBalance?: { __typename?: 'Balance', indicator?: string | null } | null } }> } | null } | null, transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', preciseAmount: string, destinationBalance?: { __typename?: 'Balance', id: string } | null } }> } | null };

export type BalanceVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BalanceVersionQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, version: number } | null };

export type BalanceAndLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  ledger: Scalars['ID']['input'];
}>;


export type BalanceAndLedgerQuery = { __typename: 'Query', balance?: { __typename?: 'Balance', id: string, version: number } | null, ledger?: { __typename?: 'Ledger', name: string } | null };

export type OwnersFromListQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnersFromListQuery = { __typename?: 'Query', identities?: { __typename?: 'IdentityConnection', edges: Array<{ __typename?: 'IdentityEdge', node: { __typename?: 'Identity', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', identity?: { __typename?: 'Identity', firstName?: string | null } | null } }> } | null } }> } | null };

export type LedgersFromListQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgersFromListQuery = { __typename?: 'Query', ledgers?: { __typename?: 'LedgerConnection', edges: Array<{ __typename?: 'LedgerEdge', node: { __typename?: 'Ledger', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', ledger?: { __typename?: 'Ledger', name: string } | null } }> } | null } }> } | null };

export type ScCfLedgerMutationVariables = Exact<{
  input: CreateLedgerInput;
}>;


export type ScCfLedgerMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScCfIdentityMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type ScCfIdentityMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScCfBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type ScCfBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type ScCfPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type ScCfPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
   | null };

export type ScCfBulkMutationVariables = Exact<{
  input: RecordBulkTransactionsInput;
}>;


export type ScCfBulkMutation = { __typename?: 'Mutation', recordBulkTransactions?:
    | { __typename: 'BulkItemFailedError', code: ErrorCode }
    | { __typename: 'BulkTransactionsPayload' }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode }
    | { __typename: 'InsufficientFundsError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type ScCfRefundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScCfRefundMutation = { __typename?: 'Mutation', refundTransaction?:
    | { __typename: 'ConflictError' }
    | { __typename: 'InsufficientFundsError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'Transaction' }
    | { __typename: 'ValidationError' }
   | null };

export type ScCfAdminMutationVariables = Exact<{
  ledger: Scalars['ID']['input'];
  identity: Scalars['ID']['input'];
  target: Scalars['ID']['input'];
}>;


export type ScCfAdminMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger' }
    | { __typename: 'ValidationError' }
   | null, createBalance?:
    | { __typename: 'Balance' }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null, updateMetadata?:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateMetadataPayload' }
    | { __typename: 'ValidationError' }
   | null };

export type ScCfAmountsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ScCfAmountsQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', balance: string, creditBalance: string, debitBalance: string, id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type ScCfReadsQueryVariables = Exact<{
  mine: Scalars['ID']['input'];
  theirs: Scalars['ID']['input'];
  me: Scalars['ID']['input'];
  them: Scalars['ID']['input'];
  myTxn: Scalars['ID']['input'];
  theirTxn: Scalars['ID']['input'];
  theirRef: Scalars['String']['input'];
}>;


export type ScCfReadsQuery = { __typename?: 'Query', mine?: { __typename?: 'Balance', id: string, balance: string, identity?: { __typename?: 'Identity', id: string, firstName?: string | null } | null } | null, theirs?: { __typename?: 'Balance', id: string, balance: string } | null, me?: { __typename?: 'Identity', id: string, firstName?: string | null } | null, them?: { __typename?: 'Identity', id: string, firstName?: string | null } | null, myTxn?: { __typename?: 'Transaction', id: string, preciseAmount: string } | null, theirTxn?: { __typename?: 'Transaction', id: string, preciseAmount: string } | null, byRef?: { __typename?: 'Transaction', id: string } | null, node?:
    | { __typename?: 'Balance', id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null };

export type ScCfNestedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScCfNestedQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string, sourceBalance?: { __typename?: 'Balance', id: string, balance: string } | null, destinationBalance?: { __typename?: 'Balance', id: string, balance: string } | null } | null };

export type ScCfNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ScCfNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type ScCfListsQueryVariables = Exact<{
  grace: Scalars['ID']['input'];
}>;


export type ScCfListsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }> } | null, identities?: { __typename?: 'IdentityConnection', edges: Array<{ __typename?: 'IdentityEdge', node: { __typename?: 'Identity', id: string } }> } | null, transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null, graceBalances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }> } | null, graceTransactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null };

export type ScCfLedgersQueryVariables = Exact<{ [key: string]: never; }>;


export type ScCfLedgersQuery = { __typename?: 'Query', ledgers?: { __typename?: 'LedgerConnection', edges: Array<{ __typename?: 'LedgerEdge', node: { __typename?: 'Ledger', id: string } }> } | null };

export type ScCnLedgerMutationVariables = Exact<{
  input: CreateLedgerInput;
}>;


export type ScCnLedgerMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScCnIdentityMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type ScCnIdentityMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScCnBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type ScCnBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null };

export type ScCnPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type ScCnPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScCnMonitorMutationVariables = Exact<{
  input: CreateBalanceMonitorInput;
}>;


export type ScCnMonitorMutation = { __typename?: 'Mutation', createBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScCnMonitorsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type ScCnMonitorsQuery = { __typename?: 'Query', balanceMonitors?: { __typename?: 'BalanceMonitorConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null };

export type ScCnBalanceMonitorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScCnBalanceMonitorsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', monitors?: { __typename?: 'BalanceMonitorConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null } | null };

export type ScCnRefQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type ScCnRefQuery = { __typename?: 'Query', transactionByReference?: { __typename?: 'Transaction', id: string, status: TransactionStatus } | null };

export type ScCnLedgersQueryVariables = Exact<{
  filter?: InputMaybe<LedgerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type ScCnLedgersQuery = { __typename?: 'Query', ledgers?: { __typename?: 'LedgerConnection', totalCount?: number | null, edges: Array<{ __typename?: 'LedgerEdge', cursor: string, node: { __typename?: 'Ledger', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null };

export type ScCnBalancesQueryVariables = Exact<{
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type ScCnBalancesQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', cursor: string, node: { __typename?: 'Balance', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null };

export type ScCnIdentitiesQueryVariables = Exact<{
  filter?: InputMaybe<IdentityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type ScCnIdentitiesQuery = { __typename?: 'Query', identities?: { __typename?: 'IdentityConnection', totalCount?: number | null, edges: Array<{ __typename?: 'IdentityEdge', cursor: string, node: { __typename?: 'Identity', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null };

export type ScCnTransactionsQueryVariables = Exact<{
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type ScCnTransactionsQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TransactionEdge', cursor: string, node: { __typename?: 'Transaction', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null };

export type ScCnLedgerBalancesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
}>;


export type ScCnLedgerBalancesQuery = { __typename?: 'Query', ledger?: { __typename?: 'Ledger', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null } | null };

export type ScCnIdentityBalancesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
}>;


export type ScCnIdentityBalancesQuery = { __typename?: 'Query', identity?: { __typename?: 'Identity', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null } | null };

export type ScCnBalanceTransactionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
}>;


export type ScCnBalanceTransactionsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', transactions?: { __typename?: 'TransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null } | null };

export type ScCnChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScCnChildrenQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', children?: { __typename?: 'TransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } | null } | null };

export type DmPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type DmPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', reference: string, code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, reference: string, status: TransactionStatus, metaData?: unknown | null, children?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, reference: string, parentTransactionId?: string | null } }> } | null }
    | { __typename: 'ValidationError', path?: Array<string> | null, code: ErrorCode, message: string }
   | null };

export type DmTxnQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DmTxnQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string, reference: string, status: TransactionStatus, metaData?: unknown | null, parentTransactionId?: string | null, parentTransaction?: { __typename?: 'Transaction', id: string } | null, outcome?: { __typename?: 'Transaction', id: string, status: TransactionStatus, metaData?: unknown | null } | null } | null };

export type DmRefundMutationVariables = Exact<{
  input: RefundTransactionInput;
}>;


export type DmRefundMutation = { __typename?: 'Mutation', refundTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', path?: Array<string> | null, code: ErrorCode, message: string }
   | null };

export type DmVoidMutationVariables = Exact<{
  input: VoidInflightTransactionInput;
}>;


export type DmVoidMutation = { __typename?: 'Mutation', voidInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode, message: string }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type DmCommitMutationVariables = Exact<{
  input: CommitInflightTransactionInput;
}>;


export type DmCommitMutation = { __typename?: 'Mutation', commitInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode, message: string }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type DmBulkMutationVariables = Exact<{
  input: RecordBulkTransactionsInput;
}>;


export type DmBulkMutation = { __typename?: 'Mutation', recordBulkTransactions?:
    | { __typename: 'BulkItemFailedError', batchId: string, index?: number | null, reference?: string | null, rolledBack: boolean, appliedReferences: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'BulkTransactionsPayload', batchId: string, items: Array<{ __typename?: 'BulkTransactionItem', reference: string, transaction?: { __typename?: 'Transaction', id: string, metaData?: unknown | null, outcome?: { __typename?: 'Transaction', status: TransactionStatus, metaData?: unknown | null } | null } | null }> }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type DmLegsQueryVariables = Exact<{
  parent: Scalars['ID']['input'];
}>;


export type DmLegsQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, reference: string, parentTransactionId?: string | null, parentTransaction?: { __typename?: 'Transaction', id: string } | null } }> } | null };

export type DmPageQueryVariables = Exact<{
  balance: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<OrderBy>;
}>;


export type DmPageQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, createdAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type DmMetadataMutationVariables = Exact<{
  input: UpdateMetadataInput;
}>;


export type DmMetadataMutation = { __typename?: 'Mutation', updateMetadata?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'UpdateMetadataPayload', metaData: unknown }
    | { __typename: 'ValidationError', path?: Array<string> | null, code: ErrorCode }
   | null };

export type DrLedgerMutationVariables = Exact<{
  input: CreateLedgerInput;
}>;


export type DrLedgerMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type DrIdentityMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type DrIdentityMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type DrBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type DrBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null };

export type DrPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type DrPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type DrTransactionsQueryVariables = Exact<{
  filter?: InputMaybe<TransactionFilter>;
}>;


export type DrTransactionsQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, parentTransaction?: { __typename?: 'Transaction', id: string } | null } }> } | null };

export type DrIdentitiesQueryVariables = Exact<{
  filter?: InputMaybe<IdentityFilter>;
}>;


export type DrIdentitiesQuery = { __typename?: 'Query', identities?: { __typename?: 'IdentityConnection', edges: Array<{ __typename?: 'IdentityEdge', node: { __typename?: 'Identity', id: string, lastName?: string | null, identityType?: string | null, dob?: string | null } }> } | null };

export type DrBalancesQueryVariables = Exact<{
  filter?: InputMaybe<BalanceFilter>;
}>;


export type DrBalancesQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, identityId?: string | null } }> } | null };

export type DrLastBalanceQueryVariables = Exact<{
  filter?: InputMaybe<BalanceFilter>;
}>;


export type DrLastBalanceQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, hasNextPage: boolean } } | null };

export type DrOneRouteQueryVariables = Exact<{
  balance: Scalars['ID']['input'];
  ledger: Scalars['ID']['input'];
  identity: Scalars['ID']['input'];
}>;


export type DrOneRouteQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', version: number, ledger?: { __typename?: 'Ledger', id: string, name: string, metaData?: unknown | null } | null, identity?: { __typename?: 'Identity', id: string, firstName?: string | null, identityType?: string | null, metaData?: unknown | null } | null } | null, ledger?: { __typename?: 'Ledger', id: string, name: string, metaData?: unknown | null } | null, identity?: { __typename?: 'Identity', id: string, firstName?: string | null, identityType?: string | null, metaData?: unknown | null } | null };

export type DrPrimedQueryVariables = Exact<{
  balance: Scalars['ID']['input'];
  ledger: Scalars['ID']['input'];
  identity: Scalars['ID']['input'];
}>;


export type DrPrimedQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null } | null, ledger?: { __typename?: 'Ledger', metaData?: unknown | null } | null, identity?: { __typename?: 'Identity', identityType?: string | null, metaData?: unknown | null } | null };

export type DrMonitorMutationVariables = Exact<{
  input: CreateBalanceMonitorInput;
}>;


export type DrMonitorMutation = { __typename?: 'Mutation', createBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, entity: string, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type DrMonitorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DrMonitorsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', monitors?: { __typename?: 'BalanceMonitorConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string, balanceId: string, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null, value: string, precision?: string | null, preciseValue?: string | null } } }> } | null } | null };

export type ScEoPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type ScEoPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', reference: string, code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScEoBulkMutationVariables = Exact<{
  input: RecordBulkTransactionsInput;
}>;


export type ScEoBulkMutation = { __typename?: 'Mutation', recordBulkTransactions?:
    | { __typename: 'BulkItemFailedError', code: ErrorCode, message: string }
    | { __typename: 'BulkTransactionsPayload', batchId: string, references: Array<string> }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScEoRefundMutationVariables = Exact<{
  input: RefundTransactionInput;
}>;


export type ScEoRefundMutation = { __typename?: 'Mutation', refundTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScEoCommitMutationVariables = Exact<{
  input: CommitInflightTransactionInput;
}>;


export type ScEoCommitMutation = { __typename?: 'Mutation', commitInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode, message: string }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScEoVoidMutationVariables = Exact<{
  input: VoidInflightTransactionInput;
}>;


export type ScEoVoidMutation = { __typename?: 'Mutation', voidInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode, message: string }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScObOwnerMutationVariables = Exact<{
  input: UpdateBalanceIdentityInput;
}>;


export type ScObOwnerMutation = { __typename?: 'Mutation', updateBalanceIdentity?:
    | { __typename: 'Balance', id: string, identityId?: string | null, inflightExpiresAt?: string | null }
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type ScObPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type ScObPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode }
    | { __typename: 'InsufficientFundsError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, overdraftLimit?: string | null, skipQueue: boolean, atomic: boolean, amountString?: string | null }
    | { __typename: 'ValidationError', path?: Array<string> | null, code: ErrorCode }
   | null };

export type ScObReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScObReadQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', overdraftLimit?: string | null, skipQueue: boolean, atomic: boolean, amountString?: string | null } | null };

export type ScObAtQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  t: Scalars['DateTime']['input'];
}>;


export type ScObAtQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', fromSource?: { __typename?: 'HistoricalBalance', balance: string, creditBalance: string } | null, snapshots?: { __typename?: 'HistoricalBalance', balance: string, creditBalance: string } | null } | null };

export type ScObCommitAllMutationVariables = Exact<{
  input: SettleHoldsInput;
}>;


export type ScObCommitAllMutation = { __typename?: 'Mutation', commitInflightTransactions?:
    | { __typename: 'HoldSettlements', settled: number, failed: number, results: Array<{ __typename?: 'HoldSettlement', id: string, transaction?: { __typename?: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string, parentTransactionId?: string | null } | null, error?:
          | { __typename: 'AlreadyCommittedError', code: ErrorCode }
          | { __typename: 'AlreadyVoidedError', code: ErrorCode }
          | { __typename: 'ConflictError', code: ErrorCode }
          | { __typename: 'NotFoundError', code: ErrorCode }
          | { __typename: 'ValidationError', code: ErrorCode }
         | null }> }
    | { __typename: 'ValidationError', path?: Array<string> | null }
   | null };

export type ScObVoidAllMutationVariables = Exact<{
  input: SettleHoldsInput;
}>;


export type ScObVoidAllMutation = { __typename?: 'Mutation', voidInflightTransactions?:
    | { __typename: 'HoldSettlements', settled: number, failed: number, results: Array<{ __typename?: 'HoldSettlement', id: string, transaction?: { __typename?: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string } | null, error?:
          | { __typename: 'AlreadyCommittedError', code: ErrorCode }
          | { __typename: 'AlreadyVoidedError', code: ErrorCode }
          | { __typename: 'ConflictError', code: ErrorCode }
          | { __typename: 'NotFoundError', code: ErrorCode }
          | { __typename: 'ValidationError', code: ErrorCode }
         | null }> }
    | { __typename: 'ValidationError' }
   | null };

export type ScLinBalanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScLinBalanceQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, trackFundLineage: boolean, lineage?: { __typename?: 'BalanceLineage', totalWithLineage: string, aggregateBalanceId?: string | null, providers: Array<{ __typename?: 'LineageProvider', provider: string, received: string, spent: string, available: string, shadowBalanceId: string }> } | null } | null };

export type ScLinTransactionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScLinTransactionQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string, lineage?: { __typename?: 'TransactionLineage', fundAllocation: Array<{ __typename?: 'FundAllocation', provider: string, amount: string }>, shadowTransactions: Array<{ __typename?: 'Transaction', id: string, preciseAmount: string, reference: string, description?: string | null }> } | null } | null };

export type ScPiiTokenizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  fields?: InputMaybe<Array<PiiField> | PiiField>;
}>;


export type ScPiiTokenizeMutation = { __typename?: 'Mutation', tokenizeIdentity?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'Identity', id: string, firstName?: string | null, lastName?: string | null, emailAddress?: string | null, city?: string | null, tokenizedFields: Array<PiiField> }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'ValidationError', code: ErrorCode }
   | null };

export type ScPiiReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  fields?: InputMaybe<Array<PiiField> | PiiField>;
}>;


export type ScPiiReadQuery = { __typename?: 'Query', identity?: { __typename?: 'Identity', id: string, tokenizedFields: Array<PiiField>, detokenized?: Array<{ __typename?: 'DetokenizedField', field: PiiField, value: string }> | null } | null };

export type ScMpLedgerMutationVariables = Exact<{
  input: CreateLedgerInput;
}>;


export type ScMpLedgerMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScMpBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type ScMpBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type ScMpPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', reference: string, code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, amount: string, effectiveDate?: string | null, scheduledFor?: string | null, metaData?: unknown | null, sourceBalance?: { __typename?: 'Balance', id: string } | null, destinationBalance?: { __typename?: 'Balance', id: string } | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpAmountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScMpAmountsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', balance: string, creditBalance: string, debitBalance: string, inflightBalance: string, inflightCreditBalance: string, inflightDebitBalance: string } | null };

export type ScMpTxnQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScMpTxnQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, effectiveDate?: string | null, metaData?: unknown | null, description?: string | null, rejectionReason?: { __typename?: 'TransactionRejection', code: TransactionRejectionCode } | null, outcome?: { __typename?: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, rejectionReason?: { __typename?: 'TransactionRejection', code: TransactionRejectionCode } | null, parentTransaction?: { __typename?: 'Transaction', id: string } | null } | null } | null };

export type ScMpByRefQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type ScMpByRefQuery = { __typename?: 'Query', transactionByReference?: { __typename?: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, description?: string | null, parentTransaction?: { __typename?: 'Transaction', id: string } | null, sourceBalance?: { __typename?: 'Balance', id: string } | null, destinationBalance?: { __typename?: 'Balance', id: string } | null } | null };

export type ScMpCommitMutationVariables = Exact<{
  input: CommitInflightTransactionInput;
}>;


export type ScMpCommitMutation = { __typename?: 'Mutation', commitInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode, message: string }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpVoidMutationVariables = Exact<{
  input: VoidInflightTransactionInput;
}>;


export type ScMpVoidMutation = { __typename?: 'Mutation', voidInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: ErrorCode, message: string }
    | { __typename: 'AlreadyVoidedError', code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpRefundMutationVariables = Exact<{
  input: RefundTransactionInput;
}>;


export type ScMpRefundMutation = { __typename?: 'Mutation', refundTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, sourceBalance?: { __typename?: 'Balance', id: string } | null, destinationBalance?: { __typename?: 'Balance', id: string } | null }
    | { __typename: 'ValidationError', field?: string | null, code: ErrorCode, message: string }
   | null };

export type ScMpBulkMutationVariables = Exact<{
  input: RecordBulkTransactionsInput;
}>;


export type ScMpBulkMutation = { __typename?: 'Mutation', recordBulkTransactions?:
    | { __typename: 'BulkItemFailedError', code: ErrorCode, message: string }
    | { __typename: 'BulkTransactionsPayload', batchId: string, status: string, transactionCount?: number | null, references: Array<string>, items: Array<{ __typename?: 'BulkTransactionItem', reference: string, transaction?: { __typename?: 'Transaction', id: string, status: TransactionStatus, preciseAmount: string } | null }> }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpChildrenQueryVariables = Exact<{
  parent: Scalars['ID']['input'];
}>;


export type ScMpChildrenQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, sourceBalance?: { __typename?: 'Balance', id: string } | null, destinationBalance?: { __typename?: 'Balance', id: string } | null, parentTransaction?: { __typename?: 'Transaction', id: string } | null } }> } | null };

export type ScMpAtQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
}>;


export type ScMpAtQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', at?: { __typename?: 'HistoricalBalance', balance: string, creditBalance: string, debitBalance: string } | null } | null };

export type ScMpMetadataMutationVariables = Exact<{
  input: UpdateMetadataInput;
}>;


export type ScMpMetadataMutation = { __typename?: 'Mutation', updateMetadata?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateMetadataPayload', id: string, metaData: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpMetaReadQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ScMpMetaReadQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', metaData?: unknown | null, id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', metaData?: unknown | null, id: string }
    | { __typename?: 'Ledger', metaData?: unknown | null, id: string }
    | { __typename?: 'Transaction', metaData?: unknown | null, id: string }
   | null> };

export type ScMpIdentityMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type ScMpIdentityMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScMpMonitorCreateMutationVariables = Exact<{
  input: CreateBalanceMonitorInput;
}>;


export type ScMpMonitorCreateMutation = { __typename?: 'Mutation', createBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string, balanceId: string, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null, value: string, precision?: string | null, preciseValue?: string | null } }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpMonitorReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  balance: Scalars['ID']['input'];
}>;


export type ScMpMonitorReadQuery = { __typename?: 'Query', balanceMonitor?: { __typename?: 'BalanceMonitor', id: string, balanceId: string, description?: string | null, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null, value: string, precision?: string | null, preciseValue?: string | null }, balance?: { __typename?: 'Balance', id: string } | null } | null, balance?: { __typename?: 'Balance', monitors?: { __typename?: 'BalanceMonitorConnection', edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null } } }> } | null } | null };

export type ScMpMonitorUpdateMutationVariables = Exact<{
  input: UpdateBalanceMonitorInput;
}>;


export type ScMpMonitorUpdateMutation = { __typename?: 'Mutation', updateBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string, description?: string | null, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null, value: string, precision?: string | null, preciseValue?: string | null } }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScMpMonitorDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScMpMonitorDeleteMutation = { __typename?: 'Mutation', deleteBalanceMonitor?:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'DeleteBalanceMonitorPayload', deletedId: string }
    | { __typename: 'NotFoundError', code: ErrorCode }
   | null };

export type NnFullRowsQueryVariables = Exact<{
  ledgerId: Scalars['ID']['input'];
}>;


export type NnFullRowsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, version: number, allocationStrategy?: AllocationStrategy | null, queuedDebitBalance: string, available: string } }> } | null };

export type NnVersionRowsQueryVariables = Exact<{
  ledgerId: Scalars['ID']['input'];
}>;


export type NnVersionRowsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, version: number } }> } | null };

export type NnReducedRowsQueryVariables = Exact<{
  ledgerId: Scalars['ID']['input'];
}>;


export type NnReducedRowsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, balance: string, currency: string } }> } | null };

export type NnLedgersBalancesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type NnLedgersBalancesQuery = { __typename?: 'Query', ledgers?: { __typename?: 'LedgerConnection', edges: Array<{ __typename?: 'LedgerEdge', node: { __typename?: 'Ledger', id: string, balances?: { __typename?: 'BalanceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, ledgerId: string } }> } | null } }> } | null };

export type NnIdentitiesBalancesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NnIdentitiesBalancesQuery = { __typename?: 'Query', identities?: { __typename?: 'IdentityConnection', edges: Array<{ __typename?: 'IdentityEdge', node: { __typename?: 'Identity', id: string, balances?: { __typename?: 'BalanceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, identityId?: string | null } }> } | null } }> } | null };

export type NnBalancesTransactionsQueryVariables = Exact<{
  ledgerId: Scalars['ID']['input'];
}>;


export type NnBalancesTransactionsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, transactions?: { __typename?: 'TransactionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null } }> } | null };

export type NnSomeBalancesTransactionsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NnSomeBalancesTransactionsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, transactions?: { __typename?: 'TransactionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null } }> } | null };

export type NnOneBalanceTransactionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NnOneBalanceTransactionsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, transactions?: { __typename?: 'TransactionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null } | null };

export type NnMonitorPrecisionQueryVariables = Exact<{ [key: string]: never; }>;


export type NnMonitorPrecisionQuery = { __typename?: 'Query', balanceMonitors?: { __typename?: 'BalanceMonitorConnection', edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string, balanceId: string, condition: { __typename?: 'MonitorCondition', precision?: string | null, preciseValue?: string | null } } }> } | null };

export type NnMonitorOperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type NnMonitorOperatorsQuery = { __typename?: 'Query', balanceMonitors?: { __typename?: 'BalanceMonitorConnection', edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null, value: string } } }> } | null };

export type NnBalanceMonitorsQueryVariables = Exact<{
  ledgerId: Scalars['ID']['input'];
}>;


export type NnBalanceMonitorsQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, monitors?: { __typename?: 'BalanceMonitorConnection', edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string, condition: { __typename?: 'MonitorCondition', precision?: string | null } } }> } | null } }> } | null };

export type NnByIndicatorQueryVariables = Exact<{
  currency: Scalars['String']['input'];
}>;


export type NnByIndicatorQuery = { __typename?: 'Query', balanceByIndicator?: { __typename?: 'Balance', id: string, indicator?: string | null, balance: string, version: number, metaData?: unknown | null } | null };

export type NnByIndicatorMetaQueryVariables = Exact<{
  currency: Scalars['String']['input'];
}>;


export type NnByIndicatorMetaQuery = { __typename?: 'Query', balanceByIndicator?: { __typename?: 'Balance', id: string, balance: string, metaData?: unknown | null } | null };

export type NnByIndicatorVersionQueryVariables = Exact<{
  currency: Scalars['String']['input'];
}>;


export type NnByIndicatorVersionQuery = { __typename?: 'Query', balanceByIndicator?: { __typename?: 'Balance', id: string, version: number, allocationStrategy?: AllocationStrategy | null } | null };

export type NnByIndicatorQueuedQueryVariables = Exact<{
  currency: Scalars['String']['input'];
}>;


export type NnByIndicatorQueuedQuery = { __typename?: 'Query', balanceByIndicator?: { __typename?: 'Balance', id: string, version: number, available: string, queuedCreditBalance: string, metaData?: unknown | null, ledger?: { __typename?: 'Ledger', name: string } | null } | null };

export type NnCreateBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type NnCreateBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename?: 'Balance', id: string, ledgerId: string, currency: string, balance: string, version: number, available: string, allocationStrategy?: AllocationStrategy | null, metaData?: unknown | null, createdAt?: string | null, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null }
    | { __typename?: 'ConflictError', message: string }
    | { __typename?: 'NotFoundError', message: string }
    | { __typename?: 'ValidationError', message: string }
   | null };

export type ScOcLedgerMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ScOcLedgerMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScOcIdentityMutationVariables = Exact<{
  firstName: Scalars['String']['input'];
}>;


export type ScOcIdentityMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScOcBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type ScOcBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null };

export type ScOcPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type ScOcPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError' }
    | { __typename: 'DuplicateReferenceError' }
    | { __typename: 'InsufficientFundsError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'Transaction', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type ScOcMonitorMutationVariables = Exact<{
  balanceId: Scalars['ID']['input'];
}>;


export type ScOcMonitorMutation = { __typename?: 'Mutation', createBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null };

export type ScOcTransactionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScOcTransactionQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string } | null };

export type ScOcByReferenceQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type ScOcByReferenceQuery = { __typename?: 'Query', transactionByReference?: { __typename?: 'Transaction', id: string } | null };

export type ScOcNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScOcNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Balance', id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null };

export type ScOcNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ScOcNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', id: string }
    | { __typename?: 'BalanceMonitor', id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type ScOcEntitiesQueryVariables = Exact<{
  representations: Array<Scalars['_Any']['input']> | Scalars['_Any']['input'];
}>;


export type ScOcEntitiesQuery = { __typename?: 'Query', _entities: Array<
    | { __typename?: 'Balance', id: string }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type ScOcBalanceReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScOcBalanceReadQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, identity?: { __typename?: 'Identity', id: string } | null } | null };

export type ScOcBalanceFullQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScOcBalanceFullQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Balance', id: string, version: number }
    | { __typename?: 'BalanceMonitor' }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction' }
   | null };

export type ScOcIdentityReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScOcIdentityReadQuery = { __typename?: 'Query', identity?: { __typename?: 'Identity', id: string } | null };

export type ScOcLedgerReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScOcLedgerReadQuery = { __typename?: 'Query', ledger?: { __typename?: 'Ledger', id: string } | null };

export type ScOcMonitorReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScOcMonitorReadQuery = { __typename?: 'Query', balanceMonitor?: { __typename?: 'BalanceMonitor', id: string } | null };

export type OsLedgerMutationVariables = Exact<{
  input: CreateLedgerInput;
}>;


export type OsLedgerMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type OsBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type OsBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null };

export type OsPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type OsPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type OsBalancesQueryVariables = Exact<{
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<BalanceOrder>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type OsBalancesQuery = { __typename?: 'Query', balances?: { __typename?: 'BalanceConnection', totalCount?: number | null, edges: Array<{ __typename?: 'BalanceEdge', cursor: string, node: { __typename?: 'Balance', id: string, balance: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type OsTransactionsQueryVariables = Exact<{
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<TransactionOrder>;
}>;


export type OsTransactionsQuery = { __typename?: 'Query', transactions?: { __typename?: 'TransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TransactionEdge', cursor: string, node: { __typename?: 'Transaction', id: string, reference: string, preciseAmount: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type OsNestedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<BalanceFilter>;
}>;


export type OsNestedQuery = { __typename?: 'Query', ledger?: { __typename?: 'Ledger', balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string } }> } | null } | null };

export type OsMonitorMutationVariables = Exact<{
  input: CreateBalanceMonitorInput;
}>;


export type OsMonitorMutation = { __typename?: 'Mutation', createBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   | null };

export type OsMonitorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  order?: InputMaybe<BalanceMonitorOrder>;
}>;


export type OsMonitorsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', monitors?: { __typename?: 'BalanceMonitorConnection', edges: Array<{ __typename?: 'BalanceMonitorEdge', node: { __typename?: 'BalanceMonitor', id: string } }> } | null } | null };

export type OsLedgersQueryVariables = Exact<{
  filter?: InputMaybe<LedgerFilter>;
  order?: InputMaybe<LedgerOrder>;
}>;


export type OsLedgersQuery = { __typename?: 'Query', ledgers?: { __typename?: 'LedgerConnection', edges: Array<{ __typename?: 'LedgerEdge', node: { __typename?: 'Ledger', id: string } }> } | null };

export type OsIdentityMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type OsIdentityMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity', id: string }
    | { __typename: 'ValidationError' }
   | null };

export type OsIdentitiesQueryVariables = Exact<{
  filter?: InputMaybe<IdentityFilter>;
  order?: InputMaybe<IdentityOrder>;
}>;


export type OsIdentitiesQuery = { __typename?: 'Query', identities?: { __typename?: 'IdentityConnection', edges: Array<{ __typename?: 'IdentityEdge', node: { __typename?: 'Identity', id: string } }> } | null };

export type OsRefQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type OsRefQuery = { __typename?: 'Query', transactionByReference?: { __typename?: 'Transaction', id: string, status: TransactionStatus } | null };

export type ScRgLedgerMutationVariables = Exact<{
  input: CreateLedgerInput;
}>;


export type ScRgLedgerMutation = { __typename?: 'Mutation', createLedger?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScRgIdentityMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type ScRgIdentityMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Identity', id: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScRgBalanceMutationVariables = Exact<{
  input: CreateBalanceInput;
}>;


export type ScRgBalanceMutation = { __typename?: 'Mutation', createBalance?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScRgPayMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type ScRgPayMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateReferenceError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, amount: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   | null };

export type ScRgBalanceGraphQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScRgBalanceGraphQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, balance: string, creditBalance: string, debitBalance: string, inflightBalance: string, inflightCreditBalance: string, inflightDebitBalance: string, queuedCreditBalance: string, queuedDebitBalance: string, available: string, expected: string, currency: string, ledgerId: string, identityId?: string | null, indicator?: string | null, version: number, trackFundLineage: boolean, metaData?: unknown | null, createdAt?: string | null, ledger?: { __typename?: 'Ledger', id: string, name: string, metaData?: unknown | null } | null, identity?: { __typename?: 'Identity', id: string, firstName?: string | null, lastName?: string | null, identityType?: string | null, metaData?: unknown | null } | null, transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string, reference: string, preciseAmount: string } }> } | null } | null };

export type ScRgLedgerGraphQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScRgLedgerGraphQuery = { __typename?: 'Query', ledger?: { __typename?: 'Ledger', id: string, name: string, metaData?: unknown | null, createdAt?: string | null, balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, balance: string, identity?: { __typename?: 'Identity', id: string, firstName?: string | null } | null } }> } | null } | null };

export type ScRgIdentityGraphQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScRgIdentityGraphQuery = { __typename?: 'Query', identity?: { __typename?: 'Identity', id: string, firstName?: string | null, lastName?: string | null, emailAddress?: string | null, identityType?: string | null, dob?: string | null, metaData?: unknown | null, balances?: { __typename?: 'BalanceConnection', edges: Array<{ __typename?: 'BalanceEdge', node: { __typename?: 'Balance', id: string, balance: string, ledger?: { __typename?: 'Ledger', name: string } | null } }> } | null } | null };

export type ScRgTransactionGraphQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScRgTransactionGraphQuery = { __typename?: 'Query', transaction?: { __typename?: 'Transaction', id: string, reference: string, status: TransactionStatus, preciseAmount: string, precision?: string | null, amount: string, currency: string, description?: string | null, metaData?: unknown | null, inflight: boolean, parentTransaction?: { __typename?: 'Transaction', id: string } | null, sourceBalance?: { __typename?: 'Balance', id: string, balance: string, identity?: { __typename?: 'Identity', firstName?: string | null } | null } | null, destinationBalance?: { __typename?: 'Balance', id: string, balance: string, ledger?: { __typename?: 'Ledger', name: string } | null } | null } | null };

export type ScRgByReferenceQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type ScRgByReferenceQuery = { __typename?: 'Query', transactionByReference?: { __typename?: 'Transaction', id: string, reference: string, preciseAmount: string, amount: string, status: TransactionStatus } | null };

export type ScRgByIndicatorQueryVariables = Exact<{
  indicator: Scalars['String']['input'];
  currency: Scalars['String']['input'];
}>;


export type ScRgByIndicatorQuery = { __typename?: 'Query', balanceByIndicator?: { __typename?: 'Balance', id: string, indicator?: string | null, currency: string, balance: string, creditBalance: string, debitBalance: string } | null };

export type ScRgNodesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ScRgNodesQuery = { __typename?: 'Query', node?:
    | { __typename: 'Balance', id: string }
    | { __typename: 'BalanceMonitor', id: string }
    | { __typename: 'Identity', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'Transaction', id: string }
   | null, nodes: Array<
    | { __typename: 'Balance', balance: string, id: string }
    | { __typename: 'BalanceMonitor', id: string }
    | { __typename: 'Identity', firstName?: string | null, id: string }
    | { __typename: 'Ledger', name: string, id: string }
    | { __typename: 'Transaction', preciseAmount: string, id: string }
   | null> };

export type ScBudgetThreeHistoriesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  t: Scalars['DateTime']['input'];
}>;


export type ScBudgetThreeHistoriesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', a?: { __typename?: 'HistoricalBalance', balance: string } | null, b?: { __typename?: 'HistoricalBalance', balance: string } | null, c?: { __typename?: 'HistoricalBalance', balance: string } | null }
    | { __typename?: 'BalanceMonitor' }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction' }
   | null> };

export type ScBudgetNestedPagesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ScBudgetNestedPagesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', transactions?: { __typename?: 'TransactionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } | null }
    | { __typename?: 'BalanceMonitor' }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction' }
   | null> };

export type ScBudgetTenHistoriesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  t: Scalars['DateTime']['input'];
}>;


export type ScBudgetTenHistoriesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', a0?: { __typename?: 'HistoricalBalance', balance: string } | null, a1?: { __typename?: 'HistoricalBalance', balance: string } | null, a2?: { __typename?: 'HistoricalBalance', balance: string } | null, a3?: { __typename?: 'HistoricalBalance', balance: string } | null, a4?: { __typename?: 'HistoricalBalance', balance: string } | null, a5?: { __typename?: 'HistoricalBalance', balance: string } | null, a6?: { __typename?: 'HistoricalBalance', balance: string } | null, a7?: { __typename?: 'HistoricalBalance', balance: string } | null, a8?: { __typename?: 'HistoricalBalance', balance: string } | null, a9?: { __typename?: 'HistoricalBalance', balance: string } | null }
    | { __typename?: 'BalanceMonitor' }
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction' }
   | null> };


export const DocBalanceThinDocument = {"__meta__":{"hash":"a52ac5961322f07cd044c43795e5d6abdfa70b7af8254d99968c59944b1f6d65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocBalanceThin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]} as unknown as DocumentNode<DocBalanceThinQuery, DocBalanceThinQueryVariables>;
export const DocBalanceWithLedgerDocument = {"__meta__":{"hash":"c60a81171b4d4567ed364ca0872a0e583fc97ca77b72b27b0125d4653609ddac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocBalanceWithLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DocBalanceWithLedgerQuery, DocBalanceWithLedgerQueryVariables>;
export const DocBalanceFullDocument = {"__meta__":{"hash":"34536290e3e900dce32eb3deff956306c910539ecf52346dfcf0924e2c6fb8a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocBalanceFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackFundLineage"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"allocationStrategy"}}]}}]}}]} as unknown as DocumentNode<DocBalanceFullQuery, DocBalanceFullQueryVariables>;
export const DocBalancesAmountDocument = {"__meta__":{"hash":"5aac14bfb9e769d3e09dec770c90097871b33e08e3be0a152019d0f8043ed941"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocBalancesAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocBalancesAmountQuery, DocBalancesAmountQueryVariables>;
export const DocBalancesCreditDocument = {"__meta__":{"hash":"4aeb20bfa647a555b4b2c13fa583c3e8cc48590ae79c53b686e75680c4162631"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocBalancesCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocBalancesCreditQuery, DocBalancesCreditQueryVariables>;
export const DocTransactionDocument = {"__meta__":{"hash":"56f6b06a200a6a8b2c2caf3d94802c46239f428c41ea915b21af798425d1d2a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DocTransactionQuery, DocTransactionQueryVariables>;
export const DocTransactionsDocument = {"__meta__":{"hash":"858a5e13711fc377cd47467eba28d85414607691f12b4942bfb3587c970ff683"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocTransactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocTransactionsQuery, DocTransactionsQueryVariables>;
export const DocLedgersDocument = {"__meta__":{"hash":"d8555326b510c6ae84d771a2dc94bd06679a7ac4247684956a1e2d003de332bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocLedgers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meta"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meta"}}}]}]}]}}]}}]}}]}}]} as unknown as DocumentNode<DocLedgersQuery, DocLedgersQueryVariables>;
export const DocByIndicatorDocument = {"__meta__":{"hash":"0c157c8a5f41e136fa338f6b61ecbd355892fe3896cffdfbd6a77aed7d055c47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocByIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"acct-main","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"balance"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}]}]}]}}]}}]} as unknown as DocumentNode<DocByIndicatorQuery, DocByIndicatorQueryVariables>;
export const DocCreateBalanceDocument = {"__meta__":{"hash":"917ee09894d60fb79e2310669eeb652cbab989b63751ce52f9415c0f9c5b11a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocCreateBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}}]}}]}}]}}]} as unknown as DocumentNode<DocCreateBalanceMutation, DocCreateBalanceMutationVariables>;
export const DocUpdateMetaDocument = {"__meta__":{"hash":"313de2f8efc7b8a593fc15340a4bc723ec326e72805c07d1ecc06febf7e9650d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocUpdateMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"metaData"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"myApp"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"StringValue","value":"web","block":false}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]}}]} as unknown as DocumentNode<DocUpdateMetaMutation, DocUpdateMetaMutationVariables>;
export const CloudFilterTransactionsDocument = {"__meta__":{"hash":"3350a2aa9ba685b5a686d9a74a6262376c3188ad8419a1596ba66af69246da34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudFilterTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudFilterTransactionsQuery, CloudFilterTransactionsQueryVariables>;
export const CloudFilterBalancesDocument = {"__meta__":{"hash":"a7908d810489996ffe27b90ed7655dfb5e3a9af304f9a5831a33b6e4fe3e70f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudFilterBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudFilterBalancesQuery, CloudFilterBalancesQueryVariables>;
export const CloudFilterLedgersDocument = {"__meta__":{"hash":"d0477d8c226e9ba2373d6a8b59d9b223d51b8d80ef6c4ba0377dffa267e763cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudFilterLedgers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudFilterLedgersQuery, CloudFilterLedgersQueryVariables>;
export const CloudFilterIdentitiesDocument = {"__meta__":{"hash":"0bcc461fea45c473c8daec2f6b236334aae2df52133e954b04bc4a1961f0ae97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudFilterIdentities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudFilterIdentitiesQuery, CloudFilterIdentitiesQueryVariables>;
export const CloudListTransactionsDocument = {"__meta__":{"hash":"b3c41830b048a53a78d39f47e7b6f010035f693d9d8a307f571e349df7079d28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudListTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudListTransactionsQuery, CloudListTransactionsQueryVariables>;
export const CloudListTransactionsCountedDocument = {"__meta__":{"hash":"7f6d3de5752782c3828214eba194524d6da0cf4d6aac68ef572ef4a1f39fe022"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudListTransactionsCounted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudListTransactionsCountedQuery, CloudListTransactionsCountedQueryVariables>;
export const CloudListBalancesDocument = {"__meta__":{"hash":"e5a42825267398be6d9bcf58a978bfb9485b1e64e70aa6a62d697a792dc85a2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudListBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CloudListBalancesQuery, CloudListBalancesQueryVariables>;
export const CloudListOrderedDocument = {"__meta__":{"hash":"ac1c1eb909913184908535e73b2403d2004211b4245f486ec2e046e969fd8743"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudListOrdered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudListOrderedQuery, CloudListOrderedQueryVariables>;
export const RowsNodesDocument = {"__meta__":{"hash":"28649227f57f3b54cd6bb93a93b244886cf25a26c99a7bd8f3599757101005aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowsNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}}]}}]}}]}}]} as unknown as DocumentNode<RowsNodesQuery, RowsNodesQueryVariables>;
export const RowsOneBalanceDocument = {"__meta__":{"hash":"46394dc1902ffdc4b7005f189bd8cab816d0b0a35590c112d57784315322116f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowsOneBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RowsOneBalanceQuery, RowsOneBalanceQueryVariables>;
export const RowsFilteredDocument = {"__meta__":{"hash":"1016cfe89d1a9ae50d333beb5f4ec948d1d026d8143b9dd9fee86ca5dd8178f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowsFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RowsFilteredQuery, RowsFilteredQueryVariables>;
export const RowsPageDocument = {"__meta__":{"hash":"80534fac03dce71250c32cfc9077f5db4cb5ceee6b3e559a47fbcb20df92ea97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RowsPageQuery, RowsPageQueryVariables>;
export const SplitPreciseDocument = {"__meta__":{"hash":"a3d7f923e9bf836ca870e72d4f34f3f5de35f400bf63ac4d2cdd9b40b9cc35dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitPrecise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SplitPreciseMutation, SplitPreciseMutationVariables>;
export const TransactionsByIdentityDocument = {"__meta__":{"hash":"5903d9e5748da9e5c0cfb81edc636033dc8d3e2d83ebac6d903d0bc26e47c525"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionsByIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransactionsByIdentityQuery, TransactionsByIdentityQueryVariables>;
export const NewOwnedBalanceDocument = {"__meta__":{"hash":"57f15c341e23f422896b9b0fcb1d722274b35f49e43523295b4447c5e2b96694"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewOwnedBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NewOwnedBalanceMutation, NewOwnedBalanceMutationVariables>;
export const ForgetIdentityDocument = {"__meta__":{"hash":"64b809ca4b6419990cc84d4c44922a5b1e8298ef9a13591e9502fd2398b0242e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgetIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForgetIdentityMutation, ForgetIdentityMutationVariables>;
export const BlankIdentityUpdateDocument = {"__meta__":{"hash":"b626fb72e7ed7fe66cf533ccb81e3d91e5f8aa1bbf8f545967c9d67ecbfbc7da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlankIdentityUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BlankIdentityUpdateMutation, BlankIdentityUpdateMutationVariables>;
export const TagTransactionDocument = {"__meta__":{"hash":"c8827959f47467091880f709901345b42814fb94a65e4554144b5d49ef8a83d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]}}]} as unknown as DocumentNode<TagTransactionMutation, TagTransactionMutationVariables>;
export const CloudBalanceDocument = {"__meta__":{"hash":"2873e5a11fb6152253ecdee7ab1fd370eb180e39049a2d06db8832be687c27fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queuedDebitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]} as unknown as DocumentNode<CloudBalanceQuery, CloudBalanceQueryVariables>;
export const CloudNodesDocument = {"__meta__":{"hash":"4f71bb8590be34bd7ae1bcdadf433c99daf326b45c193bcae82692507728fa76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<CloudNodesQuery, CloudNodesQueryVariables>;
export const CloudPayDocument = {"__meta__":{"hash":"a5bde1f2fd31c5266c6f3240af2888d4e072259d3e95cba8962e0a80f636314b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}}]}}]}}]} as unknown as DocumentNode<CloudPayMutation, CloudPayMutationVariables>;
export const CloudPagedDocument = {"__meta__":{"hash":"80cb055964429cf70e2609b776fc41b0898647cf422893eabbdbdb5f0b122235"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudPaged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CloudPagedQuery, CloudPagedQueryVariables>;
export const PageDocument = {"__meta__":{"hash":"6757b221c796cc4c504ce9b9599d937982cf269d5886183f5a6193cc4d9e85f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const SmallDocument = {"__meta__":{"hash":"717cf75356805b6fca0f0cdca81b4aad4b7fb5e49b621edff1314cb3cf1c5412"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Small"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CREATED_AT_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SmallQuery, SmallQueryVariables>;
export const FilteredDocument = {"__meta__":{"hash":"fc6d7f78306c844287e6c741f983fcba6fd02e1c4e50ef3f5f65f1dbed8e1c10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Filtered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"USD","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"balance"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gt"},"value":{"kind":"StringValue","value":"0","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredQuery, FilteredQueryVariables>;
export const MetaFilteredDocument = {"__meta__":{"hash":"f64bea5c4518cf96a70498d2777a066e22a95b187029a754b8bb1f4849c2b5c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetaFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"metaData"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"x","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetaFilteredQuery, MetaFilteredQueryVariables>;
export const OwnedDocument = {"__meta__":{"hash":"75ad20015d79d12fbba99842c3c577503fc3730da976f80fd9e39fc7a33d6269"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Owned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnedQuery, OwnedQueryVariables>;
export const SetupDocument = {"__meta__":{"hash":"00d40a13abe7a624abd41b2da1f1860144a3f45c675bd809e15e589170fcee65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Setup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetupMutation, SetupMutationVariables>;
export const RenameDocument = {"__meta__":{"hash":"ad0d263d12566958f12927892a90e86906bf00065ea099fffd4172bf8cfcedfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}}]}}]}}]} as unknown as DocumentNode<RenameMutation, RenameMutationVariables>;
export const NewBalanceDocument = {"__meta__":{"hash":"0e994121e5e636c08cb7866433172b03e140b7018ca416a015ced4a602947272"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}},{"kind":"Field","name":{"kind":"Name","value":"trackFundLineage"}},{"kind":"Field","name":{"kind":"Name","value":"allocationStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}}]}}]}}]} as unknown as DocumentNode<NewBalanceMutation, NewBalanceMutationVariables>;
export const PersonDocument = {"__meta__":{"hash":"1df5a953f407a3575c8bf0955be48f69c1019fd2e153456404d683d8c094e95b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dob"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PersonMutation, PersonMutationVariables>;
export const EditPersonDocument = {"__meta__":{"hash":"44205ed88ddebfd82ee4da2f54248a2192f239768b00e71463201f2d5cb630a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditPersonMutation, EditPersonMutationVariables>;
export const DropPersonDocument = {"__meta__":{"hash":"193d78cd84815b1082a5f1796ab9698a78d4d304f097896190b07013fb82b0cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DropPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIdentityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DropPersonMutation, DropPersonMutationVariables>;
export const WatchDocument = {"__meta__":{"hash":"baf39048c94595fd49d47d27bf2b5b36e4cadcffd86c12fdc6df26e40a48239f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Watch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceMonitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WatchMutation, WatchMutationVariables>;
export const MonitorsDocument = {"__meta__":{"hash":"3753608d2158e866c0050c8f304f2178298f8936e0acf881484ce46fe0198e94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Monitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceMonitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MonitorsQuery, MonitorsQueryVariables>;
export const RewatchDocument = {"__meta__":{"hash":"d1f637baa7b952073c93564c3d7389a18e8bc957a100b65c00f98eed34a8d00e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rewatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBalanceMonitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deleteBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"mon_00000000-0000-4000-8000-00000000beef","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RewatchMutation, RewatchMutationVariables>;
export const TagDocument = {"__meta__":{"hash":"310403e6355d3a3aa486e9cd36a3267b7ab8265027f38b9f12fdd6441d840c05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Tag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TagMutation, TagMutationVariables>;
export const ManyDocument = {"__meta__":{"hash":"0733b942c8b038256ef52c4256fcaa4ab98785ccf7c3c4a1f252e18c6151f2cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Many"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"l1"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"l2"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"i1"},"name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"i2"},"name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t1"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t2"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}}]}}]} as unknown as DocumentNode<ManyQuery, ManyQueryVariables>;
export const TransfersDocument = {"__meta__":{"hash":"dea0a98db40bbf6acf6fa14f3449911b15bfd0baac79db32d0f3c5ddd9e3dcc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransfersQuery, TransfersQueryVariables>;
export const FullBalancesDocument = {"__meta__":{"hash":"50882fa03fc1a413aa39009d38306cffea3f437882c2d02715d28a2bc4dce879"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FullBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allocationStrategy"}}]}}]}}]}}]} as unknown as DocumentNode<FullBalancesQuery, FullBalancesQueryVariables>;
export const MonitorsOfBalancesDocument = {"__meta__":{"hash":"bbb9b6ad0f4a8d92871e7a101eb3768e20640850feaa48ca9dd5bae97122215d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitorsOfBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"again"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"again"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<MonitorsOfBalancesQuery, MonitorsOfBalancesQueryVariables>;
export const OwnersOfOneBalanceDocument = {"__meta__":{"hash":"4306d51a08babe87acbf11c1e5109e0eeaaf4c1554ce1833669157017bb1ff1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnersOfOneBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"identityType"}}]}}]}}]}}]} as unknown as DocumentNode<OwnersOfOneBalanceQuery, OwnersOfOneBalanceQueryVariables>;
export const IncludedThenWholeDocument = {"__meta__":{"hash":"21b462e25b5bb2f26d4ee59b621c133da0f5dcab5bdf2e139cc4390f95743349"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncludedThenWhole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityType"}}]}}]}}]} as unknown as DocumentNode<IncludedThenWholeQuery, IncludedThenWholeQueryVariables>;
export const NotAnnsDocument = {"__meta__":{"hash":"070928f78762421cd82d2bf72dd1aedaecc4fd3d1e2a2e389bf566f9641a8555"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotAnns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotAnnsQuery, NotAnnsQueryVariables>;
export const HistoryDocument = {"__meta__":{"hash":"c9b076018caa8fbd7448b941dcdc76ea8d7c4ed0072404480c782981c7da8414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"History"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryQuery, HistoryQueryVariables>;
export const AmountsDocument = {"__meta__":{"hash":"ac3e33a3b62fdc8f6bf7b31c91e824e57e77541bf78ce609ea2897bc261510ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Amounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"txn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"world"},"name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"@World","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"txn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<AmountsQuery, AmountsQueryVariables>;
export const BalanceWithOwnerDocument = {"__meta__":{"hash":"afcd09a29c017ccbc0ceb9f6fe4290ce1e24bbab36ca45606101ba5651bfb009"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceWithOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]} as unknown as DocumentNode<BalanceWithOwnerQuery, BalanceWithOwnerQueryVariables>;
export const NodesAmountsDocument = {"__meta__":{"hash":"b2635bfebc2e74e971d65cd5be2f9b8ade49743bab8576f3f7d508f336e725cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesAmounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<NodesAmountsQuery, NodesAmountsQueryVariables>;
export const NodesNestedDocument = {"__meta__":{"hash":"80a784d3d23285a5c042b1add53c06da89be9a2363e8f570a9949e6e70765aa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesNestedQuery, NodesNestedQueryVariables>;
export const RowFieldsDocument = {"__meta__":{"hash":"8a5f81842f758a0159ace15d3e581411001cb555b59626fe9c0ab6b39627563b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightBalance"}}]}}]}}]} as unknown as DocumentNode<RowFieldsQuery, RowFieldsQueryVariables>;
export const WithVersionDocument = {"__meta__":{"hash":"3dac36523f2978257cc7dea6ca026f94c7d782440bcad5d094d73e237702f377"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WithVersionQuery, WithVersionQueryVariables>;
export const WithQueuedDocument = {"__meta__":{"hash":"39d80676f3f0408787ba6ca60abd38f99df79ea1b1cd76e226f77e9e8e3000ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithQueued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queuedDebitBalance"}}]}}]}}]} as unknown as DocumentNode<WithQueuedQuery, WithQueuedQueryVariables>;
export const RecordDocument = {"__meta__":{"hash":"e2bbefc2b15c4e6418df6e11107af0b0fe1db955ba1ddd5d1bee2324a4e49de3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Record"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateReferenceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMutation, RecordMutationVariables>;
export const BalanceAmountsDocument = {"__meta__":{"hash":"26451d77c14c496b2db70d51d4ae4c6236042006b8a6fb2abf1c0d2c5052cda8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceAmounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightCreditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightDebitBalance"}}]}}]}}]} as unknown as DocumentNode<BalanceAmountsQuery, BalanceAmountsQueryVariables>;
export const WorldBalanceDocument = {"__meta__":{"hash":"9de242384a7c556edba43be2d415707877e7afa1f820c2e3c5a101c366d018aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorldBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"@World","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<WorldBalanceQuery, WorldBalanceQueryVariables>;
export const OutcomeDocument = {"__meta__":{"hash":"0a132ff258a47a0fe637c358d1ca25d458513a5273e2d486c065405a2ba55820"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutcomeQuery, OutcomeQueryVariables>;
export const HoldDocument = {"__meta__":{"hash":"8d64cdba822f14037ec2ac5856c6bd18fd0f79cadb004acd86b3d361e2f2587a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Hold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HoldMutation, HoldMutationVariables>;
export const CommitDocument = {"__meta__":{"hash":"1ceafa9c4e4441d41bd35996226bbcccc4e69f42207c32977cbaa550470052ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Commit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CommitMutation, CommitMutationVariables>;
export const VoidDocument = {"__meta__":{"hash":"24b7fafe7670b716684fa4c4a4c9083340c8e679be2b23f1a969fe944f791f81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Void"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VoidMutation, VoidMutationVariables>;
export const RefundDocument = {"__meta__":{"hash":"21408b427220efff6adecbc94e5c3806240298ae2ff8666e865ce1053ea2a106"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"skipQueue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RefundMutation, RefundMutationVariables>;
export const BulkDocument = {"__meta__":{"hash":"7b80889e385b672af1dad5700541b69cf782f1b87c5982e641fbd60e28ed7ee7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Bulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBulkTransactionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBulkTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkTransactionsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"references"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BulkMutation, BulkMutationVariables>;
export const SplitDocument = {"__meta__":{"hash":"e1ffa4aa764e2fe10ae7edbabb5ee4f20181e6529ffab6c0eaf52b60e33e43ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Split"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SplitMutation, SplitMutationVariables>;
export const TransferHistoryDocument = {"__meta__":{"hash":"c5e4e37a0b679aadce9001bb56d0656fa1505b521d424425a7d50a007d5cc806"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentTransactionId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CREATED_AT_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransferHistoryQuery, TransferHistoryQueryVariables>;
export const BalanceVersionDocument = {"__meta__":{"hash":"3e51c814ebf5b920ed69f14f4d661fc64cbd184fd2b52babee36124aac5760c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<BalanceVersionQuery, BalanceVersionQueryVariables>;
export const BalanceAndLedgerDocument = {"__meta__":{"hash":"5f6d24baa7ef5871bb636177a7cfb3dcdbcc3299742235669b1827a610f5e0ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceAndLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<BalanceAndLedgerQuery, BalanceAndLedgerQueryVariables>;
export const OwnersFromListDocument = {"__meta__":{"hash":"5f5e18e967f83c34aeffa2c2f3a1fd5ad3bd9b29ea705e3c60d2fb7918cfab56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnersFromList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnersFromListQuery, OwnersFromListQueryVariables>;
export const LedgersFromListDocument = {"__meta__":{"hash":"27fec93169962d2398dd8410375111de80a14d548d2121e1ac67311643a570eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgersFromList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgersFromListQuery, LedgersFromListQueryVariables>;
export const ScCfLedgerDocument = {"__meta__":{"hash":"3ad28a15626658fa4729148c4ecdee82baf4bcbe688a830081403431c4f689bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCfLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScCfLedgerMutation, ScCfLedgerMutationVariables>;
export const ScCfIdentityDocument = {"__meta__":{"hash":"def43cb3496a14aad522a3a231d40d60f47910a0b8eb7e481cfae274910c17a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCfIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScCfIdentityMutation, ScCfIdentityMutationVariables>;
export const ScCfBalanceDocument = {"__meta__":{"hash":"e76482357fc66e0400f9f8a628464d76e8bb623ca47d09433fb14421c10bc13f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCfBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScCfBalanceMutation, ScCfBalanceMutationVariables>;
export const ScCfPayDocument = {"__meta__":{"hash":"760c2eb902a374d96e63b3170a50d236f8fccd9e941c7eff0b8cb8f167bff07a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCfPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScCfPayMutation, ScCfPayMutationVariables>;
export const ScCfBulkDocument = {"__meta__":{"hash":"697250461763eb1ed58405eb1664e1c1b6ee1a30cc9eb31c7dcfa7be4ee0299b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCfBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBulkTransactionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBulkTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScCfBulkMutation, ScCfBulkMutationVariables>;
export const ScCfRefundDocument = {"__meta__":{"hash":"c970e79901130c7acce030e78c3bc4fdc001750acfc8a1173744d7b3ff8e4058"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCfRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"skipQueue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ScCfRefundMutation, ScCfRefundMutationVariables>;
export const ScCfAdminDocument = {"__meta__":{"hash":"0b8df834335a4019345953745013aa18e931dd45704ea8ca5fe58786966865ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCfAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"mine","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"identityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"metaData"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"x","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ScCfAdminMutation, ScCfAdminMutationVariables>;
export const ScCfAmountsDocument = {"__meta__":{"hash":"1a479f1caa44b1470ef570e62eae7019970c1b74ae21dbf444f82281a4b1e8e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCfAmounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}}]}}]}}]}}]} as unknown as DocumentNode<ScCfAmountsQuery, ScCfAmountsQueryVariables>;
export const ScCfReadsDocument = {"__meta__":{"hash":"d4853a482aca6693b38e9c202db4d9d31b203b88cad3d370fd10c30d8d4c7941"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCfReads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theirs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"them"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"myTxn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theirTxn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theirRef"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"theirs"},"name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theirs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"me"},"name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"them"},"name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"them"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"myTxn"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"myTxn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"theirTxn"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theirTxn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byRef"},"name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theirRef"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theirs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScCfReadsQuery, ScCfReadsQueryVariables>;
export const ScCfNestedDocument = {"__meta__":{"hash":"938fb38a30e9e96f28c6f9bad32c0cf87e23c5450519f8877d5c02113b90258e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCfNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<ScCfNestedQuery, ScCfNestedQueryVariables>;
export const ScCfNodesDocument = {"__meta__":{"hash":"de42b9c33733941b5f586a511838d1e3947289a96d29caa56b49395c7200f17b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCfNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScCfNodesQuery, ScCfNodesQueryVariables>;
export const ScCfListsDocument = {"__meta__":{"hash":"8e800c92d5701f0886fd73f40f359e89c6b77863b8daef1369262b7fe70c8c10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCfLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grace"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"graceBalances"},"name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identityId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grace"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"graceTransactions"},"name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sourceIdentityId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grace"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScCfListsQuery, ScCfListsQueryVariables>;
export const ScCfLedgersDocument = {"__meta__":{"hash":"d7116fc249fd72d0b7f7d942486ef591e2c1c6e2a907c6d5d55aea40f3a08f4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCfLedgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScCfLedgersQuery, ScCfLedgersQueryVariables>;
export const ScCnLedgerDocument = {"__meta__":{"hash":"50baa0e2807812a74894e2edc2d6f18114f58c66748d7ca01360838aba17453b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCnLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnLedgerMutation, ScCnLedgerMutationVariables>;
export const ScCnIdentityDocument = {"__meta__":{"hash":"63eef7a10192c80f1d3a8cc16cc58057e728ad716602f485ab113008971d924a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCnIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnIdentityMutation, ScCnIdentityMutationVariables>;
export const ScCnBalanceDocument = {"__meta__":{"hash":"ab27a4f8132d67b01c31fee858e61e12f50ae6589786066fe397a46c46df62d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCnBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnBalanceMutation, ScCnBalanceMutationVariables>;
export const ScCnPayDocument = {"__meta__":{"hash":"ce4a02a2c40c1d9f08ef1d3c4ff83fde2e723e97f8e9cc1a42c9c5609dcd735f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCnPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnPayMutation, ScCnPayMutationVariables>;
export const ScCnMonitorDocument = {"__meta__":{"hash":"9cadf8ae0938615ce7a86b8e82f8e71c25f16bd6b8657c3b2c10b8356a87310f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScCnMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceMonitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnMonitorMutation, ScCnMonitorMutationVariables>;
export const ScCnMonitorsDocument = {"__meta__":{"hash":"900350050bb5380f1110e5f5cf0ac02d97a9b025a090c6d19f04e4a6d3b410dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMonitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnMonitorsQuery, ScCnMonitorsQueryVariables>;
export const ScCnBalanceMonitorsDocument = {"__meta__":{"hash":"0a60e5a59b3e7257c46963824d142dee36e9509ab748b57802a582fe864e31d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnBalanceMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScCnBalanceMonitorsQuery, ScCnBalanceMonitorsQueryVariables>;
export const ScCnRefDocument = {"__meta__":{"hash":"a568d4e880c03cd7e91c6d884e243e2729c5f0754c611c0d0af42e38b257bb62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnRef"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScCnRefQuery, ScCnRefQueryVariables>;
export const ScCnLedgersDocument = {"__meta__":{"hash":"b3cfea2b9ae083b84269e8e116383ea2f49f5a15e4d8f49684a9ad2bbca496e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnLedgers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnLedgersQuery, ScCnLedgersQueryVariables>;
export const ScCnBalancesDocument = {"__meta__":{"hash":"2d5a9227f7806ca9c3c8eff977552817f562df3e076129d1ad4056740ff93913"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnBalancesQuery, ScCnBalancesQueryVariables>;
export const ScCnIdentitiesDocument = {"__meta__":{"hash":"057caf5597ac9926ca1d45c2b286e5028c45a2fee9bac572de283103daa0518b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnIdentities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnIdentitiesQuery, ScCnIdentitiesQueryVariables>;
export const ScCnTransactionsDocument = {"__meta__":{"hash":"a9614d9f839ceb4bcfe6c27e6be0959415c4526526f70c8ffc1ebce20f33730d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ScCnTransactionsQuery, ScCnTransactionsQueryVariables>;
export const ScCnLedgerBalancesDocument = {"__meta__":{"hash":"19147983d5c49dab9d3a684a78b4a0f625bc8ae7327041ee9ac0a81db9a4dc1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnLedgerBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScCnLedgerBalancesQuery, ScCnLedgerBalancesQueryVariables>;
export const ScCnIdentityBalancesDocument = {"__meta__":{"hash":"f35b870bd2cd7dac31d0d49411b1ca4bec85786e999d2f9290a0bef76de2816a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnIdentityBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScCnIdentityBalancesQuery, ScCnIdentityBalancesQueryVariables>;
export const ScCnBalanceTransactionsDocument = {"__meta__":{"hash":"af71443221b588ab87e3b52a3b6620e49496c48aa2f59e398fae261b90e804ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnBalanceTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScCnBalanceTransactionsQuery, ScCnBalanceTransactionsQueryVariables>;
export const ScCnChildrenDocument = {"__meta__":{"hash":"e8d6327cfcada2f17a8d9c43a276de5223c3396c492f00f492729ce8edf286a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScCnChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScCnChildrenQuery, ScCnChildrenQueryVariables>;
export const DmPayDocument = {"__meta__":{"hash":"ec791695d81b8baf1737a641ba465620eef88ff754120b86e640643d2acfe24b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransactionId"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateReferenceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DmPayMutation, DmPayMutationVariables>;
export const DmTxnDocument = {"__meta__":{"hash":"5f09a353bf85f3066c7598ed6e2a63838bd0bff5688e01d50bb2d91e19f22cbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DmTxn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]}}]} as unknown as DocumentNode<DmTxnQuery, DmTxnQueryVariables>;
export const DmRefundDocument = {"__meta__":{"hash":"fe1a6ff1bde77402e79b9b36cb137b9d8e7ce9c8e6a4fc0b2c988c99e6f412fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DmRefundMutation, DmRefundMutationVariables>;
export const DmVoidDocument = {"__meta__":{"hash":"d8b859cac0118e8580bd5864cbeeedd4b530195785195e1f7158cfbfbb091f96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DmVoidMutation, DmVoidMutationVariables>;
export const DmCommitDocument = {"__meta__":{"hash":"bb386d6ee9f4994882f6a33964b970f3bbdfad7889b04fe4f20c7a53463a918a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DmCommitMutation, DmCommitMutationVariables>;
export const DmBulkDocument = {"__meta__":{"hash":"af001cfc110d74de29a4238952b2bd96be2ce36225f5c1d0fe9e9444f7ddbc06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBulkTransactionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBulkTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkTransactionsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemFailedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBack"}},{"kind":"Field","name":{"kind":"Name","value":"appliedReferences"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DmBulkMutation, DmBulkMutationVariables>;
export const DmLegsDocument = {"__meta__":{"hash":"67b9266c3a527c49ec0d97669f7ebb2bc1b291a4f4e4b423ddc25ab1cbd409a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DmLegs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentTransactionId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DmLegsQuery, DmLegsQueryVariables>;
export const DmPageDocument = {"__meta__":{"hash":"930b237937cd5ab0461196cdf3c65a3cb8b0ddbbb86d67d63c2afd07df79c177"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DmPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"balanceId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balance"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DmPageQuery, DmPageQueryVariables>;
export const DmMetadataDocument = {"__meta__":{"hash":"d35d9458fe372b0468acd06a87e8b35bb9045faab7862515d1d224f0181fc651"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DmMetadataMutation, DmMetadataMutationVariables>;
export const DrLedgerDocument = {"__meta__":{"hash":"d7ca74988104eb81c4f0ce3ee870935f97dbcb7e246bec0aa0d8bbd150152510"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DrLedgerMutation, DrLedgerMutationVariables>;
export const DrIdentityDocument = {"__meta__":{"hash":"e9d4fa415c64b2a80fc5750e1ddcfa1fe5f8dc86a7398a3bf105f18362007741"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DrIdentityMutation, DrIdentityMutationVariables>;
export const DrBalanceDocument = {"__meta__":{"hash":"aca39153c5c1bbc4892d39030cf4c7760f8f6099b3254e799dfff60aed817237"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DrBalanceMutation, DrBalanceMutationVariables>;
export const DrPayDocument = {"__meta__":{"hash":"1e70ad62dde15792a08fcac4fcf7f3e58bda8aaa37724c236fe1525a3ebbfa3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrPayMutation, DrPayMutationVariables>;
export const DrTransactionsDocument = {"__meta__":{"hash":"43cc726517d9ff13d0dea1443f397f8e21b82da0c1ba4fe70a2a0af2f6aaa5ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrTransactionsQuery, DrTransactionsQueryVariables>;
export const DrIdentitiesDocument = {"__meta__":{"hash":"eb91010024d523ed9170792b25f75cdd3b2243d0bcd026c6f85daf878f4c9e42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrIdentities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"identityType"}},{"kind":"Field","name":{"kind":"Name","value":"dob"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrIdentitiesQuery, DrIdentitiesQueryVariables>;
export const DrBalancesDocument = {"__meta__":{"hash":"ee39a94ab18beb5dded2647219e0f2ef65080edef66c4fee4ac1cf9790bc2c36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrBalancesQuery, DrBalancesQueryVariables>;
export const DrLastBalanceDocument = {"__meta__":{"hash":"831d14f0dba6849c1f6076ffcf881a30be180e7dda870678711ba11e3bc2156a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrLastBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<DrLastBalanceQuery, DrLastBalanceQueryVariables>;
export const DrOneRouteDocument = {"__meta__":{"hash":"100ea7b56a6d0d7b080a7c5986d80b8f6db8525796389584d54b5f87134dd7d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrOneRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"identityType"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"identityType"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]} as unknown as DocumentNode<DrOneRouteQuery, DrOneRouteQueryVariables>;
export const DrPrimedDocument = {"__meta__":{"hash":"fc04b850b418036fc98f59d0f406d323b1311d17244f5ac077e901a555a2c1a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrPrimed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityType"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]} as unknown as DocumentNode<DrPrimedQuery, DrPrimedQueryVariables>;
export const DrMonitorDocument = {"__meta__":{"hash":"0a450ca687d41e8b593814e381670cbc1566c553be4821cb843eb72ce8bb09d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceMonitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrMonitorMutation, DrMonitorMutationVariables>;
export const DrMonitorsDocument = {"__meta__":{"hash":"0c6f4db4ad2565f5bf6d7888d9fe81f8ea0db0a8a5d6367b7193f534f6f671cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceId"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrMonitorsQuery, DrMonitorsQueryVariables>;
export const ScEoPayDocument = {"__meta__":{"hash":"596ea12aa6e6e363cdf6bf94edfa7c4e7f282dea24fe382de4fdf7d9a90ff449"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScEoPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateReferenceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScEoPayMutation, ScEoPayMutationVariables>;
export const ScEoBulkDocument = {"__meta__":{"hash":"e2d2173d81ded559b1a33a2f83e6d7bf5da2eb84de0fd08d9c249fcffa6f77ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScEoBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBulkTransactionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBulkTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkTransactionsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"references"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScEoBulkMutation, ScEoBulkMutationVariables>;
export const ScEoRefundDocument = {"__meta__":{"hash":"3b7f787ed560e13c2b05da669b3cc305ad9d8bc2fa03f43eebf360e1d50f2549"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScEoRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScEoRefundMutation, ScEoRefundMutationVariables>;
export const ScEoCommitDocument = {"__meta__":{"hash":"c0db7123b6c5e5a53526e7d2cd49678122785ba3a920fe809ab82decdcf94d17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScEoCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScEoCommitMutation, ScEoCommitMutationVariables>;
export const ScEoVoidDocument = {"__meta__":{"hash":"d6a155cfc475a8d01b0065c6a767c7fbe00a5b9be278d46898a8cb231c1a18e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScEoVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScEoVoidMutation, ScEoVoidMutationVariables>;
export const ScObOwnerDocument = {"__meta__":{"hash":"d94e82c4a975279e48740742e846c691c9f491681e1f3d110d675eb000188e25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScObOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBalanceIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBalanceIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}},{"kind":"Field","name":{"kind":"Name","value":"inflightExpiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScObOwnerMutation, ScObOwnerMutationVariables>;
export const ScObPayDocument = {"__meta__":{"hash":"e117eab22a861fde03ae294b5c5d9dfd0636ed59d1a659cd65a4c6dc3853860e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScObPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdraftLimit"}},{"kind":"Field","name":{"kind":"Name","value":"skipQueue"}},{"kind":"Field","name":{"kind":"Name","value":"atomic"}},{"kind":"Field","name":{"kind":"Name","value":"amountString"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScObPayMutation, ScObPayMutationVariables>;
export const ScObReadDocument = {"__meta__":{"hash":"2f775007703ce6dbba2d8d7486fa67dad7b7740e0170b961d46b043f4b823f7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScObRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdraftLimit"}},{"kind":"Field","name":{"kind":"Name","value":"skipQueue"}},{"kind":"Field","name":{"kind":"Name","value":"atomic"}},{"kind":"Field","name":{"kind":"Name","value":"amountString"}}]}}]}}]} as unknown as DocumentNode<ScObReadQuery, ScObReadQueryVariables>;
export const ScObAtDocument = {"__meta__":{"hash":"6db68cada79973862e4340eea5b8027bdf750299bb1c36f6a282789d8e57f0a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScObAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"fromSource"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromSource"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"snapshots"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}}]}}]}}]}}]} as unknown as DocumentNode<ScObAtQuery, ScObAtQueryVariables>;
export const ScObCommitAllDocument = {"__meta__":{"hash":"069c2aedd7add14731f5d85cd9eba838cc245d6d9fe12b28ade600834bc4f5c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScObCommitAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleHoldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitInflightTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldSettlements"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<ScObCommitAllMutation, ScObCommitAllMutationVariables>;
export const ScObVoidAllDocument = {"__meta__":{"hash":"9a2adbaad31521a16440547ae2a57a9d7115436a6aa97e8fef27c2f4683fab9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScObVoidAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleHoldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInflightTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldSettlements"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScObVoidAllMutation, ScObVoidAllMutationVariables>;
export const ScLinBalanceDocument = {"__meta__":{"hash":"1a59afacc2e3f784bd9de145270210d4c2b183f41458aa54f9977b3b265a5157"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScLinBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackFundLineage"}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalWithLineage"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateBalanceId"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"shadowBalanceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScLinBalanceQuery, ScLinBalanceQueryVariables>;
export const ScLinTransactionDocument = {"__meta__":{"hash":"bd2835e70185e6ad74ae3ce4f4be4ae8d3b4fdf3b65f6c0b43fb2ab3281fad36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScLinTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowTransactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScLinTransactionQuery, ScLinTransactionQueryVariables>;
export const ScPiiTokenizeDocument = {"__meta__":{"hash":"bd35593272c58406fe51d124f14b06b052d56e5745b680728895537bce200212"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScPiiTokenize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PiiField"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenizeIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"tokenizedFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScPiiTokenizeMutation, ScPiiTokenizeMutationVariables>;
export const ScPiiReadDocument = {"__meta__":{"hash":"5eded138366d887d91fb8e901ae0af9c7130ca6a76bc66117a1686ebf041dd7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScPiiRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PiiField"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenizedFields"}},{"kind":"Field","name":{"kind":"Name","value":"detokenized"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ScPiiReadQuery, ScPiiReadQueryVariables>;
export const ScMpLedgerDocument = {"__meta__":{"hash":"539c80e25205562158bd16f09eb0ec1a4e8d7cb2f4909fd49deeb6c8e9ae6d11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpLedgerMutation, ScMpLedgerMutationVariables>;
export const ScMpBalanceDocument = {"__meta__":{"hash":"72a7b6399965a9e420d24e5cfb633b35752e4eeded0e0a04d0dc91055d67f6e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpBalanceMutation, ScMpBalanceMutationVariables>;
export const ScMpPayDocument = {"__meta__":{"hash":"361d9db4dd01f321d3ef4435768f0612106a5ba3fcb31be558a16894ffc08203"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateReferenceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpPayMutation, ScMpPayMutationVariables>;
export const ScMpAmountsDocument = {"__meta__":{"hash":"7b9ee87b1213eaf7d41cdac029efc8179f9518e2f6e1d24e8486cf481c026753"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScMpAmounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightCreditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightDebitBalance"}}]}}]}}]} as unknown as DocumentNode<ScMpAmountsQuery, ScMpAmountsQueryVariables>;
export const ScMpTxnDocument = {"__meta__":{"hash":"65be02034732c33718ac0a9aaba0a165ec5e79939e63a705db1e06490fda30dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScMpTxn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScMpTxnQuery, ScMpTxnQueryVariables>;
export const ScMpByRefDocument = {"__meta__":{"hash":"fc3bb786fda15ce434f59472451900b2797c64d05c696268a5910a7c3d674e8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScMpByRef"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpByRefQuery, ScMpByRefQueryVariables>;
export const ScMpCommitDocument = {"__meta__":{"hash":"4a429a7d9b6d4462709a4d8e37e14218eaf215a0a5839db2f43c32718ff2c807"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpCommitMutation, ScMpCommitMutationVariables>;
export const ScMpVoidDocument = {"__meta__":{"hash":"c95050200fe8710724563c5a69bcb8864c15bdc65caffb03e3d5de3314fe5284"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidInflightTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInflightTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpVoidMutation, ScMpVoidMutationVariables>;
export const ScMpRefundDocument = {"__meta__":{"hash":"bf616f1293cea30d52b599bfbcaf018b16a516bbc2fbfb8cae4854e965825239"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpRefundMutation, ScMpRefundMutationVariables>;
export const ScMpBulkDocument = {"__meta__":{"hash":"7ea4f1713bffb9168d5813031daec8f80c0adda694cfeea5847daccc5d685d04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBulkTransactionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBulkTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkTransactionsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpBulkMutation, ScMpBulkMutationVariables>;
export const ScMpChildrenDocument = {"__meta__":{"hash":"bd2c8beeb7318c470d3f3d91c656f7c5a47571be99524bb490247485ec8d254c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScMpChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentTransactionId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScMpChildrenQuery, ScMpChildrenQueryVariables>;
export const ScMpAtDocument = {"__meta__":{"hash":"dd4fc8e96e4ea762980c81c8e191919845ef22503dfb2d967d7b1e1868806e44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScMpAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpAtQuery, ScMpAtQueryVariables>;
export const ScMpMetadataDocument = {"__meta__":{"hash":"b65988c2fe2f67855873105f406dda5f4e8510610542d960f6f29c9be42da19b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetadataPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpMetadataMutation, ScMpMetadataMutationVariables>;
export const ScMpMetaReadDocument = {"__meta__":{"hash":"403606e42695c624c1e8c39c2a933a675c9ebd201fa7e4e931678edf1ddd7650"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScMpMetaRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpMetaReadQuery, ScMpMetaReadQueryVariables>;
export const ScMpIdentityDocument = {"__meta__":{"hash":"4c04ba567b5697562e12bb80655fa59025ffc2e0aa65884404235e6040794a3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpIdentityMutation, ScMpIdentityMutationVariables>;
export const ScMpMonitorCreateDocument = {"__meta__":{"hash":"88fcf041b69f4d7a8927da9686ed887826c00ca726d81cd65b031bd63093aa21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpMonitorCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceMonitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceId"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpMonitorCreateMutation, ScMpMonitorCreateMutationVariables>;
export const ScMpMonitorReadDocument = {"__meta__":{"hash":"cac81b7e720d7ddff04efe1070dff973c76353c3089572e94acd4276c04714af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScMpMonitorRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScMpMonitorReadQuery, ScMpMonitorReadQueryVariables>;
export const ScMpMonitorUpdateDocument = {"__meta__":{"hash":"81a32cc7f874f3d4a3091f9e645dc13ba3d85c844eb5db9cf7d59a876ca16dc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpMonitorUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBalanceMonitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpMonitorUpdateMutation, ScMpMonitorUpdateMutationVariables>;
export const ScMpMonitorDeleteDocument = {"__meta__":{"hash":"1de7c8b8caa3fdbee32d1a3047bdce0a115c696847e9a4d60bd994542717c3c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScMpMonitorDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBalanceMonitorPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScMpMonitorDeleteMutation, ScMpMonitorDeleteMutationVariables>;
export const NnFullRowsDocument = {"__meta__":{"hash":"cd1426962d0acefb106259fa217340551ac295157476e23b9fa2785c8d302ea3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnFullRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allocationStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"queuedDebitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnFullRowsQuery, NnFullRowsQueryVariables>;
export const NnVersionRowsDocument = {"__meta__":{"hash":"f8fbfe65c96724079caff812a151b3af84e4bd3824110ca3bc4765fd9537ca5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnVersionRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnVersionRowsQuery, NnVersionRowsQueryVariables>;
export const NnReducedRowsDocument = {"__meta__":{"hash":"ab7816f9b6658b10d55722f7af0da91ed6a0e13bfdc326d702f6e2f1aa6e8096"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnReducedRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnReducedRowsQuery, NnReducedRowsQueryVariables>;
export const NnLedgersBalancesDocument = {"__meta__":{"hash":"f32d0c61c94cf0c24e58236ee108bafa5b639c3f7a0417a76a7226614657fdf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnLedgersBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnLedgersBalancesQuery, NnLedgersBalancesQueryVariables>;
export const NnIdentitiesBalancesDocument = {"__meta__":{"hash":"3d91c43a8284b02fa08d7bf6be141a8f5bd68afa1f9de3791d305dc77c54b2f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnIdentitiesBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnIdentitiesBalancesQuery, NnIdentitiesBalancesQueryVariables>;
export const NnBalancesTransactionsDocument = {"__meta__":{"hash":"01f79c01d14276e3d7fb5902f5dd2af931e146c90da24dce86b8b9dfbf24fe67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnBalancesTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnBalancesTransactionsQuery, NnBalancesTransactionsQueryVariables>;
export const NnSomeBalancesTransactionsDocument = {"__meta__":{"hash":"6c48d3677533cfb5920209985293a9702e8bd50761ba22802dc2927ee1402c06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnSomeBalancesTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnSomeBalancesTransactionsQuery, NnSomeBalancesTransactionsQueryVariables>;
export const NnOneBalanceTransactionsDocument = {"__meta__":{"hash":"92d0c188ca779cc2c8ef46fd22bce5e3d84f332e2b7c7bb64d7593e6a779eea3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnOneBalanceTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnOneBalanceTransactionsQuery, NnOneBalanceTransactionsQueryVariables>;
export const NnMonitorPrecisionDocument = {"__meta__":{"hash":"c2e89b02695f12349305bdde79f10e9232f3713b531d1934243b20bf8aa50d0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnMonitorPrecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMonitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceId"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"preciseValue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnMonitorPrecisionQuery, NnMonitorPrecisionQueryVariables>;
export const NnMonitorOperatorsDocument = {"__meta__":{"hash":"b01bc0f5ad1a2850dcf33ac106f8c23d076df69d8660cc37cdf89c38fb60946f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnMonitorOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMonitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnMonitorOperatorsQuery, NnMonitorOperatorsQueryVariables>;
export const NnBalanceMonitorsDocument = {"__meta__":{"hash":"48d2f06f5aea12eabcef65739aae9ec5540989cab7dddf681864eefb7aadda69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnBalanceMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NnBalanceMonitorsQuery, NnBalanceMonitorsQueryVariables>;
export const NnByIndicatorDocument = {"__meta__":{"hash":"bfcd6d730f93da3322040bd2c3eba7106d268fcd76ec9710e895543b628ef486"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnByIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"@NnWorld","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]} as unknown as DocumentNode<NnByIndicatorQuery, NnByIndicatorQueryVariables>;
export const NnByIndicatorMetaDocument = {"__meta__":{"hash":"3b241326503f3f9280cc2d660a7a29afe4835d6ca64756f6f83fe77bb3e8d77f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnByIndicatorMeta"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"@NnWorld","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}}]}}]} as unknown as DocumentNode<NnByIndicatorMetaQuery, NnByIndicatorMetaQueryVariables>;
export const NnByIndicatorVersionDocument = {"__meta__":{"hash":"202662e0bb7346703101cb97cf13cbc3314024230e868d5ce1bb2b19b73834a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnByIndicatorVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"@NnWorld","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allocationStrategy"}}]}}]}}]} as unknown as DocumentNode<NnByIndicatorVersionQuery, NnByIndicatorVersionQueryVariables>;
export const NnByIndicatorQueuedDocument = {"__meta__":{"hash":"29d5ae753add5d10350ef26d155b500812818c14051d926b57bd825a6fbd4a75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NnByIndicatorQueued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"@NnWorld","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"queuedCreditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NnByIndicatorQueuedQuery, NnByIndicatorQueuedQueryVariables>;
export const NnCreateBalanceDocument = {"__meta__":{"hash":"7dd46159504f14d2ff53f3026f2e0fde07d597ff3a8d8da2b59bbf72381ca192"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NnCreateBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"allocationStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NnCreateBalanceMutation, NnCreateBalanceMutationVariables>;
export const ScOcLedgerDocument = {"__meta__":{"hash":"b30a9b88d4e184d4c8e3ca01993ff7d3af314b46885e460819aeed22666c3d65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScOcLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcLedgerMutation, ScOcLedgerMutationVariables>;
export const ScOcIdentityDocument = {"__meta__":{"hash":"b300f9a5ee6ad8dfd4e1a9f520c99a3642c09b2e195c7042633af47c37e1f897"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScOcIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"identityType"},"value":{"kind":"StringValue","value":"individual","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcIdentityMutation, ScOcIdentityMutationVariables>;
export const ScOcBalanceDocument = {"__meta__":{"hash":"fc837ac2a21c404e7e2685e88459f3a04e537ac17935037749be8446e9634740"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScOcBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcBalanceMutation, ScOcBalanceMutationVariables>;
export const ScOcPayDocument = {"__meta__":{"hash":"2320db42e9bea5673dc39d65ac8c75c780a50f8a659ea2d06ce62f751456b31d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScOcPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcPayMutation, ScOcPayMutationVariables>;
export const ScOcMonitorDocument = {"__meta__":{"hash":"35f38ccc92fe74fa19cf75fafd22b3ecb048e9663c35ae59981a418d1c36b0af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScOcMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"balanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"balanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"balanceId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"BALANCE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"operator"},"value":{"kind":"EnumValue","value":"GT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"5","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcMonitorMutation, ScOcMonitorMutationVariables>;
export const ScOcTransactionDocument = {"__meta__":{"hash":"d72671e1e4cf82151ca641a044cd6d77f611812c09c9275424925ab3805fa9f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScOcTransactionQuery, ScOcTransactionQueryVariables>;
export const ScOcByReferenceDocument = {"__meta__":{"hash":"9a39d37962c31fadad7d854d4b4476ddeed70e2bb6650296e5025121de242cb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScOcByReferenceQuery, ScOcByReferenceQueryVariables>;
export const ScOcNodeDocument = {"__meta__":{"hash":"1c6df5abccb6f0a0e241867e752abf112a731a58cce01530b699e1606fd1c49c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScOcNodeQuery, ScOcNodeQueryVariables>;
export const ScOcNodesDocument = {"__meta__":{"hash":"18bd1828b327f9f23494d5b57e6366509f6949b2d4c847ceb1d2b96c4fdf3ac1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScOcNodesQuery, ScOcNodesQueryVariables>;
export const ScOcEntitiesDocument = {"__meta__":{"hash":"b82d28c1db1306d0f812d710f5572be0f39fb79db0f58dc3ae74f2402b556aa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcEntitiesQuery, ScOcEntitiesQueryVariables>;
export const ScOcBalanceReadDocument = {"__meta__":{"hash":"ebd82f8d9d6c41e7d1cc4ef3c83afb289c5f4ddf758f14d1f26effcee7b93b7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcBalanceRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcBalanceReadQuery, ScOcBalanceReadQueryVariables>;
export const ScOcBalanceFullDocument = {"__meta__":{"hash":"718de737fd715d241e61541e11046695600e2e39303f15d94bb52921735e8e63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcBalanceFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ScOcBalanceFullQuery, ScOcBalanceFullQueryVariables>;
export const ScOcIdentityReadDocument = {"__meta__":{"hash":"744c977243f85a3060673464b2f096de743739ebe4e1f00dda39c2c030a3ddef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcIdentityRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScOcIdentityReadQuery, ScOcIdentityReadQueryVariables>;
export const ScOcLedgerReadDocument = {"__meta__":{"hash":"56fb8db0ac8c3e95a4a6547efd310321842a60ca9d839c70223b174471feb68c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcLedgerRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScOcLedgerReadQuery, ScOcLedgerReadQueryVariables>;
export const ScOcMonitorReadDocument = {"__meta__":{"hash":"ade61f4b6e1284d01218a693c674eec0e1f9c243f701e98838a3522daf56bd9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScOcMonitorRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScOcMonitorReadQuery, ScOcMonitorReadQueryVariables>;
export const OsLedgerDocument = {"__meta__":{"hash":"4b33d4f15a24efb627e1df1c563c8ba7a1251a533baea9b7e74321e495760e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OsLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OsLedgerMutation, OsLedgerMutationVariables>;
export const OsBalanceDocument = {"__meta__":{"hash":"eed15b9411023d1d5e10ffa931833a7b72df27388414c1a84b63852fe4f96cb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OsBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OsBalanceMutation, OsBalanceMutationVariables>;
export const OsPayDocument = {"__meta__":{"hash":"dc8926f427eb3f691e9f54e30e3eaed08361230e3304461e59396f9a9b1c0131"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OsPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OsPayMutation, OsPayMutationVariables>;
export const OsBalancesDocument = {"__meta__":{"hash":"311835f1d17a4c44c033fb2975c6bafc43581871b6aa6873b32a1ae693883848"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OsBalancesQuery, OsBalancesQueryVariables>;
export const OsTransactionsDocument = {"__meta__":{"hash":"88d6f557eab5b196915504677911d06173a197842c196e5f361f423df33d8cf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OsTransactionsQuery, OsTransactionsQueryVariables>;
export const OsNestedDocument = {"__meta__":{"hash":"b80945fb57c35a53fb635ce0786b7c699e1c25684305cfd7cc4a5aead6e9b482"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OsNestedQuery, OsNestedQueryVariables>;
export const OsMonitorDocument = {"__meta__":{"hash":"7a34885c4e608548cb7c3c130118a76fbd1d27b8160bdddf8b6833d441edde84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OsMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceMonitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalanceMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OsMonitorMutation, OsMonitorMutationVariables>;
export const OsMonitorsDocument = {"__meta__":{"hash":"e69a0c88440c35a519170cb9bd81f2aac3cce6507c373644d4dd0325028d0bc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceMonitorOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OsMonitorsQuery, OsMonitorsQueryVariables>;
export const OsLedgersDocument = {"__meta__":{"hash":"b224051b1bfd1e2b4693a54c76162521b859dbd2eef8dac328a0eb58913edbe3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsLedgers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OsLedgersQuery, OsLedgersQueryVariables>;
export const OsIdentityDocument = {"__meta__":{"hash":"e0581fd370e7704c492a93a4f9a1b9b3418adee33eb49e0c58762c6eb29cdcf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OsIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OsIdentityMutation, OsIdentityMutationVariables>;
export const OsIdentitiesDocument = {"__meta__":{"hash":"d182067cee60bb6d3fb8e46a934df2425aa7e2b8d9648ef6a3c1d8b0bf709f9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsIdentities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OsIdentitiesQuery, OsIdentitiesQueryVariables>;
export const OsRefDocument = {"__meta__":{"hash":"342b0888ac9e754f4b78627032aabec2090769a2a000c14c8fe6c0bc2b8e26d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OsRef"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OsRefQuery, OsRefQueryVariables>;
export const ScRgLedgerDocument = {"__meta__":{"hash":"b1b06c38fdb45f9a803e795fda55952abd9cedb129a3a1dc1dad29e7128ce127"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScRgLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScRgLedgerMutation, ScRgLedgerMutationVariables>;
export const ScRgIdentityDocument = {"__meta__":{"hash":"ddf9503e054eea568c80db4233d4c260b4bb1baacdbfc37a064baba39fe787b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScRgIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScRgIdentityMutation, ScRgIdentityMutationVariables>;
export const ScRgBalanceDocument = {"__meta__":{"hash":"eb08f504d5872bda2d0035bbd87848d7f85964be17655da65f06ecbe7c43dd63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScRgBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBalanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScRgBalanceMutation, ScRgBalanceMutationVariables>;
export const ScRgPayDocument = {"__meta__":{"hash":"ecf1e168d965f5bc7ac192ada793c24be7ceef4d69ff11c040d536a557421baf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScRgPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScRgPayMutation, ScRgPayMutationVariables>;
export const ScRgBalanceGraphDocument = {"__meta__":{"hash":"3d2c1b313bd3f37829ad57d782fcf54beba409b2aa641269dffcaca12e3fd45c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScRgBalanceGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightCreditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightDebitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"queuedCreditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"queuedDebitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackFundLineage"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"identityType"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScRgBalanceGraphQuery, ScRgBalanceGraphQueryVariables>;
export const ScRgLedgerGraphDocument = {"__meta__":{"hash":"b4fab6eabed8a6678a09bc61313771405ea3bd0c7972313dd7dad4a03983fbea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScRgLedgerGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CREATED_AT_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScRgLedgerGraphQuery, ScRgLedgerGraphQueryVariables>;
export const ScRgIdentityGraphDocument = {"__meta__":{"hash":"766a395201d7f3d79ca0a51f92aeadc14d721c46ea56d65154cccce7a2235a0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScRgIdentityGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"identityType"}},{"kind":"Field","name":{"kind":"Name","value":"dob"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScRgIdentityGraphQuery, ScRgIdentityGraphQueryVariables>;
export const ScRgTransactionGraphDocument = {"__meta__":{"hash":"67c8240f81787c5fe9857e81d0ca37181990bd64562f58b8eabc44a968c738a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScRgTransactionGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}},{"kind":"Field","name":{"kind":"Name","value":"inflight"}},{"kind":"Field","name":{"kind":"Name","value":"parentTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScRgTransactionGraphQuery, ScRgTransactionGraphQueryVariables>;
export const ScRgByReferenceDocument = {"__meta__":{"hash":"af8bf95410e5f3ad33a1a18dbb5c2abe270fa5ece07b1138e6590e8d99eb1f88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScRgByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScRgByReferenceQuery, ScRgByReferenceQueryVariables>;
export const ScRgByIndicatorDocument = {"__meta__":{"hash":"5d1ae7a107326478fca522e86e5f541610d284d73a8eb8290222145b06a00b1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScRgByIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}}]}}]}}]} as unknown as DocumentNode<ScRgByIndicatorQuery, ScRgByIndicatorQueryVariables>;
export const ScRgNodesDocument = {"__meta__":{"hash":"a013315c020a0320893f00b0782753d99a4ca0f3ff86dc0932a9b1dfdbfe1bcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScRgNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}}]}}]}}]} as unknown as DocumentNode<ScRgNodesQuery, ScRgNodesQueryVariables>;
export const ScBudgetThreeHistoriesDocument = {"__meta__":{"hash":"810c1f4f813a62891967dc7d27245bc9880c5caba1bb623cb469cebc01697b93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScBudgetThreeHistories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScBudgetThreeHistoriesQuery, ScBudgetThreeHistoriesQueryVariables>;
export const ScBudgetNestedPagesDocument = {"__meta__":{"hash":"7a56fc323f732fb13a22f0e4f70415578ba01ecaff76bdafb631a2d49788a3fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScBudgetNestedPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScBudgetNestedPagesQuery, ScBudgetNestedPagesQueryVariables>;
export const ScBudgetTenHistoriesDocument = {"__meta__":{"hash":"93289c50d55c10cd515df70a694cba31b9f3253abbd21c48939e202e6f7011aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScBudgetTenHistories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a0"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a1"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a2"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a3"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a4"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a5"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a6"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a7"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a8"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a9"},"name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScBudgetTenHistoriesQuery, ScBudgetTenHistoriesQueryVariables>;