import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useDebounced } from '../../../lib/use-debounced';
import { useCadreChoices, usePositionChoices } from '../api/rotation-form.query';

export type PostChoice = { id: string; label: string; unitId: string };

type CadreProps = {
  search: string;
  onSearch: (value: string) => void;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
};

// The chosen option stays in the list when a new search no longer matches it.
function withChosen<T extends { id: string }>(choices: T[], chosen: T | null): T[] {
  return chosen && !choices.some((choice) => choice.id === chosen.id)
    ? [chosen, ...choices]
    : choices;
}

/** A search box and the matching cadres to choose from. */
export function CadreChoiceField({ search, onSearch, value, onChange, error }: CadreProps) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useCadreChoices(useDebounced(search));
  return (
    <div className="toolbar">
      <Field label={t('rotations.form.cadreSearch')}>
        <input type="search" value={search} onChange={(event) => onSearch(event.target.value)} />
      </Field>
      <Field label={t('rotations.form.cadre')} error={error}>
        <select
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-busy={fetching}
        >
          <option value="">{t('rotations.form.choose')}</option>
          {data?.cadres.nodes.map((cadre) => (
            <option key={cadre.id} value={cadre.id}>
              {cadre.fullName}
              {cadre.birthYear ? ` (${cadre.birthYear})` : ''}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

type PostProps = {
  search: string;
  onSearch: (value: string) => void;
  value: PostChoice | null;
  onChange: (choice: PostChoice | null) => void;
  asOf: string | null;
  error?: string | undefined;
};

/** A search box and the matching posts: by title, or every post of a matching unit. */
export function PostChoiceField({ search, onSearch, value, onChange, asOf, error }: PostProps) {
  const { t } = useTranslation();
  const [{ data, fetching }] = usePositionChoices(useDebounced(search), asOf);
  const byTitle: PostChoice[] = (data?.positions.nodes ?? []).map((position) => ({
    id: position.id,
    label: `${position.title}, ${position.unit.name}`,
    unitId: position.unit.id,
  }));
  const byUnit: PostChoice[] = (data?.units.nodes ?? []).flatMap((unit) =>
    unit.positions.map((position) => ({
      id: position.id,
      label: `${position.title}, ${unit.name}`,
      unitId: unit.id,
    })),
  );
  const choices = withChosen(
    [...new Map([...byUnit, ...byTitle].map((choice) => [choice.id, choice])).values()],
    value,
  );
  return (
    <div className="toolbar">
      <Field label={t('rotations.form.positionSearch')}>
        <input type="search" value={search} onChange={(event) => onSearch(event.target.value)} />
      </Field>
      <Field label={t('rotations.form.toPosition')} error={error}>
        <select
          value={value?.id ?? ''}
          aria-busy={fetching}
          onChange={(event) =>
            onChange(choices.find((choice) => choice.id === event.target.value) ?? null)
          }
        >
          <option value="">{t('rotations.form.choose')}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
