// The API's own messages (user errors, HTTP errors), Vietnamese first. Rule messages come from
// libs/rules with both languages; these are the rest.

export type Language = 'vi' | 'en';

const catalogue = {
  invalidCredentials: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  },
  notSignedIn: { vi: 'Chưa đăng nhập', en: 'Not signed in' },
  malformedJson: { vi: 'Nội dung JSON không hợp lệ', en: 'Malformed JSON body' },
  jsonRequired: {
    vi: 'Nội dung phải là JSON (Content-Type: application/json)',
    en: 'The body must be JSON (Content-Type: application/json)',
  },
  bodyTooLarge: { vi: 'Nội dung yêu cầu quá lớn', en: 'Request body too large' },
  notFound: { vi: 'Không tìm thấy', en: 'Not found' },
  usernameTaken: { vi: 'Tên đăng nhập đã được dùng', en: 'This username is taken' },
  apiKeyNotFound: {
    vi: 'Không tìm thấy khóa API đang hoạt động',
    en: 'No working API key with this id',
  },
  invalidField: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  usernameFormat: {
    vi: 'Tên đăng nhập gồm 3–64 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới',
    en: 'A username is 3–64 letters, digits, dots, dashes or underscores',
  },
  passwordLength: {
    vi: 'Mật khẩu phải dài từ 12 đến 256 ký tự',
    en: 'A password is 12 to 256 characters long',
  },
  nameLength: { vi: 'Tên phải dài từ 1 đến 100 ký tự', en: 'A name is 1 to 100 characters long' },
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
