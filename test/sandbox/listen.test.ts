import { expect, it } from 'vitest';
import { useSandbox } from '../helpers/sandbox.js';

/* Sandbox-only: where the sandbox listens (real Blnk binds every interface). */
const { sandbox } = useSandbox();

it('sandbox-only: listens on loopback only', () => {
  expect(new URL(sandbox.url).hostname).toBe('127.0.0.1');
});
