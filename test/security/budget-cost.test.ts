import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { post } from '../helpers/jwt.js';

/**
 * Issue 17 item 1: every field that calls Blnk once per object it is selected on is costed as an
 * upstream call (10), multiplied by its parents' list sizes, and fields served by a batched
 * loader are not. With MAX_COST 1 every query is refused before it runs, and the refusal names
 * the cost; each expected cost is worked by hand from the rules in graphql/builder.ts: nodes is 1
 * plus 10 per batch of 100 ids of one type (10 per id for monitors, read one by one), times 100
 * ids; a per-parent field 10, a connection 10 plus its page size times its selection.
 */
let h: Harness;
const ids = (prefix: string) => Array.from({ length: 100 }, (_, i) => `${prefix}_00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const NODES = 1 + 10;

beforeAll(async () => {
  h = await startHarness({ limits: { maxCost: 1 } });
});
afterAll(() => h.close());

describe('the cost of fields that call Blnk per parent, under nodes(ids: [100 ids])', () => {
  it.each([
    // [what, type prefix, selection, cost]
    ['a plain field (no call)', 'bln', '... on Balance { balance }', NODES + 100 * 1],
    ['Balance.ledger (batched by loader)', 'bln', '... on Balance { ledger { name } }', NODES + 100 * (1 + 1)],
    ['Balance.at', 'bln', '... on Balance { at(timestamp: "2026-01-01T00:00:00Z") { balance } }', NODES + 100 * (10 + 1)],
    ['Balance.version (full row)', 'bln', '... on Balance { version }', NODES + 100 * 10],
    ['Balance.lineage (one lineage call each)', 'bln', '... on Balance { lineage { totalWithLineage } }', NODES + 100 * (10 + 1)],
    [
      'Transaction.lineage (one lineage call each)',
      'txn',
      '... on Transaction { lineage { fundAllocation { amount } } }',
      NODES + 100 * (10 + 1 + 1),
    ],
    ['Identity.detokenized (one detokenize call each)', 'idt', '... on Identity { detokenized { value } }', NODES + 100 * (10 + 1)],
    ['Balance.trackFundLineage (full row)', 'bln', '... on Balance { trackFundLineage }', NODES + 100 * 10],
    ['Balance.allocationStrategy (full row)', 'bln', '... on Balance { allocationStrategy }', NODES + 100 * 10],
    ['Balance.queuedCreditBalance (with_queued)', 'bln', '... on Balance { queuedCreditBalance }', NODES + 100 * 10],
    ['Balance.queuedDebitBalance (with_queued)', 'bln', '... on Balance { queuedDebitBalance }', NODES + 100 * 10],
    ['Balance.available (with_queued)', 'bln', '... on Balance { available }', NODES + 100 * 10],
    ['Balance.expected (with_queued)', 'bln', '... on Balance { expected }', NODES + 100 * 10],
    ['Balance.transactions', 'bln', '... on Balance { transactions(first: 1) { edges { node { id } } } }', NODES + 100 * (10 + 1 * 3)],
    [
      'Balance.transactions with totalCount',
      'bln',
      '... on Balance { transactions(first: 1) { totalCount } }',
      NODES + 100 * (10 + 1 * 10),
    ],
    ['Balance.monitors', 'bln', '... on Balance { monitors(first: 1) { edges { node { id } } } }', NODES + 100 * (10 + 1 * 3)],
    ['Ledger.balances', 'ldg', '... on Ledger { balances(first: 1) { edges { node { id } } } }', NODES + 100 * (10 + 1 * 3)],
    ['Identity.balances', 'idt', '... on Identity { balances(first: 1) { edges { node { id } } } }', NODES + 100 * (10 + 1 * 3)],
    ['Transaction.children', 'txn', '... on Transaction { children(first: 1) { edges { node { id } } } }', NODES + 100 * (10 + 1 * 3)],
    ['Transaction.outcome (batched by loader)', 'txn', '... on Transaction { outcome { id } }', NODES + 100 * (1 + 1)],
    [
      'BalanceMonitor.condition (one GET per listed monitor)',
      'mon',
      '... on BalanceMonitor { condition { value } }',
      1 + 100 * 10 + 100 * (10 + 1),
    ],
  ])('%s', async (_what, prefix, selection, cost) => {
    h.sandbox.resetRequests();
    const res = await post(h, `query($ids: [ID!]!) { nodes(ids: $ids) { ${selection} } }`, { ids: ids(prefix) });
    expect(res.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: 1 } })]);
    expect(h.sandbox.requests).toHaveLength(0);
  });
});
