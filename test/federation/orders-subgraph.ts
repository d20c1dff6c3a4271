import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/**
 * A second subgraph for the composition test: an "orders" service whose Order holds a Balance
 * reference, and which adds `openOrders` to Balance. Orders are made up from a list of balance
 * ids given at construction.
 */
export function ordersSubgraph(balanceIds: string[]) {
  const orders = balanceIds.map((balanceId, i) => ({ id: `ord_${i + 1}`, total: `${i + 1}.00`, balanceId }));
  const typeDefs = parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

    type Query {
      orders(first: Int!): [Order!]!
    }

    type Order @key(fields: "id") {
      id: ID!
      total: String!
      balance: Balance!
    }

    type Balance @key(fields: "id") {
      id: ID!
      openOrders: Int!
    }
  `);
  const resolvers = {
    Query: {
      orders: (_root: unknown, { first }: { first: number }) => orders.slice(0, first),
    },
    Order: {
      __resolveReference: ({ id }: { id: string }) => orders.find((o) => o.id === id) ?? null,
      balance: (order: { balanceId: string }) => ({ id: order.balanceId }),
    },
    Balance: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      openOrders: ({ id }: { id: string }) => orders.filter((o) => o.balanceId === id).length,
    },
  };
  return { typeDefs, schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }) };
}
