import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A POST with no Content-Type cannot be read as GraphQL, and without this it met the CSRF check
 * first, whose "Required CSRF header(s) not present" sent people looking at the wrong header. It
 * is answered here, before CSRF prevention runs, with what to send instead (HTTP 415). A POST
 * with a Content-Type is left to CSRF prevention and yoga's parsers, as before.
 */
export function contentTypePlugin(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      if ((request.headers.get('content-type') ?? '').trim() !== '') return;
      throw new GraphQLError('A POST needs a Content-Type header: send the request as JSON with Content-Type: application/json', {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415, headers: { accept: 'application/json' } } },
      });
    },
  };
}
