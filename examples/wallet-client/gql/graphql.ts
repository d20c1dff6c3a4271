/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type WalletSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WalletSummaryQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, currency: string, balance: string, available: string, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null, lastName?: string | null } | null, transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', reference: string, status: TransactionStatus, currency: string, preciseAmount: string, precision?: string | null, destinationBalance?: { __typename?: 'Balance', id: string } | null, outcome?: { __typename?: 'Transaction', status: TransactionStatus } | null, parentTransaction?: { __typename?: 'Transaction', status: TransactionStatus } | null } }> } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const WalletSummaryDocument = new TypedDocumentString(`
    query WalletSummary($id: ID!) {
  balance(id: $id) {
    id
    currency
    balance
    available
    ledger {
      name
    }
    identity {
      firstName
      lastName
    }
    transactions(first: 10) {
      edges {
        node {
          reference
          status
          currency
          preciseAmount
          precision
          destinationBalance {
            id
          }
          outcome {
            status
          }
          parentTransaction {
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WalletSummaryQuery, WalletSummaryQueryVariables>;