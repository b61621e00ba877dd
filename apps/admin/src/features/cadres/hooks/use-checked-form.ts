import { useState, type FormEvent } from 'react';
import type { UserErrorLike } from '../components/form-errors';
import { useFocusFirstInvalid } from './use-focus-first-invalid';

// What the cadre and assignment forms share around their fields: the client's reading of the
// values is shown only after a first submit, the server's userErrors go beside the field their
// path names (or in the summary), editing a field retires the server's message about it, and a
// refused submit moves focus to the first field marked invalid.

/** A client-side objection to a field: a catalogue key and what it interpolates. */
export type Problem = { key: string; values?: Record<string, string | number> };

export type Reading<Facts, Field extends string> =
  { ok: true; facts: Facts } | { ok: false; problems: Partial<Record<Field, Problem>> };

type Options<Facts, Field extends string> = {
  /** The values as the client reads them now. */
  reading: Reading<Facts, Field>;
  /** The field a userError's path names, or null when it names none on the form. */
  fieldOf: (path: readonly string[] | null) => Field | null;
  /** A client problem in words. */
  problemText: (problem: Problem) => string;
  /** Sends the facts; resolves to the server's userErrors, none when saved. */
  onSubmit: (facts: Facts) => Promise<readonly UserErrorLike[]>;
};

export function useCheckedForm<Facts, Field extends string>(options: Options<Facts, Field>) {
  const { reading, fieldOf, problemText, onSubmit } = options;
  // Fields are checked as they change only after a first submit, not while first filled in.
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<readonly UserErrorLike[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const problems: Partial<Record<Field, Problem>> =
    attempted && !reading.ok ? reading.problems : {};
  const message = (field: Field): string | undefined => {
    const problem = problems[field];
    if (problem) return problemText(problem);
    return serverErrors.find((error) => fieldOf(error.field) === field)?.message;
  };

  /** A server message concerns the value it was sent; editing that value retires it. */
  const retire = (fields: readonly Field[]) =>
    setServerErrors((current) =>
      current.filter((error) => {
        const field = fieldOf(error.field);
        return field === null || !fields.includes(field);
      }),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!reading.ok) {
      setServerErrors([]);
      focusFirstInvalid();
      return;
    }
    setSubmitting(true);
    try {
      const errors = await onSubmit(reading.facts);
      setServerErrors(errors);
      if (errors.length > 0) focusFirstInvalid();
    } finally {
      setSubmitting(false);
    }
  };

  return {
    formRef,
    submit,
    submitting,
    message,
    retire,
    /** Server messages that concern no field on the form. */
    unplaced: serverErrors.filter((error) => fieldOf(error.field) === null),
    /** Some field shows a message of its own. */
    fieldsInvalid:
      Object.keys(problems).length > 0 ||
      serverErrors.some((error) => fieldOf(error.field) !== null),
  };
}
