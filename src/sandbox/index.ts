/** The sandbox's public face: everything a test or main.ts needs, nothing else. */
export { startSandbox } from './server.js';
export type { RecordedRequest, Sandbox, SandboxOptions } from './server.js';
export type { WebhookOptions, WebhookRetry } from './webhooks.js';
export type { FaultKind, FaultRule } from './faults.js';
export { BENCH_LEDGER_ID, SEED_IDS } from './seed.js';
