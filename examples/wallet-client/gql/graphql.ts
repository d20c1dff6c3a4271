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

export type WalletSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WalletSummaryQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, currency: string, balance: string, available: string, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null, lastName?: string | null } | null, transactions?: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', reference: string, status: TransactionStatus, currency: string, preciseAmount: string, precision?: string | null, destinationBalance?: { __typename?: 'Balance', id: string } | null } }> } | null } | null };

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
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WalletSummaryQuery, WalletSummaryQueryVariables>;