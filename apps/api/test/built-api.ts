import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The bundled server (`api:build`): the api test target depends on it, so Nx builds it (or
// restores it from its cache) before the tests, and no test rebuilds the dist folder that the
// browser tests may be serving from at the same moment.
const ROOT = join(import.meta.dirname, '../../..');
export const BUILT_API = join(ROOT, 'dist/apps/api');

export function requireBuiltApi(): void {
  if (!existsSync(join(BUILT_API, 'main.mjs'))) {
    throw new Error(
      'dist/apps/api is not built. Run the API tests through Nx (`npx nx run api:test` or `api:faults`), which ' +
        'builds it first, or run `npx nx run api:build`.',
    );
  }
}
