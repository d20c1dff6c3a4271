/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  query WalletSummary($id: ID!) {\n    balance(id: $id) {\n      id\n      currency\n      balance\n      available\n      ledger {\n        name\n      }\n      identity {\n        firstName\n        lastName\n      }\n      transactions(first: 10) {\n        edges {\n          node {\n            reference\n            status\n            currency\n            preciseAmount\n            precision\n            destinationBalance {\n              id\n            }\n            # A queued transfer is two rows in Blnk: see transferLines.\n            outcome {\n              status\n            }\n            parentTransaction {\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WalletSummaryDocument,
};
const documents: Documents = {
    "\n  query WalletSummary($id: ID!) {\n    balance(id: $id) {\n      id\n      currency\n      balance\n      available\n      ledger {\n        name\n      }\n      identity {\n        firstName\n        lastName\n      }\n      transactions(first: 10) {\n        edges {\n          node {\n            reference\n            status\n            currency\n            preciseAmount\n            precision\n            destinationBalance {\n              id\n            }\n            # A queued transfer is two rows in Blnk: see transferLines.\n            outcome {\n              status\n            }\n            parentTransaction {\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WalletSummaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalletSummary($id: ID!) {\n    balance(id: $id) {\n      id\n      currency\n      balance\n      available\n      ledger {\n        name\n      }\n      identity {\n        firstName\n        lastName\n      }\n      transactions(first: 10) {\n        edges {\n          node {\n            reference\n            status\n            currency\n            preciseAmount\n            precision\n            destinationBalance {\n              id\n            }\n            # A queued transfer is two rows in Blnk: see transferLines.\n            outcome {\n              status\n            }\n            parentTransaction {\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WalletSummaryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
