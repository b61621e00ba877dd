import { z } from 'zod';
import { RATINGS } from '@luanchuyen/domain';
import type { GraphQLContext } from '../context';
import { recordEvaluation } from '../../services/evaluation.service';
import {
  IdReader,
  optionalText,
  parse,
  payload,
  refused,
  userErrorsOf,
  type Args,
} from './support.mutations';

// evaluationRecord.

const evaluationInput = z.object({
  cadreId: z.string(),
  year: z.number().int().min(1900).max(2100),
  score: z.number().min(0).max(100).nullish(),
  rating: z.enum(RATINGS).nullish(),
  disciplined: z.boolean().default(false),
  evaluator: optionalText,
  notes: optionalText,
  expectedVersion: z.number().int().nullish(),
});

export const evaluationMutations = {
  Mutation: {
    evaluationRecord: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(evaluationInput, args.input, ctx);
      if (!data) return refused('evaluation', errors);
      const ids = new IdReader();
      const cadreId = ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']);
      if (ids.failures.length) return refused('evaluation', userErrorsOf(ctx, ids.failures));
      const input = {
        ...data,
        cadreId,
        score: data.score ?? null,
        rating: data.rating ?? null,
        expectedVersion: data.expectedVersion ?? null,
      };
      return payload('evaluation', await recordEvaluation(ctx.db, input, ctx.principal), ctx);
    },
  },
};
