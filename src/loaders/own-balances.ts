import { GraphQLError } from 'graphql';
import type { BlnkClient } from '../blnk/client.js';
import { FILTER_PAGE_MAX, ID_ONLY } from '../blnk/client.js';

/** At most this many balances per identity are read: beyond, refuse rather than truncate. */
export const MAX_OWN_BALANCES = 1000;

/**
 * The balance ids of the identity a principal is confined to, read once per request (pages of
 * 100 through POST /balances/filter). Whether a transaction is the principal's business is
 * decided against this set, never by reading the transaction's own balances: that would cost
 * calls only when the transaction exists, which tells the caller it does (issue 17, item 3).
 */
export function ownBalanceIds(client: BlnkClient, identityId: string): () => Promise<string[]> {
  let ids: Promise<string[]> | undefined;
  return () =>
    (ids ??= (async () => {
      const found: string[] = [];
      for (let offset = 0; ; offset += FILTER_PAGE_MAX) {
        const page = await client.filterBalances(
          { filters: [{ field: 'identityId', operator: 'eq', value: identityId }], limit: FILTER_PAGE_MAX, offset },
          ID_ONLY,
        );
        found.push(...page.rows.map((b) => b.id));
        if (page.rows.length < FILTER_PAGE_MAX) return found;
        if (found.length >= MAX_OWN_BALANCES) {
          throw new GraphQLError(`The identity has more than ${MAX_OWN_BALANCES} balances: its transactions cannot be checked`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
      }
    })());
}

type Batch<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

/**
 * A batch that answers only once `beside` has settled too, started with it so that it adds no
 * time: a lookup then costs the same calls whether its ids exist or not. When `beside` fails,
 * every key fails with it, found or not, for the same reason.
 */
export function alongside<K, V>(batch: Batch<K, V>, beside: () => Promise<unknown>): Batch<K, V> {
  return async (keys) => {
    const [rows] = await Promise.all([batch(keys), beside()]);
    return rows;
  };
}
