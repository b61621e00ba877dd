import { useTranslation } from 'react-i18next';
import { PaperLinks } from '../../../components/ui/paper-links';

type Props = {
  /** The period the dashboard shows: null while a date is being typed (no link then). */
  from: string | null;
  to: string | null;
};

/**
 * The article's table as the server's papers (GET /export/rotation-stats.pdf / .xlsx) for the
 * period the dashboard shows.
 */
export function StatsReportLinks({ from, to }: Props) {
  const { t } = useTranslation();
  if (!from || !to || from > to) {
    return <p className="muted">{t('dashboard.papers.needPeriod')}</p>;
  }
  return (
    <p className="toolbar" data-testid="stats-papers">
      <span>{t('dashboard.papers.label')}</span>{' '}
      <PaperLinks
        path="/export/rotation-stats"
        params={new URLSearchParams({ from, to })}
        formats={[
          { extension: 'pdf', label: t('dashboard.papers.pdf') },
          { extension: 'xlsx', label: t('dashboard.papers.xlsx') },
        ]}
        label={t('dashboard.papers.label')}
      />
    </p>
  );
}
