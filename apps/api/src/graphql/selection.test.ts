import { Kind, parse, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsAt } from './selection';

/** The info graphql-js would pass to the resolver of the document's first root field. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const fragments = Object.fromEntries(
    parsed.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  const operation = parsed.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const root = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('the fields a client asked for', () => {
  it('reads nodes and edges { node } alike', () => {
    const info = infoOf(`{ rotations(first: 5) {
      nodes { id cadre { fullName } }
      edges { cursor node { fromPosition { title } } } } }`);
    expect([...fieldsAt(info, ['nodes'], ['edges', 'node'])].sort()).toEqual([
      'cadre',
      'fromPosition',
      'id',
    ]);
  });

  it('follows named and inline fragments, at any depth', () => {
    const info = infoOf(`query { rotations(first: 5) { ...Page } }
      fragment Page on RotationConnection { nodes { ... on Rotation { toPosition { ...Post } } } }
      fragment Post on Position { title unit { name } }`);
    expect(fieldsAt(info, ['nodes']).has('toPosition')).toBe(true);
    expect(fieldsAt(info, ['nodes', 'toPosition']).has('unit')).toBe(true);
    expect(fieldsAt(info, ['nodes', 'fromPosition']).size).toBe(0);
  });

  it('finds nothing where nothing was asked', () => {
    const info = infoOf('{ rotations(first: 5) { totalCount } }');
    expect(fieldsAt(info, ['nodes'], ['edges', 'node']).size).toBe(0);
  });
});
