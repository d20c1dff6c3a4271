/**
 * Real Blnk Core scenarios, opt-in: with `BLNK_BIN=<Blnk server binary>`, `npm run bench` adds
 * them after the sandbox's, and `npm run bench:blnk` runs them alone. The binary is run by the
 * test harness (test/real-blnk/server.ts: a fresh PostgreSQL database and Redis database,
 * `migrate up`, `start`, `workers`), never built here. The data is seeded through Blnk's REST API:
 * a ledger, an identity, a balance and one transaction.
 *
 * Each scenario drives Blnk's REST API directly and the gateway over it (the build, on plain
 * node, as `npm start` runs it), alternated in rounds at 16 connections, after a warm-up long
 * enough for V8 to optimise the gateway. `BENCH_BEFORE=<another checkout, built>` adds that
 * checkout's gateway beside it (a before/after in one run).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { startBlnk } from '../test/real-blnk/server.js';
import { cpuMs, gql, start } from './services.js';

export interface RealBlnkOptions {
  bin: string;
  quick?: boolean;
  /** A checkout whose build (dist/main.js) runs as "gateway (before)". */
  before?: string;
}

const CONNECTIONS = 16;

interface Target {
  label: string;
  url: string;
  requests: autocannon.Request[];
  /** The serving process (the gateway's), whose CPU per request is reported; none for direct REST. */
  child?: ChildProcess;
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuUs: number | null;
  blnkUs: number;
}

