import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { refusalOf, useStaleVersion } from '../../../components/forms/refusal';
import { QueryState } from '../../../components/ui/query-state';
import { useCanEdit } from '../../../lib/session';
import { useCadreEvaluations } from '../api/cadre-evaluations.query';
import { useEvaluationRecord } from '../api/evaluation-record.mutation';
import {
  EMPTY_EVALUATION_FORM,
  formValuesOf,
  yearOf,
  type EvaluationFacts,
} from '../utils/evaluation-form-values';
import { EvaluationForm } from './evaluation-form';

/**
 * Recording a cadre's evaluation for a year (/cadres/:id/evaluations) or correcting the one
 * recorded (/cadres/:id/evaluations/:year), from the version the form was filled with.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const params = useParams();
  const id = params['id'] ?? '';
  const yearParam = params['year'];
  const [{ data, fetching, error }, refetch] = useCadreEvaluations(id, !canEdit);
  const staleness = useStaleVersion(() => refetch({ requestPolicy: 'network-only' }));
  const [, record] = useEvaluationRecord();
  const cadre = data?.node?.__typename === 'Cadre' ? data.node : null;
  const profile = `/cadres/${encodeURIComponent(id)}`;
  const year = yearParam === undefined ? null : yearOf(yearParam);
  const corrected =
    year === null
      ? null
      : (cadre?.evaluations?.find((evaluation) => evaluation.year === year) ?? null);
  const correcting = yearParam !== undefined;
  const title = correcting
    ? t('evaluations.form.correctTitle', { year: yearParam })
    : t('evaluations.form.recordTitle');

  const submit = async (facts: EvaluationFacts): Promise<readonly UserErrorLike[]> => {
    if (!cadre) return [];
    const result = await record({
      input: { cadreId: cadre.id, ...facts, expectedVersion: corrected?.version ?? null },
    });
    const payload = result.data?.evaluationRecord;
    if (payload?.evaluation) {
      void navigate(profile);
      return [];
    }
    return staleness.placed(refusalOf(payload?.userErrors, result.error, t('state.error')));
  };

  if (!canEdit) return <p role="alert">{t('state.notFound')}</p>;
  return (
    <section>
      <p>
        <Link to={profile}>← {cadre?.fullName ?? t('cadres.profile.back')}</Link>
      </p>
      <h1>{title}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(data)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {!cadre ? (
          <p role="alert">{t('cadres.profile.notFound')}</p>
        ) : correcting && !corrected ? (
          <p role="alert">{t('evaluations.form.yearNotFound', { year: yearParam })}</p>
        ) : (
          <>
            <p className="muted">{t('evaluations.form.whose', { name: cadre.fullName })}</p>
            {/* A new version (after a reload) starts the form again from what is recorded. */}
            <EvaluationForm
              key={corrected?.version ?? 'new'}
              initial={corrected ? formValuesOf(corrected) : EMPTY_EVALUATION_FORM}
              label={title}
              submitLabel={t(
                corrected ? 'evaluations.form.submitCorrect' : 'evaluations.form.submitRecord',
              )}
              yearFixed={corrected !== null}
              cancelTo={profile}
              onSubmit={submit}
            >
              {staleness.stale && (
                <div role="alert" className="state state-error" data-testid="stale-version">
                  <p>{t('evaluations.form.stale')}</p>
                  <button type="button" className="btn" onClick={staleness.reload}>
                    {t('evaluations.form.reload')}
                  </button>
                </div>
              )}
            </EvaluationForm>
          </>
        )}
      </QueryState>
    </section>
  );
}
