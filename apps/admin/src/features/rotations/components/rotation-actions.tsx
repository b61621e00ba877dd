import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../components/forms/refusal';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { Field } from '../../../components/ui/field';
import type { RotationAction } from '../../../lib/gql/graphql';
import { useRotationTransitions } from '../api/rotation-transitions.mutation';
import { RotationCompletion } from './rotation-completion';

type Props = {
  rotation: {
    id: string;
    version: number;
    /** What the API says the caller may do now: the screen never re-derives the lifecycle. */
    availableActions: readonly RotationAction[];
    /** The stored (exclusive) planned end, which the completion offers as its last day. */
    plannedEndDate: string;
    cadre: { fullName: string };
  };
};
type Result = {
  data?: { [key: string]: { userErrors: readonly { message: string }[] } } | undefined;
  error?: { message: string } | undefined;
};

/**
 * The next steps of a rotation's life, each asked for confirmation in a dialog; every button
 * says whose rotation it acts on, since a list shows several.
 */
export function RotationActions({ rotation }: Props) {
  const { t } = useTranslation();
  const { approve, start, complete, cancel, busy } = useRotationTransitions();
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
  const named = (key: string) => {
    const text = t(`rotationWrite.action.${key}Of`, { name });
    return { accessibleName: text, title: text };
  };

  return (
    <div className="row-actions">
      {may('APPROVE') && (
        <ConfirmButton
          label={t('rotations.action.approve')}
          {...named('approve')}
          disabled={busy}
          question={t('rotations.action.approveQuestion', { name })}
          onConfirm={async () => report(await approve(base))}
        />
      )}
      {may('START') && (
        <ConfirmButton
          label={t('rotations.action.start')}
          {...named('start')}
          disabled={busy}
          question={t('rotations.action.startQuestion', { name })}
          onConfirm={async () => report(await start(base))}
        />
      )}
      {may('COMPLETE') && (
        <RotationCompletion
          name={name}
          plannedEndDate={rotation.plannedEndDate}
          disabled={busy}
          complete={async (input) => {
            const result = await complete({ ...base, input });
            const payload = result.data?.rotationComplete;
            if (payload?.rotation) {
              setMessage(t('rotations.action.done'));
              return [];
            }
            return refusalOf(payload?.userErrors, result.error, t('state.error'));
          }}
        />
      )}
      {may('CANCEL') && (
        <ConfirmButton
          label={t('rotations.action.cancel')}
          {...named('cancel')}
          disabled={busy}
          focusFirstField
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
