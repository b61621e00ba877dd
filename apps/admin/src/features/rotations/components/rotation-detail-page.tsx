import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatLastDay } from '../../../lib/format';
import { useRotationDetail } from '../api/rotation-detail.query';
import { RotationActions } from './rotation-actions';
import {
  RotationEvaluations,
  RotationPapers,
  RotationViolations,
  type RotationDetail,
} from './rotation-detail-sections';
import { DecisionPaperLinks } from './decision-paper-links';
import { RotationHistoryList } from './rotation-history-list';
import { useRotationPublish } from '../../publication/api/publication.mutations';
import { PublicationControl } from '../../publication/components/publication-control';

const postOf = (post: RotationDetail['fromPosition']) => `${post.title}, ${post.unit.name}`;

/** One rotation: who, from where to where, when, under which papers, what happened since. */
export function RotationDetailPage() {
  const { t } = useTranslation();
  const id = useParams()['id'] ?? '';
  const [{ data, fetching, error }, refetch] = useRotationDetail(id);
  const rotation = data?.node?.__typename === 'Rotation' ? data.node : null;
  const [, publish] = useRotationPublish();

  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={Boolean(data)}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <p>
        <Link to="/rotations">← {t('rotations.detail.back')}</Link>
      </p>
      {!rotation ? (
        <p role="alert">{t('rotations.detail.notFound')}</p>
      ) : (
        <article className="profile">
          <div className="page-title">
            <h1>{t('rotations.detail.title', { name: rotation.cadre.fullName })}</h1>
          </div>
          <DecisionPaperLinks rotationId={rotation.id} />
          <section aria-labelledby="rotation-facts-title" className="card">
            <h2 id="rotation-facts-title">{t('rotations.detail.facts')}</h2>
            <dl className="facts">
              <dt>{t('rotations.cadre')}</dt>
              <dd>
                <Link to={`/cadres/${encodeURIComponent(rotation.cadre.id)}`}>
                  {rotation.cadre.fullName}
                </Link>
              </dd>
              <dt>{t('rotations.from')}</dt>
              <dd>{postOf(rotation.fromPosition)}</dd>
              <dt>{t('rotations.to')}</dt>
              <dd>{postOf(rotation.toPosition)}</dd>
              <dt>{t('rotations.detail.period')}</dt>
              <dd data-testid="rotation-period">
                {t('rotations.detail.periodValue', {
                  start: formatDate(rotation.startDate),
                  last: formatLastDay(rotation.plannedEndDate),
                })}
              </dd>
              {rotation.endDate && (
                <>
                  <dt>{t('rotations.detail.actualLastDay')}</dt>
                  <dd>{formatLastDay(rotation.endDate)}</dd>
                </>
              )}
              <dt>{t('rotations.status')}</dt>
              <dd>
                {t(`status.${rotation.status}`)}
                {rotation.overdue && (
                  <span className="tag tag-warning">{t('rotations.overdue')}</span>
                )}
              </dd>
              {rotation.outcome && (
                <>
                  <dt>{t('rotations.action.outcome')}</dt>
                  <dd>{t(`rotations.outcome.${rotation.outcome}`)}</dd>
                </>
              )}
              {rotation.reason && (
                <>
                  <dt>{t('rotationWrite.form.reason')}</dt>
                  <dd>{rotation.reason}</dd>
                </>
              )}
              {rotation.cancelReason && (
                <>
                  <dt>{t('rotations.action.reason')}</dt>
                  <dd>{rotation.cancelReason}</dd>
                </>
              )}
              <dt>{t('rotations.form.plan')}</dt>
              <dd>
                {rotation.plan ? (
                  <Link to={`/plans/${encodeURIComponent(rotation.plan.id)}`}>
                    {rotation.plan.code} — {rotation.plan.title}
                  </Link>
                ) : (
                  t('rotations.form.noPlan')
                )}
              </dd>
              <dt>{t('rotations.detail.classification')}</dt>
              <dd>
                {[
                  t(`category.${rotation.category}`),
                  t(`direction.${rotation.direction}`),
                  t(`rankChange.${rotation.rankChange}`),
                ].join(' · ')}
              </dd>
            </dl>
            {rotation.availableActions.length > 0 && <RotationActions rotation={rotation} />}
          </section>
          <PublicationControl
            publishedAt={rotation.publishedAt ?? null}
            viaPlan={rotation.plan?.publishedAt ? rotation.plan : null}
            hint={t('publication.rotationHint')}
            change={async (published) => {
              const result = await publish({
                id: rotation.id,
                expectedVersion: rotation.version,
                published,
              });
              if (result.error) throw result.error;
              return result.data?.rotationPublish.userErrors.map((error) => error.message) ?? [];
            }}
          />
          <RotationPapers rotation={rotation} />
          <RotationViolations violations={rotation.violations} />
          <RotationHistoryList history={rotation.history} />
          <RotationEvaluations rotation={rotation} />
        </article>
      )}
    </QueryState>
  );
}
