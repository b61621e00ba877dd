import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { asLanguage, formatNumber } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';

type Evaluation = {
  id: string;
  year: number;
  score: number | null;
  rating: string;
  disciplined: boolean;
  evaluator: string | null;
  notes: string | null;
};

type Props = { cadreId: string; evaluations: readonly Evaluation[] };

/** The yearly evaluations, newest first; editors record a year's and correct one recorded. */
export function EvaluationsTable({ cadreId, evaluations }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const canEdit = useCanEdit();
  const base = `/cadres/${encodeURIComponent(cadreId)}/evaluations`;
  // The API lists the oldest year first; the year just past is what the Board looks for.
  const newestFirst = [...evaluations].sort((a, b) => b.year - a.year);
  return (
    <section aria-labelledby="evaluations-title" className="card">
      <div className="page-title">
        <h2 id="evaluations-title">{t('cadres.evaluations.title')}</h2>
        {canEdit && (
          <Link className="btn" to={base}>
            {t('evaluations.list.record')}
          </Link>
        )}
      </div>
      {evaluations.length === 0 ? (
        <p className="muted">{t('cadres.evaluations.none')}</p>
      ) : (
        <table className="table" data-testid="evaluations">
          <thead>
            <tr>
              <th scope="col">{t('cadres.evaluations.year')}</th>
              <th scope="col">{t('cadres.evaluations.score')}</th>
              <th scope="col">{t('cadres.evaluations.rating')}</th>
              <th scope="col">{t('cadres.evaluations.disciplined')}</th>
              <th scope="col">{t('evaluations.list.evaluator')}</th>
              <th scope="col">{t('cadres.evaluations.notes')}</th>
              {canEdit && <th scope="col">{t('evaluations.list.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((evaluation) => (
              <tr key={evaluation.id}>
                <td>{evaluation.year}</td>
                <td>
                  {evaluation.score === null ? '—' : formatNumber(evaluation.score, language)}
                </td>
                <td>{t(`rating.${evaluation.rating}`)}</td>
                <td>{evaluation.disciplined ? t('common.yes') : t('common.no')}</td>
                <td>{evaluation.evaluator ?? ''}</td>
                <td>{evaluation.notes ?? ''}</td>
                {canEdit && (
                  <td>
                    <Link
                      to={`${base}/${evaluation.year}`}
                      aria-label={t('evaluations.list.correctFor', { year: evaluation.year })}
                    >
                      {t('evaluations.list.correct')}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
