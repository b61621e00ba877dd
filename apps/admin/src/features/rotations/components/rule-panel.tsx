import { useTranslation } from 'react-i18next';
import type { RotationVerdict } from '@luanchuyen/rules';
import { asLanguage } from '../../../lib/format';

type FactsError = { code: string; message: string };
type Props = {
  verdict: RotationVerdict | null;
  checking: boolean;
  /** Why the facts could not be read (an id that names nothing). */
  factsErrors?: readonly FactsError[];
};

/**
 * The server's verdict as the form is filled in: the classification, whether the proposal may
 * be created, what stops it being weighed (refusals), every violation and what could not be
 * checked. It is libs/rules' rotationVerdict, the very function rotationCreate asks.
 */
export function RulePanel({ verdict, checking, factsErrors = [] }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const classification = verdict?.check.classification;
  const decided = classification?.decision === 'DECIDED' ? classification : null;
  const clean =
    verdict &&
    verdict.refusals.length === 0 &&
    verdict.check.violations.length === 0 &&
    verdict.check.undecided.length === 0;
  return (
    <aside
      className="card rule-panel"
      aria-labelledby="rule-panel-title"
      aria-live="polite"
      data-testid="rule-panel"
    >
      <h2 id="rule-panel-title">{t('rotations.rules.title')}</h2>
      {factsErrors.length > 0 && (
        <ul className="field-error">
          {factsErrors.map((error) => (
            <li key={error.code + error.message} data-code={error.code}>
              {error.message}
            </li>
          ))}
        </ul>
      )}
      {!verdict ? (
        <p className="muted">
          {checking ? t('rotations.rules.checking') : t('rotations.rules.waiting')}
        </p>
      ) : (
        <>
          {verdict.check.ruleSet && (
            <p className="muted">
              {t('rotations.rules.ruleSet', { title: verdict.check.ruleSet.title[language] })}
            </p>
          )}
          <dl className="facts">
            <dt>{t('rotations.rules.classification')}</dt>
            <dd data-testid="live-category">
              {decided ? t(`category.${decided.category}`) : t('rotations.rules.unknown')}
            </dd>
            <dt>{t('rotations.rules.direction')}</dt>
            <dd>{decided ? t(`direction.${decided.direction}`) : '—'}</dd>
            <dt>{t('rotations.rules.rankChange')}</dt>
            <dd>{decided ? t(`rankChange.${decided.rankChange}`) : '—'}</dd>
            <dt>{t('rotations.rules.allowed')}</dt>
            <dd data-testid="allowed">{verdict.allowed ? t('common.yes') : t('common.no')}</dd>
          </dl>
          {/* A refusal's message is the verdict's; the list below says it once. */}
          {verdict.refusals.length === 0 && (
            <p data-testid="verdict" className={verdict.allowed ? 'ok' : 'violation-error'}>
              {verdict.message[language]}
            </p>
          )}
          {clean && <p className="ok">{t('rotations.rules.allPass')}</p>}
          <Findings
            title={t('rotations.rules.refusals')}
            items={verdict.refusals.map((refusal) => ({
              code: refusal.code,
              className: 'violation-error',
              text: refusal.message[language],
            }))}
          />
          <Findings
            title={t('rotations.rules.violations')}
            items={verdict.check.violations.map((violation) => ({
              code: violation.code,
              className: `violation-${violation.severity.toLowerCase()}`,
              label: t(`rotations.rules.${violation.severity}`),
              text: violation.message[language],
            }))}
          />
          <Findings
            title={t('rotations.rules.undecided')}
            items={verdict.check.undecided.map((item) => ({
              code: item.code,
              text: item.message[language],
            }))}
          />
        </>
      )}
    </aside>
  );
}

type Finding = { code: string; text: string; className?: string; label?: string };

function Findings({ title, items }: { title: string; items: readonly Finding[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.code} className={item.className} data-code={item.code}>
            {item.label && <strong>{item.label}:</strong>} {item.text}
          </li>
        ))}
      </ul>
    </>
  );
}
