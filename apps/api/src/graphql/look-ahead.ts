import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// What the query asks below the field being resolved, read from the resolve info before the
// children run: a parent statement joins a to-one relation only when it is asked for. Names
// are field names (aliases do not matter); fragments are followed; @skip/@include are not
// read, so a skipped relation is joined for nothing, never missed.

function fieldsNamed(
  sets: readonly SelectionSetNode[],
  name: string,
  info: GraphQLResolveInfo,
): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}

/** Whether the query asks for the path (field names) below the field being resolved. */
export function asksFor(info: GraphQLResolveInfo | undefined, path: readonly string[]): boolean {
  // A resolver called without info (a direct call) joins nothing: its loaders still answer.
  if (!info) return false;
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
    fields = fieldsNamed(sets, name, info);
    if (fields.length === 0) return false;
  }
  return true;
}

/** Whether a connection's nodes (through `nodes` or `edges { node }`) ask for the field. */
export function nodesAskFor(info: GraphQLResolveInfo | undefined, field: string): boolean {
  return asksFor(info, ['nodes', field]) || asksFor(info, ['edges', 'node', field]);
}
