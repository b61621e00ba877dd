import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type CreatedKey = { name: string; secret: string };

/** The secret of a key just created: the API answers it once, so the page holds it only
 * until the admin says it is stored. Focus moves here so the warning is read first. */
export function ApiKeySecret({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [created]);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="secret-panel"
      aria-labelledby={titleId}
      data-testid="api-key-secret"
    >
      <h3 id={titleId}>{t('access.keys.secretTitle', { name: created.name })}</h3>
      <p id={`${titleId}-warning`} role="alert" className="field-error">
        {t('access.keys.secretWarning')}
      </p>
      <label htmlFor={`${titleId}-secret`}>{t('access.keys.secretHint')}</label>
      <input
        id={`${titleId}-secret`}
        readOnly
        value={created.secret}
        aria-describedby={`${titleId}-warning`}
        onFocus={(event) => event.target.select()}
      />
      <button type="button" className="btn" onClick={onDone}>
        {t('access.keys.secretDone')}
      </button>
    </section>
  );
}
