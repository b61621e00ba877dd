import { parseDate, type CalendarDate } from '@internationalized/date';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import {
  DateField,
  DateInput as DateSegments,
  DateSegment,
  I18nProvider,
} from 'react-aria-components';

/** What a form can do with the field: focus its first segment (after a refusal, say). */
export type DateInputHandle = { focus: () => void };

type Props = {
  ref?: Ref<DateInputHandle>;
  /** The day as an ISO date (yyyy-MM-dd), '' when empty. */
  value: string;
  /** Called with the ISO date, or '' when the field is cleared or not yet complete. */
  onChange: (value: string) => void;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  /** Given by Field: the label is `${id}-label`. */
  id?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

function calendarDateOf(value: string): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A date field that shows and takes dd/MM/yyyy whatever the browser's locale (React Aria's
 * segmented field in the Vietnamese locale): day, month and year are typed in turn, and the
 * arrow keys step them.
 */
export function DateInput({ value, onChange, id, required, disabled, name, ref, ...aria }: Props) {
  // What the field shows can be a day still being typed (the year passes through 2, 20, 202:
  // React Aria answers each whole day), which the form must not take: the field keeps its own
  // day and answers '' until the year has four digits. A new value from the form replaces it.
  const [shown, setShown] = useState(() => calendarDateOf(value));
  const [answered, setAnswered] = useState(value);
  if (value !== answered) {
    setAnswered(value);
    setShown(calendarDateOf(value));
  }
  const segments = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    focus: () => segments.current?.querySelector<HTMLElement>('[role=spinbutton]')?.focus(),
  }));
  const answer = (next: CalendarDate | null) => {
    const iso = next && next.year >= 1000 ? next.toString() : '';
    setShown(next);
    setAnswered(iso);
    if (iso !== value) onChange(iso);
  };
  // An emptied segment leaves the last whole day in React Aria's state: leaving the field with
  // an empty segment answers '' (nothing chosen).
  const leave = () => {
    const empty = segments.current?.querySelector(
      '[data-type]:not([data-type=literal])[data-placeholder]',
    );
    if (empty && value) {
      setAnswered('');
      onChange('');
    }
  };
  return (
    <I18nProvider locale="vi-VN">
      <DateField
        className="date-field"
        value={shown}
        onChange={answer}
        onBlur={leave}
        granularity="day"
        shouldForceLeadingZeros
        isRequired={required}
        isDisabled={disabled}
        isInvalid={aria['aria-invalid'] === true}
        name={name}
        aria-label={aria['aria-label']}
        aria-labelledby={id && !aria['aria-label'] ? `${id}-label` : undefined}
        aria-describedby={aria['aria-describedby']}
      >
        <DateSegments ref={segments} className="date-segments">
          {(segment) => <DateSegment segment={segment} className="date-segment" />}
        </DateSegments>
      </DateField>
    </I18nProvider>
  );
}
