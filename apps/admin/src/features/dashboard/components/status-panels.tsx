import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addMonths } from '@luanchuyen/domain';
import { asLanguage, formatNumber, lastDayOfEnd } from '../../../lib/format';
import type { DashboardQuery } from '../../../lib/gql/graphql';
import { RotationLine } from './rotation-line';
import { OverduePanel } from './overdue-panel';

// "Ending soon": a last day within this many months from today.
const ENDING_SOON_MONTHS = 6;

/** Active rotations, those ending soon, overdue ones, cadres due for rotation, plan progress. */
export function StatusPanels({ data, today }: { data: DashboardQuery; today: string }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, asLanguage(i18n.language));
  const horizon = addMonths(today, ENDING_SOON_MONTHS);
  // Overdue rotations have their own panel: ending soon means a last day today or later.
  const endingSoon = data.active.nodes
    .filter((rotation) => !rotation.overdue && lastDayOfEnd(rotation.plannedEndDate) <= horizon)
    .sort((a, b) => a.plannedEndDate.localeCompare(b.plannedEndDate));

  return (
    <>
      <section className="card" aria-labelledby="active-title">
        <h2 id="active-title">{t('dashboard.active')}</h2>
        <p className="big-number">{number(data.active.totalCount)}</p>
        <h3>{t('dashboard.endingSoon')}</h3>
        {endingSoon.length === 0 ? (
          <p className="muted">{t('dashboard.noneEnding')}</p>
        ) : (
          <ul data-testid="ending-soon">
            {endingSoon.map((rotation) => (
              <RotationLine key={rotation.id} rotation={rotation} />
            ))}
          </ul>
        )}
        <Link to="/rotations">{t('dashboard.seeAll')}</Link>
      </section>
      <OverduePanel overdue={data.overdue} />
      <section className="card" aria-labelledby="due-title">
        <h2 id="due-title">{t('dashboard.due')}</h2>
        <p className="big-number">{number(data.due.totalCount)}</p>
        <ul>
          {data.due.nodes.map((cadre) => (
            <li key={cadre.id}>
              <Link to={`/cadres/${encodeURIComponent(cadre.id)}`}>{cadre.fullName}</Link>
            </li>
          ))}
        </ul>
        <Link to="/eligibility">{t('dashboard.seeAll')}</Link>
      </section>
      <section className="card" aria-labelledby="plans-title">
        <h2 id="plans-title">{t('dashboard.plans')}</h2>
        <ul className="plain">
          {data.rotationPlans.nodes.map((plan) => (
            <li key={plan.id}>
              <Link to={`/plans/${encodeURIComponent(plan.id)}`}>
                {plan.code} · {plan.title}
              </Link>
              <progress
                max={Math.max(1, plan.targetCount)}
                value={Math.min(plan.progress.rotated, plan.targetCount)}
                aria-label={plan.code}
              />
              <p className="muted">
                {t('dashboard.planProgress', {
                  rotated: number(plan.progress.rotated),
                  target: number(plan.targetCount),
                  active: number(plan.progress.active),
                  completed: number(plan.progress.completed),
                  subjects: number(plan.progress.subjects),
                })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
