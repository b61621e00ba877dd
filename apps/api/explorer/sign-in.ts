// A small sign-in form for the explorer, shown when the API answers 401: the explorer is for
// signed-in users, and until the admin app is open in the same browser this is where they sign in.

const TEXT = {
  vi: {
    title: 'Đăng nhập để dùng trình khám phá API',
    user: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    failed: 'Tên đăng nhập hoặc mật khẩu không đúng',
  },
  en: {
    title: 'Sign in to use the API explorer',
    user: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Wrong username or password',
  },
};

function field(label: string, name: string, type: string): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.textContent = label;
  const input = document.createElement('input');
  Object.assign(input, {
    name,
    type,
    required: true,
    autocomplete: type === 'password' ? 'current-password' : 'username',
  });
  wrapper.append(input);
  return wrapper;
}

/** Resolves once the user has signed in. */
export function signIn(root: HTMLElement): Promise<void> {
  const text = navigator.language.startsWith('en') ? TEXT.en : TEXT.vi;
  const form = document.createElement('form');
  form.className = 'sign-in';
  const heading = document.createElement('h1');
  heading.textContent = text.title;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = text.submit;
  form.append(
    heading,
    field(text.user, 'username', 'text'),
    field(text.password, 'password', 'password'),
    message,
    button,
  );
  root.replaceChildren(form);
  return new Promise((resolve) => {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const response = await fetch('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: data.get('username'), password: data.get('password') }),
      });
      if (response.ok) resolve();
      else message.textContent = text.failed;
    });
  });
}
