import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dateField, enterDate } from './date-field';
import { mockGraphqlClient } from './mock-graphql-client';
import { rotationFactsFixture } from './rotation-facts.fixture';

// The answers the rotation form reads, for its tests: one cadre, the ward post of the facts
// fixture (its unit closed by the 1/7/2025 merger) and rotationCheckFacts over that fixture.

export const WARD_SECRETARY = {
  id: 'pos-secretary',
  title: 'Bí thư Đảng ủy',
  rank: 5,
  unit: {
    id: 'unit-hvt',
    name: 'Đảng ủy phường Hoàng Văn Thụ',
    validFrom: '2002-10-17',
    validTo: '2025-07-01',
  },
};

export function rotationFormClient(rotationCreate: unknown = null) {
  return mockGraphqlClient({
    RotationCadreChoices: () => ({
      cadres: { nodes: [{ id: 'cadre-vsh', fullName: 'Vũ Sơn Hà', birthYear: 1975 }] },
    }),
    PostChoices: () => ({ positions: { nodes: [WARD_SECRETARY] }, units: { nodes: [] } }),
    // A cited override's issuer is read as the server reads it: here, a body that does not
    // manage the cadre on the decision's day.
    RotationCheckFacts: (variables) => {
      const { overrideIssuer } = variables['input'] as {
        overrideIssuer: { unitId: string; issuedOn: string } | null;
      };
      const issuer = overrideIssuer && {
        issuerUnitId: overrideIssuer.unitId,
        issuerName: 'Thành ủy Lạng Sơn',
        issuedOn: overrideIssuer.issuedOn,
        bodyUnitId: 'unit-other',
        bodyName: 'Đảng ủy xã Mai Pha',
        competent: false,
      };
      return {
        rotationCheckFacts: {
          facts: { ...rotationFactsFixture, overrideIssuer: issuer },
          userErrors: [],
        },
      };
    },
    RotationPlanChoices: () => ({
      rotationPlans: {
        nodes: [
          { id: 'plan-67', code: '67-KH/TU', title: 'Kế hoạch luân chuyển cán bộ 2016–2020' },
        ],
      },
    }),
    // The units a paper's issuing unit is chosen from.
    UnitChoices: () => ({
      units: {
        totalCount: 1,
        nodes: [{ id: 'unit-tu', name: 'Thành ủy Lạng Sơn', validTo: null }],
      },
    }),
    RotationCreate: () => ({ rotationCreate }),
  });
}

/** Types an ISO day (or '' to empty the field) into the form's DateInput labelled `label`. */
export async function setDate(label: string, iso: string) {
  const [yyyy, mm, dd] = iso.split('-');
  await enterDate(dateField(label), iso ? `${dd}/${mm}/${yyyy}` : '');
}

/** Chooses Vũ Sơn Hà and the ward post, with a start on which the ward still exists. */
export async function chooseCadreAndPost(startDate = '2018-06-01') {
  await setDate('Ngày bắt đầu', startDate);
  await userEvent.selectOptions(
    await screen.findByLabelText('Cán bộ được luân chuyển'),
    'cadre-vsh',
  );
  await userEvent.selectOptions(screen.getByLabelText('Chức vụ đến'), 'pos-secretary');
}
