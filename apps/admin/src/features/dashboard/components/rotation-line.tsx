import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLastDay } from '../../../lib/format';

type Props = {
  rotation: {
    plannedEndDate: string;
    cadre: { id: string; fullName: string };
    toPosition: { title: string; unit: { name: string } };
  };
};

/** One running rotation in a dashboard list: who, where, until which last day. */
export function RotationLine({ rotation }: Props) {
  const { t } = useTranslation();
  return (
    <li>
      <Link to={`/cadres/${encodeURIComponent(rotation.cadre.id)}`}>{rotation.cadre.fullName}</Link>
      {' · '}
      {rotation.toPosition.title}, {rotation.toPosition.unit.name} ·{' '}
      {t('dashboard.until', { date: formatLastDay(rotation.plannedEndDate) })}
    </li>
  );
}
