import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DOCUMENT_PARTS, type DocumentDraft } from '../../../components/forms/document-draft';
import { DocumentFields } from '../../../components/forms/document-fields';
import { PostChoiceField } from '../../../components/forms/post-choice-field';
import { useCheckedForm, type UserErrorLike } from '../../../components/forms/use-checked-form';
import { DateInput } from '../../../components/forms/date-input';
import { Field } from '../../../components/ui/field';
import { isIsoDate } from '../../../lib/format';
import {
  ASSIGNMENT_KINDS,
  EMPTY_ASSIGNMENT_FORM,
  assignmentErrorField,
  readAssignmentForm,
  type AssignmentFacts,
} from '../utils/assignment-form-values';
import { FormErrors } from '../../../components/forms/form-errors';

type Props = {
  /** The form's accessible name, usually the page title. */
  label: string;
  cancelTo: string;
  /** Sends the facts; resolves to the server's userErrors, none when saved. */
  onSubmit: (facts: AssignmentFacts) => Promise<readonly UserErrorLike[]>;
};

/** A post a cadre holds or held, checked as the API checks it before anything is sent. */
export function AssignmentForm({ label, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const [postSearch, setPostSearch] = useState('');
  const { values, change, formRef, submit, submitting, message, unplaced, fieldsInvalid } =
    useCheckedForm({
      initial: EMPTY_ASSIGNMENT_FORM,
      read: readAssignmentForm,
      fieldOf: assignmentErrorField,
      problemText: (problem) => t(problem.key, problem.values ?? {}),
      onSubmit,
    });
  const changeDecision = (decision: DocumentDraft) =>
    change(
      { decision },
      DOCUMENT_PARTS.filter((key) => decision[key] !== values.decision[key]).map(
        (key) => `decision.${key}` as const,
      ),
    );

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={label}>
      <PostChoiceField
        searchLabel={t('assignments.form.postSearch')}
        label={t('assignments.form.post')}
        hint={t('assignments.form.postHint')}
        search={postSearch}
        onSearch={setPostSearch}
        value={values.post}
        onChange={(post) => change({ post }, ['positionId'])}
        asOf={isIsoDate(values.startDate) ? values.startDate : null}
        error={message('positionId')}
      />
      <div className="toolbar">
        <Field label={t('assignments.form.kind')} error={message('kind')}>
          <select
            name="kind"
            aria-required
            value={values.kind}
            onChange={(event) =>
              change({ kind: ASSIGNMENT_KINDS.find((kind) => kind === event.target.value) ?? '' }, [
                'kind',
              ])
            }
          >
            <option value="">{t('common.choose')}</option>
            {ASSIGNMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cadres.assignmentKind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('assignments.form.startDate')}
          hint={t('assignments.form.startDateHint')}
          error={message('startDate')}
        >
          <DateInput
            name="startDate"
            required
            value={values.startDate}
            onChange={(startDate) => change({ startDate }, ['startDate', 'endDate'])}
          />
        </Field>
        <Field
          label={t('assignments.form.lastDay')}
          hint={t('assignments.form.lastDayHint')}
          error={message('endDate')}
        >
          <DateInput
            name="lastDay"
            value={values.lastDay}
            onChange={(lastDay) => change({ lastDay }, ['endDate'])}
          />
        </Field>
      </div>
      <DocumentFields
        legend={t('assignments.form.decision')}
        hint={t('assignments.form.decisionHint')}
        value={values.decision}
        onChange={changeDecision}
        errors={Object.fromEntries(
          DOCUMENT_PARTS.map((part) => [part, message(`decision.${part}`)]),
        )}
      />
      <FormErrors fieldsInvalid={fieldsInvalid} unplaced={unplaced} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={submitting}>
          {submitting ? t('cadres.form.submitting') : t('assignments.form.submit')}
        </button>
        <Link className="btn" to={cancelTo}>
          {t('cadres.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
