import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the import rules of ARCHITECTURE.md are enforced, not just written down: lint a file
// as if it lived in each project and check that forbidden imports are reported.

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
const BOUNDARY_RULES = [
  '@nx/enforce-module-boundaries',
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
];

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => BOUNDARY_RULES.includes(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('module boundaries', () => {
  it.each([
    ['libs/rules/src/fixture.ts', "import { users } from '@luanchuyen/db';"],
    ['libs/rules/src/fixture.ts', "import { typeDefs } from '@luanchuyen/schema';"],
    ['libs/rules/src/fixture.ts', "import { drizzle } from 'drizzle-orm/pglite';"],
    ['libs/rules/src/fixture.ts', "import { readFileSync } from 'node:fs';"],
    ['libs/domain/src/fixture.ts', "import { checkRotation } from '@luanchuyen/rules';"],
    ['libs/domain/src/fixture.ts', "import pg from 'pg';"],
    ['libs/db/src/fixture.ts', "import { typeDefs } from '@luanchuyen/schema';"],
    ['libs/schema/src/fixture.ts', "import { users } from '@luanchuyen/db';"],
    // Inside the API: http → graphql → services → facts/read → db, nothing upward.
    ['apps/api/src/read/fixture.ts', "import { pageRequest } from '../graphql/pagination';"],
    [
      'apps/api/src/facts/fixture.ts',
      "import { runRotationCheck } from '../services/rotation-check.service';",
    ],
    ['apps/api/src/services/fixture.ts', "import { AppError } from '../graphql/errors';"],
    ['apps/api/src/auth/fixture.ts', "import { sendError } from '../http/send-error';"],
    ['apps/api/src/graphql/fixture.ts', "import { createAppServer } from '../http/app';"],
    ['apps/api/src/graphql/resolvers/fixture.ts', "import { start } from '../../start';"],
    ['apps/api/src/config.fixture.ts', "import { recordsById } from './read/records.queries';"],
    ['apps/api/src/i18n/fixture.ts', "import { audit } from '../services/audit';"],
    ['apps/api/src/graphql/fixture.ts', "import { eq } from 'drizzle-orm';"],
    ['apps/api/src/http/fixture.ts', "import { sql } from 'drizzle-orm';"],
  ])('reports %s importing: %s', async (file, source) => {
    expect(await boundaryErrors(file, `${source}\nexport const x = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['libs/rules/src/fixture.ts', "import { compareDates } from '@luanchuyen/domain';"],
    ['libs/db/src/fixture.ts', "import { BLOCS } from '@luanchuyen/domain';"],
    ['apps/api/src/fixture.ts', "import { typeDefs } from '@luanchuyen/schema';"],
    ['apps/api/src/http/fixture.ts', "import { createLoaders } from '../graphql/loaders';"],
    [
      'apps/api/src/graphql/fixture.ts',
      "import { runRotationCheck } from '../services/rotation-check.service';",
    ],
    ['apps/api/src/graphql/fixture.ts', "import { recordsById } from '../read/records.queries';"],
    [
      'apps/api/src/services/fixture.ts',
      "import { loadRotationFactsData } from '../facts/rotation-facts.queries';",
    ],
    ['apps/api/src/read/fixture.ts', "import { globalIdOf } from '../global-ids';"],
    ['apps/api/src/graphql/fixture.ts', "import type { SQL } from 'drizzle-orm';"],
  ])('allows %s importing: %s', async (file, source) => {
    expect(await boundaryErrors(file, `${source}\nexport const x = 1;\n`)).toEqual([]);
  });

  // A circle: read/records.queries.ts imports prepared.ts, so prepared.ts may not import it back.
  it('reports an import circle', async () => {
    const source =
      "import { recordsById } from './records.queries';\nexport const x = recordsById;\n";
    expect(await boundaryErrors('apps/api/src/read/prepared.ts', source)).toEqual([
      'Dependency cycle detected',
    ]);
  });
});
