/**
 * Baseline: a bare graphql-yoga server whose one resolver makes the same undici request (and one
 * mutation the same POST /transactions). No loaders, limits, auth, metrics or lossless JSON.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';

const pool = new Pool(process.env.UPSTREAM!, { connections: 64 });

const schema = createSchema({
  typeDefs: /* GraphQL */ `
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
  `,
  resolvers: {
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
  },
});

const server = createServer(createYoga({ schema, logging: false }));
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));

// Exit cleanly on SIGTERM so that `--cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
