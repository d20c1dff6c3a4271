import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Every server a test starts listens on loopback on an ephemeral port, so files run in parallel.
    pool: 'forks',
  },
});
