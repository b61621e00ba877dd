import { useState, type ReactNode } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';

type Props = {
  label: string;
  accessibleName: string;
  question: string;
  /** The dialog's field, given the server's objection to show beside it; none for a plain yes. */
  field?: (problem: string | undefined) => ReactNode;
  /** Makes the change; resolves to why it was refused, or null when it was made. */
  run: () => Promise<string | null>;
  disabled?: boolean;
};

/** One change to a user or key, asked before it is made; a refusal keeps the dialog open. */
export function ConfirmedChange({ label, accessibleName, question, field, run, disabled }: Props) {
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <ConfirmButton
      label={label}
      accessibleName={accessibleName}
      disabled={disabled}
      question={
        <>
          <p>{question}</p>
          {field ? (
            field(problem)
          ) : problem ? (
            <p role="alert" className="field-error">
              {problem}
            </p>
          ) : null}
        </>
      }
      onConfirm={async () => {
        const refused = await run();
        setProblem(refused ?? undefined);
        return refused === null;
      }}
    />
  );
}
