import { accessMessages } from '../features/access/access.messages';
import { auditMessages } from '../features/audit/audit.messages';
import { assignmentsMessages } from '../features/cadres/assignments.messages';
import { authMessages } from '../features/auth/auth.messages';
import { cadresMessages } from '../features/cadres/cadres.messages';
import { cadreListMessages } from '../features/cadres/cadre-list.messages';
import { managingBodiesMessages } from '../features/cadres/managing-bodies.messages';
import { dashboardMessages } from '../features/dashboard/dashboard.messages';
import { rotationsMessages } from '../features/rotations/rotations.messages';
import { rotationWritesMessages } from '../features/rotations/rotation-writes.messages';
import { eligibilityMessages } from '../features/eligibility/eligibility.messages';
import { evaluationsMessages } from '../features/evaluations/evaluations.messages';
import { importsMessages } from '../features/imports/imports.messages';
import { plansMessages } from '../features/plans/plans.messages';
import { publicationMessages } from '../features/publication/publication.messages';
import { unitsMessages } from '../features/units/units.messages';
import { toResources } from '../lib/i18n';
import { commonMessages } from './common.messages';

/** Every catalogue of the app; each part keeps its own words, the app merges them. */
export const catalogues = [
  commonMessages,
  authMessages,
  cadresMessages,
  cadreListMessages,
  assignmentsMessages,
  managingBodiesMessages,
  dashboardMessages,
  rotationsMessages,
  rotationWritesMessages,
  plansMessages,
  eligibilityMessages,
  unitsMessages,
  auditMessages,
  accessMessages,
  evaluationsMessages,
  importsMessages,
  publicationMessages,
];

export const resources = toResources(catalogues);
