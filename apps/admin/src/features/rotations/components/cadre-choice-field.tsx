import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useDebounced } from '../../../lib/use-debounced';
import { useCadreChoices } from '../api/cadre-choices.query';

type Props = {
  search: string;
  onSearch: (value: string) => void;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
};

/** A search box and the matching cadres to choose from. */
export function CadreChoiceField({ search, onSearch, value, onChange, error }: Props) {
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
          <option value="">{t('common.choose')}</option>
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
