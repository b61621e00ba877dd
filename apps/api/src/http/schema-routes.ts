import { Router } from 'express';
import type { Database } from '@luanchuyen/db';
import { printPublishedSchema } from '@luanchuyen/schema';
import type { Clock } from '../clock';
import { admit } from './admit';

// GET /graphql/schema.graphql: the published SDL (libs/schema/schema.graphql), for code
// generators and schema registries. It tells what introspection tells, so it is given to the
// same callers: any signed-in user or API key, never an anonymous one.

export function schemaRoutes(db: Database, clock: Clock, corsOrigins: readonly string[]): Router {
  const router = Router();
  let printed: string | undefined;
  router.get('/graphql/schema.graphql', async (request, response, next) => {
    try {
      if (!(await admit(db, request, response, clock.now(), corsOrigins))) return;
      printed ??= printPublishedSchema();
      response.setHeader('Cache-Control', 'no-cache');
      response.type('application/graphql; charset=utf-8').send(printed);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
