import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config, Limits } from '../config.js';
import { contentTypePlugin } from './content-type.js';
import { csrfPreventionPlugin } from './csrf.js';
import { literalErrorsPlugin } from './literal-errors.js';

/**
 * The request-shape limits and safe defaults, graphql-armor's and Apollo Router's stance: every
 * document is measured (depth, aliases, tokens, directives) before it runs, the cost after
 * (graphql/builder.ts), CSRF prevention is on, and introspection and "did you mean" hints are
 * development conveniences.
 */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/**
 * graphql-armor's rules throw out of validation by default, which yoga answers as a 200 without a
 * code; reported instead, a rejection is a validation failure like any other (400, coded).
 */
const report = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
  ],
};

export function securityPlugins(limits: Limits): Plugin[] {
  const plugins: Plugin[] = [
    // Before CSRF prevention, which would otherwise refuse a POST without Content-Type for a header.
    contentTypePlugin(),
    literalErrorsPlugin(),
    bodyLimitPlugin(limits.maxBodyBytes),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, exposeLimits: true, ...report }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true, ...report }) as Plugin,
    // Counted while parsing, so a huge document is refused before it is even built.
    maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, exposeLimits: true, ...report }) as Plugin,
  ];
  if (limits.csrfPrevention) plugins.push(csrfPreventionPlugin(CSRF_HEADERS));
  if (!limits.introspection) plugins.push(useDisableIntrospection());
  if (!limits.fieldSuggestions) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}

const CONTENT_LENGTH = /^\d+$/;

/**
 * A refused body is not read to its end, so its connection cannot carry another request: the
 * answer says `Connection: close`, and node:http closes the socket once it is written. Kept
 * alive, a chunked body's connection hung, and a declared one's rest was read only to be dropped.
 */
function tooLarge(): GraphQLError {
  return new GraphQLError('Request body too large', {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413, headers: { connection: 'close' } } },
  });
}

/**
 * The body cap, in place of yoga's `maxRequestBodySize` (set to false in gateway.ts). Yoga pipes
 * every body through a counting stream; with a valid Content-Length that is wasted work, since
 * Node's HTTP parser never reads past the declared length, and it cost a fifth of the CPU per
 * request (docs/benchmarks.md). So a declared length is checked once, and only a body without
 * one (chunked) is counted as it streams.
 */
export function bodyLimitPlugin(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw new GraphQLError('Content-Length header is invalid', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        if (Number(declared) > maxBytes) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((req) => {
        let seen = 0;
        // A native body needs the native TransformStream (graphql-yoga#4583), as in yoga's own.
        const Transform = req.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
        const counted = req.body!.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              seen += chunk.byteLength;
              if (seen > maxBytes) controller.error(tooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        return parse(
          new fetchAPI.Request(req.url, {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
            body: counted,
            duplex: 'half',
          } as RequestInit),
        );
      });
    },
  };
}

/**
 * Persisted operations: a client sends `documentId` (GraphQL over HTTP's persisted documents) or
 * Apollo's `extensions.persistedQuery.sha256Hash`; `enforce` refuses any other document.
 */
export function persistedOperationsPlugin(settings: Config['persistedOperations']): Plugin[] {
  if (settings.mode === 'off') return [];
  const manifest = manifestOf(settings);
  return [
    usePersistedOperations({
      allowArbitraryOperations: settings.mode === 'allow',
      extractPersistedOperationId: persistedIdOf,
      getPersistedOperation: (key) => manifest.get(key) ?? null,
      customErrors: {
        notFound: { message: UNKNOWN_PERSISTED, extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
        persistedQueryOnly: { message: ONLY_PERSISTED, extensions: { code: 'PERSISTED_QUERY_ONLY' } },
        keyNotFound: { message: UNKNOWN_PERSISTED, extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      },
    }) as Plugin,
  ];
}

const UNKNOWN_PERSISTED = 'Unknown persisted operation';
const ONLY_PERSISTED = 'Only persisted operations are accepted';

function manifestOf(settings: Config['persistedOperations']): Map<string, string> {
  return new Map(Object.entries(settings.manifest).map(([hash, doc]) => [hash.replace(/^sha256:/, ''), doc]));
}

/** `documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`, without a `sha256:` prefix. */
function persistedIdOf(params: unknown): string | null {
  const raw = params as { documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
  const id = raw.documentId ?? raw.extensions?.persistedQuery?.sha256Hash;
  return typeof id === 'string' ? id.replace(/^sha256:/, '') : null;
}

/**
 * The same rule for operations that do not pass through yoga's HTTP hooks (a graphql-ws
 * subscribe, server/websocket.ts): the document a message stands for, or its refusal, with the
 * codes and words an HTTP request would get.
 */
export function persistedDocuments(settings: Config['persistedOperations']): (params: unknown) => string | GraphQLError {
  const manifest = manifestOf(settings);
  return (params) => {
    const query = (params as { query?: unknown }).query;
    const raw = typeof query === 'string' && query.trim() !== '' ? query : null;
    const id = settings.mode === 'off' ? null : persistedIdOf(params);
    if (id !== null) {
      return manifest.get(id) ?? new GraphQLError(UNKNOWN_PERSISTED, { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    }
    if (settings.mode === 'enforce') return new GraphQLError(ONLY_PERSISTED, { extensions: { code: 'PERSISTED_QUERY_ONLY' } });
    return raw ?? new GraphQLError('Must provide query string.', { extensions: { code: 'BAD_REQUEST' } });
  };
}
