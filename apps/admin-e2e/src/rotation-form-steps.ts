import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { fillDate } from './dates';

// Steps of the rotation form that the form's and the completion's browser tests share.

/** Nothing of the page is cut off or scrolls sideways at the viewport's width. */
export async function expectFitsWidth(page: Page): Promise<void> {
  const { scrollWidth, width, cut } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const shown = document.querySelectorAll<HTMLElement>(
      'section input, section select, section textarea, section button, section [role=group], section legend, section h1, section h2',
    );
    const cut = [...shown]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // React Aria's hidden inputs behind a DateInput are not shown (1 px, out of the tab order).
        if (element.tabIndex === -1 && element.tagName === 'INPUT') return false;
        return box.width > 1 && (box.left < -0.5 || box.right > width + 0.5);
      })
      .map((element) => element.outerHTML.slice(0, 120));
    return { scrollWidth: document.documentElement.scrollWidth, width, cut };
  });
  expect(cut).toEqual([]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

/** Vũ Sơn Hà from 01/01/2022 to 31/12/2024 as Deputy Chairman of the city People's Committee. */
export async function proposeVuSonHaUp(page: Page): Promise<void> {
  await page.getByLabel('Tìm cán bộ', { exact: true }).fill('vu son ha');
  const cadre = page.getByLabel('Cán bộ được luân chuyển');
  const option = cadre.locator('option', { hasText: 'Vũ Sơn Hà' });
  await option.waitFor({ state: 'attached', timeout: 20_000 });
  await cadre.selectOption((await option.getAttribute('value')) ?? '');
  await fillDate(page.getByLabel('Ngày bắt đầu'), '01/01/2022');
  await fillDate(page.getByLabel('Ngày kết thúc dự kiến (ngày cuối)'), '31/12/2024');
  await page
    .getByLabel('Tìm chức vụ hoặc đơn vị đến')
    .fill('Phó Chủ tịch Ủy ban nhân dân thành phố');
  const post = page.getByLabel('Chức vụ đến');
  const target = post.locator('option', {
    hasText: 'Phó Chủ tịch Ủy ban nhân dân thành phố, Ủy ban nhân dân thành phố Lạng Sơn',
  });
  await target.first().waitFor({ state: 'attached', timeout: 20_000 });
  await post.selectOption((await target.first().getAttribute('value')) ?? '');
}

/** A decision paper: its number, issued 20/12/2021 by the city's Standing Board. */
export async function fillPaper(
  group: Locator,
  number: string,
  title = 'Về việc luân chuyển cán bộ',
): Promise<void> {
  await group.getByLabel('Số quyết định').fill(number);
  await fillDate(group.getByLabel('Ngày ban hành'), '20/12/2021');
  await group.getByLabel('Cơ quan ban hành').fill('Ban Thường vụ Thành ủy Lạng Sơn');
  await group.getByLabel('Trích yếu').fill(title);
}
