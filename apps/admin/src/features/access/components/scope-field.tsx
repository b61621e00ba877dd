import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitChoiceField, type UnitChoice } from '../../../components/forms/unit-choice-field';
import { todayIso } from '../../../lib/format';

type Props = {
  label: string;
  hint: string;
  value: UnitChoice | null;
  onChange: (body: UnitChoice | null) => void;
  error?: string | undefined;
};

/** The body a user or key works within, found by name; none chosen is the top. */
export function ScopeField({ label, hint, value, onChange, error }: Props) {
  const { t } = useTranslation();
  // A scope is given from now on: the bodies that exist today are offered.
  const [today] = useState(todayIso);
  return (
    <UnitChoiceField
      label={label}
      searchLabel={t('access.scope.search')}
      hint={hint}
      noneLabel={t('scope.top')}
      value={value}
      onChange={onChange}
      activeAt={today}
      error={error}
    />
  );
}

/** A scope as the lists show it: the body's name, or the whole registry. */
export function useScopeName() {
  const { t } = useTranslation();
  return (body: { name: string } | null) => body?.name ?? t('scope.top');
}
