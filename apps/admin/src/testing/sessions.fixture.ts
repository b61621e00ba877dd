import type { Role } from '../lib/gql/graphql';
import type { Session } from '../lib/session';

/** A signed-in session of the role: ADMIN and ORGANIZER edit, a VIEWER only reads. */
export function sessionOf(role: Role): Session {
  return {
    status: 'signedIn',
    viewer: { username: role.toLowerCase(), role, bodyName: null },
    signOut: async () => undefined,
  };
}
