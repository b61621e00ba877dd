import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateInput } from '../../../components/forms/date-input';
import { DocumentFields } from '../../../components/forms/document-fields';
import { DOCUMENT_PARTS } from '../../../components/forms/document-draft';
import { FormErrors } from '../../../components/forms/form-errors';
import { PostChoiceField } from '../../../components/forms/post-choice-field';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { asLanguage, isIsoDate, todayIso } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { useRotationCreate } from '../api/rotation-create.mutation';
import { useLiveCheck } from '../hooks/use-live-check';
import { fieldMessages, formFieldOf, type FormField } from '../utils/field-messages';
import {
  initialRotationForm,
  readRotationForm,
  rotationDraftOf,
  type RotationFormValues,
} from '../utils/rotation-form-values';
import { CadreChoiceField } from './cadre-choice-field';
import { FromPositionField } from './from-position-field';
import { PlanChoiceField } from './plan-choice-field';
import { RotationReasonField } from './rotation-reason-field';
import { RuleWarning } from './rule-warning';
import { RulePanel } from './rule-panel';

/** The rotation just proposed, with the warnings the server recorded with it. */
type Created = { id: string; name: string; warnings: readonly string[] };

/**
 * Proposing a rotation: the server's verdict runs live over its facts; the server's userErrors
 * show on submit beside their fields. The end is typed as the last day, as decisions write it,
 * and stored exclusive. Once created, the form is cleared and links to the new rotation.
 */
export function RotationCreatePage() {
  const { t, i18n } = useTranslation();
  const canEdit = useCanEdit();
  // The search boxes belong to the pickers: nothing in them is read or sent.
  const [cadreSearch, setCadreSearch] = useState('');
  const [postSearch, setPostSearch] = useState('');
  const [created, setCreated] = useState<Created | null>(null);
  // One round per proposal made: the papers start again, their unit search boxes empty too.
  const [round, setRound] = useState(0);
  const createdLink = useRef<HTMLAnchorElement>(null);
  const [, create] = useRotationCreate();
  // Focus stays where it is after a refusal (formRef is left unattached): the live verdict has
  // marked the fields long before the submit.
  const form = useCheckedForm({
    initial: () => initialRotationForm(todayIso()),
    read: readRotationForm,
    fieldOf: formFieldOf,
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (input) => {
      const result = await create({ input });
      const payload = result.data?.rotationCreate;
      if (payload?.rotation) {
        // Some warnings only the server can give (ISSUER_NOT_COMPETENT: it knows who manages
        // the cadre on the day of the override); they are said once the proposal is made.
        setCreated({
          id: payload.rotation.id,
          name: payload.rotation.cadre.fullName,
          warnings: payload.warnings.map((warning) => warning.message),
        });
      }
      return (
        payload?.userErrors ??
        (result.error ? [{ code: 'ERROR', field: null, message: result.error.message }] : [])
      );
    },
  });
  const { values, change, submit, submitting, serverErrors, message } = form;
  // Once created, the form is cleared for the next proposal and the way to the new rotation
  // takes focus, so the keyboard lands on it too.
  useEffect(() => {
    if (!created) return;
    change(initialRotationForm(todayIso()), 'all');
    setCadreSearch('');
    setPostSearch('');
    setRound((count) => count + 1);
    createdLink.current?.focus();
  }, [created]);

  const live = useLiveCheck(rotationDraftOf(values));
  // The server judged the draft as a whole: once any of its facts changes, the live check rules.
  const changeDraft = (next: Partial<RotationFormValues>) => change(next, 'all');
  const messages = fieldMessages(live.verdict, serverErrors, asLanguage(i18n.language));
  const dateError = (value: string) =>
    isIsoDate(value) ? undefined : t('rotations.form.invalidDate');
  const paperErrors = (group: 'decision' | 'overrideDecision') =>
    Object.fromEntries(DOCUMENT_PARTS.map((key) => [key, message(`${group}.${key}`)]));
  const paperFields = (group: 'decision' | 'overrideDecision'): FormField[] =>
    DOCUMENT_PARTS.map((key) => `${group}.${key}` as const);

  if (!canEdit) return <p role="alert">{t('state.notFound')}</p>;
  return (
    <section>
      <p>
        <Link to="/rotations">← {t('rotations.title')}</Link>
      </p>
      <h1>{t('rotations.form.title')}</h1>
      {created && (
        <div role="status" className="card ok" data-testid="rotation-created">
          <p>{t('rotationWrite.form.created', { name: created.name })}</p>
          {created.warnings.length > 0 && (
            <div className="violation-warning" data-testid="created-warnings">
              <p>{t('rotationWrite.form.createdWarnings')}</p>
              <ul>
                {created.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <Link ref={createdLink} to={`/rotations/${encodeURIComponent(created.id)}`}>
              {t('rotationWrite.form.open', { name: created.name })}
            </Link>
          </p>
          <p className="muted">{t('rotationWrite.form.another')}</p>
        </div>
      )}
      <div className="form-with-panel">
        <form
          onSubmit={(event) => {
            setCreated(null);
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
            error={messages.errors.cadreId}
          />
          <RuleWarning text={messages.warnings.cadreId} />
          <PostChoiceField
            searchLabel={t('rotations.form.positionSearch')}
            label={t('rotations.form.toPosition')}
            search={postSearch}
            onSearch={setPostSearch}
            value={values.post}
            onChange={(post) => changeDraft({ post })}
            asOf={isIsoDate(values.startDate) ? values.startDate : null}
            error={messages.errors.toPositionId}
          />
          <RuleWarning text={messages.warnings.toPositionId} />
          {(messages.reasonAsked || values.reason !== '' || message('reason')) && (
            <RotationReasonField
              value={values.reason}
              onChange={(reason) => changeDraft({ reason })}
              error={message('reason')}
            />
          )}
          <FromPositionField
            facts={live.cadreFacts}
            startDate={values.startDate}
            value={values.fromPositionId}
            onChange={(fromPositionId) => changeDraft({ fromPositionId })}
            error={messages.errors.fromPositionId}
          />
          <div className="toolbar">
            <Field
              label={t('rotations.start')}
              error={dateError(values.startDate) ?? messages.errors.startDate}
            >
              <DateInput
                name="startDate"
                value={values.startDate}
                onChange={(startDate) => changeDraft({ startDate })}
                required
              />
            </Field>
            <Field
              label={t('rotations.form.plannedLastDay')}
              error={dateError(values.lastDay) ?? messages.errors.plannedEndDate}
            >
              <DateInput
                name="plannedLastDay"
                value={values.lastDay}
                onChange={(lastDay) => changeDraft({ lastDay })}
                required
              />
            </Field>
          </div>
          <PlanChoiceField
            value={values.planId}
            onChange={(planId) => change({ planId }, ['planId'])}
            error={message('planId')}
          />
          <DocumentFields
            key={`decision-${round}`}
            legend={t('rotations.form.decision')}
            value={values.decision}
            onChange={(decision) => change({ decision }, paperFields('decision'))}
            errors={paperErrors('decision')}
          />
          <DocumentFields
            key={`override-${round}`}
            legend={t('rotations.form.override')}
            hint={t('rotations.form.overrideHint')}
            value={values.override}
            onChange={(override) => change({ override }, paperFields('overrideDecision'))}
            errors={paperErrors('overrideDecision')}
          />
          {serverErrors.length > 0 ? (
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
          ) : (
            <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={[]} />
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
