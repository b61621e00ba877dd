import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '@luanchuyen/schema';
import { rootPolicy, uncoveredRootFields, withAuthorization } from './authorization';
import { accessResolvers } from './resolvers/access.resolvers';
import { mergeResolvers, readResolvers } from './resolvers/read.resolvers';
import { writeResolvers } from './resolvers/write.mutations';
import { DateScalar, DateTimeScalar } from './scalars';

/** The SDL from libs/schema with our resolvers; throws if a root field has no access policy. */
export function buildExecutableSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: [...typeDefs],
    resolvers: withAuthorization(
      mergeResolvers([
        { Date: DateScalar, DateTime: DateTimeScalar, ...accessResolvers },
        ...readResolvers,
        ...writeResolvers,
      ]),
      rootPolicy,
    ),
    inheritResolversFromInterfaces: true,
  });
  const missing = uncoveredRootFields(schema, rootPolicy);
  if (missing.length > 0) {
    throw new Error(`Root fields without an access policy: ${missing.join(', ')}`);
  }
  return schema;
}
