import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// `nx run admin:codegen`: typed documents for the admin app from the SDL in libs/schema. Every
// `*.graphql.ts` file of the schema lib is read, so an area of the domain counts as soon as its
// file exists; the generated files are committed, like the API's resolver types.

const schemaDir = join(import.meta.dirname, '../../libs/schema/src');
const rootTypeDefs = 'type Query\ntype Mutation';

async function schemaSources(): Promise<string[]> {
  const files = readdirSync(schemaDir).filter((file) => file.endsWith('.graphql.ts'));
  const modules = await Promise.all(
    files.map((file) => import(join(schemaDir, file)) as Promise<Record<string, unknown>>),
  );
  const sdl = modules.flatMap((module) =>
    Object.values(module).filter((value): value is string => typeof value === 'string'),
  );
  return [rootTypeDefs, ...sdl];
}

const config: CodegenConfig = {
  schema: (await schemaSources()).join('\n'),
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/lib/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/admin/src/lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
