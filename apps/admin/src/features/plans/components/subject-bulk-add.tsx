import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/forms/date-input';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { refusalOf } from '../../../components/forms/refusal';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Field } from '../../../components/ui/field';
import { asLanguage, formatDate, formatNumber, isIsoDate } from '../../../lib/format';
import type { EligibilityReasonCode } from '../../../lib/gql/graphql';
import { useBulkCandidates, type BulkCandidates } from '../api/plan-candidates.query';
import { usePlanAddSubjects } from '../api/plan-subjects.mutations';
import { refusalsByCadre } from '../utils/subject-errors';

type Props = {
  planId: string;
  reasons: readonly EligibilityReasonCode[];
  periodStart: string;
};

type Report = BulkCandidates & { asOf: string; criterion: EligibilityReasonCode };

/**
 * "Add all LONG_TENURE subjects on this date": the eligibility report for the plan on a date,
 * narrowed to one criterion, with those the plan lists already marked; once confirmed, the
 * others are sent in one rotationPlanAddSubjects (all or none), and any refusal is shown
 * beside the cadre it is about.
 */
export function SubjectBulkAdd({ planId, reasons, periodStart }: Props) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, asLanguage(i18n.language));
  const [asOf, setAsOf] = useState(periodStart);
  const [criterion, setCriterion] = useState<EligibilityReasonCode>(reasons[0] ?? 'LONG_TENURE');
  const [report, setReport] = useState<Report | null>(null);
  const [loading, setLoading] = useState(false);
  const [dateProblem, setDateProblem] = useState<string | undefined>();
  const [refusals, setRefusals] = useState<ReturnType<typeof refusalsByCadre> | null>(null);
  const [addedCount, setAddedCount] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const candidates = useBulkCandidates();
  const [, add] = usePlanAddSubjects();

  const show = async (event: FormEvent) => {
    event.preventDefault();
    setRefusals(null);
    setAddedCount(null);
    setFailure(null);
    if (!isIsoDate(asOf)) {
      setDateProblem(t('plans.form.errors.invalidDate'));
      return;
    }
    setDateProblem(undefined);
    setLoading(true);
    try {
      setReport({ ...(await candidates(planId, asOf, criterion)), asOf, criterion });
    } catch {
      setReport(null);
      setFailure(t('state.error'));
    } finally {
      setLoading(false);
    }
  };

  const toAdd = report ? report.eligible.filter((edge) => !report.listed.has(edge.node.id)) : [];
  const confirm = async () => {
    if (!report) return;
    const cadreIds = toAdd.map((edge) => edge.node.id);
    const result = await add({
      input: { planId, cadreIds, criterion: report.criterion, asOf: report.asOf },
    });
    const payload = result.data?.rotationPlanAddSubjects;
    if (payload?.rotationPlan) {
      setReport({ ...report, listed: new Set([...report.listed, ...cadreIds]) });
      setRefusals(null);
      setAddedCount(cadreIds.length);
      return;
    }
    const errors: readonly UserErrorLike[] = refusalOf(
      payload?.userErrors,
      result.error,
      t('state.error'),
    );
    setRefusals(refusalsByCadre(cadreIds, errors));
  };

  return (
    <section className="card" aria-labelledby="subject-bulk-add">
      <h2 id="subject-bulk-add">{t('plans.bulk.title')}</h2>
      <p className="muted">{t('plans.bulk.intro')}</p>
      <form onSubmit={show} noValidate aria-labelledby="subject-bulk-add" className="toolbar">
        <Field label={t('plans.bulk.criterion')}>
          <select
            value={criterion}
            onChange={(event) =>
              setCriterion(reasons.find((reason) => reason === event.target.value) ?? criterion)
            }
          >
            {reasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reason.${reason}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plans.bulk.asOf')} error={dateProblem}>
          <DateInput value={asOf} onChange={setAsOf} />
        </Field>
        <button type="submit" className="btn" disabled={loading}>
          {t('plans.bulk.show')}
        </button>
      </form>
      {loading && <p role="status">{t('state.loading')}</p>}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {report && !loading && (
        <>
          <p role="status">
            {t('plans.bulk.found', {
              shown: number(report.eligible.length),
              reason: t(`reason.${report.criterion}`),
              date: formatDate(report.asOf),
              listed: number(report.eligible.length - toAdd.length),
            })}
          </p>
          {report.eligible.length > 0 && (
            <table className="table" data-testid="bulk-candidates">
              <thead>
                <tr>
                  <th scope="col">{t('plans.subjectName')}</th>
                  <th scope="col">{t('plans.bulk.why')}</th>
                  <th scope="col">{t('plans.bulk.state')}</th>
                </tr>
              </thead>
              <tbody>
                {report.eligible.map((edge) => {
                  const listed = report.listed.has(edge.node.id);
                  const refused = refusals?.byCadre.get(edge.node.id) ?? [];
                  return (
                    <tr key={edge.node.id}>
                      <th scope="row">
                        {edge.node.fullName}
                        {edge.node.birthYear ? ` (${edge.node.birthYear})` : ''}
                      </th>
                      <td>
                        {edge.eligibility.reasons
                          .filter((reason) => reason.code === report.criterion)
                          .map((reason) => reason.message)
                          .join('; ')}
                      </td>
                      <td>
                        {listed ? (
                          <span className="tag">{t('plans.bulk.listed')}</span>
                        ) : refused.length > 0 ? (
                          <span className="field-error" data-code={refused[0]?.code}>
                            {refused.map((error) => error.message).join('; ')}
                          </span>
                        ) : (
                          t('plans.bulk.toAdd')
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {refusals && (
            <div role="alert" className="field-error">
              <p>{t('plans.bulk.refused')}</p>
              {refusals.general.length > 0 && (
                <ul>
                  {refusals.general.map((error) => (
                    <li key={`${error.code}-${error.message}`}>{error.message}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {addedCount !== null && (
            <p role="status" className="muted">
              {t('plans.bulk.added', { shown: number(addedCount) })}
            </p>
          )}
          {toAdd.length > 0 && (
            <ConfirmButton
              label={t('plans.bulk.addAll', { shown: number(toAdd.length) })}
              question={t('plans.bulk.question', {
                shown: number(toAdd.length),
                reason: t(`reason.${report.criterion}`),
                date: formatDate(report.asOf),
              })}
              onConfirm={confirm}
            />
          )}
        </>
      )}
    </section>
  );
}
