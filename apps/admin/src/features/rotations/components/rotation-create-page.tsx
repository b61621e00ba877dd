import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addMonths } from '@luanchuyen/domain';
import { DocumentFields } from '../../../components/forms/document-fields';
import { EMPTY_DOCUMENT, toDocumentInput } from '../../../components/forms/document-draft';
import { PostChoiceField, type PostChoice } from '../../../components/forms/post-choice-field';
import { Field } from '../../../components/ui/field';
import { asLanguage, endFromLastDay, isIsoDate, lastDayOfEnd, todayIso } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { useRotationCreate } from '../api/rotation-create.mutation';
import { useLiveCheck } from '../hooks/use-live-check';
import { fieldMessages } from '../utils/field-messages';
import { CadreChoiceField } from './cadre-choice-field';
import { FromPositionField } from './from-position-field';
import { RulePanel } from './rule-panel';

// The rotation length the rules ask for: the default last day is the day before 36 months on.
const DEFAULT_MONTHS = 36;
const defaultLastDay = (start: string) => lastDayOfEnd(addMonths(start, DEFAULT_MONTHS));

type ServerError = { code: string; field: readonly string[] | null; message: string };

/**
 * Proposing a rotation: the server's verdict runs live over its facts; the server's userErrors
 * show on submit. The end is typed as the last day, as decisions write it, and stored exclusive.
 */
export function RotationCreatePage() {
  const { t, i18n } = useTranslation();
  const canEdit = useCanEdit();
  const [cadreSearch, setCadreSearch] = useState('');
  const [cadreId, setCadreId] = useState('');
  const [postSearch, setPostSearch] = useState('');
  const [post, setPost] = useState<PostChoice | null>(null);
  const [fromPositionId, setFromPositionId] = useState('');
  const [startDate, setStartDate] = useState(todayIso);
  const [lastDay, setLastDay] = useState(() => defaultLastDay(todayIso()));
  const [decision, setDecision] = useState(EMPTY_DOCUMENT);
  const [override, setOverride] = useState(EMPTY_DOCUMENT);
  const [serverErrors, setServerErrors] = useState<ServerError[]>([]);
  const [created, setCreated] = useState(false);
  const [{ fetching: submitting }, create] = useRotationCreate();

  const plannedEndDate = endFromLastDay(lastDay);
  const overrideDecision = toDocumentInput(override);
  const live = useLiveCheck({
    cadreId,
    toPositionId: post?.id ?? '',
    fromPositionId,
    startDate,
    plannedEndDate,
    override: overrideDecision,
  });
  // The server's answer concerns the draft it was sent; once the draft changes, the live check rules.
  useEffect(() => setServerErrors([]), [cadreId, post, fromPositionId, startDate, lastDay]);
  const messages = fieldMessages(live.verdict, serverErrors, asLanguage(i18n.language));
  const dateError = (value: string) =>
    isIsoDate(value) ? undefined : t('rotations.form.invalidDate');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(false);
    if (!cadreId || !post || !isIsoDate(startDate) || !plannedEndDate) return;
    const result = await create({
      input: {
        cadreId,
        toPositionId: post.id,
        fromPositionId: fromPositionId || null,
        startDate,
        plannedEndDate,
        decision: toDocumentInput(decision),
        overrideDecision,
      },
    });
    const payload = result.data?.rotationCreate;
    setServerErrors(
      payload?.userErrors ??
        (result.error ? [{ code: 'ERROR', field: null, message: result.error.message }] : []),
    );
    setCreated(Boolean(payload?.rotation));
  };

  if (!canEdit) return <p role="alert">{t('state.notFound')}</p>;
  return (
    <section>
      <p>
        <Link to="/rotations">← {t('rotations.title')}</Link>
      </p>
      <h1>{t('rotations.form.title')}</h1>
      <div className="form-with-panel">
        <form onSubmit={submit} noValidate aria-label={t('rotations.form.title')}>
          <CadreChoiceField
            search={cadreSearch}
            onSearch={setCadreSearch}
            value={cadreId}
            onChange={setCadreId}
            error={messages.cadreId}
          />
          <PostChoiceField
            searchLabel={t('rotations.form.positionSearch')}
            label={t('rotations.form.toPosition')}
            search={postSearch}
            onSearch={setPostSearch}
            value={post}
            onChange={setPost}
            asOf={isIsoDate(startDate) ? startDate : null}
            error={messages.toPositionId}
          />
          <FromPositionField
            facts={live.cadreFacts}
            startDate={startDate}
            value={fromPositionId}
            onChange={setFromPositionId}
            error={messages.fromPositionId}
          />
          <div className="toolbar">
            <Field label={t('rotations.start')} error={dateError(startDate) ?? messages.startDate}>
              <input
                type="date"
                name="startDate"
                value={startDate}
                onChange={(event) => setStartDate(event.target.value)}
                required
              />
            </Field>
            <Field
              label={t('rotations.form.plannedLastDay')}
              error={dateError(lastDay) ?? messages.plannedEndDate}
            >
              <input
                type="date"
                name="plannedLastDay"
                value={lastDay}
                onChange={(event) => setLastDay(event.target.value)}
                required
              />
            </Field>
          </div>
          <DocumentFields
            legend={t('rotations.form.decision')}
            value={decision}
            onChange={setDecision}
          />
          <DocumentFields
            legend={t('rotations.form.override')}
            hint={t('rotations.form.overrideHint')}
            value={override}
            onChange={setOverride}
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
            disabled={submitting || !cadreId || !post}
          >
            {submitting ? t('rotations.form.submitting') : t('rotations.form.submit')}
          </button>
        </form>
        <RulePanel verdict={live.verdict} checking={live.fetching} factsErrors={live.userErrors} />
      </div>
    </section>
  );
}
