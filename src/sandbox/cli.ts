/**
 * `npm run sandbox`: a Blnk Core 0.15.x stand-in on loopback. Port from SANDBOX_PORT (default
 * 5001, Blnk's own); `--seed` loads the demo data; SANDBOX_API_KEY turns on secure mode;
 * `--cloud` serves Blnk Cloud's surfaces instead, with SANDBOX_CLOUD_TOKEN and
 * SANDBOX_CLOUD_INSTANCE_ID (defaults: sandbox-token, sandbox-instance), and an OAuth token endpoint
 * for the client SANDBOX_CLOUD_CLIENT_ID / SANDBOX_CLOUD_CLIENT_SECRET (defaults: sandbox-client,
 * sandbox-secret) whose tokens live SANDBOX_CLOUD_TOKEN_TTL_S seconds (default 3600). SANDBOX_WEBHOOK_URL sends
 * Blnk's webhooks there (signed with SANDBOX_API_KEY when set), with the headers of the JSON object
 * SANDBOX_WEBHOOK_HEADERS, as Blnk's BLNK_WEBHOOK_URL and BLNK_WEBHOOK_HEADERS.
 */
import { startSandbox } from './index.js';
import type { WebhookOptions } from './index.js';

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
const webhook = webhookOptions(process.env.SANDBOX_WEBHOOK_URL, process.env.SANDBOX_WEBHOOK_HEADERS);
const clientId = process.env.SANDBOX_CLOUD_CLIENT_ID || 'sandbox-client';
const clientSecret = process.env.SANDBOX_CLOUD_CLIENT_SECRET || 'sandbox-secret';
const rawTtl = process.env.SANDBOX_CLOUD_TOKEN_TTL_S || '3600';
if (!/^\d+$/.test(rawTtl) || Number(rawTtl) < 1) {
  console.error(`SANDBOX_CLOUD_TOKEN_TTL_S must be a whole number of seconds (1 or more), got '${rawTtl}'`);
  process.exit(2);
}
const cloud = args.has('--cloud')
  ? {
      token: process.env.SANDBOX_CLOUD_TOKEN || 'sandbox-token',
      instanceId: process.env.SANDBOX_CLOUD_INSTANCE_ID || 'sandbox-instance',
      oauth: { clients: [{ id: clientId, secret: clientSecret }], expiresInS: Number(rawTtl) },
    }
  : undefined;
const sandbox = await startSandbox({
  port,
  recordRequests: false,
  seed: args.has('--seed'),
  ...(benchBalances > 0 ? { benchBalances } : {}),
  ...(apiKey ? { apiKey } : {}),
  ...(cloud ? { cloud } : {}),
  ...(webhook ? { webhook } : {}),
});
const mode = cloud
  ? ` as Blnk Cloud (Bearer token and ?instance_id=${cloud.instanceId} required)`
  : apiKey
    ? ' (secure mode: X-Blnk-Key required)'
    : '';
console.log(`Blnk sandbox listening on ${sandbox.url}${mode}`);
console.log('It keeps everything in memory and forgets it on exit: it is not a ledger to keep money in.');
if (cloud) {
  // The client id and secret are the sandbox's own demo values (or the ones this shell set): said so a person can use them.
  console.log(
    `Tokens: curl -X POST ${sandbox.url}/oauth/token -u "${clientId}:<SANDBOX_CLOUD_CLIENT_SECRET>" -d grant_type=client_credentials` +
      ` (${process.env.SANDBOX_CLOUD_CLIENT_SECRET ? 'the secret you set' : "the default secret is 'sandbox-secret'"}; tokens live ${rawTtl} s), or the static token SANDBOX_CLOUD_TOKEN${process.env.SANDBOX_CLOUD_TOKEN ? '' : " ('sandbox-token')"}.`,
  );
  console.log(
    `Gateway: BLNK_CLOUD_URL=${sandbox.url} BLNK_CLOUD_INSTANCE_ID=${cloud.instanceId} BLNK_CLOUD_CLIENT_ID=${clientId} BLNK_CLOUD_CLIENT_SECRET=… npm start`,
  );
}

/** Refuses, naming the variable, a URL that is not http(s) or headers that are not a JSON object of strings. */
function webhookOptions(url: string | undefined, headers: string | undefined): WebhookOptions | undefined {
  if (!url) return undefined;
  if (!/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) {
    console.error('SANDBOX_WEBHOOK_URL must be an http:// or https:// URL');
    process.exit(2);
  }
  if (!headers) return { url };
  let parsed: unknown;
  try {
    parsed = JSON.parse(headers);
  } catch {
    parsed = null;
  }
  const ok =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string');
  if (!ok) {
    console.error('SANDBOX_WEBHOOK_HEADERS must be a JSON object of strings, e.g. {"X-Token":"abc"}');
    process.exit(2);
  }
  return { url, headers: parsed as Record<string, string> };
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
