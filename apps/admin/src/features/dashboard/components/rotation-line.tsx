import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLastDay } from '../../../lib/format';

type Props = {
  rotation: {
    id: string;
    plannedEndDate: string;
    cadre: { id: string; fullName: string };
    toPosition: { title: string; unit: { name: string } };
  };
};

/** One running rotation in a dashboard list: who, where (links to the rotation), until when. */
export function RotationLine({ rotation }: Props) {
  const { t } = useTranslation();
  return (
    <li>
      <Link to={`/cadres/${encodeURIComponent(rotation.cadre.id)}`}>{rotation.cadre.fullName}</Link>
      {' · '}
      <Link to={`/rotations/${encodeURIComponent(rotation.id)}`}>
        {rotation.toPosition.title}, {rotation.toPosition.unit.name}
      </Link>
      {' · '}
      {t('dashboard.until', { date: formatLastDay(rotation.plannedEndDate) })}
    </li>
  );
}
