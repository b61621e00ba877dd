import { useTranslation } from 'react-i18next';
import { BLOCS, UNIT_LEVELS } from '@luanchuyen/domain';
import { refusalOf, useStaleVersion } from '../../../components/forms/refusal';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import type { Bloc, UnitLevel } from '../../../lib/gql/graphql';
import { useUnitCreate, useUnitUpdate } from '../api/registry.mutations';
import {
  lastDayOf,
  readUnitDraft,
  registryFieldOf,
  type UnitDraft,
} from '../utils/registry-form-values';
import type { AreaChoice } from './area-form';
import { AreaOptions, UnitOptions, type UnitChoice } from './registry-options';
import { ChoiceSelect, RegistryFormFooter, ValidityFields } from './registry-form-parts';

export type EditedUnit = UnitChoice & {
  bloc: Bloc;
  level: UnitLevel;
  version: number;
  area: { id: string };
  parent: { id: string } | null;
};

type Props = {
  areas: readonly AreaChoice[];
  units: readonly UnitChoice[];
  /** The unit corrected; none for a new one. */
  unit?: EditedUnit;
  onSaved: (name: string) => void;
  onCancel: () => void;
  reload: () => void;
};

const FIELDS = ['name', 'bloc', 'level', 'areaId', 'parentId', 'validFrom', 'lastDay'] as const;

/** Creates a unit version or corrects one at the version shown (a last day closes it). */
export function UnitForm({ areas, units, unit, onSaved, onCancel, reload }: Props) {
  const { t } = useTranslation();
  const [, create] = useUnitCreate();
  const [, update] = useUnitUpdate();
  const staleness = useStaleVersion(reload);
  const initial: UnitDraft = {
    name: unit?.name ?? '',
    bloc: unit?.bloc ?? '',
    level: unit?.level ?? '',
    areaId: unit?.area.id ?? '',
    parentId: unit?.parent?.id ?? '',
    validFrom: unit?.validFrom ?? '',
    lastDay: lastDayOf(unit?.validTo),
  };
  const form = useCheckedForm({
    initial,
    read: readUnitDraft,
    fieldOf: registryFieldOf(FIELDS),
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (facts) => {
      const result = unit
        ? await update({ id: unit.id, expectedVersion: unit.version, input: facts })
        : await create({ input: facts });
      const payload =
        result.data &&
        ('unitUpdate' in result.data ? result.data.unitUpdate : result.data.unitCreate);
      if (payload?.unit) {
        onSaved(payload.unit.name);
        return [];
      }
      return staleness.placed(refusalOf(payload?.userErrors, result.error, t('state.error')));
    },
  });
  const label = unit ? t('units.editUnit', { name: unit.name }) : t('units.addUnit');
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-label={label} className="card">
      <h3>{label}</h3>
      <Field label={t('units.form.name')} error={form.message('name')}>
        <input
          autoComplete="off"
          value={form.values.name}
          onChange={(event) => form.change({ name: event.target.value }, ['name'])}
        />
      </Field>
      <Field label={t('units.form.bloc')} error={form.message('bloc')}>
        <ChoiceSelect
          choices={BLOCS}
          value={form.values.bloc}
          onChange={(bloc) => form.change({ bloc }, ['bloc'])}
          labelOf={(choice) => t(`bloc.${choice}`)}
        />
      </Field>
      <Field label={t('units.form.level')} error={form.message('level')}>
        <ChoiceSelect
          choices={UNIT_LEVELS}
          value={form.values.level}
          onChange={(level) => form.change({ level }, ['level'])}
          labelOf={(choice) => t(`level.${choice}`)}
        />
      </Field>
      <Field label={t('units.form.area')} error={form.message('areaId')}>
        <select
          value={form.values.areaId}
          onChange={(event) => form.change({ areaId: event.target.value }, ['areaId'])}
        >
          <option value="">{t('units.choose')}</option>
          <AreaOptions areas={areas} />
        </select>
      </Field>
      <Field label={t('units.form.parentUnit')} error={form.message('parentId')}>
        <select
          value={form.values.parentId}
          onChange={(event) => form.change({ parentId: event.target.value }, ['parentId'])}
        >
          <option value="">{t('units.none')}</option>
          <UnitOptions units={units.filter((choice) => choice.id !== unit?.id)} />
        </select>
      </Field>
      <ValidityFields form={form} />
      <RegistryFormFooter
        form={form}
        staleness={staleness}
        saveLabel={t('units.saveUnit')}
        onCancel={onCancel}
      />
    </form>
  );
}
