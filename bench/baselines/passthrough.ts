/**
 * Baseline: the physical limit of a Node gateway hop. node:http in, one undici request to Blnk
 * (GET /balances/:id over a keep-alive pool), its body out. No GraphQL, no parsing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';

const upstream = process.env.UPSTREAM!;
const balanceId = process.env.BALANCE_ID!;
const pool = new Pool(upstream, { connections: 64 });

const server = createServer(async (_req, res) => {
  try {
    const { statusCode, body } = await pool.request({ path: `/balances/${balanceId}`, method: 'GET' });
    const text = await body.text();
    res.writeHead(statusCode, { 'content-type': 'application/json' });
    res.end(text);
  } catch {
    res.writeHead(502).end();
  }
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));

// Exit cleanly on SIGTERM so that `--cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
