import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { refusalOf, useStaleVersion } from '../../../components/forms/refusal';
import { QueryState } from '../../../components/ui/query-state';
import { useCanEdit } from '../../../lib/session';
import { useCadreEdit } from '../api/cadre-edit.query';
import { useCadreUpdate } from '../api/cadre-update.mutation';
import { formValuesOf, type CadreFacts } from '../utils/cadre-form-values';
import { savedState } from '../utils/saved-state';
import { CadreForm } from './cadre-form';

/** Changing a cadre's own facts, from the version the form was filled with. */
export function CadreEditPage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const id = useParams()['id'] ?? '';
  const [{ data, fetching, error }, refetch] = useCadreEdit(id, !canEdit);
  const staleness = useStaleVersion(() => refetch({ requestPolicy: 'network-only' }));
  const [, update] = useCadreUpdate();
  const cadre = data?.node?.__typename === 'Cadre' ? data.node : null;
  const profile = `/cadres/${encodeURIComponent(id)}`;

  const submit = async (facts: CadreFacts): Promise<readonly UserErrorLike[]> => {
    if (!cadre) return [];
    // Every fact is sent as the form shows it: a field emptied on purpose is cleared.
    const result = await update({ id: cadre.id, expectedVersion: cadre.version, input: facts });
    const payload = result.data?.cadreUpdate;
    if (payload?.cadre) {
      void navigate(profile, { state: savedState('updated') });
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
      <h1>{t('cadres.form.editTitle')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(data)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {!cadre ? (
          <p role="alert">{t('cadres.profile.notFound')}</p>
        ) : (
          // A new version (after a reload) starts the form again from the facts as saved.
          <CadreForm
            key={cadre.version}
            initial={formValuesOf(cadre)}
            label={t('cadres.form.editTitle')}
            submitLabel={t('cadres.form.submitEdit')}
            notesHint={t('cadres.form.notesHint')}
            cancelTo={profile}
            onSubmit={submit}
          >
            {staleness.stale && (
              <div role="alert" className="state state-error" data-testid="stale-version">
                <p>{t('cadres.form.stale')}</p>
                <button type="button" className="btn" onClick={staleness.reload}>
                  {t('cadres.form.reload')}
                </button>
              </div>
            )}
          </CadreForm>
        )}
      </QueryState>
    </section>
  );
}
