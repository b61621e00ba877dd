import type { Bilingual } from './import-kind';

// The import path's own refusals (the file, its table, its cells), in both languages: a kind's
// messages live in the kind, the services' in their failures. Vietnamese first; a message that
// names something (a cell, a column, a count) is a function of it.

export const importMessages = {
  EMPTY_FILE: { vi: 'Tệp rỗng', en: 'The file is empty' },
  OLD_EXCEL_FORMAT: {
    vi: 'Tệp Excel cũ (.xls) không được hỗ trợ: hãy mở trong Excel và lưu thành .xlsx (Excel Workbook)',
    en: 'Old Excel files (.xls) are not supported: open it in Excel and save it as .xlsx (Excel Workbook)',
  },
  UNSUPPORTED_FILE: {
    vi: 'Tệp không phải bảng tính Excel (.xlsx) hay CSV',
    en: 'The file is neither an Excel workbook (.xlsx) nor a CSV',
  },
  NOT_A_WORKBOOK: {
    vi: 'Tệp nén không phải bảng tính Excel (.xlsx) hoặc đã hỏng',
    en: 'The archive is not an Excel workbook (.xlsx), or it is damaged',
  },
  UNSAFE_ARCHIVE: {
    vi: 'Tệp bị từ chối: nội dung giải nén quá lớn hoặc không khớp kích thước khai báo',
    en: 'The file is refused: it inflates too far or not to the sizes it declares',
  },
  UNKNOWN_ENCODING: {
    vi: 'Không đọc được bảng mã của tệp CSV: hãy lưu lại dưới dạng "CSV UTF-8 (Comma delimited)"',
    en: 'The CSV file\'s encoding is not recognised: save it again as "CSV UTF-8 (Comma delimited)"',
  },
  EMPTY_SHEET: { vi: 'Trang tính không có dữ liệu', en: 'The sheet holds no data' },
  formula: (cell: string): Bilingual => ({
    vi: `Ô ${cell} chứa công thức: hãy thay công thức bằng giá trị (Dán đặc biệt → Giá trị)`,
    en: `Cell ${cell} holds a formula: replace formulas by their values (Paste Special → Values)`,
  }),
  mergedCells: (range: string): Bilingual => ({
    vi: `Các ô ${range} bị gộp trong bảng: hãy bỏ gộp ô và điền giá trị vào từng dòng`,
    en: `Cells ${range} are merged inside the table: unmerge them and fill every row`,
  }),
  cellError: (cell: string, error: string): Bilingual => ({
    vi: `Ô ${cell} có lỗi ${error}`,
    en: `Cell ${cell} holds the error ${error}`,
  }),
  headerNotFound: (headers: string): Bilingual => ({
    vi: `Không tìm thấy dòng tiêu đề trong 20 dòng đầu (cần các cột: ${headers})`,
    en: `No header row in the first 20 rows (the columns needed: ${headers})`,
  }),
  missingColumn: (header: string): Bilingual => ({
    vi: `Thiếu cột bắt buộc "${header}"`,
    en: `The required column "${header}" is missing`,
  }),
  tooManyRows: (count: number, max: number): Bilingual => ({
    vi: `Tệp có ${count} dòng dữ liệu, vượt quá giới hạn ${max} dòng: hãy chia thành nhiều tệp`,
    en: `The file has ${count} data rows, more than the limit of ${max}: split it into several files`,
  }),
  required: { vi: 'Bắt buộc phải có giá trị', en: 'A value is required' },
  badDate: (text: string): Bilingual => ({
    vi: `"${text}" không phải ngày hợp lệ (dd/MM/yyyy)`,
    en: `"${text}" is not a valid date (dd/MM/yyyy)`,
  }),
  badYear: (text: string): Bilingual => ({
    vi: `"${text}" không phải năm hợp lệ (1900–2100)`,
    en: `"${text}" is not a valid year (1900–2100)`,
  }),
  badInteger: (text: string): Bilingual => ({
    vi: `"${text}" không phải số nguyên`,
    en: `"${text}" is not a whole number`,
  }),
  badDecimal: (text: string): Bilingual => ({
    vi: `"${text}" không phải số`,
    en: `"${text}" is not a number`,
  }),
  badEnum: (text: string, allowed: string): Bilingual => ({
    vi: `"${text}" không thuộc danh sách cho phép: ${allowed}`,
    en: `"${text}" is not one of: ${allowed}`,
  }),
  badBoolean: (text: string): Bilingual => ({
    vi: `"${text}" không phải Có/Không`,
    en: `"${text}" is not yes/no (Có/Không)`,
  }),
  duplicateKey: (earlierRow: number): Bilingual => ({
    vi: `Trùng với dòng ${earlierRow} của tệp`,
    en: `The same as row ${earlierRow} of the file`,
  }),
  rowRefused: {
    vi: 'Dòng bị từ chối',
    en: 'The row is refused',
  },
} as const;

/** The import endpoint's refusals of the request itself (http/import-routes.ts). */
export const importRouteMessages = {
  apiKeyReadOnly: {
    vi: 'Khóa API chỉ được đọc: hãy đăng nhập bằng tài khoản Tổ chức hoặc Quản trị để nhập dữ liệu',
    en: 'API keys are read-only: sign in as an ORGANIZER or ADMIN user to import',
  },
  forbidden: {
    vi: 'Chỉ người dùng có vai trò Tổ chức (ORGANIZER) hoặc Quản trị (ADMIN) mới được nhập dữ liệu',
    en: 'Only ORGANIZER or ADMIN users may import',
  },
  // An import writes the whole registry's rows at once, by natural keys: a user below the top
  // types their cadres in the screens, where every write is checked against their scope.
  outOfScope: {
    vi: 'Chỉ người dùng ở cấp trên cùng (không giới hạn phạm vi quản lý) được nhập dữ liệu hàng loạt',
    en: 'Only users at the top (with no narrower management scope) may import',
  },
  csrf: {
    vi: 'Thiếu tiêu đề X-Requested-With: yêu cầu nhập dữ liệu phải do ứng dụng hoặc chương trình gửi',
    en: 'The X-Requested-With header is missing: an import must be sent by the app or a program',
  },
  noFile: {
    vi: 'Thiếu tệp: gửi tệp trong trường "file" của biểu mẫu multipart/form-data',
    en: 'No file: send it as the "file" field of a multipart/form-data body',
  },
  tooLarge: (limit: number): Bilingual => ({
    vi: `Tệp lớn hơn giới hạn ${Math.floor(limit / 1024 / 1024)} MiB`,
    en: `The file is larger than the limit of ${Math.floor(limit / 1024 / 1024)} MiB`,
  }),
  badUpload: {
    vi: 'Biểu mẫu tải lên không hợp lệ: chỉ một tệp, trong trường "file"',
    en: 'Bad upload: one file only, in the "file" field',
  },
  badDryRun: {
    vi: 'Tham số dryRun phải là true hoặc false',
    en: 'The dryRun parameter must be true or false',
  },
} as const;
