import { describe, expect, it } from 'vitest';
import { mm, renderPdf } from './pdf';

// Layout runs in a worker thread: while a long paper is laid out, the server's own thread
// keeps turning (timers fire, requests are answered).

const longList = (rows: number) => ({
  table: {
    headerRows: 1,
    widths: ['auto', '*', '*'],
    body: [
      ['STT', 'Họ và tên', 'Đơn vị'],
      ...Array.from({ length: rows }, (_, index) => [
        String(index + 1),
        `Nguyễn Văn Đức ${index + 1}`,
        'Đảng ủy phường Kỳ Lừa',
      ]),
    ],
  },
});

describe('renderPdf', () => {
  it('lays out a long paper while the calling thread keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = ticks;
    const pdf = await renderPdf({
      title: 'Danh sách',
      content: [longList(3000)],
      margins: [mm(30), mm(20), mm(15), mm(20)],
      fontSize: 13,
      pageNumbers: true,
    });
    clearInterval(timer);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Laid out on this thread, the whole render would be one task and no timer could fire.
    expect(ticks - started).toBeGreaterThan(3);
  });

  it('answers papers sent at once, each with its own bytes (longer lists, longer files)', async () => {
    const papers = await Promise.all(
      [1, 2, 3].map((rows) =>
        renderPdf({
          title: `Danh sách ${rows}`,
          content: [longList(rows)],
          margins: [mm(20), mm(20), mm(20), mm(20)],
          fontSize: 12,
        }),
      ),
    );
    expect(papers.every((pdf) => pdf.subarray(0, 5).toString('latin1') === '%PDF-')).toBe(true);
    const [one, two, three] = papers.map((pdf) => pdf.length);
    expect(one).toBeLessThan(two ?? 0);
    expect(two).toBeLessThan(three ?? 0);
  });
});
