import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { YogaServerOptions } from 'graphql-yoga';
import { BlnkError } from '../blnk/errors.js';

type MaskError = NonNullable<Extract<YogaServerOptions<object, object>['maskedErrors'], object>['maskError']>;

const ENTITY_BY_PREFIX: Record<string, string> = {
  BAL: 'Balance',
  LGR: 'Ledger',
  IDT: 'Identity',
  TXN: 'Transaction',
};

/**
 * A Blnk failure as the client sees it: a code and our own message. Blnk's message, the
 * upstream URL, headers and body stay in the logs; none of them is copied here.
 */
export function clientError(error: BlnkError): { message: string; code: string } {
  if (error.isNotFound) {
    const entity = ENTITY_BY_PREFIX[error.code.split('_')[0] ?? ''];
    return { message: entity ? `${entity} not found` : 'Not found', code: 'NOT_FOUND' };
  }
  switch (error.code) {
    case 'UPSTREAM_TIMEOUT':
      return { message: 'The ledger did not answer in time', code: 'UPSTREAM_TIMEOUT' };
    case 'UPSTREAM_UNAVAILABLE':
      return { message: 'The ledger is unavailable', code: 'UPSTREAM_UNAVAILABLE' };
    default:
      return { message: 'The ledger sent an unexpected answer', code: 'UPSTREAM_ERROR' };
  }
}

/** The error a resolver threw, under the GraphQLErrors that executors wrap around it. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Yoga's error mask with one addition: Blnk errors become coded GraphQL errors, and a
 * GraphQLError a resolver threw keeps its message and code however deep the executor wrapped
 * it. Everything else unexpected stays masked as yoga masks it.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const cause = rootCause(error);
  const location = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
  if (cause instanceof BlnkError) {
    const { message: text, code } = clientError(cause);
    return new GraphQLError(text, { ...location, extensions: { code } });
  }
  if (cause instanceof GraphQLError && cause !== error && typeof cause.extensions.code === 'string') {
    return new GraphQLError(cause.message, { ...location, extensions: cause.extensions });
  }
  return yogaMaskError(error, message, isDev);
};
