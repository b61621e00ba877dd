import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Field } from '../ui/field';
import { DateInput } from './date-input';

function Form({ initial, onChange }: { initial: string; onChange: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <Field label="Ngày bắt đầu" error={undefined}>
      <DateInput
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
    </Field>
  );
}

const field = () => screen.getByRole('group', { name: 'Ngày bắt đầu' });
const segments = () => screen.getAllByRole('spinbutton');

describe('DateInput', () => {
  it('shows a day as dd/MM/yyyy, whatever the page locale, labelled by its Field', () => {
    render(<Form initial="2025-07-01" onChange={vi.fn()} />);
    expect(field().textContent?.replace(/\u2066|\u2069/gu, '')).toBe('01/07/2025');
    expect(segments().map((s) => s.getAttribute('aria-valuenow'))).toEqual(['1', '7', '2025']);
  });

  it('takes day, month and year typed in that order and answers an ISO date', async () => {
    const onChange = vi.fn();
    render(<Form initial="" onChange={onChange} />);
    await userEvent.click(segments()[0] as HTMLElement);
    await userEvent.keyboard('30062025');
    expect(onChange).toHaveBeenLastCalledWith('2025-06-30');
  });

  it('answers nothing for an incomplete day, and the ISO date once it is whole', async () => {
    const onChange = vi.fn();
    render(<Form initial="" onChange={onChange} />);
    await userEvent.click(segments()[0] as HTMLElement);
    await userEvent.keyboard('3006');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.keyboard('2025');
    expect(onChange).toHaveBeenLastCalledWith('2025-06-30');
  });

  it('clears to an empty answer', async () => {
    const onChange = vi.fn();
    render(<Form initial="2025-07-01" onChange={onChange} />);
    await userEvent.click(segments()[2] as HTMLElement);
    await userEvent.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('answers nothing chosen when the field is left with an emptied day', async () => {
    const onChange = vi.fn();
    render(<Form initial="2025-07-01" onChange={onChange} />);
    await userEvent.click(segments()[0] as HTMLElement);
    await userEvent.keyboard('{Backspace}{Backspace}');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.tab(); // to the month
    await userEvent.tab(); // to the year
    await userEvent.tab(); // out of the field
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('never answers a year still being typed', async () => {
    const onChange = vi.fn();
    render(<Form initial="" onChange={onChange} />);
    await userEvent.click(segments()[0] as HTMLElement);
    await userEvent.keyboard('0107202');
    expect(onChange.mock.calls.every(([value]) => value === '')).toBe(true);
    await userEvent.keyboard('5');
    expect(onChange).toHaveBeenLastCalledWith('2025-07-01');
  });
});
