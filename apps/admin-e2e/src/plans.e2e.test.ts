import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { fillDate } from './dates';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// Rotation plans through the real API on the demo dataset: a new plan is created (a period
// that ends on its first day and a number Plan 67-KH/TU holds are refused beside their
// fields), a cadre is added by name (a criterion he does not meet is refused with the rules'
// words), every long-tenure subject on the plan's first day is added from the eligibility
// report with the one already listed marked, one is taken off with a reason, and Plan 67-KH/TU
// shows its progress by category and rating and keeps a subject whose rotation took place.

const CODE = `15-KH/TU-${Date.now().toString(36)}`;
const TITLE = 'Kế hoạch luân chuyển cán bộ giai đoạn 2018–2022';
const LONG_TENURE = 'Giữ chức vụ lãnh đạo lâu năm ở một đơn vị';

describe.skipIf(chromiumMissing)('rotation plans, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let bulkAdded = 0;
  const byName = () => page.getByRole('region', { name: 'Thêm đối tượng theo họ tên' });
  const bulk = () => page.getByRole('region', { name: 'Thêm hàng loạt từ danh sách đủ điều kiện' });
  const dialog = () => page.getByRole('dialog');
  const subjects = () => page.getByTestId('plan-subjects');
  const counted = (label: string) =>
    page.getByTestId('plan-counts').locator(`dt:text-is("${label}") + dd`);
  /** The error shown beside a field: the last element its aria-describedby names. */
  const besideOf = async (field: Locator) => {
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    return page.locator(`[id="${described.split(' ').at(-1) ?? ''}"]`);
  };
  /** The error beside a date field (a group of segments), found by its label. */
  const besideDate = (label: string) =>
    page
      .locator('.field', { has: page.locator('label', { hasText: label }) })
      .locator('.field-error');
  /** Searches a cadre by name, as a user types it, and picks them. */
  const pickCadre = async (search: string, fullName: string) => {
    await byName().getByLabel('Tìm cán bộ theo họ tên').fill(search);
    const select = byName().getByLabel('Cán bộ', { exact: true });
    const option = select.locator('option', { hasText: fullName });
    await option.waitFor({ state: 'attached', timeout: 20_000 });
    await select.selectOption((await option.getAttribute('value')) ?? '');
  };

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await signInAsAdmin(page, product.url);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('opens the form for a new plan from the list of plans', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Kế hoạch' })
      .click();
    await page.getByRole('heading', { name: 'Kế hoạch luân chuyển', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
    await page.getByRole('heading', { name: 'Tạo kế hoạch luân chuyển', level: 1 }).waitFor();
    await saveScreenshot(page, 'plan-create');
    await expectNoSeriousAxeViolations(page);
  });

  it('refuses a period that ends on its first day beside the last day, before sending', async () => {
    await page.getByLabel('Số hiệu').fill('67-KH/TU');
    await page.getByLabel('Tên kế hoạch').fill(TITLE);
    await page.getByLabel('Tìm cơ quan ban hành').fill('to chuc thanh uy');
    const issuer = page.getByLabel('Cơ quan ban hành', { exact: true });
    const board = issuer.locator('option', { hasText: 'Ban Tổ chức Thành ủy' });
    await board.waitFor({ state: 'attached', timeout: 20_000 });
    await issuer.selectOption((await board.getAttribute('value')) ?? '');
    await fillDate(page.getByLabel('Ngày ban hành'), '01/03/2018');
    await fillDate(page.getByLabel('Ngày bắt đầu thực hiện'), '01/03/2018');
    await fillDate(page.getByLabel('Ngày cuối cùng của kế hoạch'), '01/03/2018');
    await page.getByLabel('Chỉ tiêu (số cán bộ luân chuyển)').fill('10');
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await besideDate('Ngày cuối cùng của kế hoạch').waitFor();
    expect(await besideDate('Ngày cuối cùng của kế hoạch').textContent()).toBe(
      'Ngày cuối cùng phải sau ngày bắt đầu',
    );
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the server’s refusal of a number in use beside the number', async () => {
    await fillDate(page.getByLabel('Ngày cuối cùng của kế hoạch'), '31/12/2022');
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    const code = page.getByLabel('Số hiệu');
    expect(await (await besideOf(code)).textContent()).toBe('Số kế hoạch đã tồn tại');
    await expectNoSeriousAxeViolations(page);
  });

  it('creates the plan and opens its page', async () => {
    await page.getByLabel('Số hiệu').fill(CODE);
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page
      .getByRole('heading', { name: `${CODE} · ${TITLE}`, level: 1 })
      .waitFor({ timeout: 20_000 });
    await page.getByText('Ban Tổ chức Thành ủy').waitFor();
    await page.getByText('01/03/2018 – 31/12/2022').waitFor();
    await page.getByText('Kế hoạch chưa có đối tượng nào.').waitFor();
    expect(await counted('Chỉ tiêu').textContent()).toBe('10');
    await expectNoSeriousAxeViolations(page);
  });

  it('refuses a cadre found by name for a criterion he does not meet, in the rules’ words', async () => {
    await pickCadre('ma the anh', 'Mã Thế Anh');
    await byName().getByLabel('Tiêu chí').selectOption({ label: 'Cán bộ trẻ trong quy hoạch' });
    await byName().getByRole('button', { name: 'Thêm vào danh sách' }).click();
    const beside = await besideOf(byName().getByLabel('Cán bộ', { exact: true }));
    expect(await beside.textContent()).toContain('Không thuộc đối tượng luân chuyển');
    await expectNoSeriousAxeViolations(page);
  });

  it('adds him under the criterion he meets', async () => {
    await byName().getByLabel('Tiêu chí').selectOption({ label: LONG_TENURE });
    await byName().getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await byName()
      .getByText('Đã thêm Mã Thế Anh vào danh sách đối tượng.')
      .waitFor({ timeout: 20_000 });
    const row = subjects().getByRole('row').filter({ hasText: 'Mã Thế Anh' });
    await row.getByText(LONG_TENURE).waitFor({ timeout: 20_000 });
    await expect.poll(() => counted('Đối tượng').textContent()).toBe('1');
  });

  it('lists the long-tenure subjects on the plan’s first day, marking the one listed already', async () => {
    await bulk().getByLabel('Tiêu chí').selectOption({ label: LONG_TENURE });
    await bulk().getByRole('button', { name: 'Xem danh sách đủ điều kiện' }).click();
    const table = bulk().getByTestId('bulk-candidates');
    await table.waitFor({ timeout: 60_000 });
    const rows = table.locator('tbody tr');
    const found = await rows.count();
    expect(found).toBeGreaterThan(1);
    const listed = rows.filter({ hasText: 'Đã có trong danh sách' });
    expect(await listed.count()).toBe(1);
    expect(await listed.locator('th').textContent()).toContain('Mã Thế Anh');
    expect(await rows.filter({ hasText: 'Sẽ được thêm' }).count()).toBe(found - 1);
    bulkAdded = found - 1;
    await saveScreenshot(page, 'plan-bulk-add');
    await expectNoSeriousAxeViolations(page);
  });

  it('adds all the others once confirmed', async () => {
    await bulk()
      .getByRole('button', { name: `Thêm ${bulkAdded} cán bộ vào kế hoạch` })
      .click();
    await dialog().getByText(`Thêm ${bulkAdded} cán bộ đáp ứng tiêu chí`).waitFor();
    await expectNoSeriousAxeViolations(page);
    await dialog().getByRole('button', { name: 'Xác nhận' }).click();
    await bulk()
      .getByText(`Đã thêm ${bulkAdded} cán bộ vào danh sách đối tượng.`)
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => counted('Đối tượng').textContent(), { timeout: 20_000 })
      .toBe(String(bulkAdded + 1));
    expect(
      await bulk().getByTestId('bulk-candidates').getByText('Đã có trong danh sách').count(),
    ).toBe(bulkAdded + 1);
    await expectNoSeriousAxeViolations(page);
  });

  it('refuses a cadre listed already beside the cadre', async () => {
    await pickCadre('ma the anh', 'Mã Thế Anh');
    await byName().getByRole('button', { name: 'Thêm vào danh sách' }).click();
    const beside = await besideOf(byName().getByLabel('Cán bộ', { exact: true }));
    expect(await beside.textContent()).toBe('Cán bộ đã có trong danh sách đối tượng của kế hoạch');
  });

  it('takes a subject off the list only with a reason', async () => {
    await subjects()
      .getByRole('button', { name: 'Loại khỏi danh sách đối tượng: Mã Thế Anh' })
      .click();
    await dialog().getByText('Loại Mã Thế Anh khỏi danh sách đối tượng của kế hoạch?').waitFor();
    await dialog().getByRole('button', { name: 'Xác nhận' }).click();
    const reason = dialog().getByLabel('Lý do');
    expect(await (await besideOf(reason)).textContent()).toBe('Cần ghi lý do');
    await expectNoSeriousAxeViolations(page);
    await reason.fill('Được điều động sang đơn vị khác');
    await dialog().getByRole('button', { name: 'Xác nhận' }).click();
    await dialog().waitFor({ state: 'detached', timeout: 20_000 });
    await expect
      .poll(() => counted('Đối tượng').textContent(), { timeout: 20_000 })
      .toBe(String(bulkAdded));
    await subjects()
      .getByRole('row')
      .filter({ hasText: 'Mã Thế Anh' })
      .waitFor({ state: 'detached', timeout: 20_000 });
    await expectNoSeriousAxeViolations(page);
  });

  it('shows Plan 67-KH/TU’s progress by category and rating, as the API counts it', async () => {
    await page.getByRole('link', { name: 'Danh sách kế hoạch' }).click();
    await page.getByRole('link', { name: '67-KH/TU', exact: true }).click();
    await page.getByRole('heading', { name: /^67-KH\/TU · /, level: 1 }).waitFor();
    const answer = await page.request.post(`${product.url}/graphql`, {
      data: {
        query:
          '{ rotationPlans(first: 10) { nodes { code progress { subjects rotated byCategory { count } ratings { count } } } } }',
      },
    });
    const plans = (await answer.json()).data.rotationPlans.nodes as {
      code: string;
      progress: {
        subjects: number;
        rotated: number;
        byCategory: { count: number }[];
        ratings: { count: number }[];
      };
    }[];
    const progress = plans.find((plan) => plan.code === '67-KH/TU')?.progress;
    expect(progress?.rotated).toBeGreaterThan(0);
    expect(await counted('Đối tượng').textContent()).toBe(String(progress?.subjects));
    expect(await counted('Đã luân chuyển').textContent()).toBe(String(progress?.rotated));
    const cells = (testId: string) =>
      page.getByTestId(testId).locator('tbody tr td:nth-of-type(1)').allTextContents();
    expect(await cells('plan-by-category')).toEqual(
      progress?.byCategory.map((row) => String(row.count)),
    );
    expect(await cells('plan-ratings')).toEqual(progress?.ratings.map((row) => String(row.count)));
    const grassroots = page
      .getByTestId('plan-by-category')
      .getByRole('row', { name: /Luân chuyển về cơ sở/ });
    await grassroots.waitFor();
    await saveScreenshot(page, 'plan-progress');
    await expectNoSeriousAxeViolations(page);
  });

  it('keeps a subject whose rotation under the plan took place, and says why', async () => {
    await subjects()
      .getByRole('button', { name: 'Loại khỏi danh sách đối tượng: Vũ Sơn Hà' })
      .click();
    const reason = dialog().getByLabel('Lý do');
    await reason.fill('Thử đưa ra khỏi danh sách');
    await dialog().getByRole('button', { name: 'Xác nhận' }).click();
    expect(await (await besideOf(reason)).textContent()).toContain(
      'đã có đợt luân chuyển theo kế hoạch này',
    );
    await expectNoSeriousAxeViolations(page);
    await dialog().getByRole('button', { name: 'Hủy bỏ' }).click();
    await subjects().getByRole('row').filter({ hasText: 'Vũ Sơn Hà' }).waitFor();
  });
});
