import { QUERY_LIMITS } from '../src/graphql/limits';

// QUALITY.md's hostile documents, built once and shared by the limits test and the bad-input
// corpus: each must be refused with a client error before execution.

export const hostileDocuments: readonly [string, string][] = [
  ['depth 50', `{ viewer { ${'user { '.repeat(50)}username${' }'.repeat(50)} } }`],
  [
    '10k aliases',
    `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`,
  ],
  [
    '10k fragments',
    `{ viewer { ...f0 } } ${Array.from({ length: 10_000 }, (_, i) => `fragment f${i} on Viewer { role ${i < 9_999 ? `...f${i + 1}` : ''} }`).join(' ')}`,
  ],
  [
    '200×100 inline fragments',
    `{ viewer { ${Array.from({ length: 200 }, () => `... on Viewer { ${'role '.repeat(100)} }`).join(' ')} } }`,
  ],
  ['a directive flood', `{ viewer { role ${'@include(if: true) '.repeat(500)} } }`],
  ['too many tokens', `{ viewer { ${'role '.repeat(QUERY_LIMITS.maxTokens + 10)} } }`],
];
