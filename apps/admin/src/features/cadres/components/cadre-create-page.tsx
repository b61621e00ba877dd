import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { refusalOf } from '../../../components/forms/refusal';
import { useCanEdit } from '../../../lib/session';
import { useCadreCreate } from '../api/cadre-create.mutation';
import { EMPTY_CADRE_FORM, type CadreFacts } from '../utils/cadre-form-values';
import { savedState } from '../utils/saved-state';
import { CadreForm } from './cadre-form';

/** Adding a person to the registry; the new profile opens once the server has written it. */
export function CadreCreatePage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const [, create] = useCadreCreate();

  const submit = async (facts: CadreFacts): Promise<readonly UserErrorLike[]> => {
    // A new name changes every list of cadres, including ones that held no cadre to invalidate.
    const result = await create({ input: facts }, { additionalTypenames: ['CadreConnection'] });
    const payload = result.data?.cadreCreate;
    if (payload?.cadre) {
      void navigate(`/cadres/${encodeURIComponent(payload.cadre.id)}`, {
        state: savedState('created'),
      });
      return [];
    }
    return refusalOf(payload?.userErrors, result.error, t('state.error'));
  };

  if (!canEdit) return <p role="alert">{t('state.notFound')}</p>;
  return (
    <section>
      <p>
        <Link to="/cadres">← {t('cadres.profile.back')}</Link>
      </p>
      <h1>{t('cadres.form.createTitle')}</h1>
      <CadreForm
        initial={EMPTY_CADRE_FORM}
        label={t('cadres.form.createTitle')}
        submitLabel={t('cadres.form.submitCreate')}
        notesHint={t('cadres.form.notesHint')}
        cancelTo="/cadres"
        onSubmit={submit}
        askBody
      />
    </section>
  );
}
