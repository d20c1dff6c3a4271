import type { Sandbox } from '../../src/sandbox/index.js';
import { client } from './http.js';

/**
 * Builds fixtures through the sandbox's REST routes, the way a Blnk user would, and returns
 * their ids. Counting starts after: callers reset the sandbox's request log.
 */
export function fixtures(sandbox: Sandbox, cloud?: { token: string; instanceId: string }) {
  const call = client(sandbox.url);
  // On a Cloud sandbox, writes go through the proxy with Cloud's credentials.
  const via = (path: string) => (cloud ? `/proxy${path}?instance_id=${cloud.instanceId}` : path);
  const headers: Record<string, string> = cloud ? { authorization: `Bearer ${cloud.token}` } : {};
  const created = async (method: string, path: string, body: unknown) => {
    const res = await call(method, via(path), { body, headers });
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${res.text}`);
    return res.json;
  };
  return {
    ledger: async (name: string): Promise<string> => (await created('POST', '/ledgers', { name })).ledger_id,
    identity: async (first_name: string): Promise<string> =>
      (await created('POST', '/identities', { first_name, identity_type: 'individual' })).identity_id,
    balance: async (ledger_id: string, currency = 'USD', identity_id?: string): Promise<string> =>
      (await created('POST', '/balances', { ledger_id, currency, ...(identity_id ? { identity_id } : {}) })).balance_id,
    /** A synchronous transfer; bigint amounts go out as bare JSON integers. */
    transfer: async (source: string, destination: string, precise_amount: bigint, extra: Record<string, unknown> = {}) =>
      created('POST', '/transactions', {
        source,
        destination,
        precise_amount,
        precision: 100n,
        currency: 'USD',
        reference: `ref-${Math.random().toString(36).slice(2)}`,
        description: 'fixture',
        skip_queue: true,
        allow_overdraft: source.startsWith('@'),
        ...extra,
      }),
  };
}
