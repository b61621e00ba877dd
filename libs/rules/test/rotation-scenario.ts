import type { Assignment, Cadre, Rotation } from '@luanchuyen/domain';
import { checkRotation, type RotationFacts, type RotationInput } from '../src';
import { cadreFacts, positionOf, registry } from './fixtures';

// A proposed rotation and its facts, described by what differs from a plain case: the
// secretary of Vĩnh Trại ward (born 1975, from Cao Bằng) to Mai Pha commune, 2018–2021.

export const BASE_INPUT: RotationInput = {
  cadreId: 'c1',
  toPositionId: 'BT_MP',
  startDate: '2018-06-01',
  plannedEndDate: '2021-06-01',
};

export type Scenario = {
  input?: Partial<RotationInput>;
  cadre?: Partial<Cadre>;
  from?: string | null;
  to?: string;
  rotations?: Rotation[];
  holders?: Assignment[];
  incoming?: Rotation[];
};

export function facts(scenario: Scenario): RotationFacts {
  const from = scenario.from === undefined ? 'BT_VT' : scenario.from;
  return {
    cadre: cadreFacts({ cadre: scenario.cadre ?? {}, rotations: scenario.rotations ?? [] }),
    registry,
    fromPosition: from === null ? null : positionOf(from),
    toPosition: positionOf(scenario.to ?? 'BT_MP'),
    toPositionAssignments: scenario.holders ?? [],
    toPositionRotations: scenario.incoming ?? [],
  };
}

export function check(scenario: Scenario = {}) {
  const input = { ...BASE_INPUT, toPositionId: scenario.to ?? 'BT_MP', ...scenario.input };
  return checkRotation(input, facts(scenario));
}

export function outcome(scenario: Scenario, code: string) {
  return check(scenario).results.find((result) => result.code === code);
}

export const holder = (
  cadreId: string,
  startDate: string,
  endDate: string | null,
  positionId = 'BT_MP',
): Assignment => ({
  id: `h-${cadreId}-${startDate}`,
  cadreId,
  positionId,
  kind: 'APPOINTED',
  startDate,
  endDate,
});
