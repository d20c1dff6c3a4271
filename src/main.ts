/**
 * Process entry: config, dispatcher, Blnk transport, gateway, listen. Without BLNK_URL it first
 * starts the seeded sandbox on loopback, so `npm start` works with nothing else running.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Surface } from './blnk/client.js';
import { createAuthenticator } from './auth/authenticate.js';
import { BlnkHttp, createDispatcher } from './blnk/http.js';
import { ConfigError, loadConfig } from './config.js';
import type { Config } from './config.js';
import { exampleQuery } from './example-query.js';
import { createGateway } from './gateway.js';
import { SEED_IDS, startSandbox } from './sandbox/index.js';
import type { Sandbox } from './sandbox/index.js';

/** Where Blnk is and how to authenticate to it; the sandbox when nothing is configured. */
async function upstream(config: Config): Promise<{
  origin: string;
  surface: Surface;
  headers: Record<string, string>;
  query: Record<string, string>;
  sandbox: Sandbox | null;
}> {
  if (config.cloud) {
    if (config.blnkUrl) console.log('BLNK_CLOUD_* is set: using Blnk Cloud, not BLNK_URL');
    return {
      origin: config.cloud.url,
      surface: 'cloud',
      headers: { authorization: `Bearer ${config.cloud.token}` },
      query: { instance_id: config.cloud.instanceId },
      sandbox: null,
    };
  }
  const headers: Record<string, string> = config.blnkApiKey ? { 'x-blnk-key': config.blnkApiKey } : {};
  if (config.blnkUrl) return { origin: config.blnkUrl, surface: 'core', headers, query: {}, sandbox: null };
  const sandbox = await startSandbox({ port: config.sandboxPort, seed: true });
  console.log(`No BLNK_URL set: started the Blnk sandbox (demo data, in memory, not a ledger to keep money in) at ${sandbox.url}`);
  return { origin: sandbox.url, surface: 'core', headers, query: {}, sandbox };
}

async function main(config: Config): Promise<void> {
  if (config.unauthenticatedProduction) {
    console.warn('WARNING: AUTH_MODE=none in production: every caller has full access to the ledger.');
  }
  const { origin, surface, headers, query, sandbox } = await upstream(config);
  const dispatcher = createDispatcher(origin, { connections: config.blnkConnections });
  const http = new BlnkHttp({ origin, dispatcher, timeoutMs: config.blnkTimeoutMs, headers, query });
  const yoga = createGateway({
    http,
    surface,
    graphiql: config.graphiql,
    limits: config.limits,
    authenticate: createAuthenticator(config.auth),
    defaultQuery: exampleQuery(sandbox ? SEED_IDS.balances.adaUsd : null),
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Blnk GraphQL gateway on http://${host}:${port}/graphql${config.graphiql ? ' (GraphiQL in the browser)' : ''}`);

  const shutdown = () => {
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([dispatcher.close(), sandbox?.close()]).then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}
await main(config).catch((error: unknown) => {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
