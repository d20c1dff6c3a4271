import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run test:blnk` (through test/real-blnk/run.ts): the same beliefs on both targets. Contract
 * tests (REST) and gateway scenarios run once on the sandbox and once on real Blnk Core; each test
 * file on real Blnk starts its own server (its own database and Redis db), as each starts its own
 * sandbox. Settings as vitest.config.ts, with bounds for a real server's queue.
 */
const both = (name: string, include: string[]) =>
  (['sandbox', 'blnk'] as const).map((target) => ({
    extends: true as const,
    test: { name: `${name}:${target}`, include, env: { BLNK_TARGET: target } },
  }));

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    setupFiles: ['test/setup/quiet-console.ts'],
    globalSetup: ['test/setup/build-run.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [...both('contract', ['test/contract/**/*.test.ts']), ...both('scenarios', ['test/scenarios/**/*.test.ts'])],
  },
});
