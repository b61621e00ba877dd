import { useTranslation } from 'react-i18next';
import { Loading } from '../components/ui/query-state';
import { LoginPage } from '../features/auth/components/login-page';
import { useSession } from '../lib/session';
import { AppRoutes } from './app-routes';
import { LanguageSwitch } from './language-switch';

/** The sign-in page until someone is signed in; then the app. */
export function SessionGate() {
  const { t } = useTranslation();
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return (
        <div role="alert" className="state state-error">
          <p>{t('state.error')}</p>
          <button type="button" className="btn" onClick={session.retry}>
            {t('state.retry')}
          </button>
        </div>
      );
    case 'signedOut':
      return <LoginPage signIn={session.signIn} aside={<LanguageSwitch />} />;
    case 'signedIn':
      return <AppRoutes />;
  }
}
