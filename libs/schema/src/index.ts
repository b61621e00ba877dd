import { accessTypeDefs } from './access.graphql';
import { scalarsTypeDefs } from './scalars.graphql';

// The root types are declared once here; each area of the domain extends them in its own file.
const rootTypeDefs = /* GraphQL */ `
  "Reads: registry, rotation history, statistics and rules."
  type Query
  "Changes: each one business action, returning the changed object and userErrors."
  type Mutation
`;

/** The whole SDL of the public API, one string per area of the domain. */
export const typeDefs: readonly string[] = [rootTypeDefs, scalarsTypeDefs, accessTypeDefs];
