import { useTranslation } from 'react-i18next';
import type { RotationCheck } from '@luanchuyen/rules';
import { asLanguage } from '../../../lib/format';

type Props = { check: RotationCheck | null; checking: boolean };

/** The classification and every violation, live from libs/rules while the form is filled in. */
export function RulePanel({ check, checking }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const classification = check?.classification;
  return (
    <aside
      className="card rule-panel"
      aria-labelledby="rule-panel-title"
      aria-live="polite"
      data-testid="rule-panel"
    >
      <h2 id="rule-panel-title">{t('rotations.rules.title')}</h2>
      {!check ? (
        <p className="muted">
          {checking ? t('rotations.rules.checking') : t('rotations.rules.waiting')}
        </p>
      ) : (
        <>
          {check.ruleSet && (
            <p className="muted">
              {t('rotations.rules.ruleSet', { title: check.ruleSet.title[language] })}
            </p>
          )}
          <dl className="facts">
            <dt>{t('rotations.rules.classification')}</dt>
            <dd data-testid="live-category">
              {classification?.decision === 'DECIDED'
                ? t(`category.${classification.category}`)
                : t('rotations.rules.unknown')}
            </dd>
            <dt>{t('rotations.rules.direction')}</dt>
            <dd>
              {classification?.decision === 'DECIDED'
                ? t(`direction.${classification.direction}`)
                : '—'}
            </dd>
            <dt>{t('rotations.rules.rankChange')}</dt>
            <dd>
              {classification?.decision === 'DECIDED'
                ? t(`rankChange.${classification.rankChange}`)
                : '—'}
            </dd>
          </dl>
          {check.violations.length === 0 && check.undecided.length === 0 && (
            <p className="ok">{t('rotations.rules.allPass')}</p>
          )}
          {check.violations.length > 0 && (
            <>
              <h3>{t('rotations.rules.violations')}</h3>
              <ul>
                {check.violations.map((violation) => (
                  <li
                    key={violation.code}
                    className={`violation-${violation.severity.toLowerCase()}`}
                    data-code={violation.code}
                  >
                    <strong>{t(`rotations.rules.${violation.severity}`)}:</strong>{' '}
                    {violation.message[language]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {check.undecided.length > 0 && (
            <>
              <h3>{t('rotations.rules.undecided')}</h3>
              <ul>
                {check.undecided.map((item) => (
                  <li key={item.code} data-code={item.code}>
                    {item.message[language]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </aside>
  );
}
