import { useTranslation } from 'react-i18next';
import { PaperLinks } from '../../../components/ui/paper-links';

/** The cadre's curriculum vitae (Mẫu 2C/TCTW-98) as the server's PDF. */
export function ProfilePaperLink({ cadreId }: { cadreId: string }) {
  const { t } = useTranslation();
  return (
    <PaperLinks
      path={`/export/cadres/${encodeURIComponent(cadreId)}/profile`}
      params={new URLSearchParams()}
      formats={[{ extension: 'pdf', label: t('cadres.profile.paper') }]}
      label={t('cadres.profile.paper')}
    />
  );
}
