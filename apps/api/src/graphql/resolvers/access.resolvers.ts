import { z } from 'zod';
import { ROLES } from '@luanchuyen/domain';
import { createApiKey, revokeApiKey, type ApiKeyRow } from '../../auth/api-keys';
import { resetPassword, updateUser } from '../../auth/user-changes';
import { createUser, type UserRow } from '../../auth/users';
import { apiKeyPage, countApiKeys, countUsers, userPage } from '../../read/access.queries';
import { connectionOf, pageRequest, type PageArgs } from '../pagination';
import type { PageRequest } from '../../read/page';
import type { Database } from '@luanchuyen/db';
import type { GraphQLContext } from '../context';
import { AppError } from '../errors';
import type { Resolvers } from '../generated/resolver-types';
import { globalIdOf } from '../../global-ids';
import { failure, type Outcome } from '../../services/outcome';
import type { IdReader } from './id-reader';
import { found, mutation } from './mutation-resolver';

const password = z.string().min(12, 'passwordLength').max(256, 'passwordLength');
const userCreateInput = z.object({
  username: z.string().regex(/^[A-Za-z0-9._-]{3,64}$/, 'usernameFormat'),
  password,
  role: z.enum(ROLES),
  bodyId: z.string().nullish(),
});
const userUpdateInput = z.object({
  role: z.enum(ROLES).nullish(),
  disabled: z.boolean().nullish(),
  bodyId: z.string().nullish(),
});
const userResetPasswordInput = z.object({ password });

const apiKeyCreateInput = z.object({
  // Stored in NFC like every other text; PostgreSQL text cannot hold NUL.
  name: z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'nameLength')
        .max(100, 'nameLength')
        .regex(/^[^\0]*$/, 'invalidField'),
    ),
  role: z.enum(ROLES),
  // Decree 13/2023/NĐ-CP: a key reads personal data only when an ADMIN grants it.
  personalData: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  bodyId: z.string().nullish(),
});

const BODY_NOT_FOUND = failure('NOT_FOUND', 'bodyNotFound', ['input', 'bodyId']);

/** The body's row id when it names a unit, null for the top, undefined when left out. */
function bodyOf(bodyId: string | null | undefined, ids: IdReader) {
  return bodyId === undefined
    ? undefined
    : (ids.optional(bodyId, 'Unit', ['input', 'bodyId']) ?? null);
}

/** Runs the write once the body it names is known to exist (a foreign key would fault). */
async function withBody<T>(
  ctx: GraphQLContext,
  bodyId: string | null | undefined,
  write: () => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  if (bodyId && !(await ctx.loaders.unit.load(bodyId)))
    return { ok: false, failures: [BODY_NOT_FOUND] };
  return write();
}

const USERNAME_TAKEN = failure('USERNAME_TAKEN', 'usernameTaken', ['input', 'username']);
const API_KEY_NOT_FOUND = failure('NOT_FOUND', 'apiKeyNotFound', ['id']);

/** A page of users or keys by name, counted at once: the lists are short, the screen shows the
 * count, and the connection types of these lists carry a plain number. */
async function countedList<R extends { id: string }>(
  page: PageArgs,
  ctx: GraphQLContext,
  fetch: (db: Database, request: PageRequest) => Promise<R[]>,
  count: (db: Database) => Promise<number>,
  nameOf: (row: R) => string,
) {
  const request = pageRequest(page, ['text', 'uuid'], ctx);
  const connection = connectionOf(await fetch(ctx.db, request), request, {
    keyOf: (row) => [nameOf(row), row.id],
    nodeOf: (row) => row,
    count: () => count(ctx.db),
  });
  return { ...connection, totalCount: await connection.totalCount() };
}

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, { principal }: GraphQLContext) => principal,
    users: (_, page, ctx) => countedList(page, ctx, userPage, countUsers, (user) => user.username),
    apiKeys: (_, page, ctx) => countedList(page, ctx, apiKeyPage, countApiKeys, (key) => key.name),
  },
  Viewer: {
    // An anonymous caller never reaches `viewer` (authorization.ts): it has no role to tell.
    role: (principal: GraphQLContext['principal']) => {
      if (principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Not signed in');
      return principal.role;
    },
    user: (principal: GraphQLContext['principal'], _: unknown, { loaders }: GraphQLContext) =>
      principal.kind === 'user' ? loaders.user.load(principal.userId) : null,
    apiKey: (principal: GraphQLContext['principal'], _: unknown, { loaders }: GraphQLContext) =>
      principal.kind === 'apiKey' ? loaders.apiKey.load(principal.apiKeyId) : null,
  },
  User: {
    id: (user: UserRow) => globalIdOf('User', user.id),
    body: (user: UserRow, _: unknown, { loaders }: GraphQLContext) =>
      user.bodyUnitId ? loaders.unit.load(user.bodyUnitId) : null,
  },
  ApiKey: {
    id: (key: ApiKeyRow) => globalIdOf('ApiKey', key.id),
    body: (key: ApiKeyRow, _: unknown, { loaders }: GraphQLContext) =>
      key.bodyUnitId ? loaders.unit.load(key.bodyUnitId) : null,
  },
  Mutation: {
    userCreate: mutation('userCreate', {
      payloadKey: 'user',
      schema: userCreateInput,
      request: ({ data, ids }) => ({ ...data, bodyId: bodyOf(data.bodyId, ids) }),
      run: (user, ctx) =>
        withBody(ctx, user.bodyId, async () =>
          found(await createUser(ctx.db, user, ctx.principal), USERNAME_TAKEN),
        ),
    }),
    userUpdate: mutation('userUpdate', {
      payloadKey: 'user',
      selects: 'User',
      schema: userUpdateInput,
      request: ({ target, data, ids }) => ({
        ...target,
        ...data,
        bodyId: bodyOf(data.bodyId, ids),
      }),
      run: (change, ctx) =>
        withBody(ctx, change.bodyId, () => updateUser(ctx.db, change, ctx.principal, ctx.now)),
    }),
    userResetPassword: mutation('userResetPassword', {
      payloadKey: 'user',
      selects: 'User',
      schema: userResetPasswordInput,
      request: ({ target, data }) => ({ ...target, ...data }),
      run: (change, ctx) => resetPassword(ctx.db, change, ctx.principal),
    }),
    apiKeyCreate: mutation('apiKeyCreate', {
      payloadKey: 'apiKey',
      schema: apiKeyCreateInput,
      request: ({ data, ids }) => ({ ...data, bodyId: bodyOf(data.bodyId, ids) }),
      run: (key, ctx) =>
        withBody(ctx, key.bodyId, async () => ({
          ok: true as const,
          value: await createApiKey(ctx.db, key, ctx.principal),
        })),
      // The secret is answered here once and never again.
      written: ({ apiKey, secret }) => ({ apiKey, secret }),
      refused: { secret: null },
    }),
    apiKeyRevoke: mutation('apiKeyRevoke', {
      payloadKey: 'apiKey',
      selects: 'ApiKey',
      run: async ({ id }, ctx) =>
        found(await revokeApiKey(ctx.db, id, ctx.principal, ctx.now), API_KEY_NOT_FOUND),
    }),
  },
};
