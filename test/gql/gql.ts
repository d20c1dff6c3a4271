/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Many($l1: ID!, $l2: ID!, $i1: ID!, $i2: ID!, $t1: ID!, $t2: ID!) {\n    l1: ledger(id: $l1) {\n      name\n    }\n    l2: ledger(id: $l2) {\n      name\n    }\n    again: ledger(id: $l1) {\n      id\n    }\n    i1: identity(id: $i1) {\n      firstName\n    }\n    i2: identity(id: $i2) {\n      firstName\n    }\n    t1: transaction(id: $t1) {\n      preciseAmount\n    }\n    t2: transaction(id: $t2) {\n      preciseAmount\n    }\n  }\n": typeof types.ManyDocument,
    "\n  query Transfers($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Transaction {\n        preciseAmount\n        sourceBalance {\n          indicator\n        }\n        destinationBalance {\n          id\n          ledger {\n            name\n          }\n          identity {\n            firstName\n          }\n        }\n      }\n    }\n  }\n": typeof types.TransfersDocument,
    "\n  query FullBalances($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Balance {\n        version\n        allocationStrategy\n      }\n    }\n  }\n": typeof types.FullBalancesDocument,
    "\n  query History($id: ID!, $at: DateTime!) {\n    balance(id: $id) {\n      balance\n      at(timestamp: $at) {\n        balance\n        creditBalance\n        debitBalance\n        currency\n      }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  query Amounts($id: ID!, $txn: ID!, $ref: String!) {\n    balance(id: $id) {\n      balance\n      creditBalance\n      debitBalance\n      available\n      expected\n    }\n    world: balanceByIndicator(indicator: \"@World\", currency: \"USD\") {\n      balance\n      debitBalance\n      indicator\n      ledgerId\n      identityId\n      metaData\n    }\n    transaction(id: $txn) {\n      preciseAmount\n      precision\n      amount\n      status\n      destinationBalance {\n        balance\n      }\n    }\n    transactionByReference(reference: $ref) {\n      id\n      precision\n      amount\n      hash\n    }\n  }\n": typeof types.AmountsDocument,
    "\n  query BalanceWithOwner($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      creditBalance\n      debitBalance\n      ledger {\n        id\n        name\n      }\n      identity {\n        id\n        firstName\n      }\n    }\n  }\n": typeof types.BalanceWithOwnerDocument,
    "\n  query NodesAmounts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        balance\n        currency\n      }\n    }\n  }\n": typeof types.NodesAmountsDocument,
    "\n  query NodesNested($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        ledger {\n          name\n        }\n        identity {\n          firstName\n        }\n      }\n    }\n  }\n": typeof types.NodesNestedDocument,
    "\n  query RowFields($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      inflightBalance\n    }\n  }\n": typeof types.RowFieldsDocument,
    "\n  query WithVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.WithVersionDocument,
    "\n  query WithQueued($id: ID!) {\n    balance(id: $id) {\n      id\n      queuedDebitBalance\n    }\n  }\n": typeof types.WithQueuedDocument,
    "\n  query BalanceVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.BalanceVersionDocument,
    "\n  query BalanceAndLedger($id: ID!, $ledger: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n    ledger(id: $ledger) {\n      name\n    }\n    __typename\n  }\n": typeof types.BalanceAndLedgerDocument,
};
const documents: Documents = {
    "\n  query Many($l1: ID!, $l2: ID!, $i1: ID!, $i2: ID!, $t1: ID!, $t2: ID!) {\n    l1: ledger(id: $l1) {\n      name\n    }\n    l2: ledger(id: $l2) {\n      name\n    }\n    again: ledger(id: $l1) {\n      id\n    }\n    i1: identity(id: $i1) {\n      firstName\n    }\n    i2: identity(id: $i2) {\n      firstName\n    }\n    t1: transaction(id: $t1) {\n      preciseAmount\n    }\n    t2: transaction(id: $t2) {\n      preciseAmount\n    }\n  }\n": types.ManyDocument,
    "\n  query Transfers($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Transaction {\n        preciseAmount\n        sourceBalance {\n          indicator\n        }\n        destinationBalance {\n          id\n          ledger {\n            name\n          }\n          identity {\n            firstName\n          }\n        }\n      }\n    }\n  }\n": types.TransfersDocument,
    "\n  query FullBalances($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Balance {\n        version\n        allocationStrategy\n      }\n    }\n  }\n": types.FullBalancesDocument,
    "\n  query History($id: ID!, $at: DateTime!) {\n    balance(id: $id) {\n      balance\n      at(timestamp: $at) {\n        balance\n        creditBalance\n        debitBalance\n        currency\n      }\n    }\n  }\n": types.HistoryDocument,
    "\n  query Amounts($id: ID!, $txn: ID!, $ref: String!) {\n    balance(id: $id) {\n      balance\n      creditBalance\n      debitBalance\n      available\n      expected\n    }\n    world: balanceByIndicator(indicator: \"@World\", currency: \"USD\") {\n      balance\n      debitBalance\n      indicator\n      ledgerId\n      identityId\n      metaData\n    }\n    transaction(id: $txn) {\n      preciseAmount\n      precision\n      amount\n      status\n      destinationBalance {\n        balance\n      }\n    }\n    transactionByReference(reference: $ref) {\n      id\n      precision\n      amount\n      hash\n    }\n  }\n": types.AmountsDocument,
    "\n  query BalanceWithOwner($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      creditBalance\n      debitBalance\n      ledger {\n        id\n        name\n      }\n      identity {\n        id\n        firstName\n      }\n    }\n  }\n": types.BalanceWithOwnerDocument,
    "\n  query NodesAmounts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        balance\n        currency\n      }\n    }\n  }\n": types.NodesAmountsDocument,
    "\n  query NodesNested($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        ledger {\n          name\n        }\n        identity {\n          firstName\n        }\n      }\n    }\n  }\n": types.NodesNestedDocument,
    "\n  query RowFields($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      inflightBalance\n    }\n  }\n": types.RowFieldsDocument,
    "\n  query WithVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n": types.WithVersionDocument,
    "\n  query WithQueued($id: ID!) {\n    balance(id: $id) {\n      id\n      queuedDebitBalance\n    }\n  }\n": types.WithQueuedDocument,
    "\n  query BalanceVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n": types.BalanceVersionDocument,
    "\n  query BalanceAndLedger($id: ID!, $ledger: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n    ledger(id: $ledger) {\n      name\n    }\n    __typename\n  }\n": types.BalanceAndLedgerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Many($l1: ID!, $l2: ID!, $i1: ID!, $i2: ID!, $t1: ID!, $t2: ID!) {\n    l1: ledger(id: $l1) {\n      name\n    }\n    l2: ledger(id: $l2) {\n      name\n    }\n    again: ledger(id: $l1) {\n      id\n    }\n    i1: identity(id: $i1) {\n      firstName\n    }\n    i2: identity(id: $i2) {\n      firstName\n    }\n    t1: transaction(id: $t1) {\n      preciseAmount\n    }\n    t2: transaction(id: $t2) {\n      preciseAmount\n    }\n  }\n"): (typeof documents)["\n  query Many($l1: ID!, $l2: ID!, $i1: ID!, $i2: ID!, $t1: ID!, $t2: ID!) {\n    l1: ledger(id: $l1) {\n      name\n    }\n    l2: ledger(id: $l2) {\n      name\n    }\n    again: ledger(id: $l1) {\n      id\n    }\n    i1: identity(id: $i1) {\n      firstName\n    }\n    i2: identity(id: $i2) {\n      firstName\n    }\n    t1: transaction(id: $t1) {\n      preciseAmount\n    }\n    t2: transaction(id: $t2) {\n      preciseAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfers($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Transaction {\n        preciseAmount\n        sourceBalance {\n          indicator\n        }\n        destinationBalance {\n          id\n          ledger {\n            name\n          }\n          identity {\n            firstName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Transfers($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Transaction {\n        preciseAmount\n        sourceBalance {\n          indicator\n        }\n        destinationBalance {\n          id\n          ledger {\n            name\n          }\n          identity {\n            firstName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FullBalances($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Balance {\n        version\n        allocationStrategy\n      }\n    }\n  }\n"): (typeof documents)["\n  query FullBalances($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Balance {\n        version\n        allocationStrategy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($id: ID!, $at: DateTime!) {\n    balance(id: $id) {\n      balance\n      at(timestamp: $at) {\n        balance\n        creditBalance\n        debitBalance\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query History($id: ID!, $at: DateTime!) {\n    balance(id: $id) {\n      balance\n      at(timestamp: $at) {\n        balance\n        creditBalance\n        debitBalance\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Amounts($id: ID!, $txn: ID!, $ref: String!) {\n    balance(id: $id) {\n      balance\n      creditBalance\n      debitBalance\n      available\n      expected\n    }\n    world: balanceByIndicator(indicator: \"@World\", currency: \"USD\") {\n      balance\n      debitBalance\n      indicator\n      ledgerId\n      identityId\n      metaData\n    }\n    transaction(id: $txn) {\n      preciseAmount\n      precision\n      amount\n      status\n      destinationBalance {\n        balance\n      }\n    }\n    transactionByReference(reference: $ref) {\n      id\n      precision\n      amount\n      hash\n    }\n  }\n"): (typeof documents)["\n  query Amounts($id: ID!, $txn: ID!, $ref: String!) {\n    balance(id: $id) {\n      balance\n      creditBalance\n      debitBalance\n      available\n      expected\n    }\n    world: balanceByIndicator(indicator: \"@World\", currency: \"USD\") {\n      balance\n      debitBalance\n      indicator\n      ledgerId\n      identityId\n      metaData\n    }\n    transaction(id: $txn) {\n      preciseAmount\n      precision\n      amount\n      status\n      destinationBalance {\n        balance\n      }\n    }\n    transactionByReference(reference: $ref) {\n      id\n      precision\n      amount\n      hash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceWithOwner($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      creditBalance\n      debitBalance\n      ledger {\n        id\n        name\n      }\n      identity {\n        id\n        firstName\n      }\n    }\n  }\n"): (typeof documents)["\n  query BalanceWithOwner($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      creditBalance\n      debitBalance\n      ledger {\n        id\n        name\n      }\n      identity {\n        id\n        firstName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesAmounts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        balance\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodesAmounts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        balance\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesNested($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        ledger {\n          name\n        }\n        identity {\n          firstName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodesNested($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Balance {\n        ledger {\n          name\n        }\n        identity {\n          firstName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RowFields($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      inflightBalance\n    }\n  }\n"): (typeof documents)["\n  query RowFields($id: ID!) {\n    balance(id: $id) {\n      id\n      balance\n      inflightBalance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  query WithVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithQueued($id: ID!) {\n    balance(id: $id) {\n      id\n      queuedDebitBalance\n    }\n  }\n"): (typeof documents)["\n  query WithQueued($id: ID!) {\n    balance(id: $id) {\n      id\n      queuedDebitBalance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  query BalanceVersion($id: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceAndLedger($id: ID!, $ledger: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n    ledger(id: $ledger) {\n      name\n    }\n    __typename\n  }\n"): (typeof documents)["\n  query BalanceAndLedger($id: ID!, $ledger: ID!) {\n    balance(id: $id) {\n      id\n      version\n    }\n    ledger(id: $ledger) {\n      name\n    }\n    __typename\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;