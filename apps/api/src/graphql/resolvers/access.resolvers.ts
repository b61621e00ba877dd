import { z } from 'zod';
import { ROLES } from '@luanchuyen/domain';
import { createApiKey, revokeApiKey, type ApiKeyRow } from '../../auth/api-keys';
import { createUser, type UserRow } from '../../auth/users';
import type { GraphQLContext } from '../context';
import { globalIdOf, rowIdOf } from '../../global-ids';
import { inputErrors, userError } from '../user-errors';

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

type Args<T> = { input: T };

export const accessResolvers = {
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
    userCreate: async (_: unknown, args: Args<unknown>, ctx: GraphQLContext) => {
      const input = userCreateInput.safeParse(args.input);
      if (!input.success) return { user: null, userErrors: inputErrors(ctx.language, input.error) };
      const user = await createUser(ctx.db, input.data, ctx.principal);
      return user
        ? { user, userErrors: [] }
        : {
            user: null,
            userErrors: [
              userError(ctx.language, 'USERNAME_TAKEN', 'usernameTaken', ['input', 'username']),
            ],
          };
    },
    apiKeyCreate: async (_: unknown, args: Args<unknown>, ctx: GraphQLContext) => {
      const input = apiKeyCreateInput.safeParse(args.input);
      if (!input.success) {
        return { apiKey: null, secret: null, userErrors: inputErrors(ctx.language, input.error) };
      }
      const { apiKey, secret } = await createApiKey(ctx.db, input.data, ctx.principal);
      return { apiKey, secret, userErrors: [] };
    },
    apiKeyRevoke: async (_: unknown, args: { id: string }, ctx: GraphQLContext) => {
      const ref = rowIdOf(args.id, 'ApiKey');
      const apiKey = ref ? await revokeApiKey(ctx.db, ref.id, ctx.principal, ctx.now) : null;
      return apiKey
        ? { apiKey, userErrors: [] }
        : {
            apiKey: null,
            userErrors: [userError(ctx.language, 'NOT_FOUND', 'apiKeyNotFound', ['id'])],
          };
    },
  },
};
