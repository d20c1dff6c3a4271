import {
  coerceInputValue,
  GraphQLError,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInputObjectType,
  isInputType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromAST,
} from 'graphql';
import type {
  FragmentDefinitionNode,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  NamedTypeNode,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * An id longer than this is not one Blnk could hold: every ID-typed value, and the strings that
 * name a balance or a transaction and go into Blnk's paths and filters (`ID_LIKE`).
 */
const MAX_ID_LENGTH = 256;
const ID_LIKE = new Set(['source', 'destination', 'identifier', 'reference', 'indicator']);
/**
 * Strings that name something rather than say something: no control character at all. Currency
 * is a code, never prose; metadata keys are held to this rule too (checkJson).
 */
const NAME_LIKE = new Set(['currency']);
/** Any other text: a description, a currency. */
const MAX_STRING_LENGTH = 10_000;
/** JSON (metadata): nesting and size. */
const MAX_JSON_DEPTH = 32;
const MAX_JSON_NODES = 10_000;

/**
 * Input that no Blnk object could hold is refused before anything runs, with BAD_USER_INPUT
 * naming the argument (never echoing the value): text that is not well-formed Unicode (a lone
 * surrogate cannot be put in a URL and failed every path-based route), control characters
 * (checkText: NUL nowhere, and in names none at all), ids and text longer
 * than any Blnk value, JSON nested or sized past what metadata needs (deep nesting overflowed the
 * stack downstream). Values are walked by their schema types, literals and variables alike, with
 * explicit stacks and bounds, so the walk itself cannot overflow.
 */
/** What onExecute and onSubscribe both give: the operation, and a way to answer it unrun. */
type OperationHook = Pick<Parameters<NonNullable<Plugin['onExecute']>>[0], 'args'> & {
  setResultAndStopExecution: (result: ExecutionResult) => void;
};

export function inputGuardsPlugin(): Plugin {
  // A subscription's input is checked as a query's: envelop runs onSubscribe for it, not onExecute.
  const check = ({ args, setResultAndStopExecution }: OperationHook) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const root = args.schema.getRootType(operation.operation);
    if (!root) return;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of args.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const sent = (args.variableValues ?? {}) as Record<string, unknown>;
    const coerced = coerceVariables(args.schema, operation, sent);
    if (coerced instanceof GraphQLError) {
      setResultAndStopExecution({ errors: [coerced] });
      return;
    }
    const problem = checkSelections(args.schema, root, operation.selectionSet, fragments, coerced, new Set());
    if (problem) setResultAndStopExecution({ errors: [problem] });
  };
  return { onExecute: check, onSubscribe: check };
}

/**
 * The operation's variables as execution will see them: the values sent, and the defaults of
 * those not sent (a default is input too, and was unchecked). graphql-js reports a value that
 * does not coerce as `Variable "$f" got invalid value <the value>; …`, echoing whatever the
 * caller sent (a key pasted in the wrong field) without a code; the same failure is reported
 * here with the variable, the path into it and the type expected, never the value.
 */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  sent: Record<string, unknown>,
): Record<string, unknown> | GraphQLError {
  const values: Record<string, unknown> = { ...sent };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as NamedTypeNode);
    if (!type || !isInputType(type)) continue;
    if (!Object.hasOwn(sent, name)) {
      if (definition.defaultValue) values[name] = valueFromAST(definition.defaultValue, type);
      continue;
    }
    let problem: GraphQLError | null = null;
    coerceInputValue(sent[name], type, (path, _invalid, error) => {
      const at = path.length > 0 ? ` at "${name}${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}"` : '';
      problem ??= new GraphQLError(`Variable "$${name}" got invalid value${at}; ${reasonOf(error, typeAt(type, path))}`, {
        nodes: definition,
        extensions: { code: 'BAD_USER_INPUT', variable: `$${name}` },
      });
    });
    if (problem) return problem;
  }
  return values;
}

/** The named type at a path into a variable's value (list indexes and input fields). */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): string | null {
  let current: GraphQLInputType = type;
  for (const step of path) {
    const nullable = getNullableType(current) as GraphQLInputType;
    if (isListType(nullable)) current = nullable.ofType as GraphQLInputType;
    else if (isInputObjectType(nullable) && typeof step === 'string' && nullable.getFields()[step])
      current = nullable.getFields()[step]!.type;
    else return null;
  }
  return getNamedType(current).name;
}

