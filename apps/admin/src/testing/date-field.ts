import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// DateInput in component tests: found by its label as the group it is (its segments share the
// label), filled and read as a user does, dd/MM/yyyy.

type Scope = Pick<typeof screen, 'getByRole' | 'findByRole'>;

export function dateField(label: string, scope: Scope = screen): HTMLElement {
  return scope.getByRole('group', { name: label });
}

export function findDateField(label: string, scope: Scope = screen): Promise<HTMLElement> {
  return scope.findByRole('group', { name: label });
}

/** The day's segment: where focus goes and where aria-invalid is set. */
export function firstSegment(field: HTMLElement): HTMLElement {
  return within(field).getAllByRole('spinbutton')[0] as HTMLElement;
}

/** What the field shows, dd/MM/yyyy, or '' while any part is empty. */
export function dateShown(field: HTMLElement): string {
  const parts = within(field)
    .getAllByRole('spinbutton')
    .map((segment) => (segment.hasAttribute('data-placeholder') ? '' : segment.textContent));
  return parts.some((part) => !part) ? '' : parts.join('/');
}

/** Types a day (dd/MM/yyyy), or empties the field for '', then leaves it. */
export async function enterDate(field: HTMLElement, day: string): Promise<void> {
  const user = userEvent.setup();
  const segments = within(field).getAllByRole('spinbutton');
  if (day === '') {
    for (const segment of segments) {
      await user.click(segment);
      await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}');
    }
  } else {
    const [dd, mm, yyyy] = day.split('/');
    if (!dd || !mm || yyyy?.length !== 4) throw new Error(`enterDate wants dd/MM/yyyy: ${day}`);
    await user.click(segments[0] as HTMLElement);
    await user.keyboard(`${dd}${mm}${yyyy}`);
  }
  await user.click(document.body);
}
