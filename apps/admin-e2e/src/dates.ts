import type { Locator } from 'playwright-core';

/**
 * Types a day into a DateInput as a user does, dd/MM/yyyy (e.g. '01/07/2025'): focus the day,
 * then the digits, which move on to the month and the year by themselves. `field` is the field
 * as found by its label (the group; its segments share the label, so the first match is taken).
 */
export async function fillDate(field: Locator, day: string): Promise<void> {
  const [dd, mm, yyyy] = day.split('/');
  if (!dd || !mm || !yyyy || yyyy.length !== 4)
    throw new Error(`fillDate wants dd/MM/yyyy, got ${day}`);
  const group = field.first();
  await group.locator('[role=spinbutton]').first().click();
  await group.page().keyboard.type(`${dd}${mm}${yyyy}`);
  await group.page().keyboard.press('Tab');
}

/** What a DateInput shows, dd/MM/yyyy ('' when empty). */
export async function dateShown(field: Locator): Promise<string> {
  const segments = field.first().locator('[role=spinbutton]');
  const parts = await segments.evaluateAll((nodes) =>
    nodes.map((node) => (node.getAttribute('data-placeholder') ? '' : (node.textContent ?? ''))),
  );
  return parts.some((part) => part === '') ? '' : parts.join('/');
}