/** Our scalars explain themselves without the value; graphql-js's built-in ones echo it. */
const EXPLAINED = new Set(['BigInt', 'JSON', 'Date', 'DateTime']);

function reasonOf(error: GraphQLError, typeName: string | null): string {
  // Structural failures name schema types and fields, except an unknown field, whose name is
  // the caller's; a scalar's own words may hold the value. Only the known shapes pass.
  const missing = /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/.exec(error.message);
  if (missing) return error.message;
  const unknown = /is not defined by type "([^"]+)"/.exec(error.message);
  if (unknown) return `A field is not defined by type "${unknown[1]}".`;
  if (/^Expected non-nullable type "[^"]+" not to be null\.$/.test(error.message)) return error.message;
  if (!typeName) return 'Not a value of the type expected.';
  const cause = error.originalError && !(error.originalError instanceof TypeError) ? error.originalError : error;
  const own = EXPLAINED.has(typeName) ? ` ${cause.message.replace(/^Expected type "[^"]+"\.\s*/, '')}` : '';
  return `Expected type "${typeName}".${own}`.trimEnd();
}

function checkSelections(
  schema: GraphQLSchema,
  parent: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string>,
): GraphQLError | null {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      for (const arg of selection.arguments ?? []) {
        const def = field.args.find((a) => a.name === arg.name.value);
        if (!def) continue;
        const where = `${selection.name.value}(${arg.name.value})`;
        const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : valueFromAST(arg.value, def.type, variables);
        const problem = checkValue(
          value,
          def.type,
          arg.name.value,
          where,
          arg.value.kind === Kind.VARIABLE ? `$${arg.value.name.value}` : null,
        );
        if (problem) return problem;
      }
      if (selection.selectionSet) {
        const problem = checkSelections(schema, getNamedType(field.type), selection.selectionSet, fragments, variables, seen);
        if (problem) return problem;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      const problem = type ? checkSelections(schema, type, selection.selectionSet, fragments, variables, seen) : null;
      if (problem) return problem;
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      const type = schema.getType(fragment.typeCondition.name.value);
      const problem = type ? checkSelections(schema, type, fragment.selectionSet, fragments, variables, seen) : null;
      if (problem) return problem;
    }
  }
  return null;
}

