import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from './csv';
import { asciiFileName, attachmentDisposition } from './file-name';

// What a spreadsheet does with a CSV cell decides what the paper must write: RFC 4180 quoting,
// and no text a spreadsheet would run as a formula (OWASP "CSV Injection").

describe('a CSV field', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
  ])('guards %j, which a spreadsheet would run as a formula', (text, written) => {
    expect(csvField(text)).toBe(written);
  });

  it.each([
    ['Đinh Bằng Sơn', 'Đinh Bằng Sơn'],
    ['Bí thư, Đảng ủy', '"Bí thư, Đảng ủy"'],
    ['nói "có"', '"nói ""có"""'],
    ['hai\ndòng', '"hai\ndòng"'],
    ['123-QĐ/TU', '123-QĐ/TU'],
    ['', ''],
  ])('writes %j as RFC 4180 asks', (text, written) => {
    expect(csvField(text)).toBe(written);
  });

  it('writes numbers as they are, a minus included, and nothing for no value', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('writes Vietnamese text composed (NFC), whatever the keyboard produced', () => {
    expect(csvField('Đinh Bằng Sơn'.normalize('NFD'))).toBe('Đinh Bằng Sơn'.normalize('NFC'));
  });

  it('ends a record with CRLF', () => {
    expect(csvRecord([1, 'a', null])).toBe('1,a,\r\n');
  });
});

describe('a paper file name', () => {
  it('keeps an ASCII name for old clients and the Vietnamese one in filename*', () => {
    expect(asciiFileName('Đối tượng luân chuyển 2019-05-25.xlsx')).toBe(
      'Doi-tuong-luan-chuyen-2019-05-25.xlsx',
    );
    expect(attachmentDisposition("Lịch sử (bản 1)'.csv", 'lich-su.csv')).toBe(
      `attachment; filename="lich-su.csv"; filename*=UTF-8''L%E1%BB%8Bch%20s%E1%BB%AD%20%28b%E1%BA%A3n%201%29%27.csv`,
    );
  });
});
