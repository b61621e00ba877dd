import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider, useQuery, type Client } from 'urql';
import { graphql } from './gql';
import type { Role } from './gql/graphql';
import { createGraphqlClient, isUnauthenticated } from './urql-client';

// Who is signed in, shared by the whole app: the `viewer` query decides, so a session that
// expired on the server shows the sign-in page on the next request.

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      user {
        id
        username
        body {
          id
          name
        }
      }
    }
  }
`);

/** bodyName: the body whose scope the user works in; null for the top, the whole registry. */
export type SignedInViewer = { username: string; role: Role; bodyName: string | null };

export type Session =
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void }
  | { status: 'signedOut'; signIn: SignIn }
  | { status: 'signedIn'; viewer: SignedInViewer; signOut: () => Promise<void> };

/** Too many failed sign-ins from here: the server answers again after this many minutes. */
export type Throttled = { retryInMinutes: number };
export type SignInResult = 'ok' | 'invalid' | 'failed' | Throttled;
export type SignIn = (username: string, password: string) => Promise<SignInResult>;

export const SessionContext = createContext<Session>({ status: 'loading' });

export function useSession(): Session {
  return use(SessionContext);
}

/** The signed-in viewer; only for pages rendered behind the sign-in gate. */
export function useViewer(): SignedInViewer {
  const session = useSession();
  if (session.status !== 'signedIn') throw new Error('useViewer outside a signed-in page');
  return session.viewer;
}

/** ADMIN and ORGANIZER write; a VIEWER sees no edit controls. */
export function useCanEdit(): boolean {
  const session = useSession();
  return session.status === 'signedIn' && session.viewer.role !== 'VIEWER';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = () => i18n.language;
  const [client, setClient] = useState<Client>(() => createGraphqlClient(language));
  // A new client per sign-in or sign-out: nothing cached for one user is shown to the next.
  const restart = useCallback(() => setClient(createGraphqlClient(language)), []);
  return (
    <Provider value={client}>
      <SessionState restart={restart}>{children}</SessionState>
    </Provider>
  );
}

function SessionState({ restart, children }: { restart: () => void; children: ReactNode }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ViewerQuery });
  const signIn = useCallback<SignIn>(
    async (username, password) => {
      const response = await fetch('/auth/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      }).catch(() => null);
      if (response === null) return 'failed';
      if (response.status === 401) return 'invalid';
      if (response.status === 429) {
        const seconds = Number(response.headers.get('retry-after'));
        return {
          retryInMinutes: Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : 1,
        };
      }
      if (!response.ok) return 'failed';
      restart();
      return 'ok';
    },
    [restart],
  );
  const signOut = useCallback(async () => {
    await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => null);
    restart();
  }, [restart]);

  const session = useMemo<Session>(() => {
    if (fetching && !data) return { status: 'loading' };
    const user = data?.viewer.user;
    if (data && user) {
      return {
        status: 'signedIn',
        viewer: {
          username: user.username,
          role: data.viewer.role,
          bodyName: user.body?.name ?? null,
        },
        signOut,
      };
    }
    if (isUnauthenticated(error) || (data && !user)) return { status: 'signedOut', signIn };
    if (error) return { status: 'failed', retry: () => refetch({ requestPolicy: 'network-only' }) };
    return { status: 'loading' };
  }, [data, error, fetching, refetch, signIn, signOut]);

  return <SessionContext value={session}>{children}</SessionContext>;
}
