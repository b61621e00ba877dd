import { useState, type FormEvent } from 'react';
import { useFocusFirstInvalid } from './use-focus-first-invalid';

// What the admin's forms share around their fields: the values the inputs show, the client's
// reading of them shown only after a first submit, the server's userErrors beside the field
// their path names (or in the summary), editing a value retires the server's messages about it,
// and a refused submit moves focus to the first field marked invalid.

/** A userError as a payload carries it; `field` is the input path, e.g. ["input", "endDate"]. */
export type UserErrorLike = { code: string; field: readonly string[] | null; message: string };

/** A client-side objection to a field: a catalogue key and what it interpolates. */
export type Problem = { key: string; values?: Record<string, string | number> };

export type Reading<Facts, Field extends string> =
  { ok: true; facts: Facts } | { ok: false; problems: Partial<Record<Field, Problem>> };

/**
 * The server's messages a change makes obsolete: those about the fields listed, or every one
 * ('all') when the server judged the values together.
 */
export type Retired<Field extends string> = readonly Field[] | 'all';

type Options<Values, Facts, Field extends string> = {
  /** What the inputs show at first. */
  initial: Values | (() => Values);
  /** The values as the client reads them: the facts to send, or the problems that stop them. */
  read: (values: Values) => Reading<Facts, Field>;
  /** The field a userError's path names, or null when it names none on the form. */
  fieldOf: (path: readonly string[] | null) => Field | null;
  /** A client problem in words. */
  problemText: (problem: Problem) => string;
  /** Sends the facts; resolves to the server's userErrors, none when saved. */
  onSubmit: (facts: Facts) => Promise<readonly UserErrorLike[]>;
};

export function useCheckedForm<Values extends object, Facts, Field extends string>(
  options: Options<Values, Facts, Field>,
) {
  const { initial, read, fieldOf, problemText, onSubmit } = options;
  const [values, setValues] = useState(initial);
  // Fields are checked as they change only after a first submit, not while first filled in.
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<readonly UserErrorLike[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const reading = read(values);

  const problems: Partial<Record<Field, Problem>> =
    attempted && !reading.ok ? reading.problems : {};
  const message = (field: Field): string | undefined => {
    const problem = problems[field];
    if (problem) return problemText(problem);
    return serverErrors.find((error) => fieldOf(error.field) === field)?.message;
  };

  /** A server message concerns the values it was sent; editing them retires it. */
  const change = (next: Partial<Values>, retired: Retired<Field>) => {
    setValues((current) => ({ ...current, ...next }));
    setServerErrors((current) =>
      retired === 'all'
        ? []
        : current.filter((error) => {
            const field = fieldOf(error.field);
            return field === null || !retired.includes(field);
          }),
    );
  };

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
    values,
    change,
    formRef,
    submit,
    submitting,
    message,
    /** Every server message still standing, placed or not. */
    serverErrors,
    /** Server messages that concern no field on the form. */
    unplaced: serverErrors.filter((error) => fieldOf(error.field) === null),
    /** Some field shows a message of its own. */
    fieldsInvalid:
      Object.keys(problems).length > 0 ||
      serverErrors.some((error) => fieldOf(error.field) !== null),
  };
}
