import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, isIsoDate } from '../../../lib/format';
import { useCadreEligibility } from '../api/cadre-eligibility.query';
import { DateInput } from '../../../components/forms/date-input';

type Basis = { document: string; clause: string } | null;
type Facts = {
  since?: string | null;
  years?: number | null;
  unit?: { name: string } | null;
};

/** Whether the cadre is a subject of rotation on a chosen date, with every reason and blocker. */
export function EligibilityPanel({ cadreId, today }: { cadreId: string; today: string }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(today);
  const [planId, setPlanId] = useState('');
  const validDate = isIsoDate(asOf) ? asOf : today;
  const [{ data, fetching, error }, refetch] = useCadreEligibility(
    cadreId,
    validDate,
    planId || null,
  );
  const eligibility = data?.node?.__typename === 'Cadre' ? data.node.eligibility : null;
  // The facts the reason stands on, those it has: "từ 01/06/2015 · 10 năm · Phòng Nội vụ".
  const facts = (reason: Facts) => {
    const parts = [
      reason.since ? t('cadres.eligibility.since', { date: formatDate(reason.since) }) : null,
      reason.years === null || reason.years === undefined
        ? null
        : t('cadres.eligibility.years', { count: reason.years }),
      reason.unit?.name ?? null,
    ].filter((part): part is string => part !== null);
    return parts.length > 0 && <span className="muted"> ({parts.join(' · ')})</span>;
  };
  const basis = (legalBasis: Basis) =>
    legalBasis && <small className="muted"> {t('cadres.eligibility.basis', legalBasis)}</small>;

  return (
    <section aria-labelledby="eligibility-title" className="card">
      <h2 id="eligibility-title">{t('cadres.eligibility.title')}</h2>
      <div className="toolbar">
        <Field label={t('cadres.eligibility.asOf')}>
          <DateInput value={asOf} onChange={setAsOf} />
        </Field>
        <Field label={t('cadres.eligibility.plan')}>
          <select value={planId} onChange={(event) => setPlanId(event.target.value)}>
            <option value="">{t('cadres.eligibility.defaultCriteria')}</option>
            {data?.rotationPlans.nodes.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.code} · {plan.title}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(eligibility)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {eligibility && (
          <div aria-live="polite" aria-busy={fetching}>
            <p className={`verdict verdict-${eligibility.decision.toLowerCase()}`}>
              <strong>
                {eligibility.decision === 'YES'
                  ? t('cadres.eligibility.yes')
                  : eligibility.decision === 'NO'
                    ? t('cadres.eligibility.no')
                    : t('cadres.eligibility.undecided')}
              </strong>
              {' — '}
              {eligibility.message}
            </p>
            <h3>{t('cadres.eligibility.reasons')}</h3>
            {eligibility.reasons.length === 0 ? (
              <p className="muted">{t('cadres.eligibility.noReasons')}</p>
            ) : (
              <ul>
                {eligibility.reasons.map((reason) => (
                  <li key={reason.code}>
                    <strong>{t(`reason.${reason.code}`)}</strong>: {reason.message}
                    {facts(reason)}
                    {basis(reason.legalBasis)}
                  </li>
                ))}
              </ul>
            )}
            {eligibility.blockers.length > 0 && (
              <>
                <h3>{t('cadres.eligibility.blockers')}</h3>
                <ul>
                  {eligibility.blockers.map((blocker) => (
                    <li key={blocker.code}>
                      {blocker.message}
                      {basis(blocker.legalBasis)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </QueryState>
    </section>
  );
}
