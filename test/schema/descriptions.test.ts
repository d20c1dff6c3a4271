import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/index.js';

/**
 * Issue 13, item 4: the schema documents itself. Every type, field, argument, input field and
 * enum value the API serves has a description. Skipped: introspection's own types and the
 * built-in scalars (graphql-js describes them). Federation's `_Any`, `_Entity`, `_Service`,
 * `_entities` and `_service` are not skipped: the gateway serves and guards them, so it describes
 * them (graphql/entities.ts). The `link__*` elements exist only in the subgraph SDL, not in the
 * schema served, so they never reach this walk.
 */
function undescribed(s: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (element: { description?: string | null | undefined }, name: string) => {
    if (!element.description?.trim()) missing.push(name);
  };
  for (const type of Object.values(s.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type, type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(field, `${type.name}.${field.name}`);
        if ('args' in field) for (const arg of field.args) check(arg, `${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(value, `${type.name}.${value.name}`);
  }
  return missing;
}

describe('descriptions', () => {
  it('describes every type, field, argument, input field and enum value the API serves', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('the walk does see what it checks (a schema element without a description is reported)', () => {
    const balance = schema.getType('Balance');
    expect(isObjectType(balance)).toBe(true);
    const field = (balance as import('graphql').GraphQLObjectType).getFields().currency!;
    const kept = field.description;
    try {
      field.description = undefined;
      expect(undescribed(schema)).toEqual(['Balance.currency']);
    } finally {
      field.description = kept;
    }
  });

  it('describes each TransactionStatus value, saying which ones Core never produces', () => {
    const status = schema.getType('TransactionStatus');
    if (!isEnumType(status)) throw new Error('TransactionStatus is not an enum');
    const of = (name: string) => status.getValue(name)?.description ?? '';
    expect(of('EXPIRED')).toMatch(/never writes/);
    expect(of('COMMIT')).toMatch(/never writes/);
    for (const produced of ['QUEUED', 'APPLIED', 'INFLIGHT', 'VOID', 'REJECTED', 'SCHEDULED']) expect(of(produced)).not.toMatch(/never/);
  });

  it("node's description names every type it resolves", () => {
    const node = schema.getQueryType()!.getFields().node!;
    const implementations = schema
      .getImplementations(schema.getType('Node') as import('graphql').GraphQLInterfaceType)
      .objects.map((t) => t.name);
    expect(implementations.length).toBeGreaterThan(0);
    for (const type of implementations) expect(node.description).toContain(type);
  });
});
