import { Router } from 'express';
import type { Database } from '@luanchuyen/db';
import { printPublishedSchema } from '@luanchuyen/schema';
import { identify, refusedCredential } from '../auth/identify';
import type { Clock } from '../clock';
import { languageOf, t } from '../i18n/messages';
import { fromAllowedOrigin } from './cors';
import { sendError } from './send-error';

// GET /graphql/schema.graphql: the published SDL (libs/schema/schema.graphql), for code
// generators and schema registries. It tells what introspection tells, so it is given to the
// same callers: any signed-in user or API key, never an anonymous one.

export function schemaRoutes(db: Database, clock: Clock, corsOrigins: readonly string[]): Router {
  const router = Router();
  let printed: string | undefined;
  router.get('/graphql/schema.graphql', async (request, response, next) => {
    try {
      const language = languageOf(request.headers['accept-language']);
      if (
        !(await identify(db, request, clock.now(), {
          cookies: !fromAllowedOrigin(request, corsOrigins),
        }))
      ) {
        const revoked = (await refusedCredential(db, request)) === 'KEY_REVOKED';
        return revoked
          ? sendError(response, 401, 'KEY_REVOKED', t(language, 'keyRevoked'))
          : sendError(response, 401, 'UNAUTHENTICATED', t(language, 'notSignedIn'));
      }
      printed ??= printPublishedSchema();
      response.setHeader('Cache-Control', 'no-cache');
      response.type('application/graphql; charset=utf-8').send(printed);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
