import { GraphQLError } from 'graphql';
import type { AuthFailure } from '@pothos/plugin-scope-auth';

/** The builder's scope names (graphql/builder.ts authScopes) as a token carries them. */
const SCOPE_NAMES: Record<string, string> = {
  read: 'ledger:read',
  write: 'ledger:write',
  admin: 'ledger:admin',
  pii: 'pii:read',
};

/**
 * The scopes a refusal lacked, as a caller would grant them; null when the refusal was not a
 * missing scope (an identity check), which must say nothing more than "Forbidden".
 */
function needed(failure: AuthFailure): string | null {
  switch (failure.kind) {
    case 'AuthScope':
      return SCOPE_NAMES[failure.scope] ?? null;
    case 'AnyAuthScopes':
    case 'AllAuthScopes': {
      const parts = failure.failures.map(needed);
      if (parts.length === 0 || parts.some((p) => p === null)) return null;
      return parts.join(failure.kind === 'AnyAuthScopes' ? ' or ' : ' and ');
    }
    default:
      return null;
  }
}

/**
 * Scope auth's refusal (builder.ts `unauthorizedError`): FORBIDDEN, naming the scope the token
 * lacks, so a caller knows what to ask for. Only scope failures are named: they depend on the
 * field alone, never on which ids exist, and an object a confined caller may not see is refused
 * as missing before this runs (policy.ts `visibleAs`).
 */
export function scopeRefusal(failure: AuthFailure): GraphQLError {
  const scopes = needed(failure);
  return new GraphQLError(scopes === null ? 'Forbidden' : `Forbidden: needs ${scopes}`, { extensions: { code: 'FORBIDDEN' } });
}
