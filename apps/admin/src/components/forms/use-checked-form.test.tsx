import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Field } from '../ui/field';
import {
  useCheckedForm,
  type Problem,
  type Reading,
  type Retired,
  type UserErrorLike,
} from './use-checked-form';

// A two-field form over the hook, checked as a cadre form is: a name required, a year of four
// digits. The server's userErrors name their field by path, as the API's do.

type Values = { name: string; year: string };
type Facts = { name: string; year: number };
type PersonField = 'name' | 'year';

function readPerson(values: Values): Reading<Facts, PersonField> {
  const problems: Partial<Record<PersonField, Problem>> = {};
  if (!values.name.trim()) problems.name = { key: 'nameRequired' };
  if (!/^\d{4}$/.test(values.year)) problems.year = { key: 'yearInvalid' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, facts: { name: values.name.trim(), year: Number(values.year) } };
}

const fieldOf = (path: readonly string[] | null): PersonField | null =>
  path?.[0] === 'input' && (path[1] === 'name' || path[1] === 'year') ? path[1] : null;

type Props = {
  onSubmit: (facts: Facts) => Promise<readonly UserErrorLike[]>;
  /** Which server messages editing a field retires: its own (default) or every one. */
  retired?: (field: PersonField) => Retired<PersonField>;
};

function PersonForm({ onSubmit, retired = (field) => [field] }: Props) {
  const form = useCheckedForm({
    initial: { name: '', year: '' },
    read: readPerson,
    fieldOf,
    problemText: (problem: Problem) => `problem: ${problem.key}`,
    onSubmit,
  });
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-label="Person">
      <Field label="Name" error={form.message('name')}>
        <input
          value={form.values.name}
          onChange={(event) => form.change({ name: event.target.value }, retired('name'))}
        />
      </Field>
      <Field label="Year" error={form.message('year')}>
        <input
          value={form.values.year}
          onChange={(event) => form.change({ year: event.target.value }, retired('year'))}
        />
      </Field>
      <output data-testid="fields-invalid">{String(form.fieldsInvalid)}</output>
      <output data-testid="unplaced">
        {form.unplaced.map((error) => error.message).join('|')}
      </output>
      <output data-testid="server-errors">{form.serverErrors.length}</output>
      <button type="submit" disabled={form.submitting}>
        {form.submitting ? 'Sending' : 'Send'}
      </button>
    </form>
  );
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const send = () => userEvent.click(screen.getByRole('button', { name: 'Send' }));

const REFUSED: readonly UserErrorLike[] = [
  { code: 'NAME_TAKEN', field: ['input', 'name'], message: 'server: name taken' },
  { code: 'YEAR_RANGE', field: ['input', 'year'], message: 'server: year out of range' },
  { code: 'STALE_VERSION', field: null, message: 'server: someone else saved first' },
];

async function refusedForm(retired?: Props['retired']) {
  const onSubmit = vi.fn(async () => REFUSED);
  render(<PersonForm onSubmit={onSubmit} {...(retired ? { retired } : {})} />);
  type('Name', 'Vũ Sơn Hà');
  type('Year', '1975');
  await send();
  await waitFor(() => expect(screen.getByTestId('server-errors')).toHaveTextContent('3'));
  return onSubmit;
}

describe('the checked form', () => {
  it('says nothing while first filled in, then names each problem beside its field on submit', async () => {
    const onSubmit = vi.fn(async () => []);
    render(<PersonForm onSubmit={onSubmit} />);
    type('Year', '75');
    expect(screen.getByLabelText('Year')).not.toHaveAttribute('aria-invalid');

    await send();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('problem: nameRequired');
    expect(screen.getByLabelText('Year')).toHaveAccessibleDescription('problem: yearInvalid');
    expect(screen.getByTestId('fields-invalid')).toHaveTextContent('true');
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveFocus());
  });

  it('checks each change once a submit was refused', async () => {
    render(<PersonForm onSubmit={async () => []} />);
    await send();
    type('Name', 'Vũ Sơn Hà');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Year')).toHaveAccessibleDescription('problem: yearInvalid');
  });

  it('sends the facts read and is busy until the server answers', async () => {
    let answer: (errors: readonly UserErrorLike[]) => void = () => undefined;
    const onSubmit = vi.fn(
      () => new Promise<readonly UserErrorLike[]>((resolve) => (answer = resolve)),
    );
    render(<PersonForm onSubmit={onSubmit} />);
    type('Name', '  Vũ Sơn Hà ');
    type('Year', '1975');
    await send();

    expect(onSubmit).toHaveBeenCalledWith({ name: 'Vũ Sơn Hà', year: 1975 });
    expect(screen.getByRole('button', { name: 'Sending' })).toBeDisabled();
    await act(async () => answer([]));
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    expect(screen.getByTestId('fields-invalid')).toHaveTextContent('false');
  });

  it('puts each userError beside the field its path names, the rest in the summary', async () => {
    await refusedForm();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('server: name taken');
    expect(screen.getByLabelText('Year')).toHaveAccessibleDescription('server: year out of range');
    expect(screen.getByTestId('unplaced')).toHaveTextContent('server: someone else saved first');
    expect(screen.getByTestId('fields-invalid')).toHaveTextContent('true');
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveFocus());
  });

  it("retires the server's message about a field once that field is edited, and no other", async () => {
    await refusedForm();
    type('Name', 'Vũ Sơn Hải');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Year')).toHaveAccessibleDescription('server: year out of range');
    expect(screen.getByTestId('unplaced')).toHaveTextContent('server: someone else saved first');
  });

  it("retires every server message when a change retires 'all'", async () => {
    await refusedForm(() => 'all');
    type('Name', 'Vũ Sơn Hải');
    expect(screen.getByTestId('server-errors')).toHaveTextContent('0');
    expect(screen.getByLabelText('Year')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('unplaced')).toBeEmptyDOMElement();
  });

  it('forgets the last answer when a later submit is refused by the client', async () => {
    const onSubmit = await refusedForm();
    type('Year', '');
    await send();
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(screen.getByTestId('server-errors')).toHaveTextContent('0');
    expect(screen.getByLabelText('Year')).toHaveAccessibleDescription('problem: yearInvalid');
  });

  it('computes the initial values once', () => {
    const initial = vi.fn(() => ({ name: 'Vũ Sơn Hà', year: '1975' }));
    const { result, rerender } = renderHook(() =>
      useCheckedForm({
        initial,
        read: readPerson,
        fieldOf,
        problemText: (problem) => problem.key,
        onSubmit: async () => [],
      }),
    );
    rerender();
    expect(result.current.values).toEqual({ name: 'Vũ Sơn Hà', year: '1975' });
    expect(initial).toHaveBeenCalledOnce();
  });
});
