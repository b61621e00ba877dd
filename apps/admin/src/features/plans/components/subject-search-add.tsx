import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/forms/date-input';
import { FormErrors } from '../../../components/forms/form-errors';
import { refusalOf } from '../../../components/forms/refusal';
import { useCheckedForm, type Reading } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { isIsoDate } from '../../../lib/format';
import type { EligibilityReasonCode } from '../../../lib/gql/graphql';
import { useDebounced } from '../../../lib/use-debounced';
import { useSubjectCadreChoices } from '../api/plan-candidates.query';
import { usePlanAddSubjects } from '../api/plan-subjects.mutations';
import { cadreIndexOf } from '../utils/subject-errors';

type Props = {
  planId: string;
  /** The plan's criteria: the reasons a cadre may be listed under. */
  reasons: readonly EligibilityReasonCode[];
  /** The plan's first day, the reference date unless another is given. */
  periodStart: string;
};

type Values = { cadreId: string; criterion: '' | EligibilityReasonCode; asOf: string };
type SubjectField = 'cadreId' | 'criterion' | 'asOf';
type Facts = { cadreId: string; criterion: EligibilityReasonCode | null; asOf: string };

function read(values: Values): Reading<Facts, SubjectField> {
  if (!values.cadreId) return { ok: false, problems: { cadreId: { key: 'plans.add.pickCadre' } } };
  if (!isIsoDate(values.asOf))
    return { ok: false, problems: { asOf: { key: 'plans.form.errors.invalidDate' } } };
  return { ok: true, facts: { ...values, criterion: values.criterion || null } };
}

function fieldOf(path: readonly string[] | null): SubjectField | null {
  if (cadreIndexOf(path) !== null) return 'cadreId';
  const [root, name] = path ?? [];
  if (root !== 'input') return null;
  return name === 'criterion' || name === 'asOf' ? name : null;
}

/** Find a cadre by name and list them under the plan, with the criterion that makes them one. */
export function SubjectSearchAdd(props: Props) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<{ count: number; name: string } | null>(null);
  return (
    <section className="card" aria-labelledby="subject-search-add">
      <h2 id="subject-search-add">{t('plans.add.title')}</h2>
      <SubjectSearchFields
        key={added?.count ?? 0}
        {...props}
        onAdded={(name) => setAdded((last) => ({ count: (last?.count ?? 0) + 1, name }))}
      />
      {added && (
        <p role="status" className="muted">
          {t('plans.add.added', { name: added.name })}
        </p>
      )}
    </section>
  );
}

function SubjectSearchFields({
  planId,
  reasons,
  periodStart,
  onAdded,
}: Props & { onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useSubjectCadreChoices(useDebounced(search));
  const [, add] = usePlanAddSubjects();
  const choices = data?.cadres.nodes ?? [];
  const form = useCheckedForm({
    initial: { cadreId: '', criterion: '', asOf: periodStart } as Values,
    read,
    fieldOf,
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (facts) => {
      const { cadreId, criterion, asOf } = facts;
      const result = await add({ input: { planId, cadreIds: [cadreId], criterion, asOf } });
      const payload = result.data?.rotationPlanAddSubjects;
      if (payload?.rotationPlan) {
        onAdded(choices.find((cadre) => cadre.id === facts.cadreId)?.fullName ?? '');
        return [];
      }
      return refusalOf(payload?.userErrors, result.error, t('state.error'));
    },
  });
  const { values, message } = form;
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-labelledby="subject-search-add">
      <div className="toolbar">
        <Field label={t('plans.add.search')} hint={t('plans.add.searchHint')}>
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </Field>
        <Field label={t('plans.add.cadre')} error={message('cadreId')}>
          <select
            value={values.cadreId}
            aria-busy={fetching}
            onChange={(event) => form.change({ cadreId: event.target.value }, ['cadreId'])}
          >
            <option value="">{t('common.choose')}</option>
            {choices.map((cadre) => (
              <option key={cadre.id} value={cadre.id}>
                {cadre.fullName}
                {cadre.birthYear ? ` (${cadre.birthYear})` : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plans.criterion')} error={message('criterion')}>
          <select
            value={values.criterion}
            onChange={(event) =>
              form.change(
                { criterion: reasons.find((reason) => reason === event.target.value) ?? '' },
                ['criterion', 'cadreId'],
              )
            }
          >
            <option value="">{t('plans.add.anyReason')}</option>
            {reasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reason.${reason}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('plans.add.asOf')} hint={t('plans.add.asOfHint')} error={message('asOf')}>
          <DateInput
            value={values.asOf}
            onChange={(asOf) => form.change({ asOf }, ['asOf', 'cadreId'])}
          />
        </Field>
      </div>
      <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={form.unplaced} />
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {t('plans.add.submit')}
      </button>
    </form>
  );
}
