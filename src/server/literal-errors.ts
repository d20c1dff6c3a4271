import { BREAK, GraphQLError, visit } from 'graphql';
import type { ASTNode, DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A scalar's parseLiteral sees a value, never where it stands, so its error ("BigInt takes a
 * string of decimal digits…") named no argument. The scalars attach the value's node; here, once
 * the document is validated, such an error is prefixed with the argument path that holds the
 * node: `balances(filter.balance.eq)`. Only the name is added: the value itself is never echoed.
 * (A bad variable is named, with its path and without its value, by input-guards.ts.)
 */
export function literalErrorsPlugin(): Plugin {
  return {
    onValidate({ params }) {
      const document = params.documentAST;
      return ({ result, setResult }) => {
        if (!result.some(named)) return;
        setResult(result.map((error) => (named(error) ? withArgument(error, document) : error)));
      };
    },
  };
}

const named = (error: Error): error is GraphQLError =>
  error instanceof GraphQLError && error.extensions?.code === 'BAD_USER_INPUT' && (error.nodes?.length ?? 0) > 0;

function withArgument(error: GraphQLError, document: DocumentNode): GraphQLError {
  const where = argumentOf(document, error.nodes![0]!);
  if (!where) return error;
  return new GraphQLError(`${where}: ${error.message}`, { nodes: error.nodes, extensions: error.extensions });
}

/** `field(argument.inputField…)` for a value node in the document, or null when not inside an argument. */
export function argumentOf(document: DocumentNode, target: ASTNode): string | null {
  const fields: string[] = [];
  const names: string[] = [];
  let found: string | null = null;
  const push = (stack: string[]) => ({
    enter: (node: { name: { value: string } }) => void stack.push(node.name.value),
    leave: () => void stack.pop(),
  });
  visit(document, {
    Field: push(fields),
    Argument: push(names),
    ObjectField: push(names),
    enter(node) {
      if (node !== target) return undefined;
      if (names.length > 0) found = `${fields.at(-1) ?? ''}(${names.join('.')})`;
      return BREAK;
    },
  });
  return found;
}
