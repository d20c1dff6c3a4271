import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterEach } from 'vitest';

/**
 * An entry point run in its own process, as `npm start` or `npm run sandbox` runs it, with a
 * minimal environment. Every process started is killed after each test.
 */
export interface Spawned {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first capture group (or the match) of `re` once the output holds it. */
  line(re: RegExp): Promise<string>;
}

const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

/** A `.ts` entry runs through tsx; a `.js` one (the build in dist/) on plain node, as `npm start` runs it. */
export function spawnEntry(entry: string, args: string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [...(entry.endsWith('.ts') ? ['--import', 'tsx'] : []), entry, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiters.splice(0)) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  child.once('exit', () => {
    for (const w of waiters.splice(0)) w();
  });
  return {
    child,
    output: () => output,
    line: async (re) => {
      for (;;) {
        const m = re.exec(output);
        if (m) return m[1] ?? m[0];
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited before ${re}: ${output}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}
