import { useTranslation } from 'react-i18next';
import type { UserErrorLike } from './use-checked-form';

type Props = {
  /** Some field shows a message of its own. */
  fieldsInvalid: boolean;
  /** Server messages that concern no field on the form. */
  unplaced: readonly UserErrorLike[];
};

/** The summary above a form's buttons: why nothing was saved. */
export function FormErrors({ fieldsInvalid, unplaced }: Props) {
  const { t } = useTranslation();
  if (!fieldsInvalid && unplaced.length === 0) return null;
  return (
    <div role="alert" className="field-error" data-testid="form-errors">
      {fieldsInvalid && <p>{t('forms.invalid')}</p>}
      {unplaced.length > 0 && (
        <>
          <p>{t('forms.serverErrors')}</p>
          <ul>
            {unplaced.map((error) => (
              <li key={`${error.code}-${error.message}`} data-code={error.code}>
                {error.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
