import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, type InitialEntry } from 'react-router';
import { Provider, type Client } from 'urql';
import { never } from 'wonka';
import { resources } from '../app/i18n-resources';
import { createI18n, type Language } from '../lib/i18n';
import { SessionContext, type Session } from '../lib/session';

// A client that never answers, for components whose queries the test does not look at.
const silentClient = {
  executeQuery: () => never,
  executeMutation: () => never,
  executeSubscription: () => never,
} as unknown as Client;

/** Renders with the app's real catalogues, a router and a GraphQL client. */
type Options = {
  language?: Language;
  client?: Client;
  session?: Session;
  /** Where the router starts, for pages that read the URL or its history state. */
  route?: InitialEntry;
};

const ORGANIZER: Session = {
  status: 'signedIn',
  viewer: { username: 'organizer', role: 'ORGANIZER', bodyName: null },
  signOut: async () => undefined,
};

export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const i18n = createI18n(resources, options.language ?? 'vi');
  return render(
    <I18nextProvider i18n={i18n}>
      <Provider value={options.client ?? silentClient}>
        <SessionContext value={options.session ?? ORGANIZER}>
          <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
        </SessionContext>
      </Provider>
    </I18nextProvider>,
  );
}
