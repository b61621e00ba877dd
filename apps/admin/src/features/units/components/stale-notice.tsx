import { useTranslation } from 'react-i18next';

/** A change refused as STALE_VERSION: the way out is to reload what the other person saved. */
export function StaleNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="state state-error" data-testid="stale-version">
      <p>{t('units.stale')}</p>
      <button type="button" className="btn" onClick={onReload}>
        {t('units.reload')}
      </button>
    </div>
  );
}
