import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/ui/field';
import { QueryState } from '../../../components/ui/query-state';
import { asLanguage, formatNumber, isIsoDate, todayIso } from '../../../lib/format';
import { useAllEligibleCadres, useEligibleCadres } from '../api/eligible-cadres.query';
import { exportCsv, exportXlsx, type Headers } from '../utils/export-report';
import { groupByReason, reportRows } from '../utils/report-rows';
import { DateInput } from '../../../components/forms/date-input';

/** Who is due for rotation on a date, by a plan's criteria, grouped by reason; exportable. */
export function EligibilityPage() {
  const { t, i18n } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso);
  const [planId, setPlanId] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const date = isIsoDate(asOf) ? asOf : todayIso();
  const [{ data, fetching, error }, refetch] = useEligibleCadres(date, planId || null, null);
  const readAll = useAllEligibleCadres();
  const report = data?.eligibleCadres;
  const groups = groupByReason(report?.edges ?? []);

  const headers: Headers = {
    fullName: t('eligibility.columns.fullName'),
    birthYear: t('eligibility.columns.birthYear'),
    reason: t('eligibility.columns.reason'),
    explanation: t('eligibility.columns.explanation'),
  };
  const runExport = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    setExportFailed(false);
    try {
      const rows = reportRows(await readAll(date, planId || null), (code) => t(`reason.${code}`));
      const fileName = `${t('eligibility.fileName', { date })}.${format}`;
      await (format === 'csv'
        ? exportCsv(rows, headers, fileName)
        : exportXlsx(rows, headers, fileName));
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
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
        <button
          type="button"
          className="btn"
          disabled={exporting || !report?.totalCount}
          onClick={() => void runExport('csv')}
        >
          {t('eligibility.exportCsv')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={exporting || !report?.totalCount}
          onClick={() => void runExport('xlsx')}
        >
          {t('eligibility.exportXlsx')}
        </button>
        {exporting && <span role="status">{t('eligibility.exporting')}</span>}
        {exportFailed && (
          <span role="alert" className="field-error">
            {t('eligibility.exportFailed')}
          </span>
        )}
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
                  {group.edges.map((edge) => (
                    <li key={edge.node.id}>
                      <Link to={`/cadres/${encodeURIComponent(edge.node.id)}`}>
                        {edge.node.fullName}
                      </Link>
                      {': '}
                      {
                        edge.eligibility.reasons.find((reason) => reason.code === group.code)
                          ?.message
                      }
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </QueryState>
    </section>
  );
}
