import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { AuthError } from '../auth/authenticate.js';
import type { Authenticator } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';

/**
 * Authentication before anything else looks at the request. Over HTTP it runs in
 * `onRequestParse`, before the body is parsed or the document validated, so a caller without
 * valid credentials learns nothing about the schema (not even that a field does not exist).
 * Operations that do not pass through yoga's HTTP pipeline (GraphQL over WebSocket) have no
 * such hook: `principalOf` authenticates them when their context is built, as yoga's own JWT
 * plugin does.
 */
export function createAuth(authenticate: Authenticator): { plugin: Plugin; principalOf: (request: Request) => Promise<Principal> } {
  const principals = new WeakMap<Request, Principal>();
  return {
    plugin: {
      async onRequestParse({ request }) {
        principals.set(request, await authenticated(authenticate, request));
      },
    },
    principalOf: async (request) => principals.get(request) ?? authenticated(authenticate, request),
  };
}

/** A request without valid credentials is answered 401, with our message, never theirs. */
async function authenticated(authenticate: Authenticator, request: Request): Promise<Principal> {
  try {
    return await authenticate(request);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
    });
  }
}
