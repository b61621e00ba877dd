import { z } from 'zod';
import { ROLES } from '@luanchuyen/domain';
import { createApiKey, revokeApiKey, type ApiKeyRow } from '../../auth/api-keys';
import { createUser, type UserRow } from '../../auth/users';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolver-types';
import { globalIdOf } from '../../global-ids';
import { failure } from '../../services/outcome';
import { found, mutation } from './mutation-resolver';

const userCreateInput = z.object({
  username: z.string().regex(/^[A-Za-z0-9._-]{3,64}$/, 'usernameFormat'),
  password: z.string().min(12, 'passwordLength').max(256, 'passwordLength'),
  role: z.enum(ROLES),
});

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
});

const USERNAME_TAKEN = failure('USERNAME_TAKEN', 'usernameTaken', ['input', 'username']);
const API_KEY_NOT_FOUND = failure('NOT_FOUND', 'apiKeyNotFound', ['id']);

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, { principal }: GraphQLContext) => principal,
  },
  Viewer: {
    role: (principal: GraphQLContext['principal']) => principal.role,
    user: (principal: GraphQLContext['principal'], _: unknown, { loaders }: GraphQLContext) =>
      principal.kind === 'user' ? loaders.user.load(principal.userId) : null,
    apiKey: (principal: GraphQLContext['principal'], _: unknown, { loaders }: GraphQLContext) =>
      principal.kind === 'apiKey' ? loaders.apiKey.load(principal.apiKeyId) : null,
  },
  User: {
    id: (user: UserRow) => globalIdOf('User', user.id),
  },
  ApiKey: {
    id: (key: ApiKeyRow) => globalIdOf('ApiKey', key.id),
  },
  Mutation: {
    userCreate: mutation('userCreate', {
      payloadKey: 'user',
      schema: userCreateInput,
      run: async (user, ctx) =>
        found(await createUser(ctx.db, user, ctx.principal), USERNAME_TAKEN),
    }),
    apiKeyCreate: mutation('apiKeyCreate', {
      payloadKey: 'apiKey',
      schema: apiKeyCreateInput,
      run: async (key, ctx) => ({
        ok: true,
        value: await createApiKey(ctx.db, key, ctx.principal),
      }),
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
