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
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** How fund lineage allocates outgoing money across incoming funds. */
export type AllocationStrategy =
  | 'FIFO'
  | 'LIFO'
  | 'PROPORTIONAL';

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
  /** Credits queued in Blnk and not yet applied. */
  queuedCreditBalance: Scalars['BigInt']['output'];
  /** Debits queued in Blnk and not yet applied. */
  queuedDebitBalance: Scalars['BigInt']['output'];
  trackFundLineage: Scalars['Boolean']['output'];
  /** Optimistic-lock version, incremented by every change. */
  version: Scalars['Int']['output'];
};


/** A balance in a ledger. Every amount is in minor units of its currency. */
export type BalanceAtArgs = {
  timestamp: Scalars['DateTime']['input'];
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

/** A person or organization that owns balances. Fields Blnk holds as "" are null. */
export type Identity = Node & {
  __typename?: 'Identity';
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

/** A Blnk ledger: a named group of balances. */
export type Ledger = Node & {
  __typename?: 'Ledger';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  metaData?: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A balance by id; null with a NOT_FOUND error when there is none. */
  balance?: Maybe<Balance>;
  /** The `@indicator` balance of a currency, such as `@World` in USD. */
  balanceByIndicator?: Maybe<Balance>;
  /** An identity by id; null with a NOT_FOUND error when there is none. */
  identity?: Maybe<Identity>;
  /** A ledger by id; null with a NOT_FOUND error when there is none. */
  ledger?: Maybe<Ledger>;
  /** Any Balance, Ledger, Identity or Transaction by its id. */
  node?: Maybe<Node>;
  /** Objects by id, in the order asked, each null with a NOT_FOUND error when missing (at most 1000 ids). */
  nodes: Array<Maybe<Node>>;
  /** A transaction by id; null with a NOT_FOUND error when there is none. */
  transaction?: Maybe<Transaction>;
  /** A transaction by its unique reference. */
  transactionByReference?: Maybe<Transaction>;
};


export type QueryBalanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBalanceByIndicatorArgs = {
  currency: Scalars['String']['input'];
  indicator: Scalars['String']['input'];
};


export type QueryIdentityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLedgerArgs = {
  id: Scalars['ID']['input'];
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

/** A movement of money from a source balance to a destination balance. */
export type Transaction = Node & {
  __typename?: 'Transaction';
  allowOverdraft: Scalars['Boolean']['output'];
  /** The exact decimal preciseAmount / precision, in major units (not Blnk's float). */
  amount: Scalars['String']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  currency: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  destinationBalance?: Maybe<Balance>;
  effectiveDate?: Maybe<Scalars['DateTime']['output']>;
  hash?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inflight: Scalars['Boolean']['output'];
  inflightCommitDate?: Maybe<Scalars['DateTime']['output']>;
  inflightExpiryDate?: Maybe<Scalars['DateTime']['output']>;
  metaData?: Maybe<Scalars['JSON']['output']>;
  /** The transaction this one came from: the queued original, the inflight hold, the refunded one. */
  parentTransaction?: Maybe<Transaction>;
  /** The amount in minor units: amount × precision. */
  preciseAmount: Scalars['BigInt']['output'];
  /** Minor units per major unit, such as 100 for cents or 10^18 for wei. */
  precision: Scalars['BigInt']['output'];
  reference: Scalars['String']['output'];
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
  sourceBalance?: Maybe<Balance>;
  status: TransactionStatus;
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
    | { __typename?: 'Identity' }
    | { __typename?: 'Ledger' }
    | { __typename?: 'Transaction', preciseAmount: string, sourceBalance?: { __typename?: 'Balance', indicator?: string | null } | null, destinationBalance?: { __typename?: 'Balance', id: string, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null } | null }
   | null> };

export type FullBalancesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type FullBalancesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', version: number, allocationStrategy?: AllocationStrategy | null }
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


export type AmountsQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', balance: string, creditBalance: string, debitBalance: string, available: string, expected: string } | null, world?: { __typename?: 'Balance', balance: string, debitBalance: string, indicator?: string | null, ledgerId: string, identityId?: string | null, metaData?: unknown | null } | null, transaction?: { __typename?: 'Transaction', preciseAmount: string, precision: string, amount: string, status: TransactionStatus, destinationBalance?: { __typename?: 'Balance', balance: string } | null } | null, transactionByReference?: { __typename?: 'Transaction', id: string, precision: string, amount: string, hash?: string | null } | null };

export type BalanceWithOwnerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BalanceWithOwnerQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, balance: string, creditBalance: string, debitBalance: string, ledger?: { __typename?: 'Ledger', id: string, name: string } | null, identity?: { __typename?: 'Identity', id: string, firstName?: string | null } | null } | null };

export type NodesAmountsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesAmountsQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', balance: string, currency: string, id: string }
    | { __typename?: 'Identity', id: string }
    | { __typename?: 'Ledger', id: string }
    | { __typename?: 'Transaction', id: string }
   | null> };

export type NodesNestedQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesNestedQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Balance', id: string, ledger?: { __typename?: 'Ledger', name: string } | null, identity?: { __typename?: 'Identity', firstName?: string | null } | null }
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

export type BalanceVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BalanceVersionQuery = { __typename?: 'Query', balance?: { __typename?: 'Balance', id: string, version: number } | null };

export type BalanceAndLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  ledger: Scalars['ID']['input'];
}>;


export type BalanceAndLedgerQuery = { __typename: 'Query', balance?: { __typename?: 'Balance', id: string, version: number } | null, ledger?: { __typename?: 'Ledger', name: string } | null };


export const ManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Many"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"l1"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"l2"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"i1"},"name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"i2"},"name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t1"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t2"},"name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}}]}}]}}]} as unknown as DocumentNode<ManyQuery, ManyQueryVariables>;
export const TransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransfersQuery, TransfersQueryVariables>;
export const FullBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FullBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allocationStrategy"}}]}}]}}]}}]} as unknown as DocumentNode<FullBalancesQuery, FullBalancesQueryVariables>;
export const HistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"History"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timestamp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryQuery, HistoryQueryVariables>;
export const AmountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Amounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"txn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"world"},"name":{"kind":"Name","value":"balanceByIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"StringValue","value":"@World","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"USD","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerId"}},{"kind":"Field","name":{"kind":"Name","value":"identityId"}},{"kind":"Field","name":{"kind":"Name","value":"metaData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"txn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preciseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<AmountsQuery, AmountsQueryVariables>;
export const BalanceWithOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceWithOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"}},{"kind":"Field","name":{"kind":"Name","value":"debitBalance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]} as unknown as DocumentNode<BalanceWithOwnerQuery, BalanceWithOwnerQueryVariables>;
export const NodesAmountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesAmounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<NodesAmountsQuery, NodesAmountsQueryVariables>;
export const NodesNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Balance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesNestedQuery, NodesNestedQueryVariables>;
export const RowFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"inflightBalance"}}]}}]}}]} as unknown as DocumentNode<RowFieldsQuery, RowFieldsQueryVariables>;
export const WithVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WithVersionQuery, WithVersionQueryVariables>;
export const WithQueuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithQueued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queuedDebitBalance"}}]}}]}}]} as unknown as DocumentNode<WithQueuedQuery, WithQueuedQueryVariables>;
export const BalanceVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<BalanceVersionQuery, BalanceVersionQueryVariables>;
export const BalanceAndLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceAndLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledger"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<BalanceAndLedgerQuery, BalanceAndLedgerQueryVariables>;