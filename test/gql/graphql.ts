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
  /** An integer of any size (money in minor units), always serialized as a string of decimal digits. */
  BigInt: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** Any JSON value (metadata). Blnk keeps metadata numbers as float64: on input a number must be finite and within ±(2^53−1) (send larger ones as strings); on output a safe integer or a fraction is a number, and an integer beyond ±(2^53−1) that Blnk holds (however written, 1e+21 included) is the string of its decimal digits. */
  JSON: { input: unknown; output: unknown; }
  _Any: { input: any; output: any; }
};

/** How fund lineage allocates outgoing money across incoming funds. */
export type AllocationStrategy =
  | 'FIFO'
  | 'LIFO'
  | 'PROPORTIONAL';

/** Nothing of the hold is left to commit or void. */
export type AlreadyCommittedError = Error & {
  __typename?: 'AlreadyCommittedError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The hold was voided. */
export type AlreadyVoidedError = Error & {
  __typename?: 'AlreadyVoidedError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A balance in a ledger. Every amount is in minor units of its currency. */
export type Balance = Node & {
  __typename?: 'Balance';
  allocationStrategy?: Maybe<AllocationStrategy>;
  /** The balance as it stood at `timestamp`. */
  at?: Maybe<HistoricalBalance>;
  /** What can be spent now: balance − inflightDebitBalance − queuedDebitBalance. */
  available: Scalars['BigInt']['output'];
  /** creditBalance − debitBalance. */
  balance: Scalars['BigInt']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Everything credited to this balance. */
  creditBalance: Scalars['BigInt']['output'];
  currency: Scalars['String']['output'];
  /** Everything debited from this balance. */
  debitBalance: Scalars['BigInt']['output'];
  /** What the balance will be once queued credits land: balance + queuedCreditBalance. */
  expected: Scalars['BigInt']['output'];
  id: Scalars['ID']['output'];
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
  ledger?: Maybe<Ledger>;
  ledgerId: Scalars['ID']['output'];
  metaData?: Maybe<Scalars['JSON']['output']>;
  monitors?: Maybe<BalanceMonitorConnection>;
  /** Credits queued in Blnk and not yet applied. */
  queuedCreditBalance: Scalars['BigInt']['output'];
  /** Debits queued in Blnk and not yet applied. */
  queuedDebitBalance: Scalars['BigInt']['output'];
  trackFundLineage: Scalars['Boolean']['output'];
  /** Transactions in which this balance is the source or the destination. */
  transactions?: Maybe<TransactionConnection>;
  /** Optimistic-lock version, incremented by every change. */
  version: Scalars['Int']['output'];
};


/** A balance in a ledger. Every amount is in minor units of its currency. */
export type BalanceAtArgs = {
  timestamp: Scalars['DateTime']['input'];
};


/** A balance in a ledger. Every amount is in minor units of its currency. */
export type BalanceMonitorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


/** A balance in a ledger. Every amount is in minor units of its currency. */
export type BalanceTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};

export type BalanceConnection = {
  __typename?: 'BalanceConnection';
  edges: Array<BalanceEdge>;
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type BalanceEdge = {
  __typename?: 'BalanceEdge';
  cursor: Scalars['String']['output'];
  node: Balance;
};

export type BalanceFilter = {
  balance?: InputMaybe<BigIntFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  creditBalance?: InputMaybe<BigIntFilter>;
  currency?: InputMaybe<StringFilter>;
  debitBalance?: InputMaybe<BigIntFilter>;
  id?: InputMaybe<IdFilter>;
  identityId?: InputMaybe<IdFilter>;
  indicator?: InputMaybe<StringFilter>;
  inflightBalance?: InputMaybe<BigIntFilter>;
  inflightCreditBalance?: InputMaybe<BigIntFilter>;
  inflightDebitBalance?: InputMaybe<BigIntFilter>;
  ledgerId?: InputMaybe<IdFilter>;
  metaData?: InputMaybe<Array<MetaDataFilter>>;
};

/** A balance on either side of a transaction: source or destination. */
export type BalanceIdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  ne?: InputMaybe<Scalars['ID']['input']>;
};

/** A condition on a balance field. On every applied transaction that leaves the condition true (not only when it is first crossed), Blnk sends a `balance.monitor` event to its one global webhook (BLNK_WEBHOOK_URL); it never calls a per-monitor URL. */
export type BalanceMonitor = Node & {
  __typename?: 'BalanceMonitor';
  balance?: Maybe<Balance>;
  balanceId: Scalars['ID']['output'];
  condition: MonitorCondition;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set only through updateBalanceMonitor: Blnk drops a description sent on create. */
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

export type BalanceMonitorConnection = {
  __typename?: 'BalanceMonitorConnection';
  edges: Array<BalanceMonitorEdge>;
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type BalanceMonitorEdge = {
  __typename?: 'BalanceMonitorEdge';
  cursor: Scalars['String']['output'];
  node: BalanceMonitor;
};

/** Amounts in minor units, compared exactly. */
export type BigIntFilter = {
  /** Exactly two bounds, both included. */
  between?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  eq?: InputMaybe<Scalars['BigInt']['input']>;
  gt?: InputMaybe<Scalars['BigInt']['input']>;
  gte?: InputMaybe<Scalars['BigInt']['input']>;
  in?: InputMaybe<Array<Scalars['BigInt']['input']>>;
  lt?: InputMaybe<Scalars['BigInt']['input']>;
  lte?: InputMaybe<Scalars['BigInt']['input']>;
  ne?: InputMaybe<Scalars['BigInt']['input']>;
};

export type BulkTransactionInput = {
  allowOverdraft?: InputMaybe<Scalars['Boolean']['input']>;
  /** The amount as an exact decimal in major units, such as "12.34". */
  amount?: InputMaybe<Scalars['String']['input']>;
  currency: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** A balance id or an @indicator. */
  destination?: InputMaybe<Scalars['String']['input']>;
  /** Several destinations instead of one, with the same rules as sources. */
  destinations?: InputMaybe<Array<TransactionLegInput>>;
  effectiveDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold the amount until committed or voided. */
  inflight?: InputMaybe<Scalars['Boolean']['input']>;
  inflightExpiryDate?: InputMaybe<Scalars['DateTime']['input']>;
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** The amount in minor units. */
  preciseAmount?: InputMaybe<Scalars['BigInt']['input']>;
  /** Minor units per major unit; 1 when absent. Below 10^21 and kept digit for digit by a float64, as Blnk stores it. */
  precision?: InputMaybe<Scalars['BigInt']['input']>;
  /** Unique per transaction; generated (and returned) when absent. */
  reference?: InputMaybe<Scalars['String']['input']>;
  scheduledFor?: InputMaybe<Scalars['DateTime']['input']>;
  /** A balance id or an @indicator such as @World (created on first use). */
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
  /** Per input transaction, in input order: its reference and the row Blnk wrote for it, looked up by reference (one upstream call per 100 items, shared with other lookups by reference in the operation). */
  items: Array<BulkTransactionItem>;
  /** The references, in input order. */
  references: Array<Scalars['String']['output']>;
  /** Blnk's word for the batch: "applied" (or "inflight" for holds) once every item is accepted, which for a queued batch is before anything has moved; "processing" with runAsync. */
  status: Scalars['String']['output'];
  /** How many items Blnk accepted; null with runAsync. */
  transactionCount?: Maybe<Scalars['Int']['output']>;
};

export type CommitInflightTransactionInput = {
  /** Part of the hold as an exact decimal at the hold's precision. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The inflight transaction, or the QUEUED one that becomes it (queued, the action then waits for the hold and is dropped by Blnk if the hold never appears). An unknown id answers NotFoundError; a transaction that is not a hold, a ValidationError on id. */
  id: Scalars['ID']['input'];
  /** Part of the hold, in minor units; all that is left when absent. */
  preciseAmount?: InputMaybe<Scalars['BigInt']['input']>;
  /** Commit now and answer with the committed transaction. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CommitInflightTransactionResult = AlreadyCommittedError | AlreadyVoidedError | ConflictError | NotFoundError | Transaction | ValidationError;

/** The object is in a state that does not allow this, or is being changed. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CreateBalanceInput = {
  /** For fund lineage; FIFO when absent. */
  allocationStrategy?: InputMaybe<AllocationStrategy>;
  currency: Scalars['String']['input'];
  identityId?: InputMaybe<Scalars['ID']['input']>;
  ledgerId: Scalars['ID']['input'];
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** Track where the money came from; needs identityId. */
  trackFundLineage?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateBalanceMonitorInput = {
  balanceId: Scalars['ID']['input'];
  /** Stored by Blnk but never used for delivery (alerts go to the global webhook), never returned, and cleared by any update. */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  condition: MonitorConditionInput;
  description?: InputMaybe<Scalars['String']['input']>;
};

export type CreateBalanceMonitorResult = BalanceMonitor | ConflictError | NotFoundError | ValidationError;

export type CreateBalanceResult = Balance | ConflictError | NotFoundError | ValidationError;

export type CreateIdentityInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  dob?: InputMaybe<Scalars['DateTime']['input']>;
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Scalars['String']['input']>;
  /** A caller-chosen id: idt_ followed by a UUID. Blnk picks one when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  identityType?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  nationality?: InputMaybe<Scalars['String']['input']>;
  organizationName?: InputMaybe<Scalars['String']['input']>;
  otherNames?: InputMaybe<Scalars['String']['input']>;
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  postCode?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type CreateIdentityResult = ConflictError | Identity | ValidationError;

export type CreateLedgerInput = {
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  name: Scalars['String']['input'];
};

export type CreateLedgerResult = ConflictError | Ledger | ValidationError;

export type DateTimeFilter = {
  /** Exactly two bounds, both included. */
  between?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Decimal amounts in major units, written as strings such as "10.50". */
export type DecimalFilter = {
  /** Exactly two bounds, both included. */
  between?: InputMaybe<Array<Scalars['String']['input']>>;
  eq?: InputMaybe<Scalars['String']['input']>;
  gt?: InputMaybe<Scalars['String']['input']>;
  gte?: InputMaybe<Scalars['String']['input']>;
  lt?: InputMaybe<Scalars['String']['input']>;
  lte?: InputMaybe<Scalars['String']['input']>;
  ne?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteBalanceMonitorPayload = {
  __typename?: 'DeleteBalanceMonitorPayload';
  deletedId: Scalars['ID']['output'];
};

export type DeleteBalanceMonitorResult = ConflictError | DeleteBalanceMonitorPayload | NotFoundError;

export type DeleteIdentityPayload = {
  __typename?: 'DeleteIdentityPayload';
  deletedId: Scalars['ID']['output'];
};

export type DeleteIdentityResult = ConflictError | DeleteIdentityPayload | NotFoundError;

/** Another transaction already has this reference. */
export type DuplicateReferenceError = Error & {
  __typename?: 'DuplicateReferenceError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  reference: Scalars['String']['output'];
};

/** Every typed error a mutation can answer with. */
export type Error = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A balance as it stood at a moment, replayed by Blnk from its transactions. */
export type HistoricalBalance = {
  __typename?: 'HistoricalBalance';
  balance: Scalars['BigInt']['output'];
  creditBalance: Scalars['BigInt']['output'];
  currency: Scalars['String']['output'];
  debitBalance: Scalars['BigInt']['output'];
  timestamp?: Maybe<Scalars['DateTime']['output']>;
};

export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** At most 1000 ids. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: has none; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['ID']['input']>;
};

/** A person or organization that owns balances. Fields Blnk holds as "" are null. */
export type Identity = Node & {
  __typename?: 'Identity';
  /** The identity's balances. */
  balances?: Maybe<BalanceConnection>;
  category?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  dob?: Maybe<Scalars['DateTime']['output']>;
  emailAddress?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  gender?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  identityType?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  metaData?: Maybe<Scalars['JSON']['output']>;
  nationality?: Maybe<Scalars['String']['output']>;
  organizationName?: Maybe<Scalars['String']['output']>;
  otherNames?: Maybe<Scalars['String']['output']>;
  phoneNumber?: Maybe<Scalars['String']['output']>;
  postCode?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};


/** A person or organization that owns balances. Fields Blnk holds as "" are null. */
export type IdentityBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};

export type IdentityConnection = {
  __typename?: 'IdentityConnection';
  edges: Array<IdentityEdge>;
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type IdentityEdge = {
  __typename?: 'IdentityEdge';
  cursor: Scalars['String']['output'];
  node: Identity;
};

export type IdentityFilter = {
  category?: InputMaybe<StringFilter>;
  city?: InputMaybe<StringFilter>;
  country?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  dob?: InputMaybe<DateTimeFilter>;
  emailAddress?: InputMaybe<StringFilter>;
  firstName?: InputMaybe<StringFilter>;
  gender?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  identityType?: InputMaybe<StringFilter>;
  lastName?: InputMaybe<StringFilter>;
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  nationality?: InputMaybe<StringFilter>;
  organizationName?: InputMaybe<StringFilter>;
  otherNames?: InputMaybe<StringFilter>;
  phoneNumber?: InputMaybe<StringFilter>;
  postCode?: InputMaybe<StringFilter>;
  state?: InputMaybe<StringFilter>;
  street?: InputMaybe<StringFilter>;
};

/** The source would go below zero and overdraft is not allowed. */
export type InsufficientFundsError = Error & {
  __typename?: 'InsufficientFundsError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A Blnk ledger: a named group of balances. */
export type Ledger = Node & {
  __typename?: 'Ledger';
  /** The ledger's balances. */
  balances?: Maybe<BalanceConnection>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  metaData?: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
};


/** A Blnk ledger: a named group of balances. */
export type LedgerBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};

export type LedgerConnection = {
  __typename?: 'LedgerConnection';
  edges: Array<LedgerEdge>;
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type LedgerEdge = {
  __typename?: 'LedgerEdge';
  cursor: Scalars['String']['output'];
  node: Ledger;
};

export type LedgerFilter = {
  createdAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  name?: InputMaybe<StringFilter>;
};

/** A condition on one top-level metadata key (Blnk does not filter nested keys). */
export type MetaDataFilter = {
  eq?: InputMaybe<Scalars['String']['input']>;
  ilike?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches ^[a-zA-Z][a-zA-Z0-9_]*$. */
  key: Scalars['String']['input'];
  like?: InputMaybe<Scalars['String']['input']>;
  ne?: InputMaybe<Scalars['String']['input']>;
};

export type MonitorCondition = {
  __typename?: 'MonitorCondition';
  field?: Maybe<MonitorField>;
  operator?: Maybe<MonitorOperator>;
  /** The threshold in minor units. */
  preciseValue?: Maybe<Scalars['BigInt']['output']>;
  /** Minor units per major unit. Blnk keeps it as a float64: one written in exponent form (1e+21) reads as the integer it names; null when it is not a whole number. */
  precision?: Maybe<Scalars['BigInt']['output']>;
  /** The threshold in major units. */
  value: Scalars['String']['output'];
};

export type MonitorConditionInput = {
  field: MonitorField;
  operator: MonitorOperator;
  /** Minor units per major unit; 1 when absent. Below 10^21 and kept digit for digit by a float64, as Blnk stores it. */
  precision?: InputMaybe<Scalars['BigInt']['input']>;
  /** The threshold in whole major units, such as "100": Blnk v0.15.2 keeps it as an integer and refuses 0. */
  value: Scalars['String']['input'];
};

export type MonitorField =
  | 'BALANCE'
  | 'CREDIT_BALANCE'
  | 'DEBIT_BALANCE'
  | 'INFLIGHT_BALANCE'
  | 'INFLIGHT_CREDIT_BALANCE'
  | 'INFLIGHT_DEBIT_BALANCE';

export type MonitorOperator =
  /** Equal. Refused on create and update with a ValidationError: on Blnk v0.15.2 an equality monitor cannot be stored in a form its evaluator matches. Kept so that clients built against it still parse. */
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE'
  | 'NE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Commits all or part of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a commit found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold whose children to read before retrying. */
  commitInflightTransaction?: Maybe<CommitInflightTransactionResult>;
  createBalance?: Maybe<CreateBalanceResult>;
  createBalanceMonitor?: Maybe<CreateBalanceMonitorResult>;
  createIdentity?: Maybe<CreateIdentityResult>;
  createLedger?: Maybe<CreateLedgerResult>;
  deleteBalanceMonitor?: Maybe<DeleteBalanceMonitorResult>;
  /** Deletes an identity. One that still owns balances cannot be deleted: Blnk fails on the foreign key with a bare 500, which the gateway answers as a ConflictError. */
  deleteIdentity?: Maybe<DeleteIdentityResult>;
  /** Records several transactions in one batch, queued by default: the answer (status "applied") comes before anything moves, and `items` shows each transaction as it stands (see RecordBulkTransactionsInput.atomic for what is undone). References already taken, or given twice, are refused before anything is sent, since a queued Blnk would drop those items silently. When Blnk's answer is lost (or is a 5xx), the top-level error's extensions hold every reference, in input order, and the batch id once one of them is found: look them up before retrying, and retry only with those references. */
  recordBulkTransactions?: Maybe<RecordBulkTransactionsResult>;
  /** Moves money. Queued by default (the answer is QUEUED; see `outcome`); `skipQueue` answers with the final transaction. Sent with a reference, so a retry never records it twice. */
  recordTransaction?: Maybe<RecordTransactionResult>;
  /** Moves the amount of an applied transaction back, as a new transaction with reference `<id>_refund` (Blnk refunds a transaction once). When Blnk's answer is lost, the refund found by that reference is the answer; otherwise the error's extensions.reference names it. */
  refundTransaction?: Maybe<RefundTransactionResult>;
  updateBalanceMonitor?: Maybe<UpdateBalanceMonitorResult>;
  updateIdentity?: Maybe<UpdateIdentityResult>;
  updateLedger?: Maybe<UpdateLedgerResult>;
  /** Merges keys into an object's metadata. On a transaction id Blnk also merges them into the transaction's children (its queued outcome, split legs, commits and voids: every row whose parent it is); on a bulk batch id, into every transaction of the batch. */
  updateMetadata?: Maybe<UpdateMetadataResult>;
  /** Releases what is left of a hold. Queued by default: the answer is then the hold, still INFLIGHT. When Blnk's answer is lost, a void found among the hold's children is the answer; otherwise the error's extensions.holdId names the hold to read. */
  voidInflightTransaction?: Maybe<VoidInflightTransactionResult>;
};


export type MutationCommitInflightTransactionArgs = {
  input: CommitInflightTransactionInput;
};


export type MutationCreateBalanceArgs = {
  input: CreateBalanceInput;
};


export type MutationCreateBalanceMonitorArgs = {
  input: CreateBalanceMonitorInput;
};


export type MutationCreateIdentityArgs = {
  input: CreateIdentityInput;
};


export type MutationCreateLedgerArgs = {
  input: CreateLedgerInput;
};


export type MutationDeleteBalanceMonitorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIdentityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordBulkTransactionsArgs = {
  input: RecordBulkTransactionsInput;
};


export type MutationRecordTransactionArgs = {
  input: RecordTransactionInput;
};


export type MutationRefundTransactionArgs = {
  input: RefundTransactionInput;
};


export type MutationUpdateBalanceMonitorArgs = {
  input: UpdateBalanceMonitorInput;
};


export type MutationUpdateIdentityArgs = {
  input: UpdateIdentityInput;
};


export type MutationUpdateLedgerArgs = {
  input: UpdateLedgerInput;
};


export type MutationUpdateMetadataArgs = {
  input: UpdateMetadataInput;
};


export type MutationVoidInflightTransactionArgs = {
  input: VoidInflightTransactionInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** What the mutation names does not exist. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  code: Scalars['String']['output'];
  entity: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Order of a list. Blnk sorts on one column with no tie-breaker. */
export type OrderBy =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first (the default). */
  | 'CREATED_AT_DESC';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
  /** A balance by id; null with a NOT_FOUND error when there is none. */
  balance?: Maybe<Balance>;
  /** The `@indicator` balance of a currency, such as `@World` in USD. */
  balanceByIndicator?: Maybe<Balance>;
  balanceMonitor?: Maybe<BalanceMonitor>;
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
  /** Any Balance, Ledger, Identity or Transaction by its id. */
  node?: Maybe<Node>;
  /** Objects by id, in the order asked, each null with a NOT_FOUND error when missing (at most 1000 ids). */
  nodes: Array<Maybe<Node>>;
  /** A transaction by id; null with a NOT_FOUND error when there is none. */
  transaction?: Maybe<Transaction>;
  /** A transaction by its unique reference. */
  transactionByReference?: Maybe<Transaction>;
  /** Transactions, newest first unless ordered otherwise. */
  transactions?: Maybe<TransactionConnection>;
};


export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};


export type QueryBalanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBalanceByIndicatorArgs = {
  currency: Scalars['String']['input'];
  indicator: Scalars['String']['input'];
};


export type QueryBalanceMonitorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBalanceMonitorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


export type QueryBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


export type QueryIdentitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IdentityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


export type QueryIdentityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLedgerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLedgersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LedgerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransactionByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};

export type RecordBulkTransactionsInput = {
  /** Undo the batch when an error is raised while Blnk handles the request, by voiding its holds or refunding (through the queue) what it applied; the originals and their refunds both stay. This is not all or nothing: a queued batch meets no such error (a refused item is REJECTED later, a duplicate dropped) and nothing is undone; only with skipQueue can an item fail during the request. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Record every transaction as an inflight hold. */
  inflight?: InputMaybe<Scalars['Boolean']['input']>;
  /** Answer at once with status "processing"; Blnk records the items in the background and reports only to its webhook. */
  runAsync?: InputMaybe<Scalars['Boolean']['input']>;
  /** Apply each item during the request, in order. A refused item (insufficient funds, a missing balance) stops the batch and answers a typed error; the items before it stay applied unless atomic is set. Absent or false: every item is queued, the answer comes before anything moves, and refusals appear later as REJECTED outcomes (see items). */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 10000. */
  transactions: Array<BulkTransactionInput>;
};

export type RecordBulkTransactionsResult = BulkTransactionsPayload | ConflictError | DuplicateReferenceError | InsufficientFundsError | NotFoundError | ValidationError;

export type RecordTransactionInput = {
  allowOverdraft?: InputMaybe<Scalars['Boolean']['input']>;
  /** The amount as an exact decimal in major units, such as "12.34". */
  amount?: InputMaybe<Scalars['String']['input']>;
  currency: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** A balance id or an @indicator. */
  destination?: InputMaybe<Scalars['String']['input']>;
  /** Several destinations instead of one, with the same rules as sources. */
  destinations?: InputMaybe<Array<TransactionLegInput>>;
  effectiveDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold the amount until committed or voided. */
  inflight?: InputMaybe<Scalars['Boolean']['input']>;
  inflightExpiryDate?: InputMaybe<Scalars['DateTime']['input']>;
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  /** The amount in minor units. */
  preciseAmount?: InputMaybe<Scalars['BigInt']['input']>;
  /** Minor units per major unit; 1 when absent. Below 10^21 and kept digit for digit by a float64, as Blnk stores it. */
  precision?: InputMaybe<Scalars['BigInt']['input']>;
  /** Unique per transaction; generated (and returned) when absent. */
  reference?: InputMaybe<Scalars['String']['input']>;
  scheduledFor?: InputMaybe<Scalars['DateTime']['input']>;
  /** Apply now and answer with the final transaction, instead of Blnk's queue. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
  /** A balance id or an @indicator such as @World (created on first use). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Several sources instead of one (at least two legs; see TransactionLegInput). Each leg is its own transfer: queued, each is settled on its own (one can be REJECTED while another is APPLIED); with skipQueue a refused leg stops the rest but leaves earlier legs applied, unless atomic is set (then Blnk refunds them through its queue). */
  sources?: InputMaybe<Array<TransactionLegInput>>;
};

export type RecordTransactionResult = ConflictError | DuplicateReferenceError | InsufficientFundsError | NotFoundError | Transaction | ValidationError;

export type RefundTransactionInput = {
  id: Scalars['ID']['input'];
  /** Refund now and answer with the applied refund. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RefundTransactionResult = ConflictError | InsufficientFundsError | NotFoundError | Transaction | ValidationError;

export type StringFilter = {
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive LIKE. */
  ilike?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** SQL LIKE: `%` any run of characters, `_` one character. */
  like?: InputMaybe<Scalars['String']['input']>;
  ne?: InputMaybe<Scalars['String']['input']>;
};

/** A movement of money from a source balance to a destination balance. */
export type Transaction = Node & {
  __typename?: 'Transaction';
  allowOverdraft: Scalars['Boolean']['output'];
  /** The exact decimal preciseAmount / precision, in major units (not Blnk's float); also when Blnk holds a precision that is not a whole number (precision is then null). */
  amount: Scalars['String']['output'];
  /** Transactions whose parent is this one: a queued transaction's outcome, an inflight hold's commits and voids, refunds. */
  children?: Maybe<TransactionConnection>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  currency: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  destinationBalance?: Maybe<Balance>;
  effectiveDate?: Maybe<Scalars['DateTime']['output']>;
  hash?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inflight: Scalars['Boolean']['output'];
  /** Only on a mutation's answer: Blnk v0.15.2's reads never select it (null on reads). */
  inflightCommitDate?: Maybe<Scalars['DateTime']['output']>;
  /** Only on the answer of the mutation that recorded the hold: Blnk v0.15.2 neither stores nor reads it back (null on reads). */
  inflightExpiryDate?: Maybe<Scalars['DateTime']['output']>;
  metaData?: Maybe<Scalars['JSON']['output']>;
  /** For a QUEUED or SCHEDULED transaction: what Blnk made of it once applied, an APPLIED, INFLIGHT or REJECTED transaction; null until then, and for other transactions. */
  outcome?: Maybe<Transaction>;
  /** The transaction this one came from: the queued original, the inflight hold, the refunded one. */
  parentTransaction?: Maybe<Transaction>;
  /** The amount in minor units: amount × precision. */
  preciseAmount: Scalars['BigInt']['output'];
  /** Minor units per major unit, such as 100 for cents or 10^18 for wei. Blnk keeps it as a float64: one written in exponent form by another client (1e+21) reads as the integer it names; null when Blnk holds a precision that is not a whole number. */
  precision?: Maybe<Scalars['BigInt']['output']>;
  reference: Scalars['String']['output'];
  /** Only on the answer of the mutation that recorded the transaction: Blnk v0.15.2's reads never select it, so a transaction read back has null here, scheduled or not. */
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
  sourceBalance?: Maybe<Balance>;
  status: TransactionStatus;
};


/** A movement of money from a source balance to a destination balance. */
export type TransactionChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};

export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  edges: Array<TransactionEdge>;
  pageInfo: PageInfo;
  /** How many match, across all pages. Costs Blnk a count, so only asked for when selected. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  cursor: Scalars['String']['output'];
  node: Transaction;
};

export type TransactionFilter = {
  /** In major units. */
  amount?: InputMaybe<DecimalFilter>;
  /** The source or the destination. */
  balanceId?: InputMaybe<BalanceIdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  currency?: InputMaybe<StringFilter>;
  description?: InputMaybe<StringFilter>;
  destinationId?: InputMaybe<IdFilter>;
  /** The identity owning the destination balance; resolved to its balances like sourceIdentityId. */
  destinationIdentityId?: InputMaybe<IdFilter>;
  effectiveDate?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  /** The indicator of the source or destination balance. */
  indicator?: InputMaybe<StringFilter>;
  metaData?: InputMaybe<Array<MetaDataFilter>>;
  parentTransactionId?: InputMaybe<IdFilter>;
  precision?: InputMaybe<BigIntFilter>;
  reference?: InputMaybe<StringFilter>;
  sourceId?: InputMaybe<IdFilter>;
  /** The identity owning the source balance. Blnk has no such filter: the gateway resolves the identity to its balances first (at most 100; isNull is not supported). */
  sourceIdentityId?: InputMaybe<IdFilter>;
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

export type TransactionStatus =
  | 'APPLIED'
  | 'COMMIT'
  | 'EXPIRED'
  | 'INFLIGHT'
  | 'QUEUED'
  | 'REJECTED'
  | 'SCHEDULED'
  | 'VOID';

export type TransactionStatusFilter = {
  eq?: InputMaybe<TransactionStatus>;
  in?: InputMaybe<Array<TransactionStatus>>;
  ne?: InputMaybe<TransactionStatus>;
};

export type UpdateBalanceMonitorInput = {
  /** Refused: Blnk's update cannot carry a callback URL (it clears the stored one on every update). */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  condition?: InputMaybe<MonitorConditionInput>;
  /** Replaces the description; absent keeps the current one. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type UpdateBalanceMonitorResult = BalanceMonitor | ConflictError | NotFoundError | ValidationError;

/** Fields to set. Blnk cannot clear a field: an empty string is not written. */
export type UpdateIdentityInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  dob?: InputMaybe<Scalars['DateTime']['input']>;
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  identityType?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  metaData?: InputMaybe<Scalars['JSON']['input']>;
  nationality?: InputMaybe<Scalars['String']['input']>;
  organizationName?: InputMaybe<Scalars['String']['input']>;
  otherNames?: InputMaybe<Scalars['String']['input']>;
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  postCode?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateIdentityResult = ConflictError | Identity | NotFoundError | ValidationError;

export type UpdateLedgerInput = {
  id: Scalars['ID']['input'];
  /** Blnk can rename a ledger; nothing else of it changes. */
  name: Scalars['String']['input'];
};

export type UpdateLedgerResult = ConflictError | Ledger | NotFoundError | ValidationError;

export type UpdateMetadataInput = {
  /** A ledger, balance, identity or transaction id, or a bulk batch id. */
  id: Scalars['ID']['input'];
  /** Keys to add or replace; other keys stay. */
  metaData: Scalars['JSON']['input'];
};

export type UpdateMetadataPayload = {
  __typename?: 'UpdateMetadataPayload';
  id: Scalars['ID']['output'];
  /** All of the metadata after the merge; for a bulk batch id, only the keys sent (Blnk answers nothing more, and a batch has no metadata of its own). */
  metaData: Scalars['JSON']['output'];
  /** The object itself, read after the change. */
  node?: Maybe<Node>;
};

export type UpdateMetadataResult = ConflictError | NotFoundError | UpdateMetadataPayload | ValidationError;

/** An input Blnk cannot take, such as an amount with more decimals than its precision. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type VoidInflightTransactionInput = {
  id: Scalars['ID']['input'];
  /** Void now and answer with the void transaction. */
  skipQueue?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VoidInflightTransactionResult = AlreadyCommittedError | AlreadyVoidedError | ConflictError | NotFoundError | Transaction | ValidationError;

export type _Entity = Balance | Identity | Ledger | Transaction;

export type _Service = {
  __typename?: '_Service';
  /** The sdl representing the federated service capabilities. Includes federation directives, removes federation types, and includes rest of full schema after schema directives have been applied */
  sdl?: Maybe<Scalars['String']['output']>;
};

export type SplitPreciseMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type SplitPreciseMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'DuplicateReferenceError', code: string, message: string }
    | { __typename: 'InsufficientFundsError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Transaction', status: TransactionStatus }
    | { __typename: 'ValidationError', code: string, message: string }
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
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   | null };

