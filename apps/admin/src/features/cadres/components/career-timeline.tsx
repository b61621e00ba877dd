import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatLastDay } from '../../../lib/format';
import { layoutTimeline, type Bar } from '../utils/timeline-layout';

type Post = { id: string; title: string; unitName: string };

export type TimelineAssignment = {
  id: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  position: Post;
};

export type TimelineRotation = {
  id: string;
  startDate: string;
  plannedEndDate: string;
  endDate: string | null;
  status: string;
  category: string;
  from: Post;
  to: Post;
};

type Props = {
  assignments: readonly TimelineAssignment[];
  rotations: readonly TimelineRotation[];
  today: string;
  /** Controls shown under a post held, e.g. ending it; none for rotations. */
  assignmentActions?: ((assignmentId: string) => ReactNode) | undefined;
};

type Row = {
  id: string;
  label: string;
  detail: string;
  start: string;
  /** The stored end, exclusive: where the bar stops. */
  end: string | null;
  /** The end as the row reads it. */
  endText: string | null;
  rotation: boolean;
};

/** Posts held and rotations drawn on one time axis; each row also reads as text. */
export function CareerTimeline({ assignments, rotations, today, assignmentActions }: Props) {
  const { t } = useTranslation();
  const rows: Row[] = [
    ...assignments.map((assignment) => ({
      id: assignment.id,
      label: `${assignment.position.title}, ${assignment.position.unitName}`,
      detail: t(`cadres.assignmentKind.${assignment.kind}`),
      start: assignment.startDate,
      end: assignment.endDate,
      // A post held reads as its decision does too: to its last day, the day before the stored end.
      endText: assignment.endDate && formatLastDay(assignment.endDate),
      rotation: false,
    })),
    ...rotations
      .filter((rotation) => rotation.status !== 'CANCELLED')
      .map((rotation) => ({
        id: rotation.id,
        label: t('cadres.timeline.rotation', {
          from: `${rotation.from.title}, ${rotation.from.unitName}`,
          to: `${rotation.to.title}, ${rotation.to.unitName}`,
        }),
        detail: `${t(`category.${rotation.category}`)} · ${t(`status.${rotation.status}`)}`,
        start: rotation.startDate,
        end: rotation.endDate ?? rotation.plannedEndDate,
        // A rotation reads as its decision does: to its last day, the day before the stored end.
        endText: formatLastDay(rotation.endDate ?? rotation.plannedEndDate),
        rotation: true,
      })),
  ].sort((a, b) => a.start.localeCompare(b.start));
  const layout = layoutTimeline(rows, today);
  if (!layout) return <p className="muted">{t('cadres.timeline.empty')}</p>;
  const barOf = new Map<string, Bar>(layout.bars.map((bar) => [bar.id, bar]));

  return (
    <figure className="timeline" aria-label={t('cadres.timeline.label')}>
      <div className="timeline-axis" aria-hidden="true">
        {layout.ticks.map((tick) => (
          <span key={tick.year} style={{ left: `${tick.left}%` }}>
            {tick.year}
          </span>
        ))}
      </div>
      <ol className="timeline-rows">
        {rows.map((row) => {
          const bar = barOf.get(row.id);
          return (
            <li key={row.id} className={row.rotation ? 'timeline-row is-rotation' : 'timeline-row'}>
              <div className="timeline-text">
                <strong>
                  {row.rotation ? (
                    <Link to={`/rotations/${encodeURIComponent(row.id)}`}>{row.label}</Link>
                  ) : (
                    row.label
                  )}
                </strong>
                <span className="muted">
                  {t('cadres.timeline.period', {
                    start: formatDate(row.start),
                    end: row.endText ?? t('cadres.timeline.now'),
                  })}{' '}
                  · {row.detail}
                </span>
                {!row.rotation && assignmentActions?.(row.id)}
              </div>
              <div className="timeline-track" aria-hidden="true">
                {bar && (
                  <span
                    className={bar.open ? 'timeline-bar is-open' : 'timeline-bar'}
                    style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
