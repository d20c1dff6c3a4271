import { randomUUID } from 'node:crypto';

/** Blnk ids are a type prefix, `_` and a UUIDv4 (model.GenerateUUIDWithSuffix). */
export type IdPrefix = 'ldg' | 'bln' | 'idt' | 'txn' | 'mon' | 'bulk' | 'ref' | 'act';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomUUID()}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isPrefixedUuid(id: string, prefix: IdPrefix): boolean {
  return id.startsWith(`${prefix}_`) && UUID.test(id.slice(prefix.length + 1));
}
