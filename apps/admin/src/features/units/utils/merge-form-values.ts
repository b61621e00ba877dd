import type { Problem, Reading } from '../../../components/forms/use-checked-form';
import { isIsoDate } from '../../../lib/format';
import type { Bloc, UnitLevel, UnitMergeInput } from '../../../lib/gql/graphql';

// The merger form: the units that close, the merge date (the successor's first day) and the
// successor, new or existing. Its UnitMergeInput is sent first to unitMergePreview and then,
// unchanged, to unitMerge, whose user errors land beside these fields.

export type MergeDraft = {
  unitIds: readonly string[];
  date: string;
  mode: 'new' | 'existing';
  successorId: string;
  name: string;
  bloc: Bloc | '';
  level: UnitLevel | '';
  areaId: string;
};
export type MergeField = 'unitIds' | 'date' | 'successorId' | 'name' | 'bloc' | 'level' | 'areaId';

export const EMPTY_MERGE: MergeDraft = {
  unitIds: [],
  date: '',
  mode: 'new',
  successorId: '',
  name: '',
  bloc: '',
  level: '',
  areaId: '',
};

const required = { key: 'units.problem.required' };

export function readMergeDraft(draft: MergeDraft): Reading<UnitMergeInput, MergeField> {
  const problems: Partial<Record<MergeField, Problem>> = {};
  if (draft.unitIds.length === 0) problems.unitIds = { key: 'units.problem.unitsToMerge' };
  if (!isIsoDate(draft.date)) problems.date = required;
  const name = draft.name.normalize('NFC').trim();
  if (draft.mode === 'existing') {
    if (!draft.successorId) problems.successorId = required;
  } else {
    if (name.length === 0 || [...name].length > 100) {
      problems.name = { key: 'units.problem.nameLength' };
    }
    if (!draft.bloc) problems.bloc = required;
    if (!draft.level) problems.level = required;
    if (!draft.areaId) problems.areaId = required;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const base = { unitIds: [...draft.unitIds], date: draft.date };
  return {
    ok: true,
    facts:
      draft.mode === 'existing'
        ? { ...base, successorId: draft.successorId }
        : {
            ...base,
            successor: {
              name,
              bloc: draft.bloc as Bloc,
              level: draft.level as UnitLevel,
              areaId: draft.areaId,
            },
          },
  };
}

/** Where a merge's userError belongs: ["input", "unitIds", "1"] → unitIds, successor's fields. */
export function mergeFieldOf(path: readonly string[] | null): MergeField | null {
  const [root, name, part] = path ?? [];
  if (root !== 'input') return null;
  if (name === 'unitIds' || name === 'date' || name === 'successorId') return name;
  if (name === 'successor' && (part === 'name' || part === 'bloc' || part === 'level')) return part;
  if (name === 'successor' && part === 'areaId') return 'areaId';
  if (name === 'successor') return 'name';
  return null;
}
