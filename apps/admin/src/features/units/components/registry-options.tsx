import { useTranslation } from 'react-i18next';
import { formatDate, formatLastDay } from '../../../lib/format';
import type { AreaChoice } from './area-form';

export type UnitChoice = { id: string; name: string; validFrom: string; validTo: string | null };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

// Names are not identifiers (two versions may share one), so each option shows its period.
function usePeriod() {
  const { t } = useTranslation();
  return (from: string, to: string | null) =>
    to
      ? t('units.validTo', { from: formatDate(from), last: formatLastDay(to) })
      : t('units.valid', { from: formatDate(from), to: t('units.now') });
}

export function AreaOptions({ areas }: { areas: readonly AreaChoice[] }) {
  const period = usePeriod();
  return [...areas].sort(byName).map((area) => (
    <option key={area.id} value={area.id}>
      {area.name} ({period(area.validFrom, area.validTo)})
    </option>
  ));
}

export function UnitOptions({ units }: { units: readonly UnitChoice[] }) {
  const period = usePeriod();
  return [...units].sort(byName).map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.name} ({period(unit.validFrom, unit.validTo)})
    </option>
  ));
}
