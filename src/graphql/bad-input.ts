import { GraphQLError, type ValueNode } from 'graphql';

/**
 * The one BAD_USER_INPUT error. With a path, the value at fault inside the `filter` argument, as
 * server/input-guards.ts names it (`filter.<path>: message`); with a node, where in the document
 * a literal was refused (scalars), so that the error can be prefixed with the argument that
 * holds it (server/literal-errors.ts).
 */
export function badInput(message: string, path?: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(path ? `filter.${path}: ${message}` : message, {
    ...(node ? { nodes: node } : {}),
    extensions: { code: 'BAD_USER_INPUT', ...(path ? { argument: 'filter', path } : {}) },
  });
}
