import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/forms/date-input';
import { FormErrors } from '../../../components/forms/form-errors';
import { refusalOf } from '../../../components/forms/refusal';
import { UnitChoiceField } from '../../../components/forms/unit-choice-field';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { isIsoDate, todayIso } from '../../../lib/format';
import { useCadreBodyChange } from '../api/cadre-body-change.mutation';
import {
  bodyChangeFieldOf,
  readBodyChange,
  type BodyChangeValues,
} from '../utils/body-change-values';

type Props = {
  cadre: { id: string; fullName: string };
  onChanged: () => void;
  onCancel: () => void;
};

/** Who manages the cadre from a day on: the body and the first day, checked before sending. */
export function BodyChangeForm({ cadre, onChanged, onCancel }: Props) {
  const { t } = useTranslation();
  const [, changeBody] = useCadreBodyChange();
  const form = useCheckedForm({
    initial: (): BodyChangeValues => ({ body: null, validFrom: todayIso() }),
    read: readBodyChange,
    fieldOf: bodyChangeFieldOf,
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (facts) => {
      const result = await changeBody({ input: { cadreId: cadre.id, ...facts } });
      const payload = result.data?.cadreBodyChange;
      if (payload?.cadre) {
        onChanged();
        return [];
      }
      return refusalOf(payload?.userErrors, result.error, t('state.error'));
    },
  });
  const { values, change } = form;
  const label = t('managingBody.changeOf', { name: cadre.fullName });
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-label={label}>
      <Field
        label={t('managingBody.form.validFrom')}
        hint={t('managingBody.form.validFromHint')}
        error={form.message('validFrom')}
      >
        <DateInput
          name="validFrom"
          value={values.validFrom}
          onChange={(validFrom) => change({ validFrom }, ['validFrom'])}
        />
      </Field>
      {/* The bodies that exist on the day they start managing the cadre. */}
      <UnitChoiceField
        label={t('managingBody.form.body')}
        searchLabel={t('managingBody.form.search')}
        searchHint={t('managingBody.form.searchHint')}
        noneLabel={t('common.choose')}
        name="bodyId"
        value={values.body}
        onChange={(body) => change({ body }, ['body'])}
        activeAt={isIsoDate(values.validFrom) ? values.validFrom : null}
        error={form.message('body')}
      />
      <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={form.unplaced} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {form.submitting ? t('managingBody.form.submitting') : t('managingBody.form.submit')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('managingBody.form.cancel')}
        </button>
      </div>
    </form>
  );
}
