import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/forms/date-input';
import { PostChoiceField, type PostChoice } from '../../../components/forms/post-choice-field';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Field } from '../../../components/ui/field';
import { endFromLastDay, lastDayOfEnd } from '../../../lib/format';
import type { RotationOutcome } from '../../../lib/gql/graphql';
import { COMPLETION_OUTCOMES, nextPostNeed } from '../utils/completion-outcomes';

type Props = {
  name: string;
  /** The stored (exclusive) planned end: the last day offered is the day before it. */
  plannedEndDate: string;
  disabled: boolean;
  /** Sends rotationComplete; resolves to its userErrors, none when the rotation was completed. */
  complete: (input: {
    endDate: string;
    outcome: RotationOutcome;
    nextPositionId: string | null;
  }) => Promise<readonly UserErrorLike[]>;
};

const last = (path: readonly string[] | null) => path?.[path.length - 1] ?? null;

/**
 * Ending a running rotation: its last day (the planned one unless changed), the outcome, and the
 * post taken next when the outcome needs one. The dialog stays open beside what is wrong.
 */
export function RotationCompletion({ name, plannedEndDate, disabled, complete }: Props) {
  const { t } = useTranslation();
  // rotationComplete's endDate is the first day off the rotation; people give the last day on it.
  const [lastDay, setLastDay] = useState(() => lastDayOfEnd(plannedEndDate));
  const [outcome, setOutcome] = useState<RotationOutcome>('RETURNED_TO_ORIGIN');
  const [nextSearch, setNextSearch] = useState('');
  const [nextPost, setNextPost] = useState<PostChoice | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<readonly UserErrorLike[]>([]);
  const endDate = endFromLastDay(lastDay);
  const need = nextPostNeed(outcome);
  const serverError = (field: string) =>
    serverErrors.find((error) => last(error.field) === field)?.message;
  const unplaced = serverErrors.filter(
    (error) => !['endDate', 'nextPositionId', 'outcome'].includes(last(error.field) ?? ''),
  );
  const dateError = endDate ? serverError('endDate') : t('rotations.form.invalidDate');
  const postMissing = need === 'REQUIRED' && nextPost === null;
  const postError =
    attempted && postMissing
      ? t('rotationWrite.completion.nextPostRequired')
      : serverError('nextPositionId');

  const confirm = async () => {
    setAttempted(true);
    if (!endDate || postMissing) return false;
    const errors = await complete({
      endDate,
      outcome,
      nextPositionId: need === 'NONE' ? null : (nextPost?.id ?? null),
    });
    setServerErrors(errors);
    return errors.length === 0;
  };

  return (
    <ConfirmButton
      label={t('rotations.action.complete')}
      accessibleName={t('rotationWrite.action.completeOf', { name })}
      title={t('rotationWrite.action.completeOf', { name })}
      disabled={disabled}
      focusFirstField
      question={
        <>
          <p>{t('rotationWrite.completion.question', { name })}</p>
          <Field label={t('rotations.action.lastDay')} error={dateError}>
            <DateInput
              value={lastDay}
              onChange={(value) => {
                setLastDay(value);
                setServerErrors([]);
              }}
            />
          </Field>
          <Field label={t('rotations.action.outcome')} error={serverError('outcome')}>
            <select
              value={outcome}
              onChange={(event) => {
                setOutcome(event.target.value as RotationOutcome);
                setServerErrors([]);
              }}
            >
              {COMPLETION_OUTCOMES.map((value) => (
                <option key={value} value={value}>
                  {t(`rotations.outcome.${value}`)}
                </option>
              ))}
            </select>
          </Field>
          {need !== 'NONE' && (
            <PostChoiceField
              searchLabel={t('rotations.action.nextPostSearch')}
              label={
                need === 'REQUIRED'
                  ? t('rotationWrite.completion.nextPostRequiredLabel')
                  : t('rotations.action.nextPost')
              }
              hint={
                need === 'REQUIRED'
                  ? t('rotationWrite.completion.nextPostRequiredHint')
                  : t('rotationWrite.completion.nextPostOptionalHint')
              }
              search={nextSearch}
              onSearch={setNextSearch}
              value={nextPost}
              onChange={(post) => {
                setNextPost(post);
                setServerErrors([]);
              }}
              asOf={endDate}
              error={postError}
            />
          )}
          {unplaced.length > 0 && (
            <ul role="alert" className="field-error">
              {unplaced.map((error) => (
                <li key={`${error.code}-${error.message}`} data-code={error.code}>
                  {error.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
      onConfirm={confirm}
    />
  );
}
