import { MAX_BULK_HOLDS, settleHoldsOnce } from '../blnk/hold-batch.js';
import type { HoldAction, HoldSettlement } from '../blnk/hold-batch.js';
import { builder } from './builder.js';
import { assertUnconfined } from './confined-writes.js';
import type { Context } from './context.js';
import { AlreadyCommittedError, AlreadyVoidedError, ConflictError, mutate, NotFoundError, ValidationError } from './errors.js';
import { TransactionRef } from './transaction.js';
import { unknownOutcome } from './write-failures.js';

/**
 * Committing or voiding up to 100 holds in one call (Blnk's POST /transactions/inflight/bulk/commit
 * and /void), with a result per id. The exactly-once work is blnk/hold-batch.ts.
 */

const HOLD_FAILURES = [NotFoundError, AlreadyCommittedError, AlreadyVoidedError, ValidationError, ConflictError] as const;

type HoldFailure = InstanceType<(typeof HOLD_FAILURES)[number]>;

/** A typed error's fields on a plain object, with the name of its GraphQL type. */
interface PlainFailure {
  typename: string;
  message: string;
  code: string;
  [field: string]: unknown;
}

function plainFailure(error: HoldFailure): PlainFailure {
  const typename = HOLD_FAILURES.find((type) => error instanceof type)?.name ?? 'ConflictError';
  return { ...error, typename, message: error.message, code: error.code };
}

interface SettlementRow {
  id: string;
  transaction: HoldSettlement['transaction'];
  error: HoldFailure | null;
}

interface Settlements {
  results: SettlementRow[];
}

const SettleHoldsInput = builder.inputType('SettleHoldsInput', {
  description: 'The holds to commit or void, whole.',
  fields: (t) => ({
    ids: t.idList({
      required: true,
      description: `The holds' transaction ids: 1 to ${MAX_BULK_HOLDS}, each once (ValidationError otherwise). Results come back in this order.`,
    }),
    skipQueue: t.boolean({
      description:
        "True: Blnk acts on each hold now, and each result carries the commit (APPLIED) or void (VOID) row Blnk wrote. False or absent: Blnk's queue acts shortly after, and each result carries the hold, still INFLIGHT (read its children later).",
    }),
  }),
});

const HoldSettlementError = builder.unionType('HoldSettlementError', {
  description:
    'Why one hold of a batch commit or void was not settled. Every member implements Error: select `... on Error { code message }`.',
  types: [...HOLD_FAILURES],
  resolveType: (error) => (error as unknown as PlainFailure).typename,
});

const HoldSettlementRef = builder.objectRef<SettlementRow>('HoldSettlement').implement({
  description: 'What became of one hold of a batch commit or void: a transaction, or an error, never both.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'The hold, as it was given.' }),
    transaction: t.field({
      type: TransactionRef,
      description:
        'With skipQueue: the commit (APPLIED) or void (VOID) row Blnk wrote for this hold. Queued: the hold itself, still INFLIGHT. Null when `error` is set.',
      resolve: (row) => row.transaction,
    }),
    error: t.field({
      type: HoldSettlementError,
      // graphql-js treats an Error a resolver returns as thrown: the typed error goes out as a plain copy.
      resolve: (row) => (row.error ? (plainFailure(row.error) as unknown as HoldFailure) : null),
      description:
        'Why this hold was not settled; null when it was. NotFoundError (no such transaction), AlreadyCommittedError, AlreadyVoidedError, ValidationError (not a hold), ConflictError (locked by another action, an action already queued for it, a queued hold its queue has not applied yet, or a refusal Blnk did not classify). Nothing was written for it.',
    }),
  }),
});

const HoldSettlementsRef = builder.objectRef<Settlements>('HoldSettlements').implement({
  description: 'The results of a batch commit or void, one per id, in the order given.',
  fields: (t) => ({
    results: t.field({
      type: [HoldSettlementRef],
      nullable: false,
      description: 'One per id, in the order given.',
      resolve: (s) => s.results,
    }),
    settled: t.int({
      nullable: false,
      description: 'How many results carry a transaction.',
      resolve: (s) => s.results.filter((r) => !r.error).length,
    }),
    failed: t.int({
      nullable: false,
      description: 'How many results carry an error.',
      resolve: (s) => s.results.filter((r) => r.error).length,
    }),
  }),
});