function refuse(where: string, variable: string | null, path: string, what: string): GraphQLError {
  const at = path ? `${where} at ${path}` : where;
  return new GraphQLError(`${variable ? `Variable ${variable} for ` : ''}${at}: ${what}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: where, ...(variable ? { variable } : {}), ...(path ? { path } : {}) },
  });
}

/** `\p{Cs}` in a `u` expression matches only a surrogate that is not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Control characters (Unicode Cc: U+0000–U+001F, U+007F–U+009F). U+0000 is refused everywhere:
 * PostgreSQL cannot store it, and real Blnk answers 500 for it in any string that reaches a
 * query (a queued write even answers 201 and then drops the transaction). Names (ids,
 * references, indicators, currencies, metadata keys) take no control character at all; prose
 * (descriptions, names of people, metadata values, filter values) keeps tab, line feed and
 * carriage return, which text legitimately holds, and loses the rest (escape sequences and the
 * like, which only ever disguise what a statement shows).
 */
const ANY_CONTROL = /\p{Cc}/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's job
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

type TextKind = 'name' | 'prose';

function checkText(text: string, limit: number, kind: TextKind, describe: (what: string) => GraphQLError): GraphQLError | null {
  if (LONE_SURROGATE.test(text)) return describe('is not well-formed Unicode (it holds a lone surrogate)');
  if (text.includes('\u0000')) return describe('holds U+0000 (NUL), which Blnk cannot store');
  if (kind === 'name' ? ANY_CONTROL.test(text) : CONTROL_BUT_LINE_BREAKS.test(text)) {
    return describe(
      kind === 'name'
        ? 'holds a control character (U+0000–U+001F or U+007F–U+009F), which no id, reference, indicator, currency or key may hold'
        : 'holds a control character other than tab, line feed or carriage return',
    );
  }
  if (text.length > limit) return describe(`is longer than ${limit} characters`);
  return null;
}

/** A value checked against its input type, iteratively. */
function checkValue(value: unknown, type: GraphQLInputType, name: string, where: string, variable: string | null): GraphQLError | null {
  const stack: { value: unknown; type: GraphQLInputType; path: string; name: string }[] = [{ value, type, path: '', name }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || item.value === undefined) continue;
    const nullable = getNullableType(item.type) as GraphQLInputType;
    if (isListType(nullable)) {
      const items = Array.isArray(item.value) ? item.value : [item.value];
      for (const [i, v] of items.entries())
        stack.push({ value: v, type: nullable.ofType as GraphQLInputType, path: join(item.path, i), name: item.name });
      continue;
    }
    if (isInputObjectType(nullable)) {
      if (typeof item.value !== 'object') continue;
      const fields = nullable.getFields();
      for (const [key, v] of Object.entries(item.value as Record<string, unknown>)) {
        const field = fields[key];
        if (field) stack.push({ value: v, type: field.type, path: join(item.path, key), name: key });
      }
      continue;
    }
    const named = getNamedType(nullable);
    const describe = (what: string) => refuse(where, variable, item.path, what);
    if (named.name === '_Any') {
      const problem = checkRepresentation(item.value, describe);
      if (problem) return problem;
    } else if (named.name === 'JSON') {
      const problem = checkJson(item.value, where, variable, item.path);
      if (problem) return problem;
    } else if (typeof item.value === 'string') {
      const idLike = named.name === 'ID' || ID_LIKE.has(item.name);
      const kind: TextKind = idLike || NAME_LIKE.has(item.name) ? 'name' : 'prose';
      const problem = checkText(item.value, idLike ? MAX_ID_LENGTH : MAX_STRING_LENGTH, kind, describe);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * A federation representation: the router's `{ __typename, id }`, checked like an id argument
 * (apollo's `_Any` takes any value, and a malformed one failed the whole list as an unexpected
 * error, or reached Blnk's paths unchecked).
 */
function checkRepresentation(value: unknown, describe: (what: string) => GraphQLError): GraphQLError | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return describe('is not a representation object');
  const { __typename: typename, id } = value as Record<string, unknown>;
  if (typeof typename !== 'string' || !ENTITY_TYPES.has(typename)) {
    return describe(`needs __typename, one of ${[...ENTITY_TYPES].join(', ')}`);
  }
  if (typeof id !== 'string' || id === '') return describe('needs id, a non-empty string');
  return checkText(id, MAX_ID_LENGTH, 'name', (what) => describe(`has an id that ${what}`));
}

/** The entity types this subgraph resolves (graphql/entities.ts). */
const ENTITY_TYPES = new Set(['Balance', 'Identity', 'Ledger', 'Transaction']);

/** JSON of bounded depth and size, its keys and strings well-formed. */
function checkJson(value: unknown, where: string, variable: string | null, path: string): GraphQLError | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path }];
  let nodes = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    const describe = (what: string) => refuse(where, variable, item.path, what);
    if (++nodes > MAX_JSON_NODES) return refuse(where, variable, path, `holds more than ${MAX_JSON_NODES} values`);
    if (typeof item.value === 'string') {
      const problem = checkText(item.value, MAX_STRING_LENGTH, 'prose', describe);
      if (problem) return problem;
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_JSON_DEPTH) return describe(`is nested deeper than ${MAX_JSON_DEPTH} levels`);
    const entries = Array.isArray(item.value) ? item.value.map((v, i) => [String(i), v] as const) : Object.entries(item.value);
    for (const [key, v] of entries) {
      // An array's positions are not keys the caller wrote.
      const problem = Array.isArray(item.value)
        ? null
        : checkText(key, MAX_STRING_LENGTH, 'name', (what) => refuse(where, variable, item.path, `has a key that ${what}`));
      if (problem) return problem;
      // The path stays at the JSON argument: its keys are the caller's, and not echoed.
      stack.push({ value: v, depth: item.depth + 1, path: item.path });
    }
  }
  return null;
}

/** A path into the input by schema names and list positions, such as `transactions.3.metaData`. */
function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}
