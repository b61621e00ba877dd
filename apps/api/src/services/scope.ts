import type { IsoDate } from '@luanchuyen/domain';
import type { Principal } from '../auth/principal';
import type { ManagementScope } from '../read/scope';

// Whose scope a caller acts in (PRODUCT.md "Who manages whom"): an ADMIN sees and does
// everything; an ORGANIZER, a VIEWER and an API key act within the body they work for, with
// the bodies below it; a caller with no body (every user and key from before scopes) works at
// the top, as does a program run on the server by its operator. The one place that decides it.

export function scopeOf(principal: Principal, today: IsoDate): ManagementScope | null {
  switch (principal.kind) {
    case 'user':
      if (principal.role === 'ADMIN') return null;
      return principal.bodyId ? { bodyId: principal.bodyId, on: today } : null;
    case 'apiKey':
      return principal.bodyId ? { bodyId: principal.bodyId, on: today } : null;
    case 'program':
    case 'anonymous':
      return null;
  }
}

/** The body the caller's new records belong to by default (null: the top). */
export function ownBodyOf(principal: Principal): string | null {
  return principal.kind === 'user' || principal.kind === 'apiKey' ? principal.bodyId : null;
}
