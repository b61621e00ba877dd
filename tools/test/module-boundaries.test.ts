import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the import rules of ARCHITECTURE.md are enforced, not just written down: lint a file
// as if it lived in each project and check that forbidden imports are reported.

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
const BOUNDARY_RULES = ['@nx/enforce-module-boundaries', 'no-restricted-imports'];

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
  ])('reports %s importing: %s', async (file, source) => {
    expect(await boundaryErrors(file, `${source}\nexport const x = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['libs/rules/src/fixture.ts', "import { compareDates } from '@luanchuyen/domain';"],
    ['libs/db/src/fixture.ts', "import { BLOCS } from '@luanchuyen/domain';"],
    ['apps/api/src/fixture.ts', "import { typeDefs } from '@luanchuyen/schema';"],
  ])('allows %s importing: %s', async (file, source) => {
    expect(await boundaryErrors(file, `${source}\nexport const x = 1;\n`)).toEqual([]);
  });
});
