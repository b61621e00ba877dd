import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { asLanguage, formatDate, formatNumber } from '../../../lib/format';
import { usePlan } from '../api/plans.query';

const COUNTS = ['subjects', 'rotated', 'active', 'completed'] as const;

/** One plan: its criteria, its subjects with the criterion of each, and how far it has got. */
export function PlanPage() {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, asLanguage(i18n.language));
  const id = useParams()['id'] ?? '';
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = usePlan(id, pages.after);
  const plan = data?.node?.__typename === 'RotationPlan' ? data.node : null;

  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={Boolean(data)}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <p>
        <Link to="/plans">← {t('plans.back')}</Link>
      </p>
      {!plan ? (
        <p role="alert">{t('plans.notFound')}</p>
      ) : (
        <article>
          <h1>
            {plan.code} · {plan.title}
          </h1>
          <section className="card" aria-labelledby="plan-facts">
            <h2 id="plan-facts">{t('plans.progress')}</h2>
            <dl className="facts">
              <dt>{t('plans.issuedOn')}</dt>
              <dd>{formatDate(plan.issuedOn)}</dd>
              {plan.issuingUnit && (
                <>
                  <dt>{t('plans.issuer')}</dt>
                  <dd>{plan.issuingUnit.name}</dd>
                </>
              )}
              <dt>{t('plans.period')}</dt>
              <dd>
                {formatDate(plan.periodStart)} – {formatDate(plan.periodEnd)}
              </dd>
              <dt>{t('plans.target')}</dt>
              <dd>{number(plan.targetCount)}</dd>
              {COUNTS.map((key) => (
                <div key={key} style={{ display: 'contents' }}>
                  <dt>{t(`plans.counts.${key}`)}</dt>
                  <dd>{number(plan.progress[key])}</dd>
                </div>
              ))}
              <dt>{t('plans.criteria')}</dt>
              <dd>
                {t('plans.criteriaLine', {
                  years: plan.criteria.longTenureYears,
                  age: plan.criteria.youngAgeLimit,
                })}
                {' · '}
                {plan.criteria.reasons.map((reason) => t(`reason.${reason}`)).join('; ')}
              </dd>
            </dl>
            <progress
              max={Math.max(1, plan.targetCount)}
              value={Math.min(plan.progress.rotated, plan.targetCount)}
              aria-label={t('plans.progress')}
            />
            <p>{plan.progress.message}</p>
            <div className="grid">
              <table className="table table-compact">
                <caption>{t('plans.byCategory')}</caption>
                <tbody>
                  {plan.progress.byCategory.map((row) => (
                    <tr key={row.category}>
                      <th scope="row">{t(`category.${row.category}`)}</th>
                      <td className="num">{number(row.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="table table-compact">
                <caption>{t('plans.ratings')}</caption>
                <tbody>
                  {plan.progress.ratings.map((row) => (
                    <tr key={row.rating}>
                      <th scope="row">{t(`rating.${row.rating}`)}</th>
                      <td className="num">{number(row.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Link to={`/rotations?planId=${encodeURIComponent(plan.id)}`}>
              {t('plans.rotations')}
            </Link>
          </section>
          <section className="card" aria-labelledby="plan-subjects">
            <h2 id="plan-subjects">{t('plans.subjects')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('plans.subjectName')}</th>
                  <th scope="col">{t('plans.criterion')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.subjects.edges.map((edge) => (
                  <tr key={edge.node.id}>
                    <td>
                      <Link to={`/cadres/${encodeURIComponent(edge.node.id)}`}>
                        {edge.node.fullName}
                      </Link>
                    </td>
                    <td>{t(`reason.${edge.criterion}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              pageInfo={plan.subjects.pageInfo}
              totalCount={plan.subjects.totalCount}
              pages={pages}
            />
          </section>
        </article>
      )}
    </QueryState>
  );
}
