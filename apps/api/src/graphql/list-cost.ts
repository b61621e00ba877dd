import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// What a document would cost to answer, with lists counted by their size: a connection's nodes
// and edges as many as its `first` (or `last`) asks, every other list as `listSize` items unless
// the field is known to be smaller. graphql-armor's cost limit counts a list as one item, so
// `cadres(first: 100) { nodes { assignments { position { holders { cadre { assignments … } } } } } }`
// passed it and ran for seconds, returning megabytes. Objects cost 2 and scalars 1, as armor's.
// The same number is the price the caller's rate-limit bucket pays (rate-limit.plugin.ts).

export type ListCostOptions = {
  /** Items assumed for a list that has no `first`. */
  listSize: number;
  /** Lists known to be smaller, by `Type.field` (a post's holders are bounded by its seats). */
  bounds: Readonly<Record<string, number>>;
};

const OBJECT_COST = 2;
const SCALAR_COST = 1;
/** Each field of a mutation, on top of what it selects: a write's transaction and audit event. */
export const MUTATION_FIELD_COST = 10;
/** Connections page at most this many (pagination.ts); a `first` taken from nowhere is this. */
const MAX_PAGE = 100;

type Walk = {
  schema: GraphQLSchema;
  /** The root type of a mutation operation, whose fields each cost MUTATION_FIELD_COST more. */
  writes: GraphQLNamedType | null;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  options: ListCostOptions;
};

function pageSize(field: FieldNode, walk: Walk): number | null {
  const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!arg) return null;
  const value = valueFromASTUntyped(arg.value, walk.variables);
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.max(0, Math.min(value, MAX_PAGE))
    : MAX_PAGE;
}

function listItems(parent: GraphQLNamedType, field: FieldNode, page: number | null, walk: Walk) {
  const name = field.name.value;
  if ((name === 'nodes' || name === 'edges') && page !== null) return page;
  const ids = field.arguments?.find((a) => a.name.value === 'ids');
  if (ids) {
    const value = valueFromASTUntyped(ids.value, walk.variables);
    if (Array.isArray(value)) return value.length;
  }
  return walk.options.bounds[`${parent.name}.${name}`] ?? walk.options.listSize;
}

function selectionCost(
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  times: number,
  page: number | null,
  walk: Walk,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && type) total += selectionCost(fragment.selectionSet, type, times, page, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      if (type) total += selectionCost(selection.selectionSet, type, times, page, walk);
    } else {
      total += fieldCost(selection, parent, times, page, walk);
    }
  }
  return total;
}

function fieldCost(
  field: FieldNode,
  parent: GraphQLNamedType,
  times: number,
  page: number | null,
  walk: Walk,
): number {
  const introspection = introspectionCost(walk.schema, field.name.value);
  if (introspection !== null) return times * introspection;
  const definition = fieldOf(parent, field.name.value);
  if (!definition) return 0; // __typename and fields validation already refused
  const write = parent === walk.writes ? times * MUTATION_FIELD_COST : 0;
  const named = namedOf(definition.type);
  // Only objects, interfaces and unions take a selection set (validation made sure).
  if (!field.selectionSet) return write + times * SCALAR_COST;
  const items = isList(definition.type) ? listItems(parent, field, page, walk) : 1;
  const count = times * items;
  return (
    write +
    count * OBJECT_COST +
    selectionCost(field.selectionSet, named, count, pageSize(field, walk), walk)
  );
}

// Introspection is answered from the schema in memory, never the database: `__schema` costs one
// point per item the schema can return (each type, field, argument, input field, enum value and
// directive), whatever it selects, and `__type` what the largest type holds. Walking its
// selection as lists of LIST_SIZE_ESTIMATE would price a client generator's introspection
// (types × fields × arguments × eight levels of ofType) far above any page of data.
type IntrospectionPrices = { schema: number; type: number };
const introspectionPrices = new WeakMap<GraphQLSchema, IntrospectionPrices>();

function introspectionCost(schema: GraphQLSchema, name: string): number | null {
  if (name !== '__schema' && name !== '__type') return null;
  let prices = introspectionPrices.get(schema);
  if (!prices) {
    prices = pricesOf(schema);
    introspectionPrices.set(schema, prices);
  }
  return name === '__schema' ? prices.schema : prices.type;
}

function pricesOf(schema: GraphQLSchema): IntrospectionPrices {
  const typeItems = Object.values(schema.getTypeMap()).map((type) => {
    const fields: { args?: readonly unknown[] }[] =
      'getFields' in type ? Object.values(type.getFields()) : [];
    const values = 'getValues' in type ? type.getValues().length : 0;
    return 1 + values + fields.reduce((sum, field) => sum + 1 + (field.args?.length ?? 0), 0);
  });
  const directives = schema.getDirectives().reduce((sum, d) => sum + 1 + d.args.length, 0);
  return {
    schema: typeItems.reduce((sum, items) => sum + items, 0) + directives,
    type: Math.max(0, ...typeItems),
  };
}

// By shape, not instanceof: under a test runner graphql-js may be loaded twice (ESM and CJS),
// and the schema's types then fail graphql-js's own realm checks.
function namedOf(type: GraphQLOutputType): GraphQLNamedType {
  let current: unknown = type;
  while (current && typeof current === 'object' && 'ofType' in current) current = current.ofType;
  return current as GraphQLNamedType;
}

/** `[T]`, `[T]!`, `[T!]!`: a list once a non-null wrapper is taken off. */
function isList(type: GraphQLOutputType): boolean {
  return String(type).replace(/!$/, '').startsWith('[');
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | null {
  return 'getFields' in type
    ? ((type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] ?? null)
    : null;
}

/** The cost of the operation to run (the only one, or `operationName`'s), lists multiplied. */
export function listAwareCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  options: ListCostOptions,
): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, 1, null, {
    schema,
    writes: operation.operation === 'mutation' ? root : null,
    fragments,
    variables,
    options,
  });
}
