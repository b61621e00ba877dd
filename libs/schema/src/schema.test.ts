import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from './index';

const schema = buildASTSchema(parse(typeDefs.join('\n')));
const ownTypes = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

describe('the public SDL', () => {
  it('builds into one valid schema with the viewer query', () => {
    expect(schema.getQueryType()?.getFields()['viewer']).toBeDefined();
  });

  it('describes every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    for (const type of ownTypes) {
      if (['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description && arg.name !== 'input' && arg.name !== 'id') {
              undocumented.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) undocumented.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('gives every mutation payload a userErrors list', () => {
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    for (const mutation of mutations) {
      const payload = schema.getType(mutation.type.toString().replace('!', ''));
      expect(isObjectType(payload) && payload.getFields()['userErrors']).toBeTruthy();
    }
  });
});
