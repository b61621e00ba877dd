import type { Resolvers } from '../generated/resolver-types';
import { auditResolvers } from './audit.resolvers';
import { cadreResolvers } from './cadre.resolvers';
import { changesResolvers } from './changes.resolvers';
import { eligibilityResolvers } from './eligibility.resolvers';
import { nodeResolvers } from './node.resolvers';
import { personalDataResolvers } from './personal-data.resolvers';
import { planResolvers } from './plan.resolvers';
import { publicRotationResolvers } from './public-rotation.resolvers';
import { registryResolvers } from './registry.resolvers';
import { rotationCheckResolvers } from './rotation-check.resolvers';
import { rotationResolvers } from './rotation.resolvers';
import { unitMergePreviewResolvers } from './unit-merge-preview.resolvers';

/** The read API (API.md "Queries"): every query and the object fields below them. */
export const readResolvers: readonly Resolvers[] = [
  nodeResolvers,
  registryResolvers,
  unitMergePreviewResolvers,
  cadreResolvers,
  eligibilityResolvers,
  rotationResolvers,
  rotationCheckResolvers,
  planResolvers,
  auditResolvers,
  changesResolvers,
  publicRotationResolvers,
  personalDataResolvers,
];

/**
 * One resolver map from several, type by type (Query fields from every area in one Query).
 * A field defined twice is a wiring mistake, so it throws at start rather than shadowing.
 */
export function mergeResolvers(maps: readonly object[]): Record<string, object> {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map) as [string, object][]) {
      const target = merged[typeName];
      // Scalars (GraphQLScalarType instances) are taken whole; field maps are combined.
      if (fields.constructor !== Object || target === undefined) {
        merged[typeName] = fields.constructor === Object ? { ...fields } : fields;
        continue;
      }
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        Object.assign(target, { [field]: resolver });
      }
    }
  }
  return merged;
}
