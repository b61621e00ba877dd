import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import type { SignIn } from '../../../lib/session';

type Props = { signIn: SignIn; aside?: ReactNode };

/** The only page anonymous visitors see: the API answers nothing but health without a session. */
export function LoginPage({ signIn, aside }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMessage(t('auth.required'));
      return;
    }
    setBusy(true);
    setMessage(null);
    const result = await signIn(username.trim(), password);
    setBusy(false);
    if (result === 'invalid') setMessage(t('auth.invalid'));
    if (result === 'failed') setMessage(t('auth.failed'));
    if (typeof result === 'object') {
      setMessage(t('auth.throttled', { count: result.retryInMinutes }));
    }
  };

  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} noValidate aria-labelledby="login-title">
        <h1 id="login-title">{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        <Field label={t('auth.username')}>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </Field>
        <Field label={t('auth.password')}>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </Field>
        {message && (
          <p role="alert" className="field-error">
            {message}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('auth.submitting') : t('auth.submit')}
        </button>
        {aside}
      </form>
    </main>
  );
}
