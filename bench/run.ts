/**
 * `npm run bench` (full, a few minutes) or `npm run bench -- --quick` (under a minute): the
 * sandbox, the gateway and the two baselines as separate processes on loopback, driven by
 * autocannon at fixed concurrency, A/B alternated, every figure a ratio from the same run.
 * The full run writes docs/benchmarks.md.
 *
 * With `BLNK_BIN=<Blnk Core server binary>` the real-Blnk scenarios (bench/real-blnk.ts: direct
 * REST vs the gateway over real Blnk) run after the sandbox's and their table goes in the same
 * section; `--blnk-only` runs those alone (and writes only their table).
 */
import { execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { realBlnkBench } from './real-blnk.js';
import { sequentialP50 } from './sequential.js';
import { benchIds, cpuMs, gql, peakRssMb, rssMb, start, stopAll } from './services.js';

const QUICK = process.argv.includes('--quick');
const DURATION = QUICK ? 1 : 8;
/**
 * The gateway takes 15–30 s of load to reach its steady speed (V8 optimising a large code base
 * on two shared cores; docs/benchmarks.md), so the full run warms every target for longer.
 */
const WARMUP = QUICK ? 0.5 : 8;
const ROUNDS = QUICK ? 1 : 2;
const CONNECTIONS = 10;
const BALANCES = 500;
const LEDGER = benchIds.ledger;
const BALANCE = benchIds.balance;

type Requests = autocannon.Request[];

interface Target {
  label: string;
  url: string;
  requests: Requests;
  /** Requests per operation (a REST client's fan-out). */
  perOp: number;
  gateway?: boolean;
  /** The process answering this target, whose CPU time per operation is reported. */
  child: ChildProcess;
}

interface Result {
  opsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  upstreamPerOp: number | null;
  /** CPU time of the serving process per operation, in µs: steadier than throughput on a shared machine. */
  cpuPerOp: number;
}

async function gatewayCounters(url: string): Promise<{ upstream: number; operations: number }> {
  const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
  const sum = (metric: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith(`${metric}{`))
      .reduce((total, l) => total + Number(l.split(' ').pop()), 0);
  return { upstream: sum('blnk_upstream_requests_total'), operations: sum('graphql_operations_total') };
}

async function measure(target: Target, connections: number, duration: number): Promise<Result> {
  const before = target.gateway ? await gatewayCounters(target.url) : null;
  const cpuBefore = cpuMs(target.child);
  const result = await autocannon({ url: target.url, connections, duration, requests: target.requests });
  const cpu = cpuMs(target.child) - cpuBefore;
  const after = target.gateway ? await gatewayCounters(target.url) : null;
  return {
    opsPerSec: result.requests.average / target.perOp,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    cpuPerOp: (cpu * 1000 * target.perOp) / Math.max(1, result.requests.total),
    upstreamPerOp: before && after ? (after.upstream - before.upstream) / Math.max(1, after.operations - before.operations) : null,
  };
}

const BLNK_BIN = process.env.BLNK_BIN;
const BLNK_ONLY = process.argv.includes('--blnk-only');

async function realBlnkSection(): Promise<string> {
  if (!BLNK_BIN) return '';
  const table = await realBlnkBench({
    bin: BLNK_BIN,
    quick: QUICK,
    ...(process.env.BENCH_BEFORE ? { before: process.env.BENCH_BEFORE } : {}),
  });
  return `### Real Blnk Core\n\n${table}\n`;
}

/** Replaces the real-Blnk part of the latest run in docs/benchmarks.md, leaving the rest. */
function writeRealBlnkOnly(section: string): void {
  const text = readFileSync('docs/benchmarks.md', 'utf8');
  const from = text.indexOf('### Real Blnk Core');
  const end = text.indexOf('\n## ', text.indexOf('## Latest run') + 1);
  const before = from !== -1 && from < end ? text.slice(0, from) : `${text.slice(0, end)}\n`;
  writeFileSync('docs/benchmarks.md', `${before}${section}${text.slice(end)}`);
}

async function main(): Promise<void> {
  // The gateway runs as production runs it: the build on plain node (`npm start`).
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (BLNK_ONLY) {
    if (!BLNK_BIN) throw new Error('--blnk-only needs BLNK_BIN=<path to a Blnk Core server binary>');
    const section = await realBlnkSection();
    console.log(`\n${section}`);
    if (!QUICK) {
      writeRealBlnkOnly(section);
      console.log('\nwrote the real-Blnk table in docs/benchmarks.md');
    }
    return;
  }
  const sandbox = await start(
    'src/sandbox/cli.ts',
    ['--bench', String(BALANCES)],
    { SANDBOX_PORT: '0' },
    /listening on (http:\/\/[\d.:]+)/,
  );
  // The other three only need the sandbox: started together.
  const [gateway, passthrough, yoga] = await Promise.all([
    start(
      'dist/main.js',
      [],
      {
        BLNK_URL: sandbox.url,
        PORT: '0',
        AUTH_MODE: 'none',
        AUTH_ALLOW_NONE_IN_PRODUCTION: 'true',
        LOG_LEVEL: 'info',
        MAX_COST: '100000',
        // Production refuses metrics without a token (since f27b580); metrics stay on, as deployed.
        METRICS_BEARER_TOKEN: 'bench-metrics-token-0123456789',
      },
      /gateway on (http:\/\/[\d.:]+\/graphql)/,
      { compiled: true },
    ),
    start('bench/baselines/passthrough.ts', [], { UPSTREAM: sandbox.url, BALANCE_ID: BALANCE }, /listening on (http:\/\/[\d.:]+)/),
    start('bench/baselines/yoga.ts', [], { UPSTREAM: sandbox.url }, /listening on (http:\/\/[\d.:]+)/),
  ]);
  const yogaUrl = `${yoga.url}/graphql`;

  const identityIds = Array.from({ length: 100 }, (_, i) => benchIds.identity(BALANCES - i));
  const scenarios: { name: string; targets: Target[] }[] = [
    {
      name: '1. one balance',
      targets: [
        {
          label: 'gateway',
          url: gateway.url,
          child: gateway.child,
          gateway: true,
          perOp: 1,
          requests: gql(`{ balance(id: "${BALANCE}") { id balance currency } }`),
        },
        {
          label: 'direct REST',
          url: sandbox.url,
          child: sandbox.child,
          perOp: 1,
          requests: [{ method: 'GET', path: `/balances/${BALANCE}` }],
        },
        { label: 'bare pass-through', url: passthrough.url, child: passthrough.child, perOp: 1, requests: [{ method: 'GET', path: '/' }] },
        {
          label: 'bare yoga',
          url: yogaUrl,
          child: yoga.child,
          perOp: 1,
          requests: gql(`{ balance(id: "${BALANCE}") { id balance currency } }`),
        },
      ],
    },
    {
      name: '2. balance with ledger and identity',
      targets: [
        {
          label: 'gateway',
          url: gateway.url,
          child: gateway.child,
          gateway: true,
          perOp: 1,
          requests: gql(`{ balance(id: "${BALANCE}") { id balance ledger { name } identity { firstName } } }`),
        },
        {
          label: 'REST client (3 calls)',
          url: sandbox.url,
          child: sandbox.child,
          perOp: 3,
          requests: [
            {
              method: 'GET',
              path: `/balances/${BALANCE}`,
              onResponse: (_s, body, ctx: any) => {
                ctx.balance = JSON.parse(body);
              },
            },
            { method: 'GET', setupRequest: (req, ctx: any) => ({ ...req, path: `/ledgers/${ctx.balance.ledger_id}` }) },
            { method: 'GET', setupRequest: (req, ctx: any) => ({ ...req, path: `/identities/${ctx.balance.identity_id}` }) },
          ],
        },
      ],
    },
    {
      name: '3. dashboard: 100 balances with identity and ledger names',
      targets: [
        {
          label: 'gateway',
          url: gateway.url,
          child: gateway.child,
          gateway: true,
          perOp: 1,
          requests: gql(
            `{ ledger(id: "${LEDGER}") { name balances(first: 100) { edges { node { id balance identity { firstName } } } } } }`,
          ),
        },
        {
          label: 'naive REST fan-out (102 calls)',
          url: sandbox.url,
          child: sandbox.child,
          perOp: 102,
          requests: [
            {
              method: 'POST',
              path: '/balances/filter',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ filters: [{ field: 'ledger_id', operator: 'eq', value: LEDGER }], limit: 100 }),
            },
            { method: 'GET', path: `/ledgers/${LEDGER}` },
            ...identityIds.map((identity) => ({ method: 'GET' as const, path: `/identities/${identity}` })),
          ],
        },
        {
          label: 'hand-batched REST (3 calls)',
          url: sandbox.url,
          child: sandbox.child,
          perOp: 3,
          requests: [
            {
              method: 'POST',
              path: '/balances/filter',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ filters: [{ field: 'ledger_id', operator: 'eq', value: LEDGER }], limit: 100 }),
            },
            {
              method: 'POST',
              path: '/identities/filter',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ filters: [{ field: 'identity_id', operator: 'in', values: identityIds }], limit: 100 }),
            },
            { method: 'GET', path: `/ledgers/${LEDGER}` },
          ],
        },
      ],
    },
    {
      name: '4. recordTransaction with skipQueue',
      targets: [
        {
          label: 'gateway',
          url: gateway.url,
          child: gateway.child,
          gateway: true,
          perOp: 1,
          requests: gql(
            `mutation { recordTransaction(input: { source: "@World", destination: "${BALANCE}", preciseAmount: "1", precision: "100", currency: "USD", description: "bench", allowOverdraft: true, skipQueue: true }) { ... on Transaction { id status } } }`,
          ),
        },
        {
          label: 'direct REST',
          url: sandbox.url,
          child: sandbox.child,
          perOp: 1,
          requests: [
            {
              method: 'POST',
              path: '/transactions',
              headers: { 'content-type': 'application/json' },
              setupRequest: (req) => ({
                ...req,
                body: `{"source":"@World","destination":"${BALANCE}","precise_amount":1,"precision":100,"currency":"USD","reference":"${randomUUID()}","description":"bench","allow_overdraft":true,"skip_queue":true}`,
              }),
            },
          ],
        },
        {
          label: 'bare yoga',
          url: yogaUrl,
          child: yoga.child,
          perOp: 1,
          requests: gql(`mutation { recordTransaction(destination: "${BALANCE}", preciseAmount: "1") { id status } }`),
        },
      ],
    },
  ];

  // Warm up every target (JIT, pools, caches).
  for (const s of scenarios)
    for (const t of s.targets)
      await autocannon({ url: t.url, connections: QUICK ? 4 : CONNECTIONS, duration: WARMUP, requests: t.requests });

  const rows: string[] = [];
  for (const scenario of scenarios) {
    const results = new Map<string, Result[]>();
    for (let round = 0; round < ROUNDS; round += 1) {
      // A/B alternated: the order flips each round.
      const order = round % 2 === 0 ? scenario.targets : [...scenario.targets].reverse();
      for (const target of order) {
        const r = await measure(target, CONNECTIONS, DURATION);
        results.set(target.label, [...(results.get(target.label) ?? []), r]);
      }
    }
    const mean = (rs: Result[], key: keyof Result) => rs.reduce((a, r) => a + (r[key] ?? 0), 0) / rs.length;
    const gatewayOps = mean(results.get('gateway')!, 'opsPerSec');
    for (const target of scenario.targets) {
      const rs = results.get(target.label)!;
      const ops = mean(rs, 'opsPerSec');
      const upstream = target.gateway ? mean(rs, 'upstreamPerOp').toFixed(2) : String(target.perOp);
      const ratio = target.gateway ? '' : (gatewayOps / ops).toFixed(2);
      rows.push(
        `| ${scenario.name} | ${target.label} | ${ops.toFixed(0)} | ${mean(rs, 'p50').toFixed(2)} | ${mean(rs, 'p99').toFixed(2)} | ${upstream} | ${ratio} | ${mean(rs, 'cpuPerOp').toFixed(0)} | ${mean(rs, 'errors').toFixed(0)} |`,
      );
    }
    console.log(`done: ${scenario.name}`);
  }

  // Latency at concurrency 1, scenario 1: the cost of the hop itself.
  const s1 = scenarios[0]!.targets;
  const [c1Gateway, c1Direct, c1Yoga] = await sequentialP50([s1[0]!, s1[1]!, s1[3]!], QUICK ? 300 : 3000);

  // Memory at 100 connections.
  const memSeconds = QUICK ? 3 : 60;
  const samples: number[] = [];
  // Sampled every 200 ms: the peak of this phase, apart from the process's lifetime peak (which
  // the 100-row pages of scenario 3 set).
  const timer = setInterval(() => samples.push(rssMb(gateway.child)), 200);
  await measure(s1[0]!, 100, memSeconds);
  clearInterval(timer);
  const peak = peakRssMb(gateway.child);

  const table = [
    '| scenario | target | ops/s | p50 ms | p99 ms | upstream requests/op | gateway ÷ target | CPU µs/op of the serving process | errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const summary = [
    `Concurrency ${CONNECTIONS}, ${DURATION} s a run, ${ROUNDS} alternated round(s). Latencies are per HTTP request (a REST client's operation is several).`,
    '',
    `Concurrency 1, scenario 1 (one request at a time, alternated, ${QUICK ? 300 : 3000} each): gateway p50 ${(c1Gateway! / 1000).toFixed(3)} ms, direct REST p50 ${(c1Direct! / 1000).toFixed(3)} ms (difference ${((c1Gateway! - c1Direct!) / 1000).toFixed(3)} ms); bare yoga p50 ${(c1Yoga! / 1000).toFixed(3)} ms (${((c1Yoga! - c1Direct!) / 1000).toFixed(3)} ms above direct REST).`,
    '',
    `Gateway memory at 100 connections over ${memSeconds} s: RSS first ${samples[0]?.toFixed(0)} MB, highest ${Math.max(...samples).toFixed(0)} MB, last ${samples.at(-1)?.toFixed(0)} MB; lifetime peak (every scenario) ${peak.toFixed(0)} MB.`,
  ].join('\n');
  console.log(`\n${table}\n\n${summary}`);
  // Real Blnk last: the sandbox-side processes are stopped first, so they take no CPU from it.
  stopAll();
  const realBlnk = await realBlnkSection();
  if (realBlnk) console.log(`\n${realBlnk}`);

  if (!QUICK) {
    const header = [
      '# Benchmarks',
      '',
      `Command: \`npm run bench\`. Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${new Date().toISOString().slice(0, 10)}.`,
      `Sandbox (${BALANCES} balances with identities), gateway, a bare pass-through (node:http + one undici request) and a bare yoga server (one resolver, one undici request), each its own process on loopback; load from autocannon in this process.`,
      '',
    ].join('\n');
    const previous = (() => {
      try {
        // Every section after the latest run's (reading notes, profile, optimisations, goals) is
        // written by hand and kept.
        const text = readFileSync('docs/benchmarks.md', 'utf8');
        const afterRun = text.indexOf('\n## ', text.indexOf('## Latest run') + 1);
        return afterRun === -1 ? undefined : text.slice(afterRun + 1);
      } catch {
        return undefined;
      }
    })();
    writeFileSync(
      'docs/benchmarks.md',
      `${header}\n## Latest run\n\n${table}\n\n${summary}\n${realBlnk ? `\n${realBlnk}` : ''}${previous ? `\n${previous}` : ''}`,
    );
    console.log('\nwrote docs/benchmarks.md');
  }
}

try {
  await main();
} finally {
  stopAll();
}
