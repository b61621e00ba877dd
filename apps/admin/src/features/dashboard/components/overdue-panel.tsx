import { useTranslation } from 'react-i18next';
import { asLanguage, formatNumber } from '../../../lib/format';
import type { DashboardQuery } from '../../../lib/gql/graphql';
import { RotationLine } from './rotation-line';

type Props = { overdue: DashboardQuery['overdue'] };

/**
 * Running rotations whose planned last day has passed and that nobody has completed: the server
 * decides which (Rotation.overdue, today in Hà Nội); the longest overdue come first.
 */
export function OverduePanel({ overdue }: Props) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, asLanguage(i18n.language));
  const rotations = [...overdue.nodes].sort((a, b) =>
    a.plannedEndDate.localeCompare(b.plannedEndDate),
  );
  const unlisted = overdue.totalCount - rotations.length;
  return (
    <section className="card" aria-labelledby="overdue-title" data-testid="overdue">
      <h2 id="overdue-title">{t('dashboard.overdue')}</h2>
      <p className="big-number">{number(overdue.totalCount)}</p>
      <p className="muted">{t('dashboard.overdueHint')}</p>
      {rotations.length === 0 ? (
        <p className="muted">{t('dashboard.noneOverdue')}</p>
      ) : (
        <ul>
          {rotations.map((rotation) => (
            <RotationLine key={rotation.id} rotation={rotation} />
          ))}
        </ul>
      )}
      {unlisted > 0 && (
        <p className="muted">{t('dashboard.moreOverdue', { more: number(unlisted) })}</p>
      )}
    </section>
  );
}
