import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users, type DbHandle } from '@luanchuyen/db';
import { loadDemoOnFirstStart } from '../src/demo/first-start';
import { CITY_BODY_NAME, KY_LUA_BODY_NAME } from '../src/demo/lang-son/bodies';
import { countCadres } from '../src/read/cadre.queries';
import { countRotations } from '../src/read/rotation.queries';
import { engines } from './harness';

// Issue 17's demo: two managing bodies, the city and the Kỳ Lừa ward formed on 1/7/2025, each
// with an ORGANIZER whose password the first start prints once (embedded demo only), and each
// managing cadres of its own, so the scopes can be tried at once.

const logger = pino({ level: 'silent' });
const TODAY = '2026-12-03';

describe.each(engines.filter((engine) => engine.name === 'pglite'))(
  'the demo scopes on $name',
  (engine) => {
    let handle: DbHandle;
    const printed: string[] = [];

    beforeAll(async () => {
      handle = await engine.open();
      expect(
        await loadDemoOnFirstStart(handle, logger, 'auto', undefined, {}, (line) =>
          printed.push(line),
        ),
      ).toBe(true);
    });
    afterAll(() => handle?.close());

    const bodyOf = async (username: string) => {
      const [row] = await handle.db
        .select({ role: users.role, bodyId: users.bodyUnitId })
        .from(users)
        .where(eq(users.username, username));
      return row;
    };

    it('creates an organizer for each body and prints each password once', async () => {
      for (const [username, body] of [
        ['thanh-uy', CITY_BODY_NAME],
        ['ky-lua', KY_LUA_BODY_NAME],
      ] as const) {
        expect((await bodyOf(username))?.role).toBe('ORGANIZER');
        const line = printed.findIndex((text) => text.includes(`(${body}): ${username}`));
        expect(line).toBeGreaterThanOrEqual(0);
        expect(printed[line + 1]).toMatch(/chỉ hiện một lần \/ shown once\): [A-Za-z0-9_-]{24}$/);
      }
    });

    it('gives each body cadres of its own, and the top all of them', async () => {
      const city = (await bodyOf('thanh-uy'))?.bodyId ?? '';
      const kyLua = (await bodyOf('ky-lua'))?.bodyId ?? '';
      const all = await countCadres(handle.db, { asOf: TODAY });
      const ofCity = await countCadres(handle.db, {
        asOf: TODAY,
        scope: { bodyId: city, on: TODAY },
      });
      const ofKyLua = await countCadres(handle.db, {
        asOf: TODAY,
        scope: { bodyId: kyLua, on: TODAY },
      });
      expect(ofKyLua).toBeGreaterThan(0);
      expect(ofCity).toBeGreaterThan(ofKyLua);
      expect(ofCity + ofKyLua).toBe(all);
      // The day before the reorganisation, the ward did not yet manage anyone: all were the city's.
      const before = '2025-06-30';
      expect(
        await countCadres(handle.db, { asOf: before, scope: { bodyId: kyLua, on: before } }),
      ).toBe(0);
      expect(
        await countCadres(handle.db, { asOf: before, scope: { bodyId: city, on: before } }),
      ).toBe(all);
      // The article's 24 rotations are of the city's cadres, or of cadres the ward took over.
      const rotations = await countRotations(handle.db, {});
      const cityRotations = await countRotations(handle.db, { scope: { bodyId: city, on: TODAY } });
      const wardRotations = await countRotations(handle.db, {
        scope: { bodyId: kyLua, on: TODAY },
      });
      expect(cityRotations + wardRotations).toBe(rotations);
    });
  },
);
