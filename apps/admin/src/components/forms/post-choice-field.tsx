import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { Field } from '../ui/field';
import { usePostChoices } from './post-choices.query';
import { postStanding, type PostStanding } from './post-standing';

/** A post as offered, with the days its unit exists (validTo null while it does). */
export type PostChoice = {
  id: string;
  label: string;
  unitId: string;
  unitName: string;
  unitValidFrom: string;
  unitValidTo: string | null;
};

type Props = {
  /** The search box's label and the list's, e.g. "Chức vụ đến" in the rotation form. */
  searchLabel: string;
  label: string;
  hint?: string;
  search: string;
  onSearch: (value: string) => void;
  value: PostChoice | null;
  onChange: (choice: PostChoice | null) => void;
  /**
   * The day the post is taken up: posts of units that do not exist then are hidden unless asked
   * for, and marked; null (no day yet): every post shows, those of closed units marked.
   */
  asOf: string | null;
  error?: string | undefined;
};

// The chosen option stays in the list when a new search no longer matches it.
function withChosen(choices: PostChoice[], chosen: PostChoice | null): PostChoice[] {
  return chosen && !choices.some((choice) => choice.id === chosen.id)
    ? [chosen, ...choices]
    : choices;
}

/** A search box and the matching posts: by title, or every post of a matching unit. */
export function PostChoiceField(props: Props) {
  const { searchLabel, label, hint, search, onSearch, value, onChange, asOf, error } = props;
  const { t } = useTranslation();
  const [showClosed, setShowClosed] = useState(false);
  const hiding = asOf !== null && !showClosed;
  const [{ data, fetching }] = usePostChoices(useDebounced(search), hiding ? asOf : null);
  const byTitle: PostChoice[] = (data?.positions.nodes ?? []).map((position) => ({
    id: position.id,
    label: `${position.title}, ${position.unit.name}`,
    unitId: position.unit.id,
    unitName: position.unit.name,
    unitValidFrom: position.unit.validFrom,
    unitValidTo: position.unit.validTo,
  }));
  const byUnit: PostChoice[] = (data?.units.nodes ?? []).flatMap((unit) =>
    unit.positions.map((position) => ({
      id: position.id,
      label: `${position.title}, ${unit.name}`,
      unitId: unit.id,
      unitName: unit.name,
      unitValidFrom: unit.validFrom,
      unitValidTo: unit.validTo,
    })),
  );
  const found = [...new Map([...byUnit, ...byTitle].map((choice) => [choice.id, choice])).values()];
  const shown = hiding
    ? found.filter((choice) => postStanding(choice, asOf).state === 'OPEN')
    : found;
  const choices = withChosen(shown, value);
  const mark = (standing: PostStanding) =>
    standing.state === 'CLOSED'
      ? ` ${t('postChoice.closedFrom', { date: formatDate(standing.from) })}`
      : standing.state === 'NOT_YET_OPEN'
        ? ` ${t('postChoice.opensFrom', { date: formatDate(standing.from) })}`
        : '';
  return (
    <div className="toolbar">
      <Field label={searchLabel} hint={hint}>
        <input type="search" value={search} onChange={(event) => onSearch(event.target.value)} />
      </Field>
      <Field label={label} error={error}>
        <select
          value={value?.id ?? ''}
          aria-busy={fetching}
          onChange={(event) =>
            onChange(choices.find((choice) => choice.id === event.target.value) ?? null)
          }
        >
          <option value="">{t('common.choose')}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {`${choice.label}${mark(postStanding(choice, asOf))}`}
            </option>
          ))}
        </select>
      </Field>
      {asOf !== null && (
        <label className="check">
          <input
            type="checkbox"
            checked={showClosed}
            onChange={(event) => setShowClosed(event.target.checked)}
          />
          {t('postChoice.showClosed')}
        </label>
      )}
    </div>
  );
}
