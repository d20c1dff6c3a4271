/**
 * `npm run bench:fanout` (issue 19, Acceptance 3): how one gateway process fans one ledger change
 * out to many live subscribers. The sandbox (in this process, secure mode, recording its requests)
 * sends its webhooks, through a one-hop recorder that notes when each arrives, to one gateway
 * process (the build on plain node, NODE_ENV=production, as `npm start` runs it). SUBSCRIBERS
 * (default 1,000) GraphQL-over-SSE subscribers, each its own socket, follow one balance's
 * `balanceUpdated`; one transfer is recorded on the sandbox's REST API; the run reports:
 *
 * - the time from the webhook's arrival at the gateway (and from the transfer's answer) to each
 *   subscriber's delivery: median, 99th percentile, last;
 * - the upstream calls the event cost, read from the sandbox's request log (the hub reads the
 *   balance once per process: 1, not one per subscriber);
 * - the gateway process's resident memory before and after the subscribers connected, per subscriber.
 *
 * `-- --subscribers N` changes the count. The figures go in docs/benchmarks.md by hand, with the machine.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { startSandbox } from '../src/sandbox/index.js';
import { cpuMs, rssMb, start, stopAll } from './services.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const SUBSCRIBERS = Number(arg('subscribers') ?? 1_000);
const AMOUNT = 123456000000000000000789n;
const DEADLINE_MS = 60_000;

/** One SSE subscriber on its own socket: when it received the balance it waits for. */
interface Subscriber {
  /** Headers answered: the subscription is registered with the hub by then (yoga subscribes first). */
  started: Promise<void>;
  deliveredAt: number | null;
  close(): void;
}

function subscribe(graphqlUrl: string, balanceId: string, expect: string): Subscriber {
  const body = JSON.stringify({
    query: 'subscription Fanout($id: ID!) { balanceUpdated(id: $id) { id balance version } }',
    variables: { id: balanceId },
  });
  const sub: Subscriber = { started: Promise.resolve(), deliveredAt: null, close: () => req.destroy() };
  const req = request(graphqlUrl, {
    method: 'POST',
    // One socket each, as 1,000 browsers would hold.
    agent: false,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'content-length': Buffer.byteLength(body) },
  });
  sub.started = new Promise((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      if (res.statusCode !== 200) return reject(new Error(`subscription answered ${res.statusCode}`));
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (sub.deliveredAt !== null) return;
        text += chunk;
        if (text.includes(`"balance":"${expect}"`)) sub.deliveredAt = performance.now();
      });
      res.on('error', () => undefined);
      resolve();
    });
  });
  req.end(body);
  return sub;
}

