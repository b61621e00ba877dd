import { z } from 'zod';
import { BLOCS, UNIT_LEVELS } from '@luanchuyen/domain';
import { failure } from '../../services/outcome';
import type { UnitMergeInput } from '../../services/unit-merge-plan';
import type { IdReader } from './id-reader';
import { documentInput, name } from './input-schemas';

// UnitMergeInput as unitMerge and unitMergePreview both read it: one schema and one decoding of
// its ids, so the preview answers the very user errors the merge would.

export const unitFields = {
  name,
  bloc: z.enum(BLOCS),
  level: z.enum(UNIT_LEVELS),
  areaId: z.string(),
  parentId: z.string().nullish(),
};

export const mergeInput = z.object({
  unitIds: z.array(z.string()).min(1),
  date: z.string(),
  successorId: z.string().nullish(),
  successor: z.object(unitFields).nullish(),
  decision: documentInput,
});

export const SUCCESSOR_REQUIRED = failure('INVALID_INPUT', 'successorRequired', [
  'input',
  'successor',
]);

/** The merge's successor: an existing unit, a new one, or null when neither is given. */
function successorOf(data: z.output<typeof mergeInput>, ids: IdReader) {
  const successorId = ids.optional(data.successorId, 'Unit', ['input', 'successorId']);
  const areaId = data.successor
    ? ids.one(data.successor.areaId, 'Area', ['input', 'successor', 'areaId'])
    : '';
  const parentId =
    ids.optional(data.successor?.parentId, 'Unit', ['input', 'successor', 'parentId']) ?? null;
  if (successorId) return { unitId: successorId };
  return data.successor ? { unit: { ...data.successor, areaId, parentId } } : null;
}

/** The service's request, its successor null when the input names none. */
export function mergeRequest(
  data: z.output<typeof mergeInput>,
  ids: IdReader,
): Omit<UnitMergeInput, 'successor'> & { successor: UnitMergeInput['successor'] | null } {
  return {
    ...data,
    unitIds: ids.many(data.unitIds, 'Unit', ['input', 'unitIds']),
    successor: successorOf(data, ids),
  };
}
