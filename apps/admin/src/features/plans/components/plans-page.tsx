import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCanEdit } from '../../../lib/session';
import { QueryState } from '../../../components/ui/query-state';
import { asLanguage, formatDate, formatNumber } from '../../../lib/format';
import { usePlans } from '../api/plans.query';

export function PlansPage() {
  const { t, i18n } = useTranslation();
  const canEdit = useCanEdit();
  const number = (value: number) => formatNumber(value, asLanguage(i18n.language));
  const [{ data, fetching, error }, refetch] = usePlans();
  const plans = data?.rotationPlans.nodes;
  return (
    <section>
      <div className="page-title">
        <h1>{t('plans.title')}</h1>
        {canEdit && (
          <Link className="btn btn-primary" to="/plans/new">
            {t('plans.create')}
          </Link>
        )}
      </div>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(plans)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {plans?.length === 0 && <p className="muted">{t('plans.none')}</p>}
        {plans && plans.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('plans.code')}</th>
                <th scope="col">{t('plans.name')}</th>
                <th scope="col">{t('plans.issuedOn')}</th>
                <th scope="col">{t('plans.period')}</th>
                <th scope="col">{t('plans.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id}>
                  <td>
                    <Link to={`/plans/${encodeURIComponent(plan.id)}`}>{plan.code}</Link>
                  </td>
                  <td>{plan.title}</td>
                  <td>{formatDate(plan.issuedOn)}</td>
                  <td>
                    {formatDate(plan.periodStart)} – {formatDate(plan.periodEnd)}
                  </td>
                  <td>
                    <progress
                      max={Math.max(1, plan.targetCount)}
                      value={Math.min(plan.progress.rotated, plan.targetCount)}
                      aria-label={plan.code}
                    />
                    {t('plans.progressLine', {
                      rotated: number(plan.progress.rotated),
                      target: number(plan.targetCount),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
