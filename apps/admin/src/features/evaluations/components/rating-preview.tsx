import { useTranslation } from 'react-i18next';
import { rateEvaluation, type EvaluationInput } from '@luanchuyen/rules';
import { asLanguage } from '../../../lib/format';

/**
 * The rating rule 5 gives the values as typed, or why it would refuse them (a disciplined
 * cadre rated excellent, a rating above the score's band…): libs/rules' rateEvaluation, the
 * very function evaluationRecord asks, so the form says before submit what the API will say.
 */
export function RatingPreview({ input }: { input: EvaluationInput | null }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const result = input && rateEvaluation(input);
  return (
    <aside
      className="card rule-panel"
      aria-labelledby="rating-preview-title"
      aria-live="polite"
      data-testid="rating-preview"
    >
      <h2 id="rating-preview-title">{t('evaluations.rules.title')}</h2>
      {!result ? (
        <p className="muted">{t('evaluations.rules.waiting')}</p>
      ) : (
        <>
          {result.decision === 'RATED' && (
            <p className="ok" data-testid="live-rating" data-rating={result.rating}>
              <strong>{t('evaluations.rules.rated')}:</strong> {result.message[language]}
            </p>
          )}
          {result.decision === 'INVALID' && (
            <p className="violation-error" data-testid="live-refusal" data-code={result.code}>
              <strong>{t('evaluations.rules.refused')}:</strong> {result.message[language]}
            </p>
          )}
          {result.decision === 'CANNOT_DECIDE' && (
            <p className="muted" data-testid="live-undecided">
              <strong>{t('evaluations.rules.undecided')}:</strong> {result.message[language]}
            </p>
          )}
          {result.legalBasis && (
            <p className="muted">{t('evaluations.rules.basis', result.legalBasis)}</p>
          )}
        </>
      )}
    </aside>
  );
}
