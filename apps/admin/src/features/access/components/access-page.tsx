import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/session';
import { ApiKeysSection } from './api-keys-section';
import { UsersSection } from './users-section';

/** Who may use the registry: users and API keys, for admins only (the API refuses others). */
export function AccessPage() {
  const viewer = useViewer();
  const { t } = useTranslation();
  if (viewer.role !== 'ADMIN') return <p role="alert">{t('access.adminOnly')}</p>;
  return (
    <section>
      <h1>{t('access.title')}</h1>
      <UsersSection />
      <ApiKeysSection />
    </section>
  );
}
