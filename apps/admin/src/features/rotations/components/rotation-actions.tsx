import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationAction, RotationOutcome } from '../../../lib/gql/graphql';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Field } from '../../../components/ui/field';
import { PostChoiceField, type PostChoice } from '../../../components/forms/post-choice-field';
import { endFromLastDay, lastDayOfEnd, todayIso } from '../../../lib/format';
import { useRotationTransitions } from '../api/rotation-transitions.mutation';

const OUTCOMES: readonly RotationOutcome[] = [
  'RETURNED_TO_ORIGIN',
  'KEPT_AT_DESTINATION',
  'ENDED_EARLY',
  'RETIRED',
  'REASSIGNED',
  'PROMOTED',
];

type Props = {
  rotation: {
    id: string;
    version: number;
    /** What the API says the caller may do now: the screen never re-derives the lifecycle. */
    availableActions: readonly RotationAction[];
    cadre: { fullName: string };
  };
};
type Result = {
  data?: { [key: string]: { userErrors: readonly { message: string }[] } } | undefined;
  error?: { message: string } | undefined;
};

/** The next steps of a rotation's life, each asked for confirmation; userErrors shown inline. */
export function RotationActions({ rotation }: Props) {
  const { t } = useTranslation();
  const { approve, start, complete, cancel, busy } = useRotationTransitions();
  // rotationComplete's endDate is the first day off the rotation; people give the last day on it.
  // The default last day is yesterday: the rotation ends as of today.
  const [lastDay, setLastDay] = useState(() => lastDayOfEnd(todayIso()));
  const endDate = endFromLastDay(lastDay);
  const [outcome, setOutcome] = useState<RotationOutcome>('RETURNED_TO_ORIGIN');
  // The post taken next: needed for a reassignment or promotion, and for a return when the
  // origin unit merged away (the API then asks for a post of its successor).
  const [nextSearch, setNextSearch] = useState('');
  const [nextPost, setNextPost] = useState<PostChoice | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const name = rotation.cadre.fullName;
  const base = { id: rotation.id, expectedVersion: rotation.version };
  const may = (action: RotationAction) => rotation.availableActions.includes(action);
  const report = (result: Result) => {
    const payload = result.data && Object.values(result.data)[0];
    const errors = payload?.userErrors.map((error) => error.message) ?? [];
    setMessage(
      result.error?.message ?? (errors.length > 0 ? errors.join('; ') : t('rotations.action.done')),
    );
  };

  return (
    <div className="row-actions">
      {may('APPROVE') && (
        <ConfirmButton
          label={t('rotations.action.approve')}
          disabled={busy}
          question={t('rotations.action.approveQuestion', { name })}
          onConfirm={async () => report(await approve(base))}
        />
      )}
      {may('START') && (
        <ConfirmButton
          label={t('rotations.action.start')}
          disabled={busy}
          question={t('rotations.action.startQuestion', { name })}
          onConfirm={async () => report(await start(base))}
        />
      )}
      {may('COMPLETE') && (
        <ConfirmButton
          label={t('rotations.action.complete')}
          disabled={busy}
          question={
            <>
              <p>{t('rotations.action.completeQuestion', { name })}</p>
              <Field
                label={t('rotations.action.lastDay')}
                error={endDate ? undefined : t('rotations.form.invalidDate')}
              >
                <input
                  type="date"
                  value={lastDay}
                  onChange={(event) => setLastDay(event.target.value)}
                />
              </Field>
              <Field label={t('rotations.action.outcome')}>
                <select
                  value={outcome}
                  onChange={(event) => setOutcome(event.target.value as RotationOutcome)}
                >
                  {OUTCOMES.map((value) => (
                    <option key={value} value={value}>
                      {t(`rotations.outcome.${value}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <PostChoiceField
                searchLabel={t('rotations.action.nextPostSearch')}
                label={t('rotations.action.nextPost')}
                hint={t('rotations.action.nextPostHint')}
                search={nextSearch}
                onSearch={setNextSearch}
                value={nextPost}
                onChange={setNextPost}
                asOf={endDate}
              />
            </>
          }
          onConfirm={async () => {
            // An unreadable last day keeps the dialog open beside its message.
            if (!endDate) return false;
            const nextPositionId = nextPost?.id ?? null;
            report(await complete({ ...base, input: { endDate, outcome, nextPositionId } }));
          }}
        />
      )}
      {may('CANCEL') && (
        <ConfirmButton
          label={t('rotations.action.cancel')}
          disabled={busy}
          question={
            <>
              <p>{t('rotations.action.cancelQuestion', { name })}</p>
              <Field label={t('rotations.action.reason')}>
                <textarea
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  maxLength={500}
                />
              </Field>
            </>
          }
          onConfirm={async () => report(await cancel({ ...base, input: { reason } }))}
        />
      )}
      {message && <span role="status">{message}</span>}
    </div>
  );
}
