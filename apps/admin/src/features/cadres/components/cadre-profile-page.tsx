import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, todayIso } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { useCadreProfile } from '../api/cadre-profile.query';
import { personalDataHidden } from '../../../lib/personal-data';
import { savedOf } from '../utils/saved-state';
import { CareerSection } from './career-section';
import { EligibilityPanel } from './eligibility-panel';
import { EvaluationsTable } from './evaluations-table';
import { ManagingBodiesSection } from './managing-bodies-section';
import { ProfilePaperLink } from './profile-paper-link';

const post = (position: { id: string; title: string; unit: { name: string } }) => ({
  id: position.id,
  title: position.title,
  unitName: position.unit.name,
});

/** One cadre: facts, career on a time axis, retirement date, eligibility, evaluations. */
export function CadreProfilePage() {
  const { t } = useTranslation();
  const id = useParams()['id'] ?? '';
  const canEdit = useCanEdit();
  const saved = savedOf(useLocation().state);
  const [today] = useState(todayIso);
  const [{ data, fetching, error }, refetch] = useCadreProfile(id, saved !== null);
  const cadre = data?.node?.__typename === 'Cadre' ? data.node : null;
  // Personal data the server hid from this reader: the age band and retirement year stand in.
  const hidden = personalDataHidden(error);

  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={Boolean(data)}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <p>
        <Link to="/cadres">← {t('cadres.profile.back')}</Link>
      </p>
      {!cadre ? (
        <p role="alert">{t('cadres.profile.notFound')}</p>
      ) : (
        <article className="profile">
          <div className="page-title">
            <h1>
              {cadre.fullName}
              {cadre.isSample && <span className="tag">{t('cadres.sample')}</span>}
            </h1>
            <ProfilePaperLink cadreId={cadre.id} />
            {canEdit && (
              <Link className="btn" to={`/cadres/${encodeURIComponent(cadre.id)}/edit`}>
                {t('cadres.edit')}
              </Link>
            )}
          </div>
          {saved && (
            <p role="status" className="ok">
              {t(`cadres.saved.${saved}`)}
            </p>
          )}
          <section aria-labelledby="facts-title" className="card">
            <h2 id="facts-title">{t('cadres.profile.facts')}</h2>
            <dl className="facts">
              {cadre.code && (
                <>
                  <dt>{t('cadres.profile.code')}</dt>
                  <dd data-testid="cadre-code">{cadre.code}</dd>
                </>
              )}
              <dt>{t('cadres.profile.sexLabel')}</dt>
              <dd>{cadre.sex ? t(`cadres.sex.${cadre.sex}`) : t('common.unknown')}</dd>
              <dt>{t('cadres.profile.birth')}</dt>
              <dd>
                {hidden
                  ? cadre.ageBand
                    ? t('cadres.profile.ageBand', { band: cadre.ageBand })
                    : t('cadres.profile.hidden')
                  : cadre.birthDate
                    ? formatDate(cadre.birthDate)
                    : (cadre.birthYear ?? t('common.unknown'))}
              </dd>
              <dt>{t('cadres.profile.homeArea')}</dt>
              <dd>
                {hidden
                  ? t('cadres.profile.hidden')
                  : (cadre.homeArea?.name ?? t('common.unknown'))}
              </dd>
              <dt>{t('managingBody.label')}</dt>
              <dd data-testid="managing-body">{cadre.body?.name ?? t('managingBody.top')}</dd>
              <dt>{t('cadres.profile.status')}</dt>
              <dd>{t(`cadres.cadreStatus.${cadre.status}`)}</dd>
              <dt>{t('cadres.profile.retirement')}</dt>
              <dd>
                {cadre.retirementDate
                  ? formatDate(cadre.retirementDate)
                  : hidden && cadre.retirementYear
                    ? t('cadres.profile.retirementYear', { year: cadre.retirementYear })
                    : t('cadres.profile.retirementUnknown')}
              </dd>
              {cadre.successionPool.length > 0 && (
                <>
                  <dt>{t('cadres.profile.pool')}</dt>
                  <dd>
                    {cadre.successionPool
                      .map((entry) =>
                        t('cadres.profile.poolEntry', {
                          title: entry.targetTitle,
                          from: entry.termStart,
                          to: entry.termEnd,
                        }),
                      )
                      .join('; ')}
                  </dd>
                </>
              )}
              {cadre.notes && (
                <>
                  <dt>{t('cadres.profile.notes')}</dt>
                  <dd className="notes">{cadre.notes}</dd>
                </>
              )}
            </dl>
          </section>
          <CareerSection
            cadre={cadre}
            today={today}
            assignments={cadre.assignments.map((assignment) => ({
              ...assignment,
              position: post(assignment.position),
            }))}
            rotations={cadre.rotations.nodes.map((rotation) => ({
              ...rotation,
              from: post(rotation.fromPosition),
              to: post(rotation.toPosition),
            }))}
            onReload={() => refetch({ requestPolicy: 'network-only' })}
          />
          <ManagingBodiesSection cadre={cadre} bodies={cadre.bodies} />
          <EligibilityPanel cadreId={cadre.id} today={today} />
          {cadre.evaluations ? (
            <EvaluationsTable cadreId={cadre.id} evaluations={cadre.evaluations} />
          ) : (
            <p className="muted">{t('cadres.profile.evaluationsHidden')}</p>
          )}
        </article>
      )}
    </QueryState>
  );
}
