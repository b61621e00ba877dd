import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCS, UNIT_LEVELS } from '@luanchuyen/domain';
import { DateInput } from '../../../components/forms/date-input';
import { FormErrors } from '../../../components/forms/form-errors';
import { refusalOf } from '../../../components/forms/refusal';
import { useCheckedForm, type Retired } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import type { UnitMergeInput } from '../../../lib/gql/graphql';
import { useUnitMergePreview } from '../api/unit-merge-preview.query';
import {
  EMPTY_MERGE,
  mergeFieldOf,
  readMergeDraft,
  type MergeDraft,
  type MergeField,
} from '../utils/merge-form-values';
import type { AreaChoice } from './area-form';
import { AreaOptions, UnitOptions, type UnitChoice } from './registry-options';
import { UnitMergePreview, type Preview } from './unit-merge-preview';
import { ChoiceSelect } from './registry-form-parts';

type Props = {
  areas: readonly AreaChoice[];
  units: readonly UnitChoice[];
  onMerged: (name: string) => void;
  onCancel: () => void;
};

/**
 * A merger in two steps: the form asks unitMergePreview what would close, open and be created
 * (its refusals beside the fields), and the preview's confirmation sends the very same input to
 * unitMerge. Any change to the form drops the preview, so what is confirmed is what was shown.
 */
export function UnitMergeForm({ areas, units, onMerged, onCancel }: Props) {
  const { t } = useTranslation();
  const ask = useUnitMergePreview();
  const [preview, setPreview] = useState<{ input: UnitMergeInput; answer: Preview } | null>(null);
  const form = useCheckedForm({
    initial: EMPTY_MERGE,
    read: readMergeDraft,
    fieldOf: mergeFieldOf,
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (input) => {
      const result = await ask(input);
      const answer = result.data?.unitMergePreview;
      if (answer && answer.userErrors.length === 0) setPreview({ input, answer });
      return answer?.userErrors.length
        ? answer.userErrors
        : answer
          ? []
          : refusalOf(undefined, result.error, t('state.error'));
    },
  });
  const change = (next: Partial<MergeDraft>, retired: Retired<MergeField>) => {
    setPreview(null);
    form.change(next, retired);
  };
  const { values } = form;
  const open = units.filter((unit) => unit.validTo === null);
  const toggle = (id: string, on: boolean) =>
    change(
      { unitIds: on ? [...values.unitIds, id] : values.unitIds.filter((other) => other !== id) },
      'all',
    );
  const unitsError = form.message('unitIds');
  return (
    <div className="card">
      <form
        ref={form.formRef}
        onSubmit={form.submit}
        noValidate
        aria-label={t('units.merge.title')}
      >
        <h3>{t('units.merge.title')}</h3>
        <fieldset className={unitsError ? 'field field-invalid' : 'field'}>
          <legend>{t('units.merge.units')}</legend>
          <div className="merge-units">
            {[...open]
              .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
              .map((unit) => (
                <label key={unit.id}>
                  <input
                    type="checkbox"
                    checked={values.unitIds.includes(unit.id)}
                    aria-invalid={unitsError ? true : undefined}
                    aria-describedby={unitsError ? 'merge-units-error' : undefined}
                    onChange={(event) => toggle(unit.id, event.target.checked)}
                  />{' '}
                  {unit.name}
                </label>
              ))}
          </div>
          {unitsError && (
            <div id="merge-units-error" className="field-error">
              {unitsError}
            </div>
          )}
        </fieldset>
        <Field
          label={t('units.merge.date')}
          hint={t('units.merge.dateHint')}
          error={form.message('date')}
        >
          <DateInput value={values.date} onChange={(date) => change({ date }, 'all')} />
        </Field>
        <fieldset className="field">
          <legend>{t('units.merge.mode')}</legend>
          {(['new', 'existing'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="successor-mode"
                checked={values.mode === mode}
                onChange={() => change({ mode }, 'all')}
              />{' '}
              {t(mode === 'new' ? 'units.merge.modeNew' : 'units.merge.modeExisting')}
            </label>
          ))}
        </fieldset>
        {values.mode === 'existing' ? (
          <Field label={t('units.merge.successor')} error={form.message('successorId')}>
            <select
              value={values.successorId}
              onChange={(event) => change({ successorId: event.target.value }, ['successorId'])}
            >
              <option value="">{t('units.choose')}</option>
              <UnitOptions units={units} />
            </select>
          </Field>
        ) : (
          <>
            <Field label={t('units.form.name')} error={form.message('name')}>
              <input
                autoComplete="off"
                value={values.name}
                onChange={(event) => change({ name: event.target.value }, ['name'])}
              />
            </Field>
            <div className="toolbar">
              <Field label={t('units.form.bloc')} error={form.message('bloc')}>
                <ChoiceSelect
                  choices={BLOCS}
                  value={values.bloc}
                  onChange={(bloc) => change({ bloc }, ['bloc'])}
                  labelOf={(choice) => t(`bloc.${choice}`)}
                />
              </Field>
              <Field label={t('units.form.level')} error={form.message('level')}>
                <ChoiceSelect
                  choices={UNIT_LEVELS}
                  value={values.level}
                  onChange={(level) => change({ level }, ['level'])}
                  labelOf={(choice) => t(`level.${choice}`)}
                />
              </Field>
            </div>
            <Field label={t('units.form.area')} error={form.message('areaId')}>
              <select
                value={values.areaId}
                onChange={(event) => change({ areaId: event.target.value }, ['areaId'])}
              >
                <option value="">{t('units.choose')}</option>
                <AreaOptions areas={areas} />
              </select>
            </Field>
          </>
        )}
        <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={form.unplaced} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={form.submitting}>
            {form.submitting ? t('units.merge.previewing') : t('units.merge.preview')}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {t('units.cancel')}
          </button>
        </div>
      </form>
      {preview && (
        <UnitMergePreview input={preview.input} preview={preview.answer} onMerged={onMerged} />
      )}
    </div>
  );
}
