// The API's own messages (user errors, HTTP errors), Vietnamese first. Rule messages come from
// libs/rules with both languages; these are the rest.

export type Language = 'vi' | 'en';

const catalogue = {
  invalidCredentials: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  },
  tooManyAttempts: {
    vi: 'Đăng nhập sai quá nhiều lần; hãy thử lại sau (xem Retry-After, tính bằng giây)',
    en: 'Too many failed sign-ins; try again later (see Retry-After, in seconds)',
  },
  notSignedIn: { vi: 'Chưa đăng nhập', en: 'Not signed in' },
  // GraphQL's rate limit by cost; the seconds to wait follow the colon.
  rateLimited: {
    vi: 'Đã dùng hết hạn mức chi phí truy vấn mỗi phút; số giây cần chờ trước khi thử lại (Retry-After)',
    en: 'The query cost budget per minute is used up; seconds to wait before trying again (Retry-After)',
  },
  metricsTokenRequired: {
    vi: 'Số liệu vận hành cần mã truy cập: gửi Authorization: Bearer <METRICS_TOKEN>',
    en: 'The metrics need their token: send Authorization: Bearer <METRICS_TOKEN>',
  },
  keyRevoked: {
    vi: 'Khóa API này đã bị thu hồi; hãy dùng khóa khác',
    en: 'This API key has been revoked; use another key',
  },
  conflictTryAgain: {
    vi: 'Có thay đổi đồng thời trên cùng dữ liệu; chưa ghi gì, hãy thử lại',
    en: 'A concurrent change touched the same data; nothing was written, try again',
  },
  idempotencyKeyReused: {
    vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới',
    en: 'This Idempotency-Key was already used for another request; use a new key',
  },
  idempotencyKeyRunning: {
    vi: 'Yêu cầu với Idempotency-Key này đang chạy; hãy thử lại sau (xem Retry-After)',
    en: 'A request with this Idempotency-Key is still running; try again (see Retry-After)',
  },
  idempotencyKeyInvalid: {
    vi: 'Idempotency-Key phải có từ 1 đến 255 ký tự ASCII in được',
    en: 'Idempotency-Key must be 1 to 255 printable ASCII characters',
  },
  malformedJson: { vi: 'Nội dung JSON không hợp lệ', en: 'Malformed JSON body' },
  jsonRequired: {
    vi: 'Nội dung phải là JSON (Content-Type: application/json)',
    en: 'The body must be JSON (Content-Type: application/json)',
  },
  bodyTooLarge: { vi: 'Nội dung yêu cầu quá lớn', en: 'Request body too large' },
  notFound: { vi: 'Không tìm thấy', en: 'Not found' },
  databaseUnavailable: {
    vi: 'Cơ sở dữ liệu tạm thời không phản hồi; hãy thử lại sau ít giây',
    en: 'The database is unavailable for now; try again in a few seconds',
  },
  requestTimeout: {
    vi: 'Yêu cầu chạy quá thời gian cho phép và đã bị dừng; không có thay đổi nào được ghi',
    en: 'The request ran past its time limit and was stopped; nothing was written',
  },
  usernameTaken: { vi: 'Tên đăng nhập đã được dùng', en: 'This username is taken' },
  apiKeyNotFound: {
    vi: 'Không tìm thấy khóa API đang hoạt động',
    en: 'No working API key with this id',
  },
  userNotFound: { vi: 'Không tìm thấy người dùng', en: 'No user with this id' },
  ownAdminAccount: {
    vi: 'Không thể tự hạ quyền hoặc tự khóa tài khoản quản trị của chính mình; hãy nhờ một quản trị viên khác',
    en: 'You cannot demote or disable your own admin account; ask another administrator',
  },
  lastAdmin: {
    vi: 'Đây là quản trị viên đang hoạt động cuối cùng; hãy cấp quyền quản trị cho người khác trước',
    en: 'This is the last active administrator; make someone else an administrator first',
  },
  invalidField: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  invalidCharacters: {
    vi: 'Có ký tự không được phép (ký tự điều khiển, ký tự đổi chiều văn bản hoặc ký tự hỏng)',
    en: 'Contains characters that are not allowed (control, text-direction or broken characters)',
  },
  duplicatePoolEntry: {
    vi: 'Mục quy hoạch này đã có trong danh sách (cùng chức danh và nhiệm kỳ)',
    en: 'This succession-pool entry is already listed (same title and term)',
  },
  usernameFormat: {
    vi: 'Tên đăng nhập gồm 3–64 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
    en: 'A username is 3–64 letters, digits, dots, dashes or underscores',
  },
  passwordLength: {
    vi: 'Mật khẩu phải dài từ 12 đến 256 ký tự',
    en: 'A password is 12 to 256 characters long',
  },
  nameLength: { vi: 'Tên phải dài từ 1 đến 100 ký tự', en: 'A name is 1 to 100 characters long' },
  pageSizeOutOfRange: {
    vi: 'first và last phải là số nguyên từ 1 đến 100',
    en: 'first and last must be a whole number from 1 to 100',
  },
  pageSizeMissing: {
    vi: 'Hãy cho first (đọc từ đầu danh sách) hoặc last (đọc từ cuối danh sách)',
    en: 'Give first (to read from the start of the list) or last (to read from its end)',
  },
  pageSizeBoth: {
    vi: 'Chỉ cho một trong hai: first hoặc last',
    en: 'Give only one of first and last',
  },
  cursorOfOtherDirection: {
    vi: 'after đi cùng first, before đi cùng last',
    en: 'after goes with first, and before with last',
  },
  invalidCursor: { vi: 'Con trỏ phân trang không hợp lệ', en: 'Not a valid cursor' },
  invalidId: {
    vi: 'Mã định danh không hợp lệ hoặc không đúng loại',
    en: 'Not a valid id of the expected type',
  },
  tooManyIds: { vi: 'Tối đa 100 mã định danh mỗi lần', en: 'At most 100 ids at a time' },
  unknownId: {
    vi: 'Không có bản ghi nào mang mã định danh này',
    en: 'No record has this id',
  },
  lineageWithoutUnit: {
    vi: 'includeLineage chỉ dùng cùng unitId: cần chọn đơn vị để lấy cả các đơn vị đã hợp nhất vào',
    en: 'includeLineage goes with unitId: name the unit whose merged units to include',
  },
  planNotFound: { vi: 'Không tìm thấy kế hoạch luân chuyển', en: 'No rotation plan with this id' },
  cadreNotFound: { vi: 'Không tìm thấy cán bộ', en: 'No cadre with this id' },
  duplicateCadreCode: {
    vi: 'Mã cán bộ này đã được dùng cho một cán bộ khác',
    en: 'Another cadre already has this code',
  },
  positionNotFound: { vi: 'Không tìm thấy chức vụ', en: 'No position with this id' },
  invalidSearch: {
    vi: 'Từ khóa tìm kiếm dài tối đa 200 ký tự và không chứa ký tự NUL',
    en: 'A search term is at most 200 characters, without NUL characters',
  },
  poolTitleWithoutPool: {
    vi: 'successionPoolTitle chỉ dùng cùng inSuccessionPool (true hoặc false)',
    en: 'successionPoolTitle needs inSuccessionPool (true or false)',
  },
  cursorOfAnotherOrder: {
    vi: 'Con trỏ phân trang này thuộc một cách sắp xếp khác; hãy đọc lại từ trang đầu',
    en: 'This cursor belongs to another order; read again from the first page',
  },
  // Writes (mutations): user errors of the services.
  staleVersion: {
    vi: 'Bản ghi đã được người khác thay đổi; hãy tải lại và thử lại',
    en: 'Someone else changed this record; reload it and try again',
  },
  overlappingRotation: {
    vi: 'Trùng thời gian với một đợt luân chuyển khác của cán bộ',
    en: 'Overlaps another rotation of the same cadre',
  },
  documentConflict: {
    vi: 'Số văn bản này đã được dùng cho một văn bản có nội dung khác',
    en: 'This document number is already used by a document with different content',
  },
  areaNotFound: { vi: 'Không tìm thấy địa bàn', en: 'No area with this id' },
  // Management scopes (Regulation 377-QĐ/TW of 2025): the caller's body and those below it.
  outOfScope: {
    vi: 'Ngoài phạm vi quản lý của cơ quan bạn công tác; không có gì được ghi',
    en: 'Outside the management scope of the body you work for; nothing was written',
  },
  outOfScopeTop: {
    vi: 'Chỉ người dùng ở cấp trên cùng (không giới hạn phạm vi) được thay đổi mục này',
    en: 'Only users at the top (with no narrower scope) may change this',
  },
  bodyNotFound: { vi: 'Không tìm thấy cơ quan quản lý', en: 'No body (unit) with this id' },
  unitNotFound: { vi: 'Không tìm thấy đơn vị', en: 'No unit with this id' },
  assignmentNotFound: { vi: 'Không tìm thấy quá trình công tác', en: 'No assignment with this id' },
  rotationNotFound: { vi: 'Không tìm thấy đợt luân chuyển', en: 'No rotation with this id' },
  evaluationNotFound: {
    vi: 'Không tìm thấy đánh giá của năm này',
    en: 'No evaluation of this cadre for this year',
  },
  lineageOrder: {
    vi: 'Bản ghi kế thừa phải bắt đầu sau bản ghi trước đó và khác nó',
    en: 'A successor must start after, and differ from, what it continues',
  },
  endBeforeStart: {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu',
    en: 'The end date must come after the start date',
  },
  noFromPosition: {
    vi: 'Cán bộ không giữ chức vụ nào vào ngày bắt đầu; hãy chỉ rõ chức vụ hiện tại',
    en: 'The cadre holds no post on the start date; name the post left',
  },
  illegalTransition: {
    vi: 'Không thể chuyển đợt luân chuyển sang trạng thái này từ trạng thái hiện tại',
    en: 'The rotation cannot move to this status from its current one',
  },
  decisionRequired: {
    vi: 'Cần quyết định của cấp có thẩm quyền để phê duyệt',
    en: 'Approval needs the decision of a competent authority',
  },
  nextPositionRequired: {
    vi: 'Cần chỉ rõ chức vụ mới khi điều động hoặc đề bạt',
    en: 'Name the next post when reassigning or promoting',
  },
  notSuccessorPost: {
    vi: 'Chức vụ được chọn không thuộc đơn vị này hoặc đơn vị kế thừa của nó (sau sáp nhập)',
    en: 'The post chosen belongs neither to this unit nor to a unit it became (by a merger)',
  },
  planCodeTaken: { vi: 'Số kế hoạch đã tồn tại', en: 'A plan with this code exists' },
  alreadySubject: {
    vi: 'Cán bộ đã có trong danh sách đối tượng của kế hoạch',
    en: 'The cadre is already a subject of this plan',
  },
  subjectNotListed: {
    vi: 'Cán bộ không có trong danh sách đối tượng của kế hoạch',
    en: 'The plan does not list this cadre as a subject',
  },
  subjectHasRotation: {
    vi: 'Cán bộ đã có đợt luân chuyển theo kế hoạch này (chưa bị hủy) và được tính vào tiến độ của kế hoạch; hủy đợt luân chuyển chưa diễn ra trước khi đưa cán bộ ra khỏi danh sách, còn đợt đã diễn ra thì giữ cán bộ trong danh sách',
    en: 'The cadre has a rotation under this plan that is not cancelled, and the plan’s progress counts it; cancel a rotation that has not taken place before taking the cadre off the list, and keep a cadre whose rotation took place',
  },
  evaluationExists: {
    vi: 'Cán bộ đã có đánh giá năm này; gửi expectedVersion để sửa',
    en: 'The cadre already has an evaluation for this year; send expectedVersion to correct it',
  },
  successorRequired: {
    vi: 'Cần chỉ rõ đơn vị kế thừa (đơn vị mới hoặc đơn vị hiện có)',
    en: 'Name the successor unit (a new or an existing one)',
  },
  ownParent: {
    vi: 'Không thể đặt chính nó hoặc một bản ghi trực thuộc nó làm cấp trên',
    en: 'Neither the record itself nor one under it can be its parent',
  },
  lineageFixesValidFrom: {
    vi: 'Ngày bắt đầu là ngày hình thành từ các địa bàn trước đó, không sửa riêng được',
    en: 'The first day is the day it was formed from earlier areas and cannot be changed alone',
  },
  lineageFixesValidTo: {
    vi: 'Ngày hết hiệu lực là ngày sáp nhập, chia tách hoặc đổi tên thành địa bàn sau, không sửa riêng được',
    en: 'The end is the day it merged, split or was renamed into later areas and cannot be changed alone',
  },
  textLength: {
    vi: 'Phải có từ 1 đến 500 ký tự',
    en: 'Must be 1 to 500 characters long',
  },
  exportUnknownParameter: {
    vi: 'Tham số không được hỗ trợ khi xuất danh sách',
    en: 'The export does not take this parameter',
  },
  exportRepeatedParameter: {
    vi: 'Tham số chỉ được cho một lần',
    en: 'This parameter may be given only once',
  },
  exportInvalidDate: {
    vi: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD (ví dụ 2018-01-01)',
    en: 'Not a valid date; write it as YYYY-MM-DD (e.g. 2018-01-01)',
  },
  exportInvalidValue: {
    vi: 'Giá trị không hợp lệ; các giá trị được nhận',
    en: 'Not a valid value; the values taken',
  },
  exportAsOfRequired: {
    vi: 'Cần ngày xét asOf dạng YYYY-MM-DD (ví dụ ?asOf=2021-06-01)',
    en: 'Give the reference date asOf as YYYY-MM-DD (e.g. ?asOf=2021-06-01)',
  },
  exportTooManyRows: {
    vi: 'Danh sách quá dài để xuất một lần, hãy thu hẹp bộ lọc; số dòng tối đa',
    en: 'Too many rows to export at once, narrow the filter; the most rows',
  },
  // The document papers (GET /export/rotation-stats.*, profile.pdf, decision.*).
  paperBadPeriod: {
    vi: 'Ngày đầu kỳ (from) phải trước hoặc trùng ngày cuối kỳ (to)',
    en: 'The first day (from) must be on or before the last day (to)',
  },
  paperTooLarge: {
    vi: 'Báo cáo có quá nhiều lượt luân chuyển để in một lần; hãy thu hẹp thời kỳ hoặc chọn một đơn vị. Số lượt tối đa',
    en: 'The report would list too many rotations to print at once; narrow the period or choose a unit. The most rotations',
  },
  // Public disclosure (rotationPublish, publicRotations).
  notPublishable: {
    vi: 'Chỉ công khai được quyết định luân chuyển đã phê duyệt, đang thực hiện hoặc đã hoàn thành; đề xuất hoặc đợt đã hủy không được công khai',
    en: 'Only an approved, running or completed rotation decision can be published; a proposal or a cancelled rotation cannot',
  },
  publishDecisionRequired: {
    vi: 'Đợt luân chuyển chưa có quyết định nên chưa thể công khai',
    en: 'The rotation has no decision yet, so it cannot be published',
  },
  publicPeriodOrder: {
    vi: 'Ngày bắt đầu của khoảng thời gian phải trước hoặc bằng ngày kết thúc',
    en: 'The period must start on or before the day it ends',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof catalogue;

export function t(language: Language, key: MessageKey): string {
  return catalogue[key][language];
}

/** Vietnamese unless the caller prefers English over it (Accept-Language). */
export function languageOf(acceptLanguage: string | undefined): Language {
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().toLowerCase().split(';q=');
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag.startsWith('vi') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q)[0];
  return preferred?.tag.startsWith('en') ? 'en' : 'vi';
}

export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(catalogue, text);
}