export type ForgetIdentityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ForgetIdentityMutation = { __typename?: 'Mutation', deleteIdentity?:
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'DeleteIdentityPayload' }
    | { __typename: 'NotFoundError', code: string }
   | null };

export type BlankIdentityUpdateMutationVariables = Exact<{
  input: UpdateIdentityInput;
}>;


export type BlankIdentityUpdateMutation = { __typename?: 'Mutation', updateIdentity?:
    | { __typename: 'ConflictError' }
    | { __typename: 'Identity' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', code: string }
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
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'Ledger', id: string, name: string, metaData?: unknown | null }
    | { __typename: 'ValidationError', code: string, field?: string | null }
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
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'NotFoundError', code: string, entity: string }
    | { __typename: 'ValidationError', code: string, field?: string | null }
   | null };

export type PersonMutationVariables = Exact<{
  input: CreateIdentityInput;
}>;


export type PersonMutation = { __typename?: 'Mutation', createIdentity?:
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'Identity', id: string, firstName?: string | null, lastName?: string | null, dob?: string | null, emailAddress?: string | null }
    | { __typename: 'ValidationError', code: string }
   | null };

export type EditPersonMutationVariables = Exact<{
  input: UpdateIdentityInput;
}>;


export type EditPersonMutation = { __typename?: 'Mutation', updateIdentity?:
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'Identity', firstName?: string | null, lastName?: string | null, city?: string | null }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string }
   | null };

