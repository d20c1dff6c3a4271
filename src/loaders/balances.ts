import type { BalanceQuery, BlnkClient, Needs } from '../blnk/client.js';
import { BlnkError } from '../blnk/errors.js';
import type { Balance } from '../blnk/model.js';
import { batchByIds } from './by-id.js';

/**
 * Reduced balance rows, batched through POST /balances/filter. With `needs`, a surface with
 * thinner rows (Cloud) answers rows holding at least those fields (client.ts `Needs`).
 */
export const balanceRows = (client: BlnkClient, needs?: Needs) =>
  batchByIds<Balance>({
    field: 'id',
    fetch: async (body) => (await client.filterBalances(body, needs)).rows,
    idOf: (b) => b.id,
    notFoundCode: 'BAL_NOT_FOUND',
    entity: 'balance',
  });

export interface FullBalanceKey extends BalanceQuery {
  id: string;
  /**
   * The domain fields the reader will use (client.ts `Needs`), sorted; none: the full row. A
   * surface with a thinner by-id route (Cloud's Data API) answers from it when it holds them.
   */
  needs?: readonly string[];
}

export const fullBalanceKey = (k: FullBalanceKey): string =>
  `${k.id}|${k.includeLedger ? 'L' : ''}${k.includeIdentity ? 'I' : ''}${k.withQueued ? 'Q' : ''}|${k.needs ? k.needs.join(',') : '*'}`;

/**
 * Full balances, one GET /balances/{id} each: only that route has version, lineage, strategy,
 * queued amounts and includes. Blnk 0.15.x answers 500 to include=identity on a balance
 * without one, and earlier releases fail on it outright; then the balance is fetched again
 * without it and the identity is left to its own loader.
 *
 * For a principal confined to an identity, include=identity is never sent: that second call
 * would be made only for a balance that exists without an identity (never one of its own), so
 * its cost would tell such a balance from a missing id. Its own balances' identity comes from the
 * identity loader instead.
 */
export const fullBalances = (client: BlnkClient, options: { confined: boolean }) => (keys: readonly FullBalanceKey[]) => {
  // Keys differing only in with_queued are one read: the row with queued amounts answers both, so
  // a row selecting `version` beside `available` costs one GET, not two.
  const reads = new Map<string, Promise<Balance | Error>>();
  const widest = new Map<string, FullBalanceKey>();
  // Keys differing only in their needs are one read too, of the union of them (none: the full row).
  const groupOf = (k: FullBalanceKey) => fullBalanceKey({ ...k, withQueued: false, needs: [] });
  for (const k of keys) {
    const group = groupOf(k);
    const seen = widest.get(group);
    if (!seen) {
      widest.set(group, k);
      continue;
    }
    const needs = seen.needs && k.needs ? [...new Set([...seen.needs, ...k.needs])].sort() : undefined;
    widest.set(group, { ...seen, withQueued: seen.withQueued || k.withQueued, ...(needs ? { needs } : { needs: undefined }) });
  }
  for (const [group, key] of widest) reads.set(group, readFull(client, options, key));
  return Promise.all(keys.map((k) => reads.get(groupOf(k))!));
};

async function readFull(
  client: BlnkClient,
  options: { confined: boolean },
  { id, needs: needed, ...asked }: FullBalanceKey,
): Promise<Balance | Error> {
  const query = options.confined ? { ...asked, includeIdentity: false } : asked;
  const needs = needed ? new Set(needed) : undefined;
  try {
    return await client.getBalance(id, query, needs);
  } catch (error) {
    const refused = error instanceof BlnkError && !error.isNotFound && !error.isTransport;
    if (!query.includeIdentity || !refused) return asError(error);
    return client.getBalance(id, { ...query, includeIdentity: false }, needs).catch(asError);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
