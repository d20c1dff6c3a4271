import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { runPin } from '../helpers/build.js';

/**
 * vitest globalSetup: names this run, so every test file that spawns the build uses the one build
 * the run's first such file made (test/helpers/build.ts), even while src/ is being edited. A run
 * with no spawning test builds nothing.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const run = `${process.pid}-${Date.now()}`;
  project.provide('buildRun', run);
  return () => rm(runPin(run), { force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    buildRun: string;
  }
}
