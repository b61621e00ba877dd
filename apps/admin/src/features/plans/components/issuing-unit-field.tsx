import { useTranslation } from 'react-i18next';
import { UnitChoiceField, type UnitChoice } from '../../../components/forms/unit-choice-field';
import { isIsoDate } from '../../../lib/format';

type Props = {
  value: UnitChoice | null;
  onChange: (choice: UnitChoice | null) => void;
  /** Units that existed on the day the plan was issued are offered, once it is known. */
  issuedOn: string;
  error?: string | undefined;
};

/** The unit that issued the plan, found by name; the plan may leave its issuer unrecorded. */
export function IssuingUnitField({ value, onChange, issuedOn, error }: Props) {
  const { t } = useTranslation();
  return (
    <UnitChoiceField
      label={t('plans.issuer')}
      searchLabel={t('plans.form.issuerSearch')}
      searchHint={t('plans.form.issuerHint')}
      noneLabel={t('plans.form.noIssuer')}
      name="issuingUnitId"
      value={value}
      onChange={onChange}
      activeAt={isIsoDate(issuedOn) ? issuedOn : null}
      error={error}
    />
  );
}
