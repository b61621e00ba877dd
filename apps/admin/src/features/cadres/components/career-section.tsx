import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCanEdit } from '../../../lib/session';
import { AssignmentEndAction } from './assignment-end-action';
import { CareerTimeline, type TimelineAssignment, type TimelineRotation } from './career-timeline';

type Props = {
  cadre: { id: string; fullName: string };
  assignments: readonly (TimelineAssignment & { version: number })[];
  rotations: readonly TimelineRotation[];
  today: string;
  /** Reads the profile afresh from the server. */
  onReload: () => void;
};

/** The career (quá trình công tác); editors record posts and end the ones still held. */
export function CareerSection({ cadre, assignments, rotations, today, onReload }: Props) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const [notice, setNotice] = useState<'ended' | 'stale' | null>(null);
  const held = new Map(
    assignments
      .filter((assignment) => assignment.endDate === null)
      .map((assignment) => [assignment.id, assignment]),
  );

  const endAction = (assignmentId: string) => {
    const assignment = held.get(assignmentId);
    if (!assignment) return null;
    // A new version (after a reload) starts the dialog again from what was read.
    return (
      <AssignmentEndAction
        key={`${assignment.id}-${assignment.version}`}
        assignment={{
          id: assignment.id,
          version: assignment.version,
          startDate: assignment.startDate,
          post: `${assignment.position.title}, ${assignment.position.unitName}`,
        }}
        cadreName={cadre.fullName}
        onEnded={() => setNotice('ended')}
        onStale={() => setNotice('stale')}
      />
    );
  };

  return (
    <section aria-labelledby="career-title" className="card">
      <div className="page-title">
        <h2 id="career-title">{t('cadres.timeline.title')}</h2>
        {canEdit && (
          <Link className="btn" to={`/cadres/${encodeURIComponent(cadre.id)}/assignments/new`}>
            {t('assignments.form.title')}
          </Link>
        )}
      </div>
      {notice === 'ended' && (
        <p role="status" className="ok">
          {t('assignments.end.done')}
        </p>
      )}
      {notice === 'stale' && (
        <div role="alert" className="state state-error" data-testid="stale-version">
          <p>{t('assignments.end.stale')}</p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setNotice(null);
              onReload();
            }}
          >
            {t('assignments.end.reload')}
          </button>
        </div>
      )}
      <CareerTimeline
        today={today}
        assignments={assignments}
        rotations={rotations}
        assignmentActions={canEdit ? endAction : undefined}
      />
    </section>
  );
}
