import { graphql } from '../gql/index.js';
import type { WalletSummaryQuery } from '../gql/graphql.js';
import { request } from './client.js';
import type { RequestOptions } from './client.js';
import { formatAmount } from './format.js';

export const WalletSummary = graphql(`
  query WalletSummary($id: ID!) {
    balance(id: $id) {
      id
      currency
      balance
      available
      ledger {
        name
      }
      identity {
        firstName
        lastName
      }
      transactions(first: 10) {
        edges {
          node {
            reference
            status
            currency
            preciseAmount
            precision
            destinationBalance {
              id
            }
            # A queued transfer is two rows in Blnk: see transferLines.
            outcome {
              status
            }
            parentTransaction {
              status
            }
          }
        }
      }
    }
  }
`);

/**
 * Blnk keeps no precision on a balance, only on each transaction, so a client that shows a
 * balance in major units keeps its own table, one precision per currency.
 */
export const PRECISION: Record<string, string> = {
  USD: '100',
  EUR: '100',
  ETH: '1000000000000000000',
};

type Balance = NonNullable<WalletSummaryQuery['balance']>;

/** The wallet as lines of text: owner and ledger, the amounts, then recent transactions. */
export function describeWallet(balance: Balance, locale = 'en-US'): string[] {
  const precision = PRECISION[balance.currency];
  if (!precision) throw new Error(`no display precision for ${balance.currency}`);
  const money = (minor: string, p: string, currency: string) => `${formatAmount(minor, p, locale)} ${currency}`;
  const owner = balance.identity ? `${balance.identity.firstName} ${balance.identity.lastName}`.trim() : 'no owner';
  const lines = [
    `${owner}, ${balance.ledger?.name ?? 'unknown ledger'}`,
    `balance    ${money(balance.balance, precision, balance.currency)}`,
    `available  ${money(balance.available, precision, balance.currency)}`,
  ];
  for (const t of transferLines(balance)) {
    const sign = t.destinationBalance?.id === balance.id ? '+' : '-';
    // precision is null when Blnk holds one that is not a whole number: the minor units stand alone.
    const shown = t.precision ? money(t.preciseAmount, t.precision, t.currency) : `${t.preciseAmount} minor units ${t.currency}`;
    // A queued transfer shows what the queue made of it (APPLIED, REJECTED) once it has.
    lines.push(`${sign}${shown}  ${t.outcome?.status ?? t.status}  ${t.reference}`);
  }
  return lines;
}

/**
 * One entry per transfer. Blnk records a queued transfer as a QUEUED row and, once its queue has
 * applied it, a second row (reference `<reference>_q`, APPLIED or REJECTED) whose parent is the
 * QUEUED one. Listing both would show the money twice: keep the QUEUED row, which carries the
 * transfer's own reference and, through `outcome`, its final status, and drop its outcome row.
 */
export function transferLines(balance: Balance) {
  return (balance.transactions?.edges ?? []).map((e) => e.node).filter((t) => t.parentTransaction?.status !== 'QUEUED');
}

/** Fetches a wallet and describes it; throws with the gateway's error codes when it fails. */
export async function showWallet(url: string, balanceId: string, options: RequestOptions = {}): Promise<string[]> {
  const data = await request(url, WalletSummary, { id: balanceId }, options);
  if (!data.balance) throw new Error(`balance ${balanceId} not found`);
  return describeWallet(data.balance);
}
