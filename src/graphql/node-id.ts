/** The GraphQL type a Blnk id names, by its prefix; undefined when no type has it. */
export type NodeTypeName = 'Balance' | 'Ledger' | 'Identity' | 'Transaction' | 'BalanceMonitor';

export function typeOfId(id: string): NodeTypeName | undefined {
  if (id.startsWith('bln_')) return 'Balance';
  if (id.startsWith('ldg_') || id === 'general_ledger_id') return 'Ledger';
  if (id.startsWith('idt_')) return 'Identity';
  if (id.startsWith('txn_')) return 'Transaction';
  if (id.startsWith('mon_')) return 'BalanceMonitor';
  return undefined;
}
