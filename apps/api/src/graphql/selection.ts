import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

// Which fields a client asked for below the field being resolved, so a resolver can read ahead
// exactly what will be needed. Fragments and inline fragments are followed; @skip/@include are
// not evaluated, so a skipped field counts as asked (reading ahead too much is only a cost).

type Fragments = Record<string, FragmentDefinitionNode>;

/** The selection sets of the fields named `name` in `sets`, through fragments. */
function childSets(sets: readonly SelectionSetNode[], name: string, fragments: Fragments) {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name && selection.selectionSet) {
          found.push(selection.selectionSet);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

function fieldNames(sets: readonly SelectionSetNode[], fragments: Fragments): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return names;
}

/** The field names asked for at any of `paths` below the resolved field. */
export function fieldsAt(info: GraphQLResolveInfo, ...paths: readonly string[][]): Set<string> {
  const roots = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const names = new Set<string>();
  for (const path of paths) {
    const sets = path.reduce<SelectionSetNode[]>(
      (current, name) => childSets(current, name, info.fragments),
      roots,
    );
    for (const name of fieldNames(sets, info.fragments)) names.add(name);
  }
  return names;
}
