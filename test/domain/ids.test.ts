import { describe, expect, it } from 'vitest';
import { GENERAL_LEDGER_ID, ID_PREFIXES, isBulkId, typeOfId } from '../../src/domain/ids.js';

describe('the id-prefix table', () => {
  it('names each type by its prefix, and each prefix back to its type', () => {
    expect(typeOfId('bln_0a1b')).toBe('Balance');
    expect(typeOfId('ldg_0a1b')).toBe('Ledger');
    expect(typeOfId('idt_0a1b')).toBe('Identity');
    expect(typeOfId('txn_0a1b')).toBe('Transaction');
    expect(typeOfId('mon_0a1b')).toBe('BalanceMonitor');
    for (const [type, prefix] of Object.entries(ID_PREFIXES)) expect(typeOfId(`${prefix}x`)).toBe(type);
  });

  it('knows the general ledger by its whole id, not by a prefix of it', () => {
    expect(typeOfId(GENERAL_LEDGER_ID)).toBe('Ledger');
    expect(typeOfId(`${GENERAL_LEDGER_ID}x`)).toBeUndefined();
  });

  it('refuses an unknown prefix, a prefix out of place, and an empty id', () => {
    expect(typeOfId('acc_0a1b')).toBeUndefined();
    expect(typeOfId('BLN_0a1b')).toBeUndefined();
    expect(typeOfId('x_bln_0a1b')).toBeUndefined();
    expect(typeOfId('')).toBeUndefined();
    expect(typeOfId('bulk_0a1b')).toBeUndefined();
  });

  it('tells a bulk batch id apart, which names no type of its own', () => {
    expect(isBulkId('bulk_0a1b')).toBe(true);
    expect(isBulkId('txn_0a1b')).toBe(false);
    expect(isBulkId('')).toBe(false);
  });
});
