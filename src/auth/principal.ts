/**
 * Who is asking. Scopes are cumulative: ledger:admin (ledgers, balances, identities, monitors)
 * includes ledger:write (transactions), which includes ledger:read. pii:read (the original values
 * of tokenized identity fields) stands apart: no other scope implies it, ledger:admin included.
 */
export const SCOPES = ['ledger:read', 'ledger:write', 'ledger:admin', 'pii:read'] as const;
export type Scope = (typeof SCOPES)[number];
type LedgerScope = Exclude<Scope, 'pii:read'>;

export interface Principal {
  /** The token's subject or the API key's name; for logs, never a secret. */
  subject: string;
  scopes: ReadonlySet<Scope>;
  /**
   * When set, the caller is this identity: it reads only that identity, its balances and the
   * transactions touching them, and moves money only out of its own balances.
   */
  identityId: string | null;
  /** The caller's own X-Blnk-Key, forwarded instead of the gateway's (pass-through mode). */
  blnkKey: string | null;
}

const RANK: Record<LedgerScope, number> = { 'ledger:read': 1, 'ledger:write': 2, 'ledger:admin': 3 };

export function hasScope(principal: Principal, needed: Scope): boolean {
  // pii:read is granted only by name.
  if (needed === 'pii:read') return principal.scopes.has('pii:read');
  for (const scope of principal.scopes) if (scope !== 'pii:read' && RANK[scope] >= RANK[needed]) return true;
  return false;
}

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

/**
 * A confined principal's scopes: ledger:admin, if granted, counts as ledger:write, and pii:read
 * is dropped (detokenizing is an operator's act, not a customer's).
 */
export function confinedScopes(scopes: ReadonlySet<Scope>): Set<Scope> {
  const capped = new Set<Scope>();
  for (const scope of scopes) if (scope !== 'pii:read') capped.add(scope === 'ledger:admin' ? 'ledger:write' : scope);
  return capped;
}

/**
 * A non-empty id of at most 256 characters without spaces, controls or lone surrogates (in a `u`
 * expression `\p{Cs}` matches only a surrogate that is not half of a pair).
 */
export function isIdentityId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 256 && !/[\s\p{Cc}\p{Cs}]/u.test(value);
}
