import { describe, expect, it } from 'vitest';
import { columnOf, filterable, filterBody, noneCondition, setDateGuard } from '../../src/blnk/map-filters.js';

/**
 * Domain filter queries → Blnk's POST /{resource}/filter body (docs/blnk-contract.md section 3.1).
 * Each expected body is written out by hand from the contract: the column Blnk names each field,
 * and the keys in the order sent.
 */
describe('filterBody: a domain query as Blnk receives it', () => {
  it('names each domain field by its column on that table, and orders by created_at', () => {
    expect(
      filterBody('transactions', {
        filters: [
          { field: 'parentTransactionId', operator: 'eq', value: 'txn_1' },
          { field: 'sourceId', operator: 'in', values: ['bln_a', 'bln_b'] },
          { field: 'createdAt', operator: 'gte', value: '2030-01-01T00:00:00.000Z' },
          { field: 'metaData.invoice', operator: 'in', values: ['7'] },
        ],
        limit: 21,
        offset: 40,
        newestFirst: false,
        includeCount: true,
      }),
    ).toEqual({
      filters: [
        { field: 'parent_transaction', operator: 'eq', value: 'txn_1' },
        { field: 'source', operator: 'in', values: ['bln_a', 'bln_b'] },
        { field: 'created_at', operator: 'gte', value: '2030-01-01T00:00:00.000Z' },
        { field: 'meta_data.invoice', operator: 'in', values: ['7'] },
      ],
      limit: 21,
      offset: 40,
      sort_by: 'created_at',
      sort_order: 'asc',
      include_count: true,
    });
  });

  it('an id is the table’s own id column: balance_id, identity_id, ledger_id, transaction_id', () => {
    expect(columnOf('balances', 'id')).toBe('balance_id');
    expect(columnOf('identities', 'id')).toBe('identity_id');
    expect(columnOf('ledgers', 'id')).toBe('ledger_id');
    expect(columnOf('transactions', 'id')).toBe('transaction_id');
    // On transactions, balanceId is Blnk's virtual "either side" column.
    expect(columnOf('transactions', 'balanceId')).toBe('balance_id');
    expect(columnOf('identities', 'postCode')).toBe('post_code');
    expect(columnOf('balances', 'inflightCreditBalance')).toBe('inflight_credit_balance');
  });

  it('anyOf is logical_operator "or"; newest first is desc; absent keys stay absent', () => {
    expect(
      filterBody('transactions', { filters: [{ field: 'id', operator: 'eq', value: 'txn_1' }], anyOf: true, limit: 100, offset: 0 }),
    ).toEqual({ filters: [{ field: 'transaction_id', operator: 'eq', value: 'txn_1' }], logical_operator: 'or', limit: 100, offset: 0 });
    expect(filterBody('balances', { filters: [], newestFirst: true })).toEqual({ filters: [], sort_by: 'created_at', sort_order: 'desc' });
    expect(
      Object.keys(filterBody('ledgers', { filters: [], anyOf: true, limit: 1, offset: 2, newestFirst: true, includeCount: true })),
    ).toEqual(['filters', 'logical_operator', 'limit', 'offset', 'sort_by', 'sort_order', 'include_count']);
  });

  it('refuses a field the table has no column for (the gateway’s own bug, never sent)', () => {
    expect(() => columnOf('ledgers', 'currency')).toThrow(/ledgers cannot be filtered on currency/);
    expect(filterable('ledgers', 'currency')).toBe(false);
    expect(filterable('ledgers', 'metaData.anything')).toBe(true);
  });
});

describe('noneCondition and setDateGuard: "reads null" as Blnk stores none', () => {
  it('NULL columns (a balance’s identity_id and indicator, every metadata key) take isnull / isnotnull', () => {
    expect(noneCondition('balances', 'identityId', true)).toEqual({ field: 'identityId', operator: 'isnull' });
    expect(noneCondition('balances', 'indicator', false)).toEqual({ field: 'indicator', operator: 'isnotnull' });
    expect(noneCondition('ledgers', 'metaData.k', true)).toEqual({ field: 'metaData.k', operator: 'isnull' });
    // An identity's own id is the identity_id column too: decided by column, not by field name.
    expect(noneCondition('identities', 'id', true)).toEqual({ field: 'id', operator: 'isnull' });
  });

  it("other text columns hold '' for none", () => {
    expect(noneCondition('transactions', 'parentTransactionId', true)).toEqual({ field: 'parentTransactionId', operator: 'eq', value: '' });
    expect(noneCondition('ledgers', 'name', false)).toEqual({ field: 'name', operator: 'ne', value: '' });
  });

  it('dob holds 0001-01-01 for none, and every other condition on it excludes that date', () => {
    expect(noneCondition('identities', 'dob', true)).toEqual({ field: 'dob', operator: 'eq', value: '0001-01-01' });
    expect(noneCondition('identities', 'dob', false)).toEqual({ field: 'dob', operator: 'gt', value: '0001-01-01' });
    expect(setDateGuard('identities', 'dob')).toEqual({ field: 'dob', operator: 'gt', value: '0001-01-01' });
    expect(setDateGuard('identities', 'createdAt')).toBeNull();
  });
});
