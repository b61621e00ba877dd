import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';

type Props = {
  value: string;
  onChange: (reason: string) => void;
  error?: string | undefined;
};

/** Why the rotation goes ahead despite a warning that asks for a reason (HIGHER_RANK). */
export function RotationReasonField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Field
      label={t('rotationWrite.form.reason')}
      hint={t('rotationWrite.form.reasonHint')}
      error={error}
    >
      <textarea
        name="reason"
        value={value}
        maxLength={500}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
