import type { BlnkClient } from '../blnk/client.js';
import type { BalanceMonitor } from '../blnk/model.js';

/**
 * A balance's monitors, one GET /balance-monitors/balances/{id} per distinct balance. On Blnk
 * v0.15.2 that route answers the balance's monitors with precision and precise_value (null when
 * there are none, also for a balance that does not exist), where the whole list
 * (GET /balance-monitors) lacks both and would cost one more call per monitor to complete.
 */
export const monitorsOfBalances = (client: BlnkClient) => (balanceIds: readonly string[]) =>
  Promise.all(
    balanceIds.map(
      (id): Promise<BalanceMonitor[] | Error> =>
        client.monitorsOfBalance(id).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    ),
  );
