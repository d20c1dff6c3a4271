/**
 * `npm run sandbox`: a Blnk Core 0.15.x stand-in on loopback. Port from SANDBOX_PORT (default
 * 5001, Blnk's own); `--seed` loads the demo data; SANDBOX_API_KEY turns on secure mode.
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
const sandbox = await startSandbox({ port, seed: args.has('--seed'), ...(apiKey ? { apiKey } : {}) });
console.log(`Blnk sandbox listening on ${sandbox.url}${apiKey ? ' (secure mode: X-Blnk-Key required)' : ''}`);
console.log('It keeps everything in memory and forgets it on exit: it is not a ledger to keep money in.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
