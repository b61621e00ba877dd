import type { Resolvers } from '../generated/resolver-types';
import { publishPlan, publishRotation } from '../../services/publication.service';
import { mutation } from './mutation-resolver';

// rotationPublish and rotationPlanPublish: thin resolvers around services/publication.service.

export const publicationMutations: Resolvers = {
  Mutation: {
    rotationPublish: mutation('rotationPublish', {
      payloadKey: 'rotation',
      selects: 'Rotation',
      request: ({ target, args }) => ({ ...target, published: args.published }),
      run: (change, ctx) => publishRotation(ctx.db, change, ctx.principal),
    }),
    rotationPlanPublish: mutation('rotationPlanPublish', {
      payloadKey: 'rotationPlan',
      selects: 'RotationPlan',
      request: ({ target, args }) => ({ ...target, published: args.published }),
      run: (change, ctx) => publishPlan(ctx.db, change, ctx.principal),
    }),
  },
};
