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

type ShareRow = { key: string; label: string; count: number };

type ShareTableProps = {
  testId: string;
  caption: string;
  rowHeader: string;
  countHeader: string;
  rows: readonly ShareRow[];
};

/** Counts by kind, each with its share of the table's total. */
function ShareTable({ testId, caption, rowHeader, countHeader, rows }: ShareTableProps) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <table className="table table-compact" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col" className="num">
            {countHeader}
          </th>
          <th scope="col" className="num">
            {t('plans.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{formatNumber(row.count, language)}</td>
            <td className="num">{share(row.count, total, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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
        <ShareTable
          testId="plan-by-category"
          caption={t('plans.byCategory')}
          rowHeader={t('plans.category')}
          countHeader={t('plans.rotationCount')}
          rows={progress.byCategory.map((row) => ({
            key: row.category,
            label: t(`category.${row.category}`),
            count: row.count,
          }))}
        />
        <ShareTable
          testId="plan-ratings"
          caption={t('plans.ratings')}
          rowHeader={t('plans.rating')}
          countHeader={t('plans.evaluationCount')}
          rows={progress.ratings.map((row) => ({
            key: row.rating,
            label: t(`rating.${row.rating}`),
            count: row.count,
          }))}
        />
      </div>
    </section>
  );
}
