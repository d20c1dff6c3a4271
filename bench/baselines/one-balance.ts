/**
 * The one-balance schema both hand-written baselines serve (bench/baselines/yoga.ts, apollo.ts):
 * one resolver making one undici GET /balances/:id, and one mutation making the same POST
 * /transactions as the gateway. No loaders, limits, auth, metrics or lossless JSON. Shared, so the
 * two servers differ only in the server around it.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';

const pool = new Pool(process.env.UPSTREAM!, { connections: 64 });

export const typeDefs = /* GraphQL */ `
  type Balance {
    id: ID!
    balance: String!
    currency: String!
  }
  type Transaction {
    id: ID!
    status: String!
  }
  type Query {
    balance(id: ID!): Balance
  }
  type Mutation {
    recordTransaction(destination: ID!, preciseAmount: String!): Transaction
  }
`;

export const resolvers = {
  Query: {
    balance: async (_root: unknown, { id }: { id: string }) => {
      const { body } = await pool.request({ path: `/balances/${id}`, method: 'GET' });
      const b = (await body.json()) as { balance_id: string; balance: number; currency: string };
      return { id: b.balance_id, balance: String(b.balance), currency: b.currency };
    },
  },
  Mutation: {
    recordTransaction: async (_root: unknown, args: { destination: string; preciseAmount: string }) => {
      const { body } = await pool.request({
        path: '/transactions',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"source":"@World","destination":"${args.destination}","precise_amount":${args.preciseAmount},"precision":100,"currency":"USD","reference":"${randomUUID()}","description":"bench","allow_overdraft":true,"skip_queue":true}`,
      });
      const t = (await body.json()) as { transaction_id: string; status: string };
      return { id: t.transaction_id, status: t.status };
    },
  },
};
