import { useTranslation } from 'react-i18next';
import { PaperLinks } from '../../../components/ui/paper-links';

/**
 * A draft decision for the rotation (Quyết định, in its issuer's document format) as the
 * server's Word file to edit and as PDF.
 */
export function DecisionPaperLinks({ rotationId }: { rotationId: string }) {
  const { t } = useTranslation();
  return (
    <p className="toolbar" data-testid="decision-papers">
      <span>{t('rotations.detail.decisionPaper')}</span>{' '}
      <PaperLinks
        path={`/export/rotations/${encodeURIComponent(rotationId)}/decision`}
        params={new URLSearchParams()}
        formats={[
          { extension: 'docx', label: t('rotations.detail.decisionWord') },
          { extension: 'pdf', label: t('rotations.detail.decisionPdf') },
        ]}
        label={t('rotations.detail.decisionPaper')}
      />
    </p>
  );
}
