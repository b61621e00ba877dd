import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

// The typed documents in src/lib/gql are generated from libs/schema and this app's documents,
// and committed; this fails when either changed without `nx run admin:codegen`, so the types
// the pages are checked against never lag. Codegen's paths are the workspace root's.
const root = join(import.meta.dirname, '../../../..');
const GENERATED_DIR = 'apps/admin/src/lib/gql';
const STALE = 'run: npx nx run admin:codegen';

// The committed files went through `prettier --write` (codegen's afterAllFileWrite hook).
async function formatted(file: string, content: string): Promise<string> {
  return format(content, { ...(await resolveConfig(file)), filepath: file });
}

describe('admin codegen', () => {
  it('has committed typed documents that match the SDL and the documents', async () => {
    // generate() is typed loosely (its watch mode): its answer is one output per written file.
    const outputs: readonly { filename: string; content: string }[] = await generate(
      { ...config, cwd: root, hooks: {}, silent: true },
      false,
    );
    const generated = new Map(
      outputs.map((output) => [relative(root, resolve(root, output.filename)), output.content]),
    );
    const committed = readdirSync(join(root, GENERATED_DIR)).map((name) =>
      join(GENERATED_DIR, name),
    );
    expect([...generated.keys()].sort(), STALE).toEqual(committed.sort());
    for (const [path, content] of generated) {
      const file = join(root, path);
      const expected = await formatted(file, content);
      expect(readFileSync(file, 'utf8') === expected, `${path}: ${STALE}`).toBe(true);
    }
    // Generating every document takes seconds of CPU: on a loaded 2-core machine, more than 5.
  }, 60_000);
});
