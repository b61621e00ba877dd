import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../components/forms/refusal';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Field } from '../../../components/ui/field';
import { usePlanRemoveSubject } from '../api/plan-subjects.mutations';

type Props = { planId: string; cadre: { id: string; fullName: string } };

/**
 * Takes one cadre off the plan's list, asked first with the reason the audit log keeps; a
 * refusal (no reason, a rotation under the plan) stays in the dialog beside the reason.
 */
export function SubjectRemoveAction({ planId, cadre }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [, remove] = usePlanRemoveSubject();
  const names = { name: cadre.fullName };
  return (
    <ConfirmButton
      label={t('plans.remove.label')}
      accessibleName={t('plans.remove.labelOf', names)}
      question={
        <>
          <p>{t('plans.remove.question', names)}</p>
          <Field
            label={t('plans.remove.reason')}
            hint={t('plans.remove.reasonHint')}
            error={problem}
          >
            <textarea
              rows={3}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setProblem(undefined);
              }}
            />
          </Field>
        </>
      }
      onConfirm={async () => {
        if (!reason.trim()) {
          setProblem(t('plans.remove.reasonRequired'));
          return false;
        }
        const result = await remove({ input: { planId, cadreId: cadre.id, reason } });
        if (result.data?.rotationPlanRemoveSubject.rotationPlan) return true;
        const errors = refusalOf(
          result.data?.rotationPlanRemoveSubject.userErrors,
          result.error,
          t('state.error'),
        );
        setProblem(errors.map((error) => error.message).join('; '));
        return false;
      }}
    />
  );
}
