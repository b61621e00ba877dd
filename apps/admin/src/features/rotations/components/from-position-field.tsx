import { useTranslation } from 'react-i18next';
import { postsHeldOn, type CadreFacts } from '@luanchuyen/rules';
import { Field } from '../../../components/ui/field';
import { isIsoDate } from '../../../lib/format';

type Props = {
  facts: CadreFacts | null;
  startDate: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
};

/** The post left: by default the cadre's main post on the start date (the API's default too). */
export function FromPositionField({ facts, startDate, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const held = facts && isIsoDate(startDate) ? postsHeldOn(facts, startDate) : [];
  return (
    <Field label={t('rotations.form.fromPosition')} error={error}>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('rotations.form.fromDefault')}</option>
        {held.map((post) => (
          <option key={post.position.id} value={post.position.id}>
            {post.position.title}
          </option>
        ))}
      </select>
    </Field>
  );
}
