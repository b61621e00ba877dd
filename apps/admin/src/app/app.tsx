import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createI18n } from '../lib/i18n';
import { SessionProvider } from '../lib/session';
import { resources } from './i18n-resources';
import { SessionGate } from './session-gate';

/** The providers, outermost first: language, session (with the GraphQL client), routes. */
export function App() {
  const [i18n] = useState(() => createI18n(resources));
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <BrowserRouter>
          <SessionGate />
        </BrowserRouter>
      </SessionProvider>
    </I18nextProvider>
  );
}
