/**
 * The processes a benchmark drives: each service is its own Node process on loopback, started
 * with tsx (or, `compiled`, plain node on the build), and ready once it prints its URL.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type autocannon from 'autocannon';

export interface Service {
  url: string;
  child: ChildProcess;
}

export interface ServiceOptions {
  /** Plain node on the build in dist/ rather than tsx on the sources. */
  compiled?: boolean;
  /** Another checkout to run it from (an A/B against an earlier commit). */
  cwd?: string;
}

const children: ChildProcess[] = [];

const id = (n: number, prefix: string) => `${prefix}_00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

/** The ids `src/sandbox/cli.ts --bench N` seeds (src/sandbox/seed-bench.ts). */
export const benchIds = {
  ledger: 'ldg_00000000-0000-4000-8000-0000000be0c4',
  balance: id(7, 'bln'),
  identity: (n: number) => id(n, 'idt'),
};

function spawnService(entry: string, args: string[], env: Record<string, string>, options: ServiceOptions): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      ...(options.compiled ? [] : ['--import', 'tsx']),
      ...(process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []),
      entry,
      ...args,
    ],
    {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
    },
  );
  children.push(child);
  return child;
}

export function start(
  entry: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  options: ServiceOptions = {},
): Promise<Service> {
  const child = spawnService(entry, args, env, options);
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = ready.exec(out);
      if (!m) return;
      // Once up, its output (a log line per operation) is drained unread: reading it here would
      // take CPU from the load generator in proportion to the gateway's throughput.
      for (const stream of [child.stdout!, child.stderr!]) {
        stream.removeListener('data', onData);
        stream.resume();
      }
      out = '';
      resolve({ url: m[1]!, child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}): ${out.slice(-2000)}`)));
  });
}

/** A free loopback port, for a service whose readiness is polled rather than printed. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Starts a service that prints nothing (a gateway at LOG_LEVEL=silent): ready when `probe` answers. */
export async function startPolled(
  entry: string,
  env: Record<string, string>,
  probe: string,
  options: ServiceOptions = {},
): Promise<Service> {
  const child = spawnService(entry, [], env, options);
  // Nothing to wait for in its output: drained unread from the start.
  child.stdout!.resume();
  child.stderr!.resume();
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`${entry} exited (${child.exitCode})`);
    const ok = await fetch(probe).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url: probe, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${entry} did not answer ${probe}`);
}

export function stopAll(): void {
  for (const child of children) child.kill('SIGTERM');
}

/** Peak resident memory of a process so far, in MB (Linux's VmHWM). */
export function peakRssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time (user + system) a process has used so far, in ms (clock ticks of 10 ms). */
export function cpuMs(child: ChildProcess): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After the command name: utime and stime are the 12th and 13th fields.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export const gql = (query: string, variables: Record<string, unknown> = {}): autocannon.Request[] => [
  { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) },
];
