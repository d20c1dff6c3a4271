import type { Transaction } from '../blnk/model.js';
import { BlnkError } from '../blnk/errors.js';
import type { Context } from './context.js';
import { builder } from './builder.js';
import { TransactionRef } from './transaction.js';

/**
 * Why Blnk's queue rejected a transaction, typed. Blnk writes its reason as free text into the
 * REJECTED row's `meta_data.blnk_rejection_reason` (blnk RejectTransaction); the gateway sorts it
 * into the few kinds Blnk itself counts (its categorizeRejectionReason) and words it itself.
 */
export type RejectionCode = 'INSUFFICIENT_FUNDS' | 'OVERDRAFT_LIMIT_EXCEEDED' | 'OTHER';

export interface Rejection {
  code: RejectionCode;
  message: string;
}

const MESSAGES: Record<RejectionCode, string> = {
  INSUFFICIENT_FUNDS: 'The source balance did not hold enough when Blnk applied the transaction, and overdraft was not allowed',
  OVERDRAFT_LIMIT_EXCEEDED: 'The transaction would have taken the source balance beyond its overdraft limit',
  OTHER: 'Blnk rejected the transaction for another reason; its own text is in metaData.blnk_rejection_reason',
};

export const REJECTION_KEY = 'blnk_rejection_reason';

/** The rejection a REJECTED row records, or null for any other row. */
export function rejectionOf(txn: Transaction): Rejection | null {
  if (txn.status !== 'REJECTED') return null;
  const reason = txn.metaData?.[REJECTION_KEY];
  const text = typeof reason === 'string' ? reason.toLowerCase() : '';
  const code: RejectionCode = text.includes('insufficient funds')
    ? 'INSUFFICIENT_FUNDS'
    : text.includes('overdraft limit')
      ? 'OVERDRAFT_LIMIT_EXCEEDED'
      : 'OTHER';
  return { code, message: MESSAGES[code] };
}

const RejectionCodeRef = builder.enumType('TransactionRejectionCode', {
  description: "The kind of reason Blnk's queue gave for rejecting a transaction.",
  values: {
    INSUFFICIENT_FUNDS: { description: MESSAGES.INSUFFICIENT_FUNDS },
    OVERDRAFT_LIMIT_EXCEEDED: { description: MESSAGES.OVERDRAFT_LIMIT_EXCEEDED },
    OTHER: { description: `${MESSAGES.OTHER} (for operators; clients should not parse it).` },
  } as const,
});

const RejectionRef = builder.objectRef<Rejection>('TransactionRejection').implement({
  description:
    'Why Blnk rejected a queued transaction. Nothing moved; send a new transaction (with a new reference) once the cause is fixed.',
  fields: (t) => ({
    code: t.field({ type: RejectionCodeRef, nullable: false, description: 'The kind of reason, for programs.', resolve: (r) => r.code }),
    message: t.exposeString('message', { nullable: false, description: "The reason in the gateway's words, for people." }),
  }),
});

/** The `<reference>_q` row Blnk's queue wrote for a queued transaction, when it wrote one. */
async function queuedOutcome(ctx: Context, txn: Transaction): Promise<Transaction | null> {
  try {
    return await ctx.loaders.transactionByReference.load(`${txn.reference}_q`);
  } catch (error) {
    if (error instanceof BlnkError && error.isNotFound) return null;
    throw error;
  }
}

builder.objectField(TransactionRef, 'rejectionReason', (t) =>
  t.field({
    type: RejectionRef,
    description:
      "Why Blnk rejected this transaction: set on a REJECTED transaction, and on a QUEUED or SCHEDULED one whose outcome Blnk rejected (one more lookup, the same as `outcome`'s). Null for every other transaction, and while a queued one is still waiting. A queued transfer is only checked when Blnk applies it, so this is where a queued transfer's refusal (such as insufficient funds) shows.",
    resolve: async (txn, _args, ctx) => {
      if (txn.status === 'REJECTED') return rejectionOf(txn);
      if (txn.status !== 'QUEUED' && txn.status !== 'SCHEDULED') return null;
      const outcome = await queuedOutcome(ctx, txn);
      return outcome ? rejectionOf(outcome) : null;
    },
  }),
);