/** Forwards each webhook to the gateway, noting when each `transaction.*` one arrived: the event's start line. */
async function recordingHop(target: string): Promise<{ url: string; arrivals: number[]; close(): void }> {
  const arrivals: number[] = [];
  const server = createServer((req, res) => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Read only for its event name (the sandbox also announces the indicator balance it creates).
      if (/^\{"event":"transaction\./.test(Buffer.concat(chunks).toString('utf8', 0, 40))) arrivals.push(at);
      const out = request(target, { method: 'POST', headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502);
        answer.pipe(res);
      });
      out.on('error', () => res.writeHead(502).end());
      out.end(Buffer.concat(chunks));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, arrivals, close: () => server.close() };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function until(what: string, check: () => boolean): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  for (let delay = 10; !check(); delay = Math.min(delay * 2, 100)) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${DEADLINE_MS} ms`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

async function main(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

  const key = randomBytes(24).toString('hex');
  const sandbox = await startSandbox({ port: 0, apiKey: key });
  const rest = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-blnk-key': key },
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body, (_k, v) => (typeof v === 'bigint' ? `§${v}§` : v)).replace(/"§(\d+)§"/g, '$1') }),
    });
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  console.log(`sandbox at ${sandbox.url}`);
  const ledger = (await rest('POST', '/ledgers', { name: 'fanout' })).ledger_id as string;
  const balance = (await rest('POST', '/balances', { ledger_id: ledger, currency: 'USD' })).balance_id as string;

  const gateway = await start(
    'dist/main.js',
    [],
    {
      BLNK_URL: sandbox.url,
      // Blnk signs its webhooks with its secret key, the key the gateway sends: one secret.
      BLNK_API_KEY: key,
      PORT: '0',
      AUTH_MODE: 'none',
      AUTH_ALLOW_NONE_IN_PRODUCTION: 'true',
      // info: the ready line names the URL; a subscription's line is written when it ends, after the measurement.
      LOG_LEVEL: 'info',
      METRICS_BEARER_TOKEN: 'bench-metrics-token-0123456789',
      // One principal holds every subscriber here: the per-process and per-principal caps raised to fit.
      HTTP_MAX_CONNECTIONS: String(SUBSCRIBERS + 100),
      MAX_SUBSCRIPTIONS: String(SUBSCRIBERS + 100),
      MAX_SUBSCRIPTIONS_PER_PRINCIPAL: String(SUBSCRIBERS + 100),
    },
    /gateway on (http:\/\/[\d.:]+\/graphql)/,
    { compiled: true },
  );
  // Announced from here on: the ledger and balance above were created before anyone listened.
  const hop = await recordingHop(gateway.url.replace(/\/graphql$/, '/webhooks/blnk'));
  sandbox.setWebhookUrl(hop.url);
  console.log(`gateway at ${gateway.url}`);
  // Warm: one subscriber in and out, so the first-use costs (schema, JIT) are not counted per subscriber.
  const warm = subscribe(gateway.url, balance, 'never');
  await warm.started;
  warm.close();
  const rssBefore = rssMb(gateway.child);

  const connectStart = performance.now();
  const subscribers: Subscriber[] = [];
  // In waves of 100: a thousand handshakes at once would measure the listen backlog, not the gateway.
  for (let i = 0; i < SUBSCRIBERS; i += 100) {
    const wave = Array.from({ length: Math.min(100, SUBSCRIBERS - i) }, () => subscribe(gateway.url, balance, String(AMOUNT)));
    await Promise.all(wave.map((s) => s.started));
    subscribers.push(...wave);
  }
  const connectMs = performance.now() - connectStart;
  console.log(`${SUBSCRIBERS} subscribers connected in ${connectMs.toFixed(0)} ms`);
  const rssAfter = rssMb(gateway.child);

  sandbox.resetRequests();
  const arrivalsBefore = hop.arrivals.length;
  const payer = '@FanoutSource';
  const cpuBefore = cpuMs(gateway.child);
  const transferAt = performance.now();
  await rest('POST', '/transactions', {
    source: payer,
    destination: balance,
    precise_amount: AMOUNT,
    precision: 100,
    currency: 'USD',
    reference: `fanout-${randomBytes(6).toString('hex')}`,
    description: 'fan-out',
    allow_overdraft: true,
    skip_queue: true,
  });
  const answeredAt = performance.now();
  await until('every subscriber delivered', () => subscribers.every((s) => s.deliveredAt !== null));
  const eventCpu = cpuMs(gateway.child) - cpuBefore;
  const arrival = hop.arrivals[arrivalsBefore];
  if (arrival === undefined) throw new Error('no webhook arrived');
  const delivered = subscribers.map((s) => s.deliveredAt!).sort((x, y) => x - y);
  const fromArrival = delivered.map((d) => d - arrival);
  const reads = sandbox.requests.filter((r) => r.method === 'GET');

  const rows = [
    ['subscribers (SSE, one socket each)', String(SUBSCRIBERS)],
    ['time to connect them all', ms(connectMs)],
    ['transfer answered', ms(answeredAt - transferAt)],
    ['webhook arrival after the transfer was sent', ms(arrival - transferAt)],
    ['first delivery after the webhook arrived', ms(fromArrival[0]!)],
    ['median delivery after the webhook arrived', ms(pct(fromArrival, 50))],
    ['p99 delivery after the webhook arrived', ms(pct(fromArrival, 99))],
    ['last delivery after the webhook arrived', ms(fromArrival.at(-1)!)],
    ['last delivery after the transfer was sent', ms(delivered.at(-1)! - transferAt)],
    ['gateway CPU time for the event (10 ms ticks)', `${eventCpu} ms (${((eventCpu * 1000) / SUBSCRIBERS).toFixed(0)} µs per subscriber)`],
    ['upstream calls for the event (sandbox request log)', `${reads.length} (${reads.map((r) => `${r.method} ${r.route}`).join(', ')})`],
    ['transaction webhooks for the event', String(hop.arrivals.length - arrivalsBefore)],
    ['gateway RSS before / after connecting', `${rssBefore.toFixed(1)} MB / ${rssAfter.toFixed(1)} MB`],
    ['gateway memory per subscriber', `${(((rssAfter - rssBefore) * 1024) / SUBSCRIBERS).toFixed(1)} KB`],
  ];
  console.log(`\nfan-out, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
  console.log('| | |\n|---|---|');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);

  for (const s of subscribers) s.close();
  hop.close();
  await sandbox.close();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopAll);
