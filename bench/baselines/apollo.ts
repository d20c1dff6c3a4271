/**
 * Baseline: a hand-written Apollo Server 5 (`startStandaloneServer`, its defaults) over the same
 * one-balance schema and resolvers as the bare yoga server (./one-balance.ts): the same undici GET,
 * the same JSON handling. It answers POST /graphql (the standalone server serves every path).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { resolvers, typeDefs } from './one-balance.js';

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(`listening on ${url.replace(/\/$/, '')}`);

// Exit cleanly on SIGTERM so that `--cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
