import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { QueryState } from '../../../components/ui/query-state';
import { refusalOf } from '../../../components/forms/refusal';
import { useCanEdit } from '../../../lib/session';
import { useAssignmentCreate } from '../api/assignment-create.mutation';
import { useCadreName } from '../api/cadre-name.query';
import type { AssignmentFacts } from '../utils/assignment-form-values';
import { savedState } from '../utils/saved-state';
import { AssignmentForm } from './assignment-form';

/** Recording a post in a cadre's career (quá trình công tác); the profile shows it once saved. */
export function AssignmentCreatePage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const id = useParams()['id'] ?? '';
  const [{ data, fetching, error }, refetch] = useCadreName(id, !canEdit);
  const [, create] = useAssignmentCreate();
  const cadre = data?.node?.__typename === 'Cadre' ? data.node : null;
  const profile = `/cadres/${encodeURIComponent(id)}`;

  const submit = async (facts: AssignmentFacts): Promise<readonly UserErrorLike[]> => {
    if (!cadre) return [];
    const result = await create({ input: { cadreId: cadre.id, ...facts } });
    const payload = result.data?.assignmentCreate;
    if (payload?.assignment) {
      void navigate(profile, { state: savedState('assignmentCreated') });
      return [];
    }
    return refusalOf(payload?.userErrors, result.error, t('state.error'));
  };

  if (!canEdit) return <p role="alert">{t('state.notFound')}</p>;
  return (
    <section>
      <p>
        <Link to={profile}>← {cadre?.fullName ?? t('cadres.profile.back')}</Link>
      </p>
      <h1>{t('assignments.form.title')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(data)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {!cadre ? (
          <p role="alert">{t('cadres.profile.notFound')}</p>
        ) : (
          <>
            <p className="muted">{t('assignments.form.whose', { name: cadre.fullName })}</p>
            <AssignmentForm
              label={t('assignments.form.title')}
              cancelTo={profile}
              onSubmit={submit}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