export type DropPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DropPersonMutation = { __typename?: 'Mutation', deleteIdentity?:
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'DeleteIdentityPayload', deletedId: string }
    | { __typename: 'NotFoundError', code: string }
   | null };

export type WatchMutationVariables = Exact<{
  input: CreateBalanceMonitorInput;
}>;


export type WatchMutation = { __typename?: 'Mutation', createBalanceMonitor?:
    | { __typename: 'BalanceMonitor', id: string, balanceId: string, description?: string | null, condition: { __typename?: 'MonitorCondition', field?: MonitorField | null, operator?: MonitorOperator | null, value: string, precision?: string | null, preciseValue?: string | null } }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string, field?: string | null }
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
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'UpdateMetadataPayload', metaData: unknown, node?:
        | { __typename?: 'Balance', metaData?: unknown | null, id: string }
        | { __typename?: 'BalanceMonitor', id: string }
        | { __typename?: 'Identity', id: string }
        | { __typename?: 'Ledger', id: string }
        | { __typename?: 'Transaction', id: string }
       | null }
    | { __typename: 'ValidationError', code: string }
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
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'DuplicateReferenceError', code: string, message: string, reference: string }
    | { __typename: 'InsufficientFundsError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus, reference: string, preciseAmount: string, precision?: string | null, amount: string, outcome?: { __typename?: 'Transaction', status: TransactionStatus } | null }
    | { __typename: 'ValidationError', code: string, message: string, field?: string | null }
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
    | { __typename: 'AlreadyCommittedError', code: string }
    | { __typename: 'AlreadyVoidedError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'Transaction', status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: string }
   | null };

export type VoidMutationVariables = Exact<{
  input: VoidInflightTransactionInput;
}>;


export type VoidMutation = { __typename?: 'Mutation', voidInflightTransaction?:
    | { __typename: 'AlreadyCommittedError', code: string }
    | { __typename: 'AlreadyVoidedError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'Transaction', status: TransactionStatus, preciseAmount: string }
    | { __typename: 'ValidationError', code: string }
   | null };

export type RefundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RefundMutation = { __typename?: 'Mutation', refundTransaction?:
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'InsufficientFundsError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'Transaction', status: TransactionStatus, preciseAmount: string, sourceBalance?: { __typename?: 'Balance', id: string } | null, destinationBalance?: { __typename?: 'Balance', id: string } | null }
    | { __typename: 'ValidationError', code: string }
   | null };

export type BulkMutationVariables = Exact<{
  input: RecordBulkTransactionsInput;
}>;


export type BulkMutation = { __typename?: 'Mutation', recordBulkTransactions?:
    | { __typename: 'BulkTransactionsPayload', batchId: string, status: string, transactionCount?: number | null, references: Array<string> }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'DuplicateReferenceError', code: string }
    | { __typename: 'InsufficientFundsError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string }
   | null };

export type SplitMutationVariables = Exact<{
  input: RecordTransactionInput;
}>;


export type SplitMutation = { __typename?: 'Mutation', recordTransaction?:
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'DuplicateReferenceError', code: string }
    | { __typename: 'InsufficientFundsError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'Transaction', id: string, status: TransactionStatus }
    | { __typename: 'ValidationError', code: string }
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