import { useTranslation } from 'react-i18next';
import { asLanguage, formatNumber } from '../../../lib/format';
import type { PlanQuery } from '../../../lib/gql/graphql';

type Progress = Extract<NonNullable<PlanQuery['node']>, { __typename: 'RotationPlan' }>['progress'];

const COUNTS = ['subjects', 'rotated', 'active', 'completed'] as const;

/** Share of a whole, rounded, for a row of a table ("38 %"); nothing when the whole is zero. */
function share(part: number, whole: number, language: 'vi' | 'en'): string {
  if (whole === 0) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(part / whole);
}

/**
 * How far the plan has got (PRODUCT.md rule 6): the counts the API gives, the rotated against
 * the target, and the rotations that took place by category and the ratings of the rotated,
 * each with its share.
 */
export function PlanProgressSection({ progress, target }: { progress: Progress; target: number }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const number = (value: number) => formatNumber(value, language);
  const tookPlace = progress.byCategory.reduce((sum, row) => sum + row.count, 0);
  const rated = progress.ratings.reduce((sum, row) => sum + row.count, 0);
  return (
    <section className="card" aria-labelledby="plan-progress">
      <h2 id="plan-progress">{t('plans.progress')}</h2>
      <dl className="facts" data-testid="plan-counts">
        {COUNTS.map((key) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{t(`plans.counts.${key}`)}</dt>
            <dd>{number(progress[key])}</dd>
          </div>
        ))}
        <dt>{t('plans.target')}</dt>
        <dd>{number(target)}</dd>
      </dl>
      <progress
        max={Math.max(1, target)}
        value={Math.min(progress.rotated, target)}
        aria-label={t('plans.progressOfTarget', {
          rotated: number(progress.rotated),
          target: number(target),
        })}
      />
      <p>{progress.message}</p>
      <div className="grid">
        <table className="table table-compact" data-testid="plan-by-category">
          <caption>{t('plans.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.category')}</th>
              <th scope="col" className="num">
                {t('plans.rotationCount')}
              </th>
              <th scope="col" className="num">
                {t('plans.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.byCategory.map((row) => (
              <tr key={row.category}>
                <th scope="row">{t(`category.${row.category}`)}</th>
                <td className="num">{number(row.count)}</td>
                <td className="num">{share(row.count, tookPlace, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table table-compact" data-testid="plan-ratings">
          <caption>{t('plans.ratings')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.rating')}</th>
              <th scope="col" className="num">
                {t('plans.evaluationCount')}
              </th>
              <th scope="col" className="num">
                {t('plans.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.ratings.map((row) => (
              <tr key={row.rating}>
                <th scope="row">{t(`rating.${row.rating}`)}</th>
                <td className="num">{number(row.count)}</td>
                <td className="num">{share(row.count, rated, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
