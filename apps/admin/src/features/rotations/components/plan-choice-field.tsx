import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { usePlanChoices } from '../api/plan-choices.query';

type Props = {
  value: string;
  onChange: (planId: string) => void;
  error?: string | undefined;
};

/** The plan the proposal counts toward, chosen by its number and title; none by default. */
export function PlanChoiceField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [{ data, fetching }] = usePlanChoices();
  return (
    <Field
      label={t('rotationWrite.form.plan')}
      hint={t('rotationWrite.form.planHint')}
      error={error}
    >
      <select value={value} onChange={(event) => onChange(event.target.value)} aria-busy={fetching}>
        <option value="">{t('rotationWrite.form.noPlan')}</option>
        {data?.rotationPlans.nodes.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.code} — {plan.title}
          </option>
        ))}
      </select>
    </Field>
  );
}
