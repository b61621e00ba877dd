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
  prettier,
];
