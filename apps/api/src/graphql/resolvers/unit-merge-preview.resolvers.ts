import type { Resolvers } from '../generated/resolver-types';
import type { Failure } from '../../services/outcome';
import { planMerge } from '../../services/unit-merge-plan';
import type { GraphQLContext } from '../context';
import { userErrorsOf } from '../user-errors';
import { IdReader } from './id-reader';
import { parse } from './input-schemas';
import { mergeInput, mergeRequest, SUCCESSOR_REQUIRED } from './unit-merge-input';

// unitMergePreview: unitMerge's input read and checked as unitMerge reads it (the same schema,
// ids and planMerge), answered as what would close, open and be created, writing nothing.

const NOTHING = { closing: [], successor: null, successorPosts: [] };

const refused = (ctx: GraphQLContext, failures: readonly Failure[]) => ({
  ...NOTHING,
  userErrors: userErrorsOf(ctx, failures),
});

export const unitMergePreviewResolvers: Resolvers = {
  Query: {
    unitMergePreview: async (_, args, ctx) => {
      const parsed = parse(mergeInput, args.input, ctx);
      if (parsed.errors) return { ...NOTHING, userErrors: parsed.errors };
      const ids = new IdReader();
      const { successor, ...merge } = mergeRequest(parsed.data, ids);
      if (ids.failures.length > 0) return refused(ctx, ids.failures);
      if (!successor) return refused(ctx, [SUCCESSOR_REQUIRED]);
      const planned = await planMerge(ctx.db, { ...merge, successor });
      if (!planned.ok) return refused(ctx, planned.failures);
      const { closing, successor: opened, posts } = planned.value;
      return {
        closing,
        successor: {
          ...opened.fields,
          unit: opened.unit,
          opening: opened.opening,
          area: opened.area,
        },
        successorPosts: posts,
        userErrors: [],
      };
    },
  },
};
