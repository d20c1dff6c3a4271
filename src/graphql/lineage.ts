import { BlnkError } from '../blnk/errors.js';
import type { BalanceLineage, FundAllocation, LineageProvider, TransactionLineage } from '../blnk/map-lineage.js';
import { lacks } from '../blnk/model.js';
import { BalanceRef } from './balance.js';
import { builder } from './builder.js';
import { assertOperator } from './policy.js';
import { TransactionRef } from './transaction.js';

/**
 * Fund lineage (Blnk's GET /balances/{id}/lineage and GET /transactions/{id}/lineage): for a
 * balance with trackFundLineage, where its money came from, by provider (the credit's
 * BLNK_LINEAGE_PROVIDER metadata), and how each debit was allocated across providers by the
 * balance's allocation strategy. Blnk computes lineage in a worker after the transfer, so a
 * transfer's lineage appears shortly after it is applied. Operators only: the shadow and
 * aggregate balances it names are Blnk's own bookkeeping in the general ledger.
 */
const LineageProviderRef = builder.objectRef<LineageProvider>('LineageProvider').implement({
  description: "One provider's share of a lineage-tracked balance. Amounts are exact minor units.",
  fields: (t) => ({
    provider: t.exposeString('provider', {
      nullable: false,
      description: 'The provider, as the crediting transfer named it (BLNK_LINEAGE_PROVIDER).',
    }),
    received: t.expose('received', { type: 'BigInt', nullable: false, description: 'Everything received from this provider.' }),
    spent: t.expose('spent', {
      type: 'BigInt',
      nullable: false,
      description: "What debits of the balance have drawn from this provider's funds.",
    }),
    available: t.expose('available', { type: 'BigInt', nullable: false, description: 'What remains of it: received − spent.' }),
    shadowBalanceId: t.exposeID('shadowBalanceId', {
      nullable: false,
      description:
        'The shadow balance Blnk keeps for this provider and identity (indicator @<provider>_<identity>_lineage, general ledger).',
    }),
  }),
});

const BalanceLineageRef = builder.objectRef<BalanceLineage>('BalanceLineage').implement({
  description: "Where a lineage-tracked balance's funds came from and what remains of each provider's.",
  fields: (t) => ({
    totalWithLineage: t.expose('totalWithLineage', {
      type: 'BigInt',
      nullable: false,
      description: "The sum of the providers' available amounts (funds received without a provider are not in it).",
    }),
    aggregateBalanceId: t.exposeID('aggregateBalanceId', {
      nullable: true,
      description: "The identity's aggregate lineage balance (@<identity>_lineage); null before the first credit with a provider.",
    }),
    providers: t.expose('providers', {
      type: [LineageProviderRef],
      nullable: false,
      description: 'One entry per provider that has credited the balance, in the order they first did.',
    }),
  }),
});

const FundAllocationRef = builder.objectRef<FundAllocation>('FundAllocation').implement({
  description: "One provider's part of a debit.",
  fields: (t) => ({
    provider: t.exposeString('provider', { nullable: false, description: 'The provider.' }),
    amount: t.expose('amount', { type: 'BigInt', nullable: false, description: 'The amount drawn from its funds, in minor units.' }),
  }),
});

const TransactionLineageRef = builder.objectRef<TransactionLineage>('TransactionLineage').implement({
  description: "A transfer's lineage: how a debit was split across providers, and the shadow transfers Blnk wrote for it.",
  fields: (t) => ({
    fundAllocation: t.expose('fundAllocation', {
      type: [FundAllocationRef],
      nullable: false,
      description:
        "For a debit of a lineage-tracked balance, the providers it drew on (FIFO, LIFO or PROPORTIONAL by the balance's allocationStrategy); empty otherwise, or while Blnk's lineage worker has not reached it.",
    }),
    shadowTransactions: t.field({
      type: [TransactionRef],
      nullable: false,
      description:
        'The shadow transfers Blnk wrote for this one: a credit with a provider moves it from the shadow balance to the aggregate; a debit releases it back, one transfer per provider.',
      resolve: (lineage, _args, ctx) => {
        ctx.loaders.primeRows('transaction', lineage.shadowTransactions);
        return lineage.shadowTransactions;
      },
    }),
  }),
});

builder.objectFields(BalanceRef, (t) => ({
  lineage: t.field({
    type: BalanceLineageRef,
    nullable: true,
    description:
      "Where the balance's funds came from, by provider (needs an operator: not for a caller confined to an identity). Null when the balance does not track fund lineage. One GET /balances/{id}/lineage per balance.",
    resolve: async (balance, _args, ctx) => {
      assertOperator(ctx);
      // A full row already says whether lineage is tracked: no call for one that is not.
      if (!lacks(balance, 'trackFundLineage') && !balance.trackFundLineage) return null;
      try {
        return await ctx.client.getBalanceLineage(balance.id);
      } catch (error) {
        // Blnk answers 400 GEN_BAD_REQUEST for a balance without lineage tracking.
        if (error instanceof BlnkError && error.code === 'GEN_BAD_REQUEST') return null;
        throw error;
      }
    },
  }),
}));

builder.objectFields(TransactionRef, (t) => ({
  lineage: t.field({
    type: TransactionLineageRef,
    nullable: true,
    description:
      "The transfer's fund lineage: its allocation across providers and its shadow transfers (needs an operator: not for a caller confined to an identity). One GET /transactions/{id}/lineage per transaction.",
    resolve: (transaction, _args, ctx) => {
      assertOperator(ctx);
      return ctx.client.getTransactionLineage(transaction.id);
    },
  }),
}));
