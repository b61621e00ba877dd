import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config, { RESOLVER_TYPES_FILE } from '../codegen';

// The resolver types are generated from libs/schema and committed; this fails when the SDL
// changed without `nx run api:codegen`, so the types the resolvers are checked against never lag.
const root = join(import.meta.dirname, '../../..');

describe('schema codegen', () => {
  it('has committed resolver types that match the SDL', async () => {
    const [output] = await generate({ ...config, hooks: {}, silent: true }, false);
    const file = join(root, RESOLVER_TYPES_FILE);
    const expected = await format(output?.content ?? '', {
      ...(await resolveConfig(file)),
      filepath: file,
    });
    expect(readFileSync(file, 'utf8') === expected, 'run: npx nx run api:codegen').toBe(true);
  });
});
