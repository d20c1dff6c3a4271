/**
 * `npm run bench:ab -- <variant>…`: the one-balance scenario against several gateway variants
 * started side by side on one sandbox, in alternated short rounds after a warm-up. For each it
 * prints throughput and the CPU time its process used per request, each as the median over
 * rounds of its ratio to the first variant in the same round. How an optimisation's before and
 * after figures in docs/benchmarks.md are taken. A variant is `label:ENV=value,ENV=value` for the gateway (`src/main.ts`), or `yoga`,
 * `passthrough` for the baselines; `label@dist` runs the compiled build (`npm run build` first)
 * and `label@/some/dir` the gateway in another checkout (with its own or a linked node_modules).
 *
 *   git archive HEAD~1 | (mkdir -p ../before && tar -x -C ../before)
 *   ln -s "$PWD/node_modules" ../before/node_modules
 *   npm run bench:ab -- before@../before after 'quiet:LOG_LEVEL=silent,METRICS=false' yoga
 *
 * Options (defaults, the settings used in docs/benchmarks.md): --rounds=12 --duration=1
 * --warmup=15 --connections=10, and --query='{ … }' for another operation than one balance.
 */
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { benchIds, cpuMs, freePort, peakRssMb, gql, start, startPolled, stopAll } from './services.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ROUNDS = option('rounds', 12);
const DURATION = option('duration', 1);
const CONNECTIONS = option('connections', 10);
const QUERY = process.argv.find((a) => a.startsWith('--query='))?.slice('--query='.length);

interface Variant {
  label: string;
  child: ChildProcess;
  url: string;
  requests: autocannon.Request[];
}

async function startVariant(spec: string, upstream: string): Promise<Variant> {
  const query = QUERY ?? `{ balance(id: "${benchIds.balance}") { id balance currency } }`;
  if (spec === 'yoga') {
    const s = await start('bench/baselines/yoga.ts', [], { UPSTREAM: upstream }, /listening on (http:\/\/[\d.:]+)/);
    return { label: spec, child: s.child, url: `${s.url}/graphql`, requests: gql(query) };
  }
  if (spec === 'passthrough') {
    const s = await start('bench/baselines/passthrough.ts', [], { UPSTREAM: upstream, BALANCE_ID: benchIds.balance }, /listening on (http:\/\/[\d.:]+)/);
    return { label: spec, child: s.child, url: s.url, requests: [{ method: 'GET', path: '/' }] };
  }
  const [name, envText = ''] = spec.split(/:(.*)/s) as [string, string?];
  const env = Object.fromEntries(envText.split(',').filter(Boolean).map((kv) => kv.split(/=(.*)/s).slice(0, 2) as [string, string]));
  const [label, where] = name.split('@') as [string, string?];
  const compiled = where === 'dist';
  const port = await freePort();
  const s = await startPolled(
    compiled ? 'dist/main.js' : 'src/main.ts',
    { BLNK_URL: upstream, PORT: String(port), AUTH_MODE: 'none', AUTH_ALLOW_NONE_IN_PRODUCTION: 'true', LOG_LEVEL: 'info', MAX_COST: '100000', ...env },
    `http://127.0.0.1:${port}/healthz`,
    { compiled, ...(where && !compiled ? { cwd: where } : {}) },
  );
  return { label: compiled ? `${label} (dist)` : label, child: s.child, url: `http://127.0.0.1:${port}/graphql`, requests: gql(query) };
}

try {
  const sandbox = await start('src/sandbox/cli.ts', ['--bench', '500'], { SANDBOX_PORT: '0' }, /listening on (http:\/\/[\d.:]+)/);
  const variants = await Promise.all(args.map((spec) => startVariant(spec, sandbox.url)));
  for (const v of variants) await autocannon({ url: v.url, connections: CONNECTIONS, duration: option('warmup', 15), requests: v.requests });
  const ops = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const v of order) {
      const before = cpuMs(v.child);
      const r = await autocannon({ url: v.url, connections: CONNECTIONS, duration: DURATION, requests: v.requests });
      // CPU per request is steadier than throughput on a shared machine: contention from other
      // tenants stretches time, not the work done.
      cpu.set(v.label, [...(cpu.get(v.label) ?? []), ((cpuMs(v.child) - before) * 1000) / r.requests.total]);
      if (r.errors + r.non2xx + r.timeouts > 0) throw new Error(`${v.label}: ${r.errors} errors, ${r.non2xx} non-2xx`);
      ops.set(v.label, [...(ops.get(v.label) ?? []), r.requests.average]);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  // Each round's figure over the first variant's in the same round: pairs taken seconds apart.
  const paired = (figures: Map<string, number[]>, label: string) =>
    median(figures.get(label)!.map((x, i) => x / figures.get(variants[0]!.label)![i]!));
  console.log(`\nconcurrency ${CONNECTIONS}, ${ROUNDS} alternated rounds of ${DURATION} s; ratios are medians of each round's pair`);
  for (const v of variants) {
    const xs = ops.get(v.label)!;
    const us = mean(cpu.get(v.label)!);
    console.log(
      `${v.label.padEnd(16)} ${mean(xs).toFixed(0).padStart(6)} req/s  (${xs.map((x) => x.toFixed(0)).join(', ')})  ×${paired(ops, v.label).toFixed(2)} of ${variants[0]!.label}` +
        `   CPU ${us.toFixed(0).padStart(5)} µs/request  (${cpu.get(v.label)!.map((x) => x.toFixed(0)).join(', ')})  ×${paired(cpu, v.label).toFixed(2)}   peak RSS ${peakRssMb(v.child).toFixed(0)} MB`,
    );
  }
} finally {
  stopAll();
}
