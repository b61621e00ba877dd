import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import type { ImportAnswer, ImportFailure, SendImport } from '../api/send-import';
import { ImportPage } from './import-page';

// The import in two steps, as an organizer does it: the kind, its template, a file, the
// preview (a dry run), then the import of the same file. The page takes how the file is sent,
// as the sign-in page takes signIn; the real request is tested end to end in a browser.

const PREVIEW: ImportAnswer = {
  dryRun: true,
  written: false,
  created: 2,
  updated: 0,
  unchanged: 0,
  rows: [
    { row: 2, result: 'created' },
    { row: 3, result: 'created' },
  ],
  errors: [],
};
const WRITTEN: ImportAnswer = { ...PREVIEW, dryRun: false, written: true };
const REFUSED: ImportAnswer = {
  ...PREVIEW,
  created: 1,
  rows: [{ row: 2, result: 'created' }],
  errors: [
    { row: 3, column: 'Ngày thành lập', code: 'INVALID_DATE', message: 'Ngày không hợp lệ.' },
  ],
};

const FILE = new File(['Tên,Ngày thành lập\n'], 'dia-ban.csv', { type: 'text/csv' });

function renderPage(answers: (ImportAnswer | ImportFailure)[], language: 'vi' | 'en' = 'vi') {
  const send = vi.fn<SendImport>();
  for (const answer of answers) send.mockResolvedValueOnce(answer);
  renderWithProviders(<ImportPage send={send} />, { language });
  return send;
}

async function chooseAreasFile(kind = 'Địa bàn', label = 'Tệp cần nhập') {
  await userEvent.selectOptions(screen.getByLabelText(/Loại dữ liệu|Kind of record/), kind);
  await userEvent.upload(screen.getByLabelText(label), FILE);
}

describe('the import page', () => {
  it('is refused to a viewer, who cannot write the registry', () => {
    renderWithProviders(<ImportPage send={vi.fn()} />, { session: sessionOf('VIEWER') });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Chỉ cán bộ tổ chức và quản trị viên được nhập dữ liệu.',
    );
    expect(screen.queryByLabelText('Tệp cần nhập')).toBeNull();
  });

  it('links to the chosen kind’s templates and current data', async () => {
    renderPage([]);
    await userEvent.selectOptions(screen.getByLabelText('Loại dữ liệu'), 'Địa bàn');
    const hrefs = (name: string) =>
      screen
        .getAllByRole('link')
        .filter((link) => link.closest('[role="group"]')?.getAttribute('aria-label') === name)
        .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(hrefs('Tải mẫu Địa bàn')).toEqual([
      ['Mẫu Excel (XLSX)', '/import/areas/template.xlsx'],
      ['Mẫu CSV', '/import/areas/template.csv'],
    ]);
    expect(hrefs('Tải dữ liệu hiện có: Địa bàn')).toEqual([
      ['Dữ liệu hiện có (XLSX)', '/import/areas/data.xlsx'],
      ['Dữ liệu hiện có (CSV)', '/import/areas/data.csv'],
    ]);
    expect(screen.getByLabelText('Tệp cần nhập')).toHaveAttribute(
      'accept',
      expect.stringContaining('.xlsx,.csv'),
    );
  });

  it('asks for a file before a preview, and sends nothing', async () => {
    const send = renderPage([]);
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    const input = screen.getByLabelText('Tệp cần nhập');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Hãy chọn một tệp'));
    expect(input).toHaveFocus();
    expect(send).not.toHaveBeenCalled();
  });

  it('previews the file, then imports the very same file and kind', async () => {
    const send = renderPage([PREVIEW, WRITTEN]);
    await chooseAreasFile();
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(send).toHaveBeenLastCalledWith('areas', FILE, { dryRun: true, language: 'vi' });
    const preview = await screen.findByRole('heading', {
      name: 'Xem trước: dia-ban.csv (Địa bàn)',
    });
    expect(preview).toHaveFocus();
    expect(screen.getAllByText('Tạo mới', { selector: '.tag' })).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Nhập 2 dòng' }));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith('areas', FILE, { dryRun: false, language: 'vi' });
    const result = await screen.findByRole('heading', { name: 'Đã nhập: dia-ban.csv (Địa bàn)' });
    await waitFor(() => expect(result).toHaveFocus());
    expect(screen.queryByRole('button', { name: /^Nhập \d+ dòng$/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Nhập tệp khác' }));
    expect(screen.queryByTestId('import-report')).toBeNull();
    expect(screen.getByLabelText('Tệp cần nhập')).toHaveFocus();
  });

  it('offers no import of a refused file, and shows the column refused', async () => {
    renderPage([REFUSED]);
    await chooseAreasFile();
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('heading', { name: 'Không nhập được: dia-ban.csv (Địa bàn)' });
    expect(screen.getByRole('cell', { name: 'Ngày thành lập' })).toBeVisible();
    expect(screen.getByRole('cell', { name: 'Ngày không hợp lệ.' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Nhập \d+ dòng$/ })).toBeNull();
  });

  it('drops the preview when another kind is chosen', async () => {
    renderPage([PREVIEW]);
    await chooseAreasFile();
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByTestId('import-report');
    await userEvent.selectOptions(screen.getByLabelText('Loại dữ liệu'), 'Đơn vị');
    expect(screen.queryByTestId('import-report')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập 2 dòng' })).toBeNull();
  });

  it('says why the server took no file, with its message', async () => {
    renderPage([
      { failure: 'tooLarge' },
      { failure: 'other', message: 'Tệp không phải XLSX hay CSV.' },
    ]);
    await chooseAreasFile();
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tệp quá lớn để nhập một lần; hãy chia thành nhiều tệp.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Máy chủ không nhận tệp: Tệp không phải XLSX hay CSV.',
      ),
    );
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('asks the server in English when the app speaks English', async () => {
    const send = renderPage(
      [{ ...PREVIEW, created: 1, rows: [{ row: 2, result: 'created' }] }],
      'en',
    );
    await chooseAreasFile('Areas', 'File to import');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(send).toHaveBeenLastCalledWith('areas', FILE, { dryRun: true, language: 'en' });
    expect(await screen.findByRole('button', { name: 'Import 1 row' })).toBeVisible();
  });
});
