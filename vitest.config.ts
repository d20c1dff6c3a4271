import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node loads the CJS build for every package;
    // vite would hand our sources the ESM one, and two GraphQLError classes break instanceof.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // A test that prints a stack trace fails (a green run stays quiet): test/setup/quiet-console.ts.
    setupFiles: ['test/setup/quiet-console.ts'],
    // Names the run, so its spawning tests share one build of src/ (test/helpers/build.ts).
    globalSetup: ['test/setup/build-run.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Every server a test starts listens on loopback on an ephemeral port, so files run in parallel.
    pool: 'forks',
  },
});
