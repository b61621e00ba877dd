import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

type Props = {
  label: string;
  /** The question asked before acting. */
  question: ReactNode;
  /** Resolves to false to keep the dialog open, e.g. while an answer in it needs correcting. */
  onConfirm: () => void | boolean | Promise<void | boolean>;
  disabled?: boolean;
  /** A fuller name for the opening button, when several on a page share its label. */
  accessibleName?: string;
  /** The dialog's heading; the label by default. */
  title?: string;
  /** Put focus on the first field of the question when the dialog opens. */
  focusFirstField?: boolean;
};

/**
 * A button that asks before it acts, in the shared modal dialog. Nothing is done until the
 * confirm button itself is activated: focus opens on the dialog (or its first field), never on
 * the confirm button, and Enter in a field sends nothing, so defaults are never confirmed
 * unread.
 */
export function ConfirmButton(props: Props) {
  const { label, question, onConfirm, disabled, accessibleName, title, focusFirstField } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // One answer per confirmation: a second click while the first is sent would act twice.
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={disabled}
        aria-label={accessibleName}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <ModalDialog
        title={title ?? label}
        isOpen={open}
        onClose={() => setOpen(false)}
        focusFirstField={focusFirstField}
      >
        <div>{question}</div>
        <div className="actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                if ((await onConfirm()) !== false) setOpen(false);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('confirm.yes')}
          </button>
          <button type="button" className="btn" onClick={() => setOpen(false)}>
            {t('confirm.no')}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
