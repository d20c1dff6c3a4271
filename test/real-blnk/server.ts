import { spawn, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { redisCommands } from './redis.js';

/**
 * Runs a Blnk Core server binary it is given (`BLNK_BIN`), never one it builds: a fresh PostgreSQL
 * database and a Redis database number of its own, `migrate up`, then `start` and `workers` on
 * free ports, ready when `/health` answers; `close()` stops both and drops the database and the
 * Redis data. Blnk v0.15.2 passes the Redis URL's database number to its queues (asynq) and caches,
 * so two instances with different numbers do not share work (checked: an instance on db 7 leaves
 * db 0 empty).
 *
 * Blnk listens on every interface (`":" + port`, no bind setting); the harness only ever reaches it
 * on 127.0.0.1.
 */
export interface BlnkInstance {
  url: string;
  /** Set when the instance runs in secure mode: the master key, sent as X-Blnk-Key. */
  secretKey?: string;
  /** What identifies the server: Blnk has no version route, so the binary's hash and its answers. */
  stamp: ServerStamp;
  output(): string;
  close(): Promise<void>;
}

export interface ServerStamp {
  /** The version the runner declares (BLNK_VERSION, default v0.15.2); Blnk itself reports none. */
  declaredVersion: string;
  binarySha256: string;
  /** `GET /`'s answer ("server running...") and `GET /health`'s. */
  root: unknown;
  health: unknown;
}

export interface BlnkOptions {
  bin: string;
  secure?: boolean;
  webhookUrl?: string;
  /** Exactly 32 bytes, as Blnk requires; a random one by default. */
  tokenizationSecret?: string;
  postgresUrl?: string;
  redisUrl?: string;
}

const PG = process.env.BLNK_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BLNK_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const run = promisify(execFile);

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Claims a Redis database number no other harness holds (a key in db 0, released on close). */
async function claimRedisDb(redisUrl: string): Promise<number> {
  for (let db = 1; db <= 15; db++) {
    const [claimed, , size] = await redisCommands(redisUrl, [
      ['SET', `blnk-graphql:harness-db:${db}`, String(process.pid), 'NX', 'EX', '7200'],
      ['SELECT', String(db)],
      ['DBSIZE'],
    ]);
    if (claimed !== 'OK') continue;
    if (size === 0) return db;
    await redisCommands(redisUrl, [['DEL', `blnk-graphql:harness-db:${db}`]]);
  }
  throw new Error('no free Redis database number (1-15): another harness holds them, or they are not empty');
}

async function psql(pgUrl: string, sql: string): Promise<void> {
  await run('psql', [pgUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql]);
}

export async function startBlnk(options: BlnkOptions): Promise<BlnkInstance> {
  const pgUrl = options.postgresUrl ?? PG;
  const redisUrl = options.redisUrl ?? REDIS;
  const database = `blnk_graphql_${process.pid}_${randomBytes(4).toString('hex')}`;
  const db = await claimRedisDb(redisUrl);
  await psql(pgUrl, `CREATE DATABASE ${database}`);
  const cwd = await mkdtemp(join(tmpdir(), 'blnk-run-'));
  const port = await freePort();
  const secretKey = options.secure ? randomBytes(24).toString('hex') : undefined;
  const dsn = new URL(pgUrl);
  dsn.pathname = `/${database}`;
  dsn.searchParams.set('sslmode', 'disable');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: cwd,
    BLNK_DATA_SOURCE_DNS: dsn.toString(),
    BLNK_REDIS_DNS: `${redisUrl.replace(/\/\d*$/, '')}/${db}`,
    BLNK_SERVER_PORT: String(port),
    BLNK_QUEUE_MONITORING_PORT: String(await freePort()),
    BLNK_TOKENIZATION_SECRET: options.tokenizationSecret ?? randomBytes(16).toString('hex'),
    BLNK_ENABLE_TELEMETRY: 'false',
    BLNK_ENABLE_OBSERVABILITY: 'false',
    // Smaller pools than Blnk's defaults (50 PostgreSQL, 100 Redis per process) on a 2-core machine.
    BLNK_DATABASE_MAX_OPEN_CONNS: '20',
    BLNK_DATABASE_MAX_IDLE_CONNS: '10',
    BLNK_REDIS_POOL_SIZE: '20',
    BLNK_REDIS_MIN_IDLE_CONNS: '2',
    ...(secretKey ? { BLNK_SERVER_SECURE: 'true', BLNK_SERVER_SECRET_KEY: secretKey } : {}),
    ...(options.webhookUrl ? { BLNK_WEBHOOK_URL: options.webhookUrl } : {}),
  };
  let output = '';
  const children: ChildProcess[] = [];
  const start = (args: string[]) => {
    const child = spawn(options.bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    children.push(child);
    return child;
  };
  const cleanup = async () => {
    await Promise.all(
      children.map(async (c) => {
        if (c.exitCode !== null || c.signalCode !== null) return;
        const exited = once(c, 'exit');
        c.kill('SIGTERM');
        const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await psql(pgUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await redisCommands(redisUrl, [['SELECT', String(db)], ['FLUSHDB'], ['SELECT', '0'], ['DEL', `blnk-graphql:harness-db:${db}`]]);
    await rm(cwd, { recursive: true, force: true });
  };
  try {
    const migrate = start(['migrate', 'up']);
    const [code] = (await once(migrate, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`blnk migrate up exited ${code}:\n${output}`);
    const server = start(['start']);
    const workers = start(['workers']);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    let health: unknown;
    for (;;) {
      for (const c of [server, workers]) {
        if (c.exitCode !== null) throw new Error(`blnk ${c.spawnargs.slice(1).join(' ')} exited ${c.exitCode}:\n${output}`);
      }
      const res = await fetch(`${url}/health`).catch(() => null);
      if (res?.ok) {
        health = await res.json();
        break;
      }
      if (Date.now() > deadline) throw new Error(`blnk did not answer /health on ${url} in 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The workers are ready when their log says so; transactions queued before would wait.
    while (!/Workers started/.test(output)) {
      if (workers.exitCode !== null) throw new Error(`blnk workers exited ${workers.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`blnk workers did not start in 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const root = await (await fetch(`${url}/`, { headers: secretKey ? { 'x-blnk-key': secretKey } : {} })).json();
    const binarySha256 = createHash('sha256')
      .update(await readFile(options.bin))
      .digest('hex');
    return {
      url,
      ...(secretKey ? { secretKey } : {}),
      stamp: { declaredVersion: process.env.BLNK_VERSION ?? 'v0.15.2', binarySha256, root, health },
      output: () => output,
      close: cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
