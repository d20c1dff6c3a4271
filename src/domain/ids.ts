/**
 * The one id-prefix table: Blnk's ids name their type by prefix (`bln_…`, `ldg_…`, `idt_…`,
 * `txn_…`, `mon_…`), and the general ledger's id is the literal `general_ledger_id`. A bulk
 * batch's id (`bulk_…`) names no object of its own; it stands where a transaction id may.
 */
export type NodeTypeName = 'Balance' | 'Ledger' | 'Identity' | 'Transaction' | 'BalanceMonitor';

export const ID_PREFIXES: Readonly<Record<NodeTypeName, string>> = {
  Balance: 'bln_',
  Ledger: 'ldg_',
  Identity: 'idt_',
  Transaction: 'txn_',
  BalanceMonitor: 'mon_',
};

/** The general ledger's id, the one Ledger id without the prefix. */
export const GENERAL_LEDGER_ID = 'general_ledger_id';

/** The prefix of a bulk batch's id. */
export const BULK_PREFIX = 'bulk_';

const BY_PREFIX = Object.entries(ID_PREFIXES) as [NodeTypeName, string][];

/** The type a Blnk id names, by its prefix; undefined when no type has it. */
export function typeOfId(id: string): NodeTypeName | undefined {
  if (id === GENERAL_LEDGER_ID) return 'Ledger';
  return BY_PREFIX.find(([, prefix]) => id.startsWith(prefix))?.[0];
}

/** Whether an id is a bulk batch's (`bulk_…`). */
export function isBulkId(id: string): boolean {
  return id.startsWith(BULK_PREFIX);
}
