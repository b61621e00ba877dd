import type { Catalogue } from '../../lib/i18n';

export const authMessages: Catalogue = {
  vi: {
    auth: {
      title: 'Đăng nhập',
      intro: 'Hệ thống quản lý luân chuyển cán bộ của Ban Tổ chức.',
      username: 'Tên đăng nhập',
      password: 'Mật khẩu',
      submit: 'Đăng nhập',
      submitting: 'Đang đăng nhập…',
      invalid: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      failed: 'Không kết nối được máy chủ. Vui lòng thử lại.',
      throttled_other: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {{count}} phút.',
      required: 'Vui lòng nhập đủ tên đăng nhập và mật khẩu.',
      signOut: 'Đăng xuất',
      signedInAs: 'Đang đăng nhập: {{username}} ({{role}})',
    },
  },
  en: {
    auth: {
      title: 'Sign in',
      intro: "The Organization Board's cadre rotation system.",
      username: 'Username',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      invalid: 'Wrong username or password.',
      failed: 'Could not reach the server. Please try again.',
      throttled_one: 'Too many failed sign-ins. Please try again in {{count}} minute.',
      throttled_other: 'Too many failed sign-ins. Please try again in {{count}} minutes.',
      required: 'Please enter both the username and the password.',
      signOut: 'Sign out',
      signedInAs: 'Signed in: {{username}} ({{role}})',
    },
  },
};
