import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Field } from '../../../components/ui/field';
import { DateInput, type DateInputHandle } from '../../../components/forms/date-input';
import { refusalOf } from '../../../components/forms/refusal';
import { endFromLastDay, todayIso } from '../../../lib/format';
import { useAssignmentEnd } from '../api/assignment-end.mutation';
import { lastDayProblem } from '../utils/assignment-form-values';

export type HeldAssignment = { id: string; version: number; startDate: string; post: string };

type Props = {
  assignment: HeldAssignment;
  cadreName: string;
  onEnded: () => void;
  /** Someone else changed the assignment since the profile was read. */
  onStale: () => void;
};

/**
 * Ends a post still held: asks for the last day held, as the decision writes it, checks it as the
 * API does, and sends the stored end (the day after) with the version the profile showed.
 * Mistakes keep the dialog open beside the date.
 */
export function AssignmentEndAction({ assignment, cadreName, onEnded, onStale }: Props) {
  const { t } = useTranslation();
  const [, end] = useAssignmentEnd();
  // Offered: today as the last day held, the post off from tomorrow, as the Board records a
  // cadre leaving on the day it acts; the hint says so and an earlier day is typed over it.
  const [lastDay, setLastDay] = useState(todayIso);
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [failures, setFailures] = useState<readonly string[]>([]);
  const dateRef = useRef<DateInputHandle>(null);

  const refuse = (besideDate: string | undefined, others: readonly string[]) => {
    setDateError(besideDate);
    setFailures(others);
    if (besideDate) dateRef.current?.focus();
    return false;
  };

  const confirm = async (): Promise<boolean> => {
    const problem = lastDayProblem(lastDay, assignment.startDate);
    const endDate = endFromLastDay(lastDay);
    if (problem || !endDate)
      return refuse(
        t(problem?.key ?? 'assignments.form.errors.dateInvalid', problem?.values ?? {}),
        [],
      );
    const result = await end({
      id: assignment.id,
      expectedVersion: assignment.version,
      input: { endDate },
    });
    const payload = result.data?.assignmentEnd;
    if (payload?.assignment) {
      onEnded();
      return true;
    }
    const errors = refusalOf(payload?.userErrors, result.error, t('state.error'));
    // A stale version is explained beside the career, with the way out: reload it.
    if (errors.some((error) => error.code === 'STALE_VERSION')) {
      onStale();
      return true;
    }
    const onDate = (field: readonly string[] | null) =>
      field?.[0] === 'input' && field[1] === 'endDate';
    return refuse(
      errors.find((error) => onDate(error.field))?.message,
      errors.filter((error) => !onDate(error.field)).map((error) => error.message),
    );
  };

  return (
    <div className="row-actions">
      <ConfirmButton
        label={t('assignments.end.action')}
        accessibleName={t('assignments.end.actionFor', { post: assignment.post })}
        question={
          <>
            <p>{t('assignments.end.question', { name: cadreName, post: assignment.post })}</p>
            <Field
              label={t('assignments.end.lastDay')}
              hint={t('assignments.end.lastDayHint')}
              error={dateError}
            >
              <DateInput
                ref={dateRef}
                name="lastDay"
                value={lastDay}
                onChange={(day) => {
                  setLastDay(day);
                  setDateError(undefined);
                }}
              />
            </Field>
            {failures.length > 0 && (
              <div role="alert" className="field-error">
                <p>{t('assignments.end.failed')}</p>
                <ul>
                  {failures.map((failure) => (
                    <li key={failure}>{failure}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        }
        onConfirm={confirm}
      />
    </div>
  );
}
