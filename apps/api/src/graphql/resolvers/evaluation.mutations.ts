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
      const outcome = await recordEvaluation(ctx.db, input, ctx.principal, ctx.today);
      return payload('evaluation', outcome, ctx);
    },
  },
};
