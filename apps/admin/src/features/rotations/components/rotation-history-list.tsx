import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/format';
import type { RotationDetail } from './rotation-detail-sections';

type Props = { history: RotationDetail['history'] };

/** The rotation's life as the server recorded it: what was done, when, by whom, oldest first. */
export function RotationHistoryList({ history }: Props) {
  const { t } = useTranslation();
  const actorOf = (event: Props['history'][number]) =>
    event.actorKind === 'SYSTEM'
      ? t('rotations.detail.history.system')
      : event.actorKind === 'API_KEY'
        ? t('rotations.detail.history.apiKey', { name: event.actorName })
        : (event.actorName ?? '');
  return (
    <section aria-labelledby="rotation-history-title" className="card">
      <h2 id="rotation-history-title">{t('rotations.detail.history.title')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('rotations.detail.history.none')}</p>
      ) : (
        <ol className="history" data-testid="rotation-history">
          {history.map((event, index) => (
            <li key={index}>
              <strong>{t(`rotations.detail.history.kind.${event.kind}`)}</strong>
              {' · '}
              <time dateTime={event.occurredAt}>{formatInstant(event.occurredAt)}</time>
              {' · '}
              {t('rotations.detail.history.by', { actor: actorOf(event) })}
              {event.outcome && <> · {t(`rotations.outcome.${event.outcome}`)}</>}
              {event.cancelReason && (
                <> · {t('rotations.detail.history.reason', { reason: event.cancelReason })}</>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
