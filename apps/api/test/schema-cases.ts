import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '@luanchuyen/schema';

// The bad-input corpus generated from the SDL: every leaf of every argument of every root field
// (input objects walked, lists entered) is a slot; a case is a minimal valid-looking call with
// one hostile value in one slot. A new field or input field is covered without editing a test.

export const schema: GraphQLSchema = buildASTSchema(parse(typeDefs.join('\n')));

export type Root = 'Query' | 'Mutation';
/** `[]` in a path means "the first element of the list". */
export type Slot = { root: Root; field: string; path: string[]; type: string };
export type Case = {
  query: string;
  variables: Record<string, unknown>;
  /** Where the stored value shows in the response, when the payload echoes the input field. */
  readBack: string[] | null;
};
/** A real-looking id for an argument or input field name (cadreId, unitId…) of a root field. */
export type IdFor = (name: string, field: string) => string;

function rootFields(root: Root): GraphQLField<unknown, unknown>[] {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {});
}

/** Every leaf slot whose named type is one of `types` (String, ID, Date, an enum…). */
export function slotsOf(root: Root, accept: (typeName: string) => boolean): Slot[] {
  const slots: Slot[] = [];
  const walk = (field: string, type: GraphQLInputType, path: string[]): void => {
    if (isNonNullType(type)) return walk(field, type.ofType, path);
    if (isListType(type)) return walk(field, type.ofType, [...path, '[]']);
    if (isInputObjectType(type)) {
      if (path.length > 8) return; // a recursive input type: deep enough
      for (const inner of Object.values(type.getFields())) {
        walk(field, inner.type, [...path, inner.name]);
      }
      return;
    }
    if (accept(type.name) || (isEnumType(type) && accept('enum'))) {
      slots.push({ root, field, path, type: type.name });
    }
  };
  for (const field of rootFields(root)) {
    for (const arg of field.args) walk(field.name, arg.type, [arg.name]);
  }
  return slots;
}

const INTS: Record<string, number> = { first: 5, year: 2020, rank: 50, score: 80 };

/** The smallest value that passes GraphQL validation: required fields only. */
function sample(type: GraphQLInputType, name: string, field: string, idFor: IdFor): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, field, idFor);
  if (isListType(type)) return [sample(type.ofType, name, field, idFor)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((inner) => isNonNullType(inner.type) && inner.defaultValue === undefined)
        .map((inner) => [inner.name, sample(inner.type, inner.name, field, idFor)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'ID':
      return idFor(name, field);
    case 'Int':
      return INTS[name] ?? 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2020-01-01';
    case 'DateTime':
      return '2020-01-01T00:00:00+07:00';
    default:
      return 'Mẫu thử';
  }
}

/** Sets `value` at `path`, creating the minimal objects and lists on the way. */
function place(
  target: Record<string, unknown>,
  type: GraphQLInputType,
  path: string[],
  value: unknown,
  field: string,
  idFor: IdFor,
): void {
  const [head = '', ...rest] = path;
  const inner = isNonNullType(type) ? type.ofType : type;
  const fieldType = isInputObjectType(inner) ? inner.getFields()[head]?.type : undefined;
  if (!fieldType) throw new Error(`No input field ${head}`);
  descend(target, head, fieldType, rest, value, field, idFor);
}

function descend(
  holder: Record<string, unknown>,
  key: string,
  type: GraphQLInputType,
  rest: string[],
  value: unknown,
  field: string,
  idFor: IdFor,
): void {
  if (rest.length === 0) {
    holder[key] = value;
    return;
  }
  const bare = isNonNullType(type) ? type.ofType : type;
  if (isListType(bare) && rest[0] === '[]') {
    const list = [sample(bare.ofType, key, field, idFor)];
    holder[key] = list;
    return descend(
      list as unknown as Record<string, unknown>,
      '0',
      bare.ofType,
      rest.slice(1),
      value,
      field,
      idFor,
    );
  }
  const object = (holder[key] ??= sample(bare, key, field, idFor)) as Record<string, unknown>;
  place(object, bare, rest, value, field, idFor);
}

function selectionOf(field: GraphQLField<unknown, unknown>, slot: Slot) {
  const type = getNamedType(field.type);
  if (!isObjectType(type))
    return { text: isLeafType(type) ? '' : '{ __typename }', readBack: null };
  const fields = type.getFields();
  const parts = ['__typename'];
  if (fields['totalCount']) parts.push('totalCount');
  if (fields['userErrors']) parts.push('userErrors { code }');
  let readBack: string[] | null = null;
  const echoed = slot.path.length === 2 ? slot.path[1] : undefined;
  for (const candidate of Object.values(fields)) {
    const target = getNamedType(candidate.type);
    if (!echoed || !isObjectType(target) || candidate.args.length > 0) continue;
    const echo = target.getFields()[echoed];
    if (echo && getNamedType(echo.type).name === 'String' && echo.args.length === 0) {
      parts.push(`${candidate.name} { ${echoed} }`);
      readBack = [slot.field, candidate.name, echoed];
      break;
    }
  }
  return { text: `{ ${parts.join(' ')} }`, readBack };
}

/** The call of `slot`'s root field with `value` in that slot and minimal values elsewhere. */
export function caseOf(slot: Slot, value: unknown, idFor: IdFor): Case {
  const field = rootFields(slot.root).find((candidate) => candidate.name === slot.field);
  if (!field) throw new Error(`No root field ${slot.field}`);
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type))
      variables[arg.name] = sample(arg.type, arg.name, field.name, idFor);
  }
  const [argName = '', ...rest] = slot.path;
  const arg = field.args.find((candidate) => candidate.name === argName);
  if (!arg) throw new Error(`No argument ${argName}`);
  descend(variables, argName, arg.type, rest, value, field.name, idFor);
  const used = field.args.filter((candidate) => candidate.name in variables);
  const declared = used.map((candidate) => `$${candidate.name}: ${candidate.type.toString()}`);
  const passed = used.map((candidate) => `${candidate.name}: $${candidate.name}`);
  const { text, readBack } = selectionOf(field, slot);
  const operation = slot.root === 'Query' ? 'query' : 'mutation';
  const head = declared.length ? `(${declared.join(', ')})` : '';
  const call = passed.length ? `(${passed.join(', ')})` : '';
  return {
    query: `${operation} Corpus${head} { ${slot.field}${call} ${text} }`,
    variables,
    readBack: slot.root === 'Mutation' ? readBack : null,
  };
}
