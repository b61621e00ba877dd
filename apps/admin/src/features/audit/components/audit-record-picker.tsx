import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { formatDate } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useAuditRecordChoices, type AuditRecordKind } from '../api/audit-record-choices.query';
import { matchesWords } from '../../../lib/fold-text';

/** A record chosen to narrow the log to, with the words it was chosen by. */
export type PickedRecord = { kind: AuditRecordKind; id: string; label: string };

type Choice = { id: string; label: string };

const KINDS: readonly AuditRecordKind[] = ['Cadre', 'Rotation', 'RotationPlan', 'Unit'];

type Props = { value: PickedRecord | null; onChange: (value: PickedRecord | null) => void };

/** Which kind of record, a search by name, and the matching records to choose from. */
export function AuditRecordPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AuditRecordKind | ''>(value?.kind ?? '');
  const [search, setSearch] = useState('');
  const settled = useDebounced(search);
  const [{ data, fetching }] = useAuditRecordChoices(kind, settled);
  const found: Choice[] = [
    ...(data?.cadres?.nodes ?? []).map((cadre) => ({
      id: cadre.id,
      label: cadre.birthYear ? `${cadre.fullName} (${cadre.birthYear})` : cadre.fullName,
    })),
    ...(data?.rotationCadres?.nodes ?? []).flatMap((cadre) =>
      cadre.rotations.nodes.map((rotation) => ({
        id: rotation.id,
        label: t('audit.picker.rotationChoice', {
          name: cadre.fullName,
          date: formatDate(rotation.startDate),
          post: `${rotation.toPosition.title}, ${rotation.toPosition.unit.name}`,
        }),
      })),
    ),
    ...(data?.units?.nodes ?? []).map((unit) => ({ id: unit.id, label: unit.name })),
    ...(data?.rotationPlans?.nodes ?? [])
      .map((plan) => ({ id: plan.id, label: `${plan.code}: ${plan.title}` }))
      .filter((plan) => matchesWords(plan.label, settled)),
  ];
  // The chosen record stays offered when a new search no longer finds it.
  const choices =
    value && value.kind === kind && !found.some((choice) => choice.id === value.id)
      ? [{ id: value.id, label: value.label }, ...found]
      : found;
  const chooseKind = (next: AuditRecordKind | '') => {
    setKind(next);
    setSearch('');
    if (value) onChange(null);
  };
  return (
    <fieldset className="toolbar">
      <legend>{t('audit.picker.legend')}</legend>
      <Field label={t('audit.picker.kind')}>
        <select
          value={kind}
          onChange={(event) => chooseKind(event.target.value as AuditRecordKind | '')}
        >
          <option value="">{t('audit.picker.anyRecord')}</option>
          {KINDS.map((each) => (
            <option key={each} value={each}>
              {t(`audit.recordTypes.${each}`)}
            </option>
          ))}
        </select>
      </Field>
      {kind !== '' && (
        <>
          <Field label={t('audit.picker.search')} hint={t(`audit.picker.hint.${kind}`)}>
            <input
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </Field>
          <Field label={t('audit.picker.record')}>
            <select
              value={value?.id ?? ''}
              aria-busy={fetching}
              onChange={(event) => {
                const choice = choices.find((each) => each.id === event.target.value);
                onChange(choice ? { kind, id: choice.id, label: choice.label } : null);
              }}
            >
              <option value="">{t('common.choose')}</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
    </fieldset>
  );
}
