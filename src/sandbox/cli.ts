/**
 * `npm run sandbox`: a Blnk Core 0.15.x stand-in on loopback. Port from SANDBOX_PORT (default
 * 5001, Blnk's own); `--seed` loads the demo data; SANDBOX_API_KEY turns on secure mode;
 * `--cloud` serves Blnk Cloud's surfaces instead, with SANDBOX_CLOUD_TOKEN and
 * SANDBOX_CLOUD_INSTANCE_ID (defaults: sandbox-token, sandbox-instance).
 */
import { startSandbox } from './index.js';

const args = new Set(process.argv.slice(2));
const rawPort = process.env.SANDBOX_PORT ?? '5001';
const port = Number(rawPort);
if (!/^\d+$/.test(rawPort) || port > 65535) {
  console.error(`SANDBOX_PORT must be a port number (0-65535), got '${rawPort}'`);
  process.exit(2);
}

const apiKey = process.env.SANDBOX_API_KEY || undefined;
// `--bench N`: the benchmark's ledger of N balances with identities.
const benchArg = process.argv.indexOf('--bench');
const benchBalances = benchArg === -1 ? 0 : Number(process.argv[benchArg + 1] ?? 500);
const cloud = args.has('--cloud')
  ? {
      token: process.env.SANDBOX_CLOUD_TOKEN || 'sandbox-token',
      instanceId: process.env.SANDBOX_CLOUD_INSTANCE_ID || 'sandbox-instance',
    }
  : undefined;
const sandbox = await startSandbox({
  port,
  recordRequests: false,
  seed: args.has('--seed'),
  ...(benchBalances > 0 ? { benchBalances } : {}),
  ...(apiKey ? { apiKey } : {}),
  ...(cloud ? { cloud } : {}),
});
const mode = cloud
  ? ` as Blnk Cloud (Bearer token and ?instance_id=${cloud.instanceId} required)`
  : apiKey
    ? ' (secure mode: X-Blnk-Key required)'
    : '';
console.log(`Blnk sandbox listening on ${sandbox.url}${mode}`);
console.log('It keeps everything in memory and forgets it on exit: it is not a ledger to keep money in.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
