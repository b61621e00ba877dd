import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '../components/ui/query-state';
import type { Role } from '../lib/gql/graphql';
import { useSession, useViewer } from '../lib/session';
import { LanguageSwitch } from './language-switch';

type NavItem = {
  to: string;
  key: string;
  end: boolean;
  /** A catalogue key of the feature's own, instead of nav.<key>. */
  label?: string;
  /** Who sees the link; everyone signed in when absent. */
  roles?: readonly Role[];
};

const NAV: readonly NavItem[] = [
  { to: '/', key: 'dashboard', end: true },
  { to: '/cadres', key: 'cadres', end: false },
  { to: '/rotations', key: 'rotations', end: false },
  { to: '/plans', key: 'plans', end: false },
  { to: '/eligibility', key: 'eligibility', end: false },
  { to: '/units', key: 'units', end: false },
  // Importing writes the registry: the API takes files from organizers and admins only.
  {
    to: '/imports',
    key: 'imports',
    label: 'imports.nav',
    end: false,
    roles: ['ORGANIZER', 'ADMIN'],
  },
  // The audit log is the admins' own: the API refuses it to others, so the link is hidden too.
  { to: '/audit', key: 'audit', end: false, roles: ['ADMIN'] },
  // Users and API keys are the admins' own too; the access feature names its own link.
  { to: '/access', key: 'access', label: 'access.nav', end: false, roles: ['ADMIN'] },
];

/** The frame of every signed-in page: who is signed in, the language, the navigation. */
export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const session = useSession();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span className="muted">{t('app.subtitle')}</span>
        </div>
        <div className="topbar-tools">
          <span data-testid="viewer">
            {t('auth.signedInAs', { username: viewer.username, role: t(`role.${viewer.role}`) })}
          </span>
          <span className="muted" data-testid="viewer-scope">
            {t('scope.ofViewer', { body: viewer.bodyName ?? t('scope.top') })}
          </span>
          <LanguageSwitch />
          {session.status === 'signedIn' && (
            <button type="button" className="btn" onClick={() => void session.signOut()}>
              {t('auth.signOut')}
            </button>
          )}
        </div>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {NAV.filter((item) => !item.roles || item.roles.includes(viewer.role)).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {t(item.label ?? `nav.${item.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
