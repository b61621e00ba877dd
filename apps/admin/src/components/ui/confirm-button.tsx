import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  /** The question asked before acting. */
  question: ReactNode;
  /** Resolves to false to keep the dialog open, e.g. while an answer in it needs correcting. */
  onConfirm: () => void | boolean | Promise<void | boolean>;
  disabled?: boolean;
  /** A fuller name for the opening button, when several on a page share its label. */
  accessibleName?: string;
};

/** A button that asks before it acts: a modal dialog that takes focus and closes on Escape. */
export function ConfirmButton({ label, question, onConfirm, disabled, accessibleName }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // One answer per confirmation: a second click while the first is sent would act twice.
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) confirmRef.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    openerRef.current?.focus();
  };
  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="btn"
        disabled={disabled}
        aria-label={accessibleName}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <div className="modal-backdrop">
          <div
            role="dialog"
            aria-modal="true"
            aria-labelledby={titleId}
            className="modal"
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
            }}
          >
            <h2 id={titleId}>{label}</h2>
            <div>{question}</div>
            <div className="actions">
              <button
                ref={confirmRef}
                type="button"
                className="btn btn-primary"
                disabled={busy}
                onClick={async () => {
                  setBusy(true);
                  try {
                    if ((await onConfirm()) !== false) close();
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {t('confirm.yes')}
              </button>
              <button type="button" className="btn" onClick={close}>
                {t('confirm.no')}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
