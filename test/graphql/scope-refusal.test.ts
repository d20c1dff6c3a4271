import { AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import type { AuthFailure } from '@pothos/plugin-scope-auth';
import { describe, expect, it } from 'vitest';
import { scopeRefusal } from '../../src/graphql/scope-refusal.js';

/** What scope auth's failures become (builder.ts unauthorizedError): the field-level cases HTTP tests do not reach. */
const scope = (name: string): AuthFailure => ({ kind: AuthScopeFailureType.AuthScope, scope: name, parameter: true, error: null });
const said = (failure: AuthFailure) => {
  const error = scopeRefusal(failure);
  return [error.message, error.extensions.code];
};

describe('scopeRefusal', () => {
  it('names the scope a token lacks, as the token would carry it', () => {
    expect(said(scope('write'))).toEqual(['Forbidden: needs ledger:write', 'FORBIDDEN']);
    expect(said(scope('pii'))).toEqual(['Forbidden: needs pii:read', 'FORBIDDEN']);
  });

  it('names alternatives with "or" and joint needs with "and"', () => {
    expect(said({ kind: AuthScopeFailureType.AnyAuthScopes, failures: [scope('admin'), scope('pii')] })).toEqual([
      'Forbidden: needs ledger:admin or pii:read',
      'FORBIDDEN',
    ]);
    expect(said({ kind: AuthScopeFailureType.AllAuthScopes, failures: [scope('read'), scope('pii')] })).toEqual([
      'Forbidden: needs ledger:read and pii:read',
      'FORBIDDEN',
    ]);
  });

  it('says only "Forbidden" when a check on the object refused (identity confinement), alone or among scopes', () => {
    const check: AuthFailure = { kind: AuthScopeFailureType.AuthScopeFunction, error: null };
    expect(said(check)).toEqual(['Forbidden', 'FORBIDDEN']);
    expect(said({ kind: AuthScopeFailureType.AnyAuthScopes, failures: [scope('admin'), check] })).toEqual(['Forbidden', 'FORBIDDEN']);
    expect(said({ kind: AuthScopeFailureType.Unknown })).toEqual(['Forbidden', 'FORBIDDEN']);
  });
});
