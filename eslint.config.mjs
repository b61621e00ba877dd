import nx from '@nx/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

// Who may import whom (ARCHITECTURE.md). Tags live in each project.json.
export const depConstraints = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:schema', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:db', onlyDependOnLibsWithTags: ['type:domain'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:domain', 'type:rules', 'type:schema', 'type:db'],
  },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:domain', 'type:rules', 'type:schema', 'type:db'],
  },
  // The browser app never reaches the database layer.
  { sourceTag: 'scope:client', notDependOnLibsWithTags: ['scope:server'] },
  // Pure libraries: no database drivers, no frameworks, no I/O.
  {
    sourceTag: 'scope:pure',
    bannedExternalImports: [
      'drizzle-orm',
      'drizzle-orm/*',
      'pg',
      '@electric-sql/*',
      'react',
      'react-dom',
      'urql',
      '@urql/*',
      '@apollo/*',
      'graphql',
      'express',
      'pino',
    ],
  },
];

// The layers inside the API (ARCHITECTURE.md), lowest first: a folder may import its own layer
// and the layers below it, never one above. `base` is the root files and i18n, which every
// layer uses; the data layer (facts for the rules, read for what the API serves) speaks SQL;
// services (with auth) decide and write, papers render what the data layer reads into files,
// imports read files into the services;
// graphql and http present; start and main assemble.
const API = 'apps/api/src';
export const apiLayers = [
  // Every file at the root of src but the two entry points, and the message catalogue.
  { name: 'base', folders: ['!(start|main).ts', 'i18n'] },
  { name: 'data', folders: ['facts', 'read'] },
  { name: 'services', folders: ['services', 'auth', 'papers', 'imports'] },
  { name: 'graphql', folders: ['graphql'] },
  { name: 'http', folders: ['http', 'demo'] },
  { name: 'entry', folders: ['start.ts', 'main.ts'] },
];

const layerZones = apiLayers.flatMap((layer, index) => {
  const above = apiLayers.slice(index + 1).flatMap((upper) => upper.folders);
  return layer.folders.flatMap((folder) =>
    above.length === 0
      ? []
      : [
          {
            target: `./${API}/${folder}`,
            from: above.map((upper) => `./${API}/${upper}`),
            message: `the ${layer.name} layer of the API may not import a layer above it (ARCHITECTURE.md).`,
          },
        ],
  );
});

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/coverage', '**/.nx', '**/data', '**/migrations'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // `npm run import` (tools/import.ts) runs the API's own import path; `npm run
          // bench:import` writes its file with the import's template writer, and the 20,000-row
          // import test imports the benchmark's people; the statement-count test counts the
          // benchmark's own Q1.
          allow: [
            '../apps/api/src/imports/import-cli',
            '../../apps/api/src/imports/**',
            '../../../tools/bench/bench-cadres',
            '../../../tools/bench/operations',
          ],
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Nx sees only npm packages; Node's built-ins are kept out of the pure libraries here.
    files: ['libs/domain/**/*.ts', 'libs/rules/**/*.ts'],
    ignores: ['**/*.test.ts', '**/vitest.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:.*|fs|path|http|https|net|child_process|os|crypto|worker_threads)$',
              message: 'domain and rules are pure: no I/O, no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    // No import circles anywhere, and the API's layers import downwards only.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too, or a circle through a .ts file goes unseen.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        { zones: layerZones, basePath: import.meta.dirname },
      ],
    },
  },
  {
    // SQL belongs to the data layer and the services: the presenting layers only call them.
    files: [`${API}/graphql/**/*.ts`, `${API}/http/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*'],
              allowTypeImports: true,
              message:
                'graphql and http do not build SQL: call a read/ or facts/ query or a service.',
            },
          ],
        },
      ],
    },
  },
  prettier,
];
