import baseConfig from '../../eslint.config.mjs';

// The rules are pure functions of facts and a reference date: no clock, no randomness, no
// environment, no I/O, no logging. Lint proves it on top of the workspace's import bans.
const impure = 'libs/rules is pure: pass facts and the reference date in.';
const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'worker_threads',
  'crypto',
  'process',
];

export default [
  ...baseConfig,
  {
    // This file extends the workspace config by path, which is how flat configs compose.
    files: ['eslint.config.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: `${impure} Use IsoDate strings from @luanchuyen/domain.` },
        { name: 'Temporal', message: `${impure} Use the date helpers of @luanchuyen/domain.` },
        { name: 'process', message: impure },
        { name: 'fetch', message: impure },
        { name: 'XMLHttpRequest', message: impure },
        { name: 'console', message: impure },
        { name: 'performance', message: impure },
        { name: 'setTimeout', message: impure },
        { name: 'setInterval', message: impure },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: impure,
        },
        { selector: "MemberExpression[object.name='crypto']", message: impure },
      ],
      // The workspace's `bannedExternalImports` only sees npm packages, not Node's built-in
      // modules, so those are banned here by name.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'temporal-polyfill', message: 'Use the date helpers of @luanchuyen/domain.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: impure })),
          ],
          patterns: [{ group: ['node:*'], message: impure }],
        },
      ],
    },
  },
];
