import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The content types a browser may send cross-site without a CORS preflight (the "simple" ones),
 * as in yoga's useCSRFPrevention, which this replaces: its refusal had no code and did not say
 * what to send.
 */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * CSRF prevention: a request a browser could send from another site without a preflight (a GET,
 * or a POST with a simple content type) must carry one of `headers`, which no page can add
 * without the preflight CORS then refuses. A POST with `Content-Type: application/json` is
 * preflighted by every browser, so it needs no header.
 */
export function csrfPreventionPlugin(headers: string[]): Plugin {
  const [first, ...others] = headers;
  const also = others.length > 0 ? ` (or ${others.map((h) => `\`${h}: 1\``).join(', ')})` : '';
  const message =
    `Required CSRF header missing: send \`${first}: 1\`${also} with a GET, ` +
    'or POST the request as JSON with `Content-Type: application/json`';
  return {
    onRequestParse({ request }) {
      const type = request.headers.get('content-type');
      if (type && !SIMPLE_CONTENT_TYPES.some((simple) => type.toLowerCase().startsWith(simple))) return;
      if (headers.some((name) => request.headers.has(name))) return;
      throw new GraphQLError(message, { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } });
    },
  };
}
