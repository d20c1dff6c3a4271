/**
 * Baseline: a bare graphql-yoga server over the one-balance schema (./one-balance.ts): one
 * resolver making one undici GET, one mutation the same POST /transactions. No loaders, limits,
 * auth, metrics or lossless JSON.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { resolvers, typeDefs } from './one-balance.js';

const server = createServer(createYoga({ schema: createSchema({ typeDefs, resolvers }), logging: false }));
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));

// Exit cleanly on SIGTERM so that `--cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
