import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';

// Every page is its own chunk, so the sign-in page loads only the frame.
const DashboardPage = lazy(() =>
  import('../features/dashboard/components/dashboard-page').then((m) => ({
    default: m.DashboardPage,
  })),
);
const CadresPage = lazy(() =>
  import('../features/cadres/components/cadres-page').then((m) => ({ default: m.CadresPage })),
);
const CadreProfilePage = lazy(() =>
  import('../features/cadres/components/cadre-profile-page').then((m) => ({
    default: m.CadreProfilePage,
  })),
);
const CadreCreatePage = lazy(() =>
  import('../features/cadres/components/cadre-create-page').then((m) => ({
    default: m.CadreCreatePage,
  })),
);
const AssignmentCreatePage = lazy(() =>
  import('../features/cadres/components/assignment-create-page').then((m) => ({
    default: m.AssignmentCreatePage,
  })),
);
const EvaluationPage = lazy(() =>
  import('../features/evaluations/components/evaluation-page').then((m) => ({
    default: m.EvaluationPage,
  })),
);
const CadreEditPage = lazy(() =>
  import('../features/cadres/components/cadre-edit-page').then((m) => ({
    default: m.CadreEditPage,
  })),
);

const RotationsPage = lazy(() =>
  import('../features/rotations/components/rotations-page').then((m) => ({
    default: m.RotationsPage,
  })),
);
const RotationCreatePage = lazy(() =>
  import('../features/rotations/components/rotation-create-page').then((m) => ({
    default: m.RotationCreatePage,
  })),
);
const RotationDetailPage = lazy(() =>
  import('../features/rotations/components/rotation-detail-page').then((m) => ({
    default: m.RotationDetailPage,
  })),
);

const PlansPage = lazy(() =>
  import('../features/plans/components/plans-page').then((m) => ({ default: m.PlansPage })),
);
const PlanPage = lazy(() =>
  import('../features/plans/components/plan-page').then((m) => ({ default: m.PlanPage })),
);
const PlanCreatePage = lazy(() =>
  import('../features/plans/components/plan-create-page').then((m) => ({
    default: m.PlanCreatePage,
  })),
);
const EligibilityPage = lazy(() =>
  import('../features/eligibility/components/eligibility-page').then((m) => ({
    default: m.EligibilityPage,
  })),
);
const UnitsPage = lazy(() =>
  import('../features/units/components/units-page').then((m) => ({ default: m.UnitsPage })),
);

const ImportPage = lazy(() =>
  import('../features/imports/components/import-page').then((m) => ({ default: m.ImportPage })),
);

const AuditPage = lazy(() =>
  import('../features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })),
);
const AccessPage = lazy(() =>
  import('../features/access/components/access-page').then((m) => ({ default: m.AccessPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="cadres" element={<CadresPage />} />
        <Route path="cadres/new" element={<CadreCreatePage />} />
        <Route path="cadres/:id/assignments/new" element={<AssignmentCreatePage />} />
        <Route path="cadres/:id" element={<CadreProfilePage />} />
        <Route path="cadres/:id/edit" element={<CadreEditPage />} />
        <Route path="cadres/:id/evaluations/:year?" element={<EvaluationPage />} />
        <Route path="rotations" element={<RotationsPage />} />
        <Route path="rotations/new" element={<RotationCreatePage />} />
        <Route path="rotations/:id" element={<RotationDetailPage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/new" element={<PlanCreatePage />} />
        <Route path="plans/:id" element={<PlanPage />} />
        <Route path="eligibility" element={<EligibilityPage />} />
        <Route path="units" element={<UnitsPage />} />
        {/* Not /import: that path is the API's own (POST /import/{kind}, its templates). */}
        <Route path="imports" element={<ImportPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="access" element={<AccessPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
