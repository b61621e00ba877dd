import type { Logger } from 'pino';
import type { Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';

/** Built once per request: who is calling, the database, the clock reading for this request. */
export type GraphQLContext = {
  principal: Principal;
  db: Database;
  logger: Logger;
  /** One reading of the clock per request, so every rule in it sees the same instant. */
  now: Date;
  language: 'vi' | 'en';
};
