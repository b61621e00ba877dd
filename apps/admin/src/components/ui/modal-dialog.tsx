import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

type Props = {
  title: string;
  isOpen: boolean;
  /** Called on Escape and on the dialog's own ways out; the caller closes it. */
  onClose: () => void;
  /** Put focus on the first field, for a dialog that asks something before it acts. */
  focusFirstField?: boolean;
  children: ReactNode;
};

// A DateInput's first segment is a spinbutton, not an input.
const FIELDS =
  '[role="spinbutton"], input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea';

/**
 * The admin's one modal dialog, React Aria's: focus stays inside while it is open, Escape
 * closes it, and focus goes back to what opened it. A click outside does not close it: a
 * half-filled answer is not thrown away by a stray click.
 */
export function ModalDialog({ title, isOpen, onClose, focusFirstField, children }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="modal-backdrop"
    >
      <Modal className="modal">
        <Dialog className="modal-dialog">
          <Heading slot="title" level={2}>
            {title}
          </Heading>
          <div ref={bodyRef}>{children}</div>
          {focusFirstField && <FirstFieldFocus within={bodyRef} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

// Rendered inside the Dialog so that its effect runs before the Dialog's own, which focuses
// the dialog itself only when nothing inside it has focus yet.
function FirstFieldFocus({ within }: { within: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    within.current?.querySelector<HTMLElement>(FIELDS)?.focus();
  }, [within]);
  return null;
}
