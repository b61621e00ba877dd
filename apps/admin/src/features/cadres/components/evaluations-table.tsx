import { useTranslation } from 'react-i18next';
import { asLanguage, formatNumber } from '../../../lib/format';

type Evaluation = {
  id: string;
  year: number;
  score: number | null;
  rating: string;
  disciplined: boolean;
  notes: string | null;
};

export function EvaluationsTable({ evaluations }: { evaluations: readonly Evaluation[] }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return (
    <section aria-labelledby="evaluations-title" className="card">
      <h2 id="evaluations-title">{t('cadres.evaluations.title')}</h2>
      {evaluations.length === 0 ? (
        <p className="muted">{t('cadres.evaluations.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('cadres.evaluations.year')}</th>
              <th scope="col">{t('cadres.evaluations.score')}</th>
              <th scope="col">{t('cadres.evaluations.rating')}</th>
              <th scope="col">{t('cadres.evaluations.disciplined')}</th>
              <th scope="col">{t('cadres.evaluations.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluations.map((evaluation) => (
              <tr key={evaluation.id}>
                <td>{evaluation.year}</td>
                <td>
                  {evaluation.score === null ? '—' : formatNumber(evaluation.score, language)}
                </td>
                <td>{t(`rating.${evaluation.rating}`)}</td>
                <td>{evaluation.disciplined ? t('common.yes') : t('common.no')}</td>
                <td>{evaluation.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
