import nx from '@nx/eslint-plugin';
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
      'node:*',
      'fs',
      'path',
      'http',
      'child_process',
    ],
  },
];

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
          allow: [],
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  prettier,
];
