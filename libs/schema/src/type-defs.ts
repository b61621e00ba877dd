import { accessTypeDefs } from './access.graphql';
import { auditTypeDefs } from './audit.graphql';
import { cadreMutationsTypeDefs } from './cadre-mutations.graphql';
import { cadresTypeDefs } from './cadres.graphql';
import { changesTypeDefs } from './changes.graphql';
import { documentsTypeDefs } from './documents.graphql';
import { eligibilityTypeDefs } from './eligibility.graphql';
import { evaluationMutationsTypeDefs } from './evaluation-mutations.graphql';
import { nodeTypeDefs } from './node.graphql';
import { personalDataTypeDefs } from './personal-data.graphql';
import { planMutationsTypeDefs } from './plan-mutations.graphql';
import { publicDisclosureTypeDefs } from './public-disclosure.graphql';
import { plansTypeDefs } from './plans.graphql';
import { registryMutationsTypeDefs } from './registry-mutations.graphql';
import { registryTypeDefs } from './registry.graphql';
import { rotationCheckTypeDefs } from './rotation-check.graphql';
import { rotationMutationsTypeDefs } from './rotation-mutations.graphql';
import { rotationsTypeDefs } from './rotations.graphql';
import { scalarsTypeDefs } from './scalars.graphql';

// The root types are declared once here; each area of the domain extends them in its own file.
const rootTypeDefs = /* GraphQL */ `
  "Reads: registry, rotation history, statistics and rules."
  type Query
  "Changes: each one business action, returning the changed object and userErrors."
  type Mutation
`;

/** The whole SDL of the public API, one string per area of the domain. */
export const typeDefs: readonly string[] = [
  rootTypeDefs,
  scalarsTypeDefs,
  accessTypeDefs,
  nodeTypeDefs,
  documentsTypeDefs,
  registryTypeDefs,
  cadresTypeDefs,
  eligibilityTypeDefs,
  rotationsTypeDefs,
  rotationCheckTypeDefs,
  plansTypeDefs,
  registryMutationsTypeDefs,
  cadreMutationsTypeDefs,
  rotationMutationsTypeDefs,
  planMutationsTypeDefs,
  evaluationMutationsTypeDefs,
  auditTypeDefs,
  changesTypeDefs,
  publicDisclosureTypeDefs,
  personalDataTypeDefs,
];
