import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/* Sandbox-only: where the sandbox listens (real Blnk binds every interface). */
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

it('sandbox-only: listens on loopback only', () => {
  expect(new URL(sandbox.url).hostname).toBe('127.0.0.1');
});
