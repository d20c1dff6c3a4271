import { format } from 'node:util';
import { afterAll, afterEach } from 'vitest';

/**
 * A green `npm test` prints no stack traces: an expected error is asserted, not logged. This
 * setup file (vitest.config.ts, setupFiles) fails a test that writes a stack trace to the
 * console, with the text it wrote, so the noise cannot creep back unnoticed. A test that means
 * to see such output spies on the console method (vi.spyOn(console, 'error')), which replaces
 * this wrapper for as long as the spy lives. A test that already failed is left as it is: its
 * own failure, and what it printed, show as usual.
 */
const METHODS = ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const;

/** A V8 stack frame line, or an Error passed to the console (which prints its stack). */
export function holdsStack(args: unknown[]): boolean {
  return args.some((a) => a instanceof Error) || /^\s+at \S/m.test(format(...args));
}

const written: string[] = [];
for (const method of METHODS) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    // console.trace prints the caller's stack whatever it is given.
    if (method === 'trace' || holdsStack(args)) written.push(`console.${method}: ${format(...args)}`);
    original(...args);
  };
}

afterEach((ctx) => {
  const lines = written.splice(0);
  if (lines.length === 0 || ctx.task.result?.state === 'fail') return;
  throw new Error(
    `this test printed ${lines.length} stack trace(s); assert the error instead of logging it, or spy on the console method:\n${lines.join('\n')}`,
  );
});

afterAll(() => {
  // Printed outside any test (a hook, or work a test left running).
  const lines = written.splice(0);
  if (lines.length > 0) throw new Error(`stack trace(s) printed outside a test:\n${lines.join('\n')}`);
});
