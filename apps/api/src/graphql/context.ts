import type { Logger } from 'pino';
import type { Database } from '@luanchuyen/db';
import type { IsoDate } from '@luanchuyen/domain';
import type { Principal } from '../auth/principal';
import type { ManagementScope } from '../read/scope';
import type { Loaders } from './loaders';

/** Built once per request: who is calling, the database, the clock reading for this request. */
export type GraphQLContext = {
  principal: Principal;
  db: Database;
  logger: Logger;
  /** One reading of the clock per request, so every rule in it sees the same instant. */
  now: Date;
  /** The day of `now` in Vietnam: the reference date of "overdue", "this year" and the like. */
  today: IsoDate;
  language: 'vi' | 'en';
  /** The caller's management scope on `today` (services/scope.ts); null at the top. */
  scope: ManagementScope | null;
  /** Fresh per request: batches the reads of one request, caches nothing across requests. */
  loaders: Loaders;
};
