import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { usePlan } from '../api/plans.query';
import { PlanProgressSection } from './plan-progress-section';
import { useRotationPlanPublish } from '../../publication/api/publication.mutations';
import { PublicationControl } from '../../publication/components/publication-control';
import { SubjectBulkAdd } from './subject-bulk-add';
import { SubjectRemoveAction } from './subject-remove-action';
import { SubjectSearchAdd } from './subject-search-add';

/**
 * One plan: its facts and criteria, how far it has got, its subjects with the criterion of
 * each, and for those who may write, adding subjects (by name or from the eligibility report)
 * and taking one off with a reason.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const id = useParams()['id'] ?? '';
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = usePlan(id, pages.after);
  const plan = data?.node?.__typename === 'RotationPlan' ? data.node : null;
  const [, publish] = useRotationPlanPublish();

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
            <h2 id="plan-facts">{t('plans.facts')}</h2>
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
            <Link to={`/rotations?planId=${encodeURIComponent(plan.id)}`}>
              {t('plans.rotations')}
            </Link>
          </section>
          <PlanProgressSection progress={plan.progress} target={plan.targetCount} />
          <PublicationControl
            publishedAt={plan.publishedAt ?? null}
            hint={t('publication.planHint')}
            change={async (published) => {
              const result = await publish({ id: plan.id, published });
              if (result.error) throw result.error;
              return (
                result.data?.rotationPlanPublish.userErrors.map((error) => error.message) ?? []
              );
            }}
          />
          <section className="card" aria-labelledby="plan-subjects">
            <h2 id="plan-subjects">{t('plans.subjects')}</h2>
            {plan.subjects.totalCount === 0 && <p className="muted">{t('plans.noSubjects')}</p>}
            {plan.subjects.edges.length > 0 && (
              <table className="table" data-testid="plan-subjects">
                <thead>
                  <tr>
                    <th scope="col">{t('plans.subjectName')}</th>
                    <th scope="col">{t('plans.criterion')}</th>
                    {canEdit && <th scope="col">{t('plans.actions')}</th>}
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
                      {canEdit && (
                        <td>
                          <SubjectRemoveAction planId={plan.id} cadre={edge.node} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pager
              pageInfo={plan.subjects.pageInfo}
              totalCount={plan.subjects.totalCount}
              pages={pages}
            />
          </section>
          {canEdit && (
            <>
              <SubjectSearchAdd
                planId={plan.id}
                reasons={plan.criteria.reasons}
                periodStart={plan.periodStart}
              />
              <SubjectBulkAdd
                planId={plan.id}
                reasons={plan.criteria.reasons}
                periodStart={plan.periodStart}
              />
            </>
          )}
        </article>
      )}
    </QueryState>
  );
}
