import { describe, expect, it } from 'vitest';
import { confinedScopes, hasScope, isScope } from '../../src/auth/principal.js';
import type { Principal, Scope } from '../../src/auth/principal.js';

const as = (...scopes: Scope[]): Principal => ({ subject: 't', scopes: new Set(scopes), identityId: null, blnkKey: null });

describe('pii:read stands apart from the ledger scopes', () => {
  it('is a scope of its own', () => {
    expect(isScope('pii:read')).toBe(true);
    expect(isScope('pii:write')).toBe(false);
  });

  it('is implied by nothing, ledger:admin included, and implies nothing', () => {
    expect(hasScope(as('ledger:admin'), 'pii:read')).toBe(false);
    expect(hasScope(as('ledger:read', 'ledger:write', 'ledger:admin'), 'pii:read')).toBe(false);
    expect(hasScope(as('pii:read'), 'pii:read')).toBe(true);
    expect(hasScope(as('pii:read'), 'ledger:read')).toBe(false);
    expect(hasScope(as('ledger:admin', 'pii:read'), 'ledger:read')).toBe(true);
  });

  it('is dropped for a principal confined to an identity, as ledger:admin becomes ledger:write', () => {
    expect([...confinedScopes(new Set<Scope>(['ledger:admin', 'pii:read']))]).toEqual(['ledger:write']);
  });
});
