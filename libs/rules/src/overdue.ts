import { compareDates, type IsoDate, type Rotation } from '@luanchuyen/domain';

// API.md `Rotation.overdue`: a running rotation whose planned term is over and that nobody has
// closed. The stored planned end is the first day off the rotation, so a rotation is overdue
// from that day on; on its last day it is still running to plan.
export function isOverdue(
  rotation: Pick<Rotation, 'status' | 'plannedEndDate'>,
  today: IsoDate,
): boolean {
  return rotation.status === 'ACTIVE' && compareDates(rotation.plannedEndDate, today) <= 0;
}
