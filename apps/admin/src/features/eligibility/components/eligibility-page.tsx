import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/ui/field';
import { PaperLinks } from '../../../components/ui/paper-links';
import { QueryState } from '../../../components/ui/query-state';
import { asLanguage, formatNumber, isIsoDate, todayIso } from '../../../lib/format';
import { useEligibleCadres } from '../api/eligible-cadres.query';
import { groupByReason, reasonFacts } from '../utils/report-rows';
import { DateInput } from '../../../components/forms/date-input';

/** Who is due for rotation on a date, by a plan's criteria, grouped by reason; exportable. */
export function EligibilityPage() {
  const { t, i18n } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso);
  const [planId, setPlanId] = useState('');
  const date = isIsoDate(asOf) ? asOf : todayIso();
  const [{ data, fetching, error }, refetch] = useEligibleCadres(date, planId || null, null);
  const report = data?.eligibleCadres;
  const groups = groupByReason(report?.edges ?? []);

  // The list as the server's paper (GET /export/eligibility.*): every subject, not only the
  // page shown, with post, unit and reasons, in one request instead of paging here.
  const paperParams = new URLSearchParams({ asOf: date, ...(planId ? { planId } : {}) });
  const factLabels = {
    since: (date: string) => t('eligibility.facts.since', { date }),
    years: (count: number) => t('eligibility.facts.years', { count }),
  };

  return (
    <section>
      <h1>{t('eligibility.title')}</h1>
      <div className="toolbar">
        <Field label={t('eligibility.asOf')}>
          <DateInput value={asOf} onChange={setAsOf} />
        </Field>
        <Field label={t('eligibility.plan')}>
          <select value={planId} onChange={(event) => setPlanId(event.target.value)}>
            <option value="">{t('eligibility.defaultCriteria')}</option>
            {data?.rotationPlans.nodes.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.code} · {plan.title}
              </option>
            ))}
          </select>
        </Field>
        <PaperLinks
          path="/export/eligibility"
          params={paperParams}
          label={t('eligibility.exportLabel')}
          formats={[
            { extension: 'xlsx', label: t('eligibility.exportXlsx') },
            { extension: 'csv', label: t('eligibility.exportCsv') },
          ]}
        />
      </div>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(report)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {report && (
          <div aria-busy={fetching}>
            <p>
              {t('eligibility.total', {
                formatted: formatNumber(report.totalCount, asLanguage(i18n.language)),
              })}
            </p>
            {groups.length === 0 && <p className="muted">{t('eligibility.none')}</p>}
            {groups.map((group) => (
              <section key={group.code} className="card" aria-labelledby={`reason-${group.code}`}>
                <h2 id={`reason-${group.code}`}>
                  {t('eligibility.group', {
                    reason: t(`reason.${group.code}`),
                    count: group.edges.length,
                  })}
                </h2>
                <ul>
                  {group.edges.map((edge) => {
                    const reason = edge.eligibility.reasons.find(
                      (each) => each.code === group.code,
                    );
                    const facts = reason ? reasonFacts(reason, factLabels) : '';
                    return (
                      <li key={edge.node.id}>
                        <Link to={`/cadres/${encodeURIComponent(edge.node.id)}`}>
                          {edge.node.fullName}
                        </Link>
                        {': '}
                        {reason?.message}
                        {facts && <small className="muted"> ({facts})</small>}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </div>
        )}
      </QueryState>
    </section>
  );
}
