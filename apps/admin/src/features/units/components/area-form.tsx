import { useTranslation } from 'react-i18next';
import { AREA_KINDS } from '@luanchuyen/domain';
import { refusalOf, useStaleVersion } from '../../../components/forms/refusal';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import type { AreaKind } from '../../../lib/gql/graphql';
import { useAreaCreate, useAreaUpdate } from '../api/registry.mutations';
import { AreaOptions } from './registry-options';
import { ChoiceSelect, RegistryFormFooter, ValidityFields } from './registry-form-parts';
import {
  lastDayOf,
  readAreaDraft,
  registryFieldOf,
  type AreaDraft,
} from '../utils/registry-form-values';

export type AreaChoice = {
  id: string;
  name: string;
  kind: AreaKind;
  validFrom: string;
  validTo: string | null;
  version: number;
  parent: { id: string } | null;
};

type Props = {
  /** Every area version, for the parent picker. */
  areas: readonly AreaChoice[];
  /** The area corrected; none for a new one. */
  area?: AreaChoice;
  onSaved: (name: string) => void;
  onCancel: () => void;
  /** Reads the registry again, after a stale version. */
  reload: () => void;
};

const FIELDS = ['name', 'kind', 'parentId', 'validFrom', 'lastDay'] as const;

/** Creates an area version or corrects one at the version shown. */
export function AreaForm({ areas, area, onSaved, onCancel, reload }: Props) {
  const { t } = useTranslation();
  const [, create] = useAreaCreate();
  const [, update] = useAreaUpdate();
  const staleness = useStaleVersion(reload);
  const initial: AreaDraft = {
    name: area?.name ?? '',
    kind: area?.kind ?? '',
    parentId: area?.parent?.id ?? '',
    validFrom: area?.validFrom ?? '',
    lastDay: lastDayOf(area?.validTo),
  };
  const form = useCheckedForm({
    initial,
    read: readAreaDraft,
    fieldOf: registryFieldOf(FIELDS),
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (facts) => {
      const result = area
        ? await update({ id: area.id, expectedVersion: area.version, input: facts })
        : await create({ input: facts });
      const payload =
        result.data &&
        ('areaUpdate' in result.data ? result.data.areaUpdate : result.data.areaCreate);
      if (payload?.area) onSaved(payload.area.name);
      if (payload?.area) return [];
      return staleness.placed(refusalOf(payload?.userErrors, result.error, t('state.error')));
    },
  });
  const label = area ? t('units.editArea', { name: area.name }) : t('units.addArea');
  const parents = areas.filter((choice) => choice.id !== area?.id);
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
      <Field label={t('units.form.kind')} error={form.message('kind')}>
        <ChoiceSelect
          choices={AREA_KINDS}
          value={form.values.kind}
          onChange={(kind) => form.change({ kind }, ['kind'])}
          labelOf={(choice) => t(`units.areaKind.${choice}`)}
        />
      </Field>
      <Field label={t('units.form.parentArea')} error={form.message('parentId')}>
        <select
          value={form.values.parentId}
          onChange={(event) => form.change({ parentId: event.target.value }, ['parentId'])}
        >
          <option value="">{t('units.none')}</option>
          <AreaOptions areas={parents} />
        </select>
      </Field>
      <ValidityFields form={form} />
      <RegistryFormFooter
        form={form}
        staleness={staleness}
        saveLabel={t('units.saveArea')}
        onCancel={onCancel}
      />
    </form>
  );
}
