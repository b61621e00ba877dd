import type { Principal } from '../auth/principal';

// Decree 13/2023/NĐ-CP (PRODUCT.md "what is personal"): birth dates, home areas, evaluations
// and notes are read by those who manage cadres (ORGANIZER and ADMIN users) and by programs
// whose key an ADMIN granted it; VIEWER users and other keys see age bands and retirement
// years instead. The one place that decides it.

export function seesPersonalData(principal: Principal): boolean {
  switch (principal.kind) {
    case 'user':
      return principal.role === 'ADMIN' || principal.role === 'ORGANIZER';
    case 'apiKey':
      return principal.personalData;
    // A program run on the server by its operator (the import CLI) works on the full registry.
    case 'program':
      return true;
    case 'anonymous':
      return false;
  }
}
