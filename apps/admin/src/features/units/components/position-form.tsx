import { useTranslation } from 'react-i18next';
import { refusalOf, useStaleVersion } from '../../../components/forms/refusal';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { usePositionCreate, usePositionUpdate } from '../api/registry.mutations';
import {
  readPositionDraft,
  registryFieldOf,
  type PositionDraft,
} from '../utils/registry-form-values';
import { RegistryFormFooter } from './registry-form-parts';

export type EditedPosition = {
  id: string;
  title: string;
  rank: number;
  seats: number;
  isKey: boolean;
  requiresNonLocal: boolean;
  version: number;
};

type Props = {
  unit: { id: string; name: string };
  /** The post corrected; none for a new one. */
  position?: EditedPosition;
  onSaved: (title: string) => void;
  onCancel: () => void;
  reload: () => void;
};

const FIELDS = ['title', 'rank', 'seats', 'isKey', 'requiresNonLocal'] as const;

/** Creates a post in a unit or corrects one at the version shown. */
export function PositionForm({ unit, position, onSaved, onCancel, reload }: Props) {
  const { t } = useTranslation();
  const [, create] = usePositionCreate();
  const [, update] = usePositionUpdate();
  const staleness = useStaleVersion(reload);
  const initial: PositionDraft = {
    title: position?.title ?? '',
    rank: position ? String(position.rank) : '',
    seats: String(position?.seats ?? 1),
    isKey: position?.isKey ?? false,
    requiresNonLocal: position?.requiresNonLocal ?? false,
  };
  const form = useCheckedForm({
    initial,
    read: readPositionDraft,
    fieldOf: registryFieldOf(FIELDS),
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (facts) => {
      const result = position
        ? await update({ id: position.id, expectedVersion: position.version, input: facts })
        : await create({ input: { ...facts, unitId: unit.id } });
      const payload =
        result.data &&
        ('positionUpdate' in result.data ? result.data.positionUpdate : result.data.positionCreate);
      if (payload?.position) {
        onSaved(payload.position.title);
        return [];
      }
      return staleness.placed(refusalOf(payload?.userErrors, result.error, t('state.error')));
    },
  });
  const label = position
    ? t('units.editPosition', { title: position.title })
    : t('units.addPosition', { name: unit.name });
  const flag = (field: 'isKey' | 'requiresNonLocal', text: string) => (
    <div className={form.message(field) ? 'field field-invalid' : 'field'}>
      <label>
        <input
          type="checkbox"
          checked={form.values[field]}
          onChange={(event) => form.change({ [field]: event.target.checked }, [field])}
        />{' '}
        {text}
      </label>
      {form.message(field) && <div className="field-error">{form.message(field)}</div>}
    </div>
  );
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-label={label} className="card">
      <h3>{label}</h3>
      <Field label={t('units.form.title')} error={form.message('title')}>
        <input
          autoComplete="off"
          value={form.values.title}
          onChange={(event) => form.change({ title: event.target.value }, ['title'])}
        />
      </Field>
      <div className="toolbar">
        <Field
          label={t('units.form.rank')}
          hint={t('units.form.rankHint')}
          error={form.message('rank')}
        >
          <input
            inputMode="numeric"
            autoComplete="off"
            value={form.values.rank}
            onChange={(event) => form.change({ rank: event.target.value }, ['rank'])}
          />
        </Field>
        <Field label={t('units.form.seats')} error={form.message('seats')}>
          <input
            inputMode="numeric"
            autoComplete="off"
            value={form.values.seats}
            onChange={(event) => form.change({ seats: event.target.value }, ['seats'])}
          />
        </Field>
      </div>
      {flag('isKey', t('units.form.isKey'))}
      {flag('requiresNonLocal', t('units.form.requiresNonLocal'))}
      <RegistryFormFooter
        form={form}
        staleness={staleness}
        saveLabel={t('units.savePosition')}
        onCancel={onCancel}
      />
    </form>
  );
}