/** A failure code of blnk/hold-batch.ts as the typed error of that id. */
function failureError(code: string, action: HoldAction): HoldFailure {
  switch (code) {
    case 'NOT_FOUND':
      return new NotFoundError('Transaction');
    case 'ALREADY_COMMITTED':
      return new AlreadyCommittedError();
    case 'ALREADY_VOIDED':
      return new AlreadyVoidedError();
    case 'NOT_INFLIGHT':
      return new ValidationError(`The transaction is not a hold (not INFLIGHT): there is nothing to ${action}`, 'ids');
    case 'NOT_APPLIED':
      return new ConflictError(
        `The hold is still QUEUED in Blnk: nothing was sent; ${action} it once its queue has applied it (status INFLIGHT)`,
      );
    case 'REJECTED':
      return new ValidationError(`Blnk's queue rejected this hold: there is nothing to ${action}`, 'ids');
    case 'LOCKED':
      return new ConflictError('Another commit or void holds the lock on this hold: nothing was written; try again');
    case 'ALREADY_QUEUED':
      return new ConflictError(
        `A commit or void of this hold is already queued in Blnk: this ${action} was not added; read the hold's children later`,
      );
    default:
      return new ConflictError(`Blnk refused to ${action} this hold for a reason it did not classify: nothing was written for it`);
  }
}

function settlementField(action: HoldAction) {
  return builder.mutationField(action === 'commit' ? 'commitInflightTransactions' : 'voidInflightTransactions', (t) =>
    t.field({
      authScopes: { write: true },
      type: HoldSettlementsRef,
      errors: { types: [ValidationError] },
      description:
        action === 'commit'
          ? `Commits up to ${MAX_BULK_HOLDS} holds whole, in one Blnk call, with a result per id (commitInflightTransaction commits part of one). Ids Blnk does not know, and queued holds its queue has not applied, are answered without being sent. A full commit is never applied twice: sent again, Blnk refuses it (ALREADY_COMMITTED). When Blnk's answer is lost, each hold with a new APPLIED child is answered with it; otherwise the top-level error's extensions.holdIds name the holds whose children to read. Refused (FORBIDDEN) to a caller confined to an identity.`
          : `Voids up to ${MAX_BULK_HOLDS} holds (what is left of each), in one Blnk call, with a result per id. Ids Blnk does not know, and queued holds its queue has not applied, are answered without being sent. A void is never applied twice: sent again, Blnk refuses it (ALREADY_VOIDED). When Blnk's answer is lost, each hold with a new VOID child is answered with it; otherwise the top-level error's extensions.holdIds name the holds whose children to read. Refused (FORBIDDEN) to a caller confined to an identity.`,
      args: {
        input: t.arg({
          type: SettleHoldsInput,
          required: true,
          description: 'What to write. A refused value answers a ValidationError whose path starts inside this argument.',
        }),
      },
      resolve: async (_root, { input }, ctx: Context) => {
        assertUnconfined(
          ctx,
          `${action === 'commit' ? 'commitInflightTransactions' : 'voidInflightTransactions'}`,
          "a hold on the caller's balance is the operator's to settle",
        );
        const ids = input.ids.map(String);
        if (ids.length === 0) throw new ValidationError('Give at least one id', 'ids');
        if (ids.length > MAX_BULK_HOLDS) throw new ValidationError(`At most ${MAX_BULK_HOLDS} ids in one call (Blnk's limit)`, 'ids');
        const blank = ids.findIndex((id) => id.trim() === '');
        if (blank >= 0) throw new ValidationError('An id cannot be blank', `ids.${blank}`);
        const repeated = ids.findIndex((id, i) => ids.indexOf(id) !== i);
        // Blnk would act on a repeated id twice at once, racing for its lock.
        if (repeated >= 0) throw new ValidationError('Each id once: this one is repeated', `ids.${repeated}`);
        try {
          const settled = await mutate([ValidationError], () => settleHoldsOnce(ctx.client, action, ids, input.skipQueue === true));
          return {
            results: settled.map((s) => ({
              id: s.id,
              transaction: s.failure ? null : s.transaction,
              error: s.failure ? failureError(s.failure, action) : null,
            })),
          };
        } catch (error) {
          throw unknownOutcome(error);
        }
      },
    }),
  );
}

settlementField('commit');
settlementField('void');