/** The pid of the process listening on a TCP port (Blnk's server, started by the harness). */
function pidListeningOn(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[1]?.endsWith(`:${hex}`) && f[3] === '0A') inodes.add(f[9]!);
    }
  }
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(pid);
      }
    } catch {
      // a process that ended, or not ours to read
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

function pidCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function seed(url: string): Promise<{ ledger: string; identity: string; balance: string; transaction: string }> {
  const post = async (path: string, body: unknown): Promise<Record<string, string>> => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, string>;
    if (res.status >= 300) throw new Error(`seeding ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const ledger = (await post('/ledgers', { name: 'Bench', meta_data: { purpose: 'bench' } })).ledger_id!;
  const identity = (
    await post('/identities', {
      identity_type: 'individual',
      first_name: 'Ada',
      last_name: 'Lovelace',
      email_address: 'ada@example.com',
      category: 'retail',
      meta_data: { tier: 'gold' },
    })
  ).identity_id!;
  const balance = (await post('/balances', { ledger_id: ledger, identity_id: identity, currency: 'USD' })).balance_id!;
  const transaction = (
    await post('/transactions', {
      source: '@World',
      destination: balance,
      precise_amount: 10_000,
      precision: 100,
      currency: 'USD',
      reference: `bench-${Date.now()}`,
      description: 'bench',
      allow_overdraft: true,
      skip_queue: true,
    })
  ).transaction_id!;
  return { ledger, identity, balance, transaction };
}

async function measure(target: Target, blnkPid: number, duration: number): Promise<Sample> {
  const cpu0 = target.child ? cpuMs(target.child) : 0;
  const blnk0 = pidCpuMs(blnkPid);
  const r = await autocannon({ url: target.url, connections: CONNECTIONS, duration, requests: target.requests });
  const n = Math.max(1, r.requests.total);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
    cpuUs: target.child ? ((cpuMs(target.child) - cpu0) * 1000) / n : null,
    blnkUs: ((pidCpuMs(blnkPid) - blnk0) * 1000) / n,
  };
}

/** Runs the scenarios and returns the markdown table and its notes. */
export async function realBlnkBench(options: RealBlnkOptions): Promise<string> {
  const duration = options.quick ? 2 : 4;
  const rounds = options.quick ? 2 : 6;
  // Every target of every scenario is warmed before anything is measured: the gateway needs
  // 10–30 s of load before V8 has optimised it (docs/benchmarks.md), and a cold gateway uses
  // two to three times the CPU per request.
  const warmup = options.quick ? 3 : 10;
  const blnk = await startBlnk({ bin: options.bin });
  try {
    const ids = await seed(blnk.url);
    const blnkPid = pidListeningOn(Number(new URL(blnk.url).port));
    const gatewayEnv = {
      BLNK_URL: blnk.url,
      PORT: '0',
      AUTH_MODE: 'none',
      AUTH_ALLOW_NONE_IN_PRODUCTION: 'true',
      LOG_LEVEL: 'info',
      MAX_COST: '100000',
      // Production refuses metrics without a token (since f27b580); metrics stay on, as deployed.
      METRICS_BEARER_TOKEN: 'bench-metrics-token-0123456789',
    };
    const ready = /gateway on (http:\/\/[\d.:]+\/graphql)/;
    const gateways = [{ label: 'gateway', service: await start('dist/main.js', [], gatewayEnv, ready, { compiled: true }) }];
    if (options.before) {
      gateways.push({
        label: 'gateway (before)',
        service: await start('dist/main.js', [], gatewayEnv, ready, { compiled: true, cwd: options.before }),
      });
    }
    const scenarios: { name: string; direct: autocannon.Request[]; query: string }[] = [
      {
        name: 'balance with ledger and identity',
        direct: [{ method: 'GET', path: `/balances/${ids.balance}?include=ledger&include=identity` }],
        query: `{ balance(id: "${ids.balance}") { id balance ledger { name } identity { firstName } } }`,
      },
      {
        name: 'one balance',
        direct: [{ method: 'GET', path: `/balances/${ids.balance}` }],
        query: `{ balance(id: "${ids.balance}") { id balance currency } }`,
      },
      {
        name: 'one transaction',
        direct: [{ method: 'GET', path: `/transactions/${ids.transaction}` }],
        query: `{ transaction(id: "${ids.transaction}") { id amount currency status reference } }`,
      },
    ];
    const targetsOf = (scenario: (typeof scenarios)[number]): Target[] => [
      { label: 'direct REST', url: blnk.url, requests: scenario.direct },
      ...gateways.map((g) => ({ label: g.label, url: g.service.url, child: g.service.child, requests: gql(scenario.query) })),
    ];
    for (const scenario of scenarios) {
      for (const t of targetsOf(scenario))
        await autocannon({ url: t.url, connections: CONNECTIONS, duration: warmup, requests: t.requests });
    }
    const rows: string[] = [];
    const loads: number[] = [];
    for (const scenario of scenarios) {
      loads.push(loadavg()[0]!);
      const targets = targetsOf(scenario);
      const samples = new Map<string, Sample[]>(targets.map((t) => [t.label, []]));
      for (let round = 0; round < rounds; round += 1) {
        for (const t of round % 2 === 0 ? targets : [...targets].reverse()) samples.get(t.label)!.push(await measure(t, blnkPid, duration));
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      const direct = samples.get('direct REST')!;
      for (const t of targets) {
        const s = samples.get(t.label)!;
        // Each round's throughput over direct REST's in the same round, then the median.
        const ratio = t.child ? median(s.map((x, i) => x.rps / direct[i]!.rps)).toFixed(2) : '';
        const cpu = t.child ? mean(s.map((x) => x.cpuUs!)).toFixed(0) : '';
        rows.push(
          `| ${scenario.name} | ${t.label} | ${mean(s.map((x) => x.rps)).toFixed(0)} | ${ratio} | ${mean(s.map((x) => x.p50)).toFixed(1)} | ${mean(s.map((x) => x.p99)).toFixed(1)} | ${cpu} | ${mean(s.map((x) => x.blnkUs)).toFixed(0)} | ${mean(s.map((x) => x.errors)).toFixed(0)} |`,
        );
      }
      console.log(`done: real Blnk, ${scenario.name}`);
    }
    const table = [
      '| scenario | target | req/s | ÷ direct REST | p50 ms | p99 ms | gateway CPU µs/request | Blnk server CPU µs/request | errors |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
    loads.push(loadavg()[0]!);
    const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
    const notes =
      `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores; one-minute load average ${load} during the run` +
      `${Math.max(...loads) > cpus().length + 1 ? ' (the machine was shared: other work ran beside the benchmark, so only the ratios within this run compare)' : ''}. ` +
      `Real Blnk Core (the server binary given as BLNK_BIN, with its PostgreSQL and Redis), concurrency ${CONNECTIONS}, ` +
      `${rounds} alternated rounds of ${duration} s after ${warmup} s of warm-up of every target of every scenario; "÷ direct REST" is the median of each round's ratio. ` +
      `Direct REST is one GET per operation (the balance with \`include=ledger&include=identity\` for the first scenario), as the gateway sends. ` +
      "CPU per request is read from /proc for the gateway process and for Blnk's server process (PostgreSQL not counted).";
    return `${table}\n\n${notes}`;
  } finally {
    await blnk.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { execFileSync } = await import('node:child_process');
  const { createRequire } = await import('node:module');
  const { stopAll } = await import('./services.js');
  const bin = process.env.BLNK_BIN;
  if (!bin) {
    console.error('bench:blnk needs a Blnk Core v0.15.2 server binary: set BLNK_BIN=<path>');
    process.exit(2);
  }
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  try {
    console.log(
      `\n${await realBlnkBench({ bin, quick: process.argv.includes('--quick'), ...(process.env.BENCH_BEFORE ? { before: process.env.BENCH_BEFORE } : {}) })}`,
    );
  } finally {
    stopAll();
  }
}
