import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { YogaServerOptions } from 'graphql-yoga';
import { BlnkError } from '../blnk/errors.js';
import { clientError } from '../blnk/refusals.js';
import { NotVisible } from '../domain/errors.js';
import { rootCause } from '../graphql/errors.js';

type MaskError = NonNullable<Extract<YogaServerOptions<object, object>['maskedErrors'], object>['maskError']>;

/**
 * Yoga's error mask with one addition: Blnk errors become coded GraphQL errors, and a
 * GraphQLError a resolver threw keeps its message and code however deep the executor wrapped
 * it. Everything else unexpected stays masked as yoga masks it.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const cause = rootCause(error);
  const location = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
  if (cause instanceof NotVisible) return new GraphQLError(cause.message, { ...location, extensions: { code: 'NOT_FOUND' } });
  if (cause instanceof BlnkError) {
    const { message: text, code, extensions } = clientError(cause);
    return new GraphQLError(text, { ...location, extensions: { code, ...extensions } });
  }
  if (cause instanceof GraphQLError && cause !== error && typeof cause.extensions.code === 'string') {
    return new GraphQLError(cause.message, { ...location, extensions: cause.extensions });
  }
  return yogaMaskError(error, message, isDev);
};
