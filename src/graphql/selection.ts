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
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
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
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** Whether @skip and @include, with this request's variables, keep a selection. */
function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
