import { z } from 'zod';
import { RATINGS } from '@luanchuyen/domain';
import type { Resolvers } from '../generated/resolver-types';
import { recordEvaluation } from '../../services/evaluation.service';
import { mutation } from './mutation-resolver';
import { optionalText } from './input-schemas';

// evaluationRecord. The year and score are only typed here: what years and scores rule 5
// accepts (not in the future, 0 to 100, within the band) is the rule's to say, with its codes.

const evaluationInput = z.object({
  cadreId: z.string(),
  year: z.number().int(),
  score: z.number().nullish(),
  rating: z.enum(RATINGS).nullish(),
  disciplined: z.boolean().default(false),
  evaluator: optionalText,
  notes: optionalText,
  expectedVersion: z.number().int().nullish(),
});

export const evaluationMutations: Resolvers = {
  Mutation: {
    evaluationRecord: mutation('evaluationRecord', {
      payloadKey: 'evaluation',
      schema: evaluationInput,
      request: ({ data, ids }) => ({
        ...data,
        cadreId: ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']),
        score: data.score ?? null,
        rating: data.rating ?? null,
        expectedVersion: data.expectedVersion ?? null,
      }),
      scope: ({ cadreId }) => [{ kind: 'cadre', id: cadreId, field: ['input', 'cadreId'] }],
      run: (evaluation, ctx) => recordEvaluation(ctx.db, evaluation, ctx.principal, ctx.today),
    }),
  },
};
