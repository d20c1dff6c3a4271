import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind } from 'graphql';
import type { FieldNode, FragmentSpreadNode, GraphQLResolveInfo, InlineFragmentNode, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected directly under the current field, for an object of type
 * `typeName`: through inline fragments and named fragments whose type condition is that type
 * or the Node interface, honouring @skip and @include. Used to plan upstream calls;
 * over-approximating only costs a call.
 */
export function selectedFields(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const names = new Set<string>();
  for (const field of selectedNodes(info, info.fieldNodes, typeName)) names.add(field.name.value);
  return names;
}

/**
 * The fields selected under `field` (every alias of it) of an object of type `typeName`, for an
 * object of type `childType`: `balance(id) { ledger { metaData } }` → {metaData} for
 * ('Balance', 'ledger', 'Ledger'). Plans what a nested object needs before it is fetched.
 */
export function selectedFieldsBelow(info: GraphQLResolveInfo, typeName: string, field: string, childType: string): Set<string> {
  const parents = selectedNodes(info, info.fieldNodes, typeName).filter((f) => f.name.value === field);
  return new Set(selectedNodes(info, parents, childType).map((f) => f.name.value));
}

/** The field nodes selected directly under `nodes`, for an object of type `typeName`. */
function selectedNodes(info: GraphQLResolveInfo, nodes: readonly FieldNode[], typeName: string): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        if (!on || on === typeName || on === 'Node') visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        const on = fragment?.typeCondition.name.value;
        if (fragment && (on === typeName || on === 'Node')) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}

/** Whether @skip and @include, with this request's variables, keep a selection. */
function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
