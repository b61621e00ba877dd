import { cadreMutations } from './cadre.mutations';
import { evaluationMutations } from './evaluation.mutations';
import { planMutations } from './plan.mutations';
import { publicationMutations } from './publication.mutations';
import { registryMutations } from './registry.mutations';
import { rotationMutations } from './rotation.mutations';

/** Every write of API.md "Mutations" besides users and API keys. */
export const writeResolvers = [
  registryMutations,
  cadreMutations,
  rotationMutations,
  planMutations,
  publicationMutations,
  evaluationMutations,
];
