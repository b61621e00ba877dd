import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentFields } from '../../../components/forms/document-fields';
import { PostChoiceField } from '../../../components/forms/post-choice-field';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { asLanguage, isIsoDate, todayIso } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { useRotationCreate } from '../api/rotation-create.mutation';
import { useLiveCheck } from '../hooks/use-live-check';
import { fieldMessages, formFieldOf } from '../utils/field-messages';
import {
  initialRotationForm,
  readRotationForm,
  rotationDraftOf,
  type RotationFormValues,
} from '../utils/rotation-form-values';
import { CadreChoiceField } from './cadre-choice-field';
import { FromPositionField } from './from-position-field';
import { RulePanel } from './rule-panel';

/**
 * Proposing a rotation: the server's verdict runs live over its facts; the server's userErrors
 * show on submit. The end is typed as the last day, as decisions write it, and stored exclusive.
 */
export function RotationCreatePage() {
  const { t, i18n } = useTranslation();
  const canEdit = useCanEdit();
  // The search boxes belong to the pickers: nothing in them is read or sent.
  const [cadreSearch, setCadreSearch] = useState('');
  const [postSearch, setPostSearch] = useState('');
  const [created, setCreated] = useState(false);
  const [, create] = useRotationCreate();
  // Focus stays where it is after a refusal (formRef is left unattached): the live verdict has
  // marked the fields long before the submit.
  const { values, change, submit, submitting, serverErrors } = useCheckedForm({
    initial: () => initialRotationForm(todayIso()),
    read: readRotationForm,
    fieldOf: formFieldOf,
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (input) => {
      const result = await create({ input });
      const payload = result.data?.rotationCreate;
      setCreated(Boolean(payload?.rotation));
      return (
        payload?.userErrors ??
        (result.error ? [{ code: 'ERROR', field: null, message: result.error.message }] : [])
      );
    },
  });

  const live = useLiveCheck(rotationDraftOf(values));
  // The server judged the draft as a whole: once any of its facts changes, the live check rules.
  const changeDraft = (next: Partial<RotationFormValues>) => change(next, 'all');
  const messages = fieldMessages(live.verdict, serverErrors, asLanguage(i18n.language));
  const dateError = (value: string) =>
    isIsoDate(value) ? undefined : t('rotations.form.invalidDate');

  if (!canEdit) return <p role="alert">{t('state.notFound')}</p>;
  return (
    <section>
      <p>
        <Link to="/rotations">← {t('rotations.title')}</Link>
      </p>
      <h1>{t('rotations.form.title')}</h1>
      <div className="form-with-panel">
        <form
          onSubmit={(event) => {
            setCreated(false);
            return submit(event);
          }}
          noValidate
          aria-label={t('rotations.form.title')}
        >
          <CadreChoiceField
            search={cadreSearch}
            onSearch={setCadreSearch}
            value={values.cadreId}
            onChange={(cadreId) => changeDraft({ cadreId })}
            error={messages.cadreId}
          />
          <PostChoiceField
            searchLabel={t('rotations.form.positionSearch')}
            label={t('rotations.form.toPosition')}
            search={postSearch}
            onSearch={setPostSearch}
            value={values.post}
            onChange={(post) => changeDraft({ post })}
            asOf={isIsoDate(values.startDate) ? values.startDate : null}
            error={messages.toPositionId}
          />
          <FromPositionField
            facts={live.cadreFacts}
            startDate={values.startDate}
            value={values.fromPositionId}
            onChange={(fromPositionId) => changeDraft({ fromPositionId })}
            error={messages.fromPositionId}
          />
          <div className="toolbar">
            <Field
              label={t('rotations.start')}
              error={dateError(values.startDate) ?? messages.startDate}
            >
              <input
                type="date"
                name="startDate"
                value={values.startDate}
                onChange={(event) => changeDraft({ startDate: event.target.value })}
                required
              />
            </Field>
            <Field
              label={t('rotations.form.plannedLastDay')}
              error={dateError(values.lastDay) ?? messages.plannedEndDate}
            >
              <input
                type="date"
                name="plannedLastDay"
                value={values.lastDay}
                onChange={(event) => changeDraft({ lastDay: event.target.value })}
                required
              />
            </Field>
          </div>
          <DocumentFields
            legend={t('rotations.form.decision')}
            value={values.decision}
            onChange={(decision) => change({ decision }, [])}
          />
          <DocumentFields
            legend={t('rotations.form.override')}
            hint={t('rotations.form.overrideHint')}
            value={values.override}
            onChange={(override) => change({ override }, [])}
          />
          {serverErrors.length > 0 && (
            <div role="alert" className="field-error" data-testid="server-errors">
              <p>{t('rotations.form.serverErrors')}</p>
              <ul>
                {serverErrors.map((error) => (
                  <li key={`${error.code}-${error.field?.join('.')}`} data-code={error.code}>
                    {error.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {created && (
            <p role="status" className="ok">
              {t('rotations.form.created')}
            </p>
          )}
          <button
            type="submit"
            className="btn btn-primary"
            disabled={submitting || !values.cadreId || !values.post}
          >
            {submitting ? t('rotations.form.submitting') : t('rotations.form.submit')}
          </button>
        </form>
        <RulePanel verdict={live.verdict} checking={live.fetching} factsErrors={live.userErrors} />
      </div>
    </section>
  );
}
