/**
 * `npm run bench:ab -- <variant>…`: the one-balance scenario against several gateway variants
 * and baselines started side by side on one sandbox, in alternated short rounds after a warm-up.
 * For each it prints throughput, p50 and p99 latency (medians over rounds), the CPU time its
 * process used per request (from /proc), and each ratio as the median over rounds of the pair
 * taken seconds apart: to the first variant, and to the `yoga` and `apollo` baselines when they
 * run. How an optimisation's before and after figures in docs/benchmarks.md are taken.
 *
 * A variant is `label:ENV=value,ENV=value` for the gateway (`src/main.ts`, under tsx), or one of
 * the baselines: `yoga` (bare graphql-yoga), `apollo` (Apollo Server 5, `startStandaloneServer`),
 * both over the same one-balance schema and upstream GET (bench/baselines/one-balance.ts), and
 * `passthrough` (node:http + one undici GET, no GraphQL). `label@dist` runs the compiled build
 * (`npm run build` first) and `label@/some/dir` the gateway in another checkout (with its own or
 * a linked node_modules). With no variant: `gateway yoga apollo`.
 *
 *   git archive HEAD~1 | (mkdir -p ../before && tar -x -C ../before)
 *   ln -s "$PWD/node_modules" ../before/node_modules
 *   npm run bench:ab -- before@../before after 'quiet:LOG_LEVEL=silent,METRICS=false' yoga apollo
 *
 * Options (defaults, the settings used in docs/benchmarks.md): --rounds=12 --duration=1
 * --warmup=15 --connections=10, and --query='{ … }' for another operation than one balance.
 */
import type { ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { benchIds, cpuMs, freePort, peakRssMb, gql, start, startPolled, stopAll } from './services.js';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  // The header comment above, without its comment marks.
  const { readFileSync } = await import('node:fs');
  const header = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(new URL(import.meta.url), 'utf8'))![1]!;
  console.log(header.replace(/^ ?\* ?/gm, '').trim());
  process.exit(0);
}
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const args = given.length > 0 ? given : ['gateway', 'yoga', 'apollo'];
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
  if (spec === 'apollo') {
    const s = await start('bench/baselines/apollo.ts', [], { UPSTREAM: upstream }, /listening on (http:\/\/[\d.:]+)/);
    return { label: spec, child: s.child, url: `${s.url}/graphql`, requests: gql(query) };
  }
  if (spec === 'passthrough') {
    const s = await start(
      'bench/baselines/passthrough.ts',
      [],
      { UPSTREAM: upstream, BALANCE_ID: benchIds.balance },
      /listening on (http:\/\/[\d.:]+)/,
    );
    return { label: spec, child: s.child, url: s.url, requests: [{ method: 'GET', path: '/' }] };
  }
  const [name, envText = ''] = spec.split(/:(.*)/s) as [string, string?];
  const env = Object.fromEntries(
    envText
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  const [label, where] = name.split('@') as [string, string?];
  const compiled = where === 'dist';
  const port = await freePort();
  const s = await startPolled(
    compiled ? 'dist/main.js' : 'src/main.ts',
    {
      BLNK_URL: upstream,
      PORT: String(port),
      AUTH_MODE: 'none',
      AUTH_ALLOW_NONE_IN_PRODUCTION: 'true',
      LOG_LEVEL: 'info',
      MAX_COST: '100000',
      // Production (NODE_ENV=production) refuses metrics without a token since f27b580; metrics stay on, as deployed.
      METRICS_BEARER_TOKEN: 'bench-metrics-token-0123456789',
      ...env,
    },
    `http://127.0.0.1:${port}/healthz`,
    { compiled, ...(where && !compiled ? { cwd: where } : {}) },
  );
  return { label: compiled ? `${label} (dist)` : label, child: s.child, url: `http://127.0.0.1:${port}/graphql`, requests: gql(query) };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

try {
  const loadAtStart = load();
  const sandbox = await start('src/sandbox/cli.ts', ['--bench', '500'], { SANDBOX_PORT: '0' }, /listening on (http:\/\/[\d.:]+)/);
  const variants = await Promise.all(args.map((spec) => startVariant(spec, sandbox.url)));
  for (const v of variants)
    await autocannon({ url: v.url, connections: CONNECTIONS, duration: option('warmup', 15), requests: v.requests });
  const ops = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const p50 = new Map<string, number[]>();
  const p99 = new Map<string, number[]>();
  const add = (figures: Map<string, number[]>, label: string, x: number) => figures.set(label, [...(figures.get(label) ?? []), x]);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const v of order) {
      const before = cpuMs(v.child);
      const r = await autocannon({ url: v.url, connections: CONNECTIONS, duration: DURATION, requests: v.requests });
      // CPU per request is steadier than throughput on a shared machine: contention from other
      // tenants stretches time, not the work done.
      add(cpu, v.label, ((cpuMs(v.child) - before) * 1000) / r.requests.total);
      if (r.errors + r.non2xx + r.timeouts > 0) throw new Error(`${v.label}: ${r.errors} errors, ${r.non2xx} non-2xx`);
      add(ops, v.label, r.requests.average);
      add(p50, v.label, r.latency.p50);
      add(p99, v.label, r.latency.p99);
    }
  }
  // Each round's figure over the base's in the same round: pairs taken seconds apart.
  const paired = (figures: Map<string, number[]>, label: string, base: string) =>
    median(figures.get(label)!.map((x, i) => x / figures.get(base)![i]!));
  const first = variants[0]!.label;
  const bases = [...new Set([first, ...['yoga', 'apollo'].filter((b) => variants.some((v) => v.label === b))])];
  const lines = [
    `concurrency ${CONNECTIONS}, ${ROUNDS} alternated rounds of ${DURATION} s after ${option('warmup', 15)} s of warm-up each; ` +
      `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadAtStart} at the start, ${load()} at the end`,
    '',
    'Per round (req/s; CPU µs/request):',
    ...variants.map(
      (v) =>
        `  ${v.label.padEnd(16)} ${ops
          .get(v.label)!
          .map((x) => x.toFixed(0))
          .join(', ')};  ${cpu
          .get(v.label)!
          .map((x) => x.toFixed(0))
          .join(', ')}`,
    ),
    '',
    'Means over rounds (req/s, CPU), medians over rounds (p50, p99):',
    '',
    '| variant | req/s | p50 ms | p99 ms | CPU µs/request | peak RSS MB |',
    '|---|---|---|---|---|---|',
    ...variants.map(
      (v) =>
        `| ${v.label} | ${mean(ops.get(v.label)!).toFixed(0)} | ${median(p50.get(v.label)!).toFixed(1)} | ${median(p99.get(v.label)!).toFixed(1)} | ` +
        `${mean(cpu.get(v.label)!).toFixed(0)} | ${peakRssMb(v.child).toFixed(0)} |`,
    ),
    '',
    'Ratios, each the median over rounds of the pair taken in the same round:',
    '',
    `| variant | ${bases.map((b) => `req/s × ${b} | CPU/request × ${b}`).join(' | ')} |`,
    `|---|${bases.map(() => '---|---|').join('')}`,
    ...variants.map(
      (v) =>
        `| ${v.label} | ${bases.map((b) => `${paired(ops, v.label, b).toFixed(2)} | ${paired(cpu, v.label, b).toFixed(2)}`).join(' | ')} |`,
    ),
  ];
  console.log(`\n${lines.join('\n')}`);
} finally {
  stopAll();
}
