import { describe, expect, it } from 'vitest';
import { holdsStack } from './quiet-console.js';

describe('the quiet-console guard', () => {
  it('sees a stack in an Error or in printed frames, and not in plain words', () => {
    expect(holdsStack([new Error('boom')])).toBe(true);
    // The console prints a nested error's stack too.
    expect(holdsStack(['request failed', { error: new TypeError('x') }])).toBe(true);
    expect(holdsStack(['request failed', { error: { message: 'x' } }])).toBe(false);
    expect(holdsStack(['failed:\n    at handler (file:///app/x.js:3:9)'])).toBe(true);
    expect(holdsStack(['failed: %s', 'Error: x\n    at y (z.js:1:1)'])).toBe(true);
    expect(holdsStack(['look at this', 'meet at noon'])).toBe(false);
    expect(holdsStack(['GraphiQL screenshot: /tmp/x.png'])).toBe(false);
  });

  it('is installed on the console of every test file', () => {
    expect(console.error.toString()).toContain('holdsStack');
  });
});
