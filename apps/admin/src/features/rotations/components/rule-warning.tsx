import { useTranslation } from 'react-i18next';

/**
 * A warning of the rules beside the field it concerns: set apart from errors (its own colour and
 * word), and not marking the field invalid, since it does not stop the proposal.
 */
export function RuleWarning({ text }: { text: string | undefined }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <p className="violation-warning field-warning" data-testid="field-warning">
      {t('rotationWrite.form.warning', { text })}
    </p>
  );
}
