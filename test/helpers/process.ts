import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeAll, onTestFailed } from 'vitest';
import { BUILD_TIMEOUT_MS, compiled } from './build.js';

/**
 * An entry point of the build run in its own process, as `npm start` runs dist/main.js, with a
 * minimal environment. Every process started is stopped after each test; when a test fails,
 * what its processes printed is shown with the failure (and only then: a green run stays quiet).
 */
export interface Spawned {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first capture group (or the match) of `re` once the output holds it. */
  line(re: RegExp): Promise<string>;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited(): Promise<number | string>;
}

/** Entries of the build (paths under dist/), e.g. 'main.js', 'sandbox/cli.js'. */
export type Entry = 'main.js' | 'sandbox/cli.js';

const children: ChildProcess[] = [];
/** A process still running after SIGTERM for this long is killed (bounded cleanup, busy machine). */
const STOP_MS = 30_000;

// The build can take a while on a loaded machine (or wait for another run's): a hook's bound, not a test's.
beforeAll(() => compiled().then(() => undefined), BUILD_TIMEOUT_MS);

afterEach(async () => {
  await Promise.all(
    children.splice(0).map(async (c) => {
      if (c.exitCode !== null || c.signalCode !== null) return;
      const exit = once(c, 'exit');
      c.kill('SIGTERM');
      const timer = setTimeout(() => c.kill('SIGKILL'), STOP_MS);
      await exit;
      clearTimeout(timer);
    }),
  );
}, STOP_MS + 5_000);

export async function spawnBuilt(entry: Entry, args: string[], env: Record<string, string>): Promise<Spawned> {
  const dir = await compiled();
  const child = spawn(process.execPath, [join(dir, entry), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  onTestFailed(() => {
    console.error(`output of ${entry} ${args.join(' ')} (pid ${child.pid}):\n${output}`);
  });
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiters.splice(0)) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let closed = false;
  const exit = new Promise<number | string>((resolve) => {
    // 'close': the exit code, and every byte it wrote has been read.
    child.once('close', (code, signal) => {
      closed = true;
      for (const w of waiters.splice(0)) w();
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return {
    child,
    output: () => output,
    exited: () => exit,
    line: async (re) => {
      for (;;) {
        const m = re.exec(output);
        if (m) return m[1] ?? m[0];
        if (closed) throw new Error(`exited before ${re}: ${output}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}
