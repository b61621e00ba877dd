import { useTranslation } from 'react-i18next';
import { ROLES } from '@luanchuyen/domain';
import { Field } from '../../../components/ui/field';
import type { Role } from '../../../lib/gql/graphql';

type Props = { value: Role; error: string | undefined; onChange: (role: Role) => void };

/** The role a new user or API key gets: one of the roles, named in the user's language. */
export function RoleField({ value, error, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Field label={t('access.role')} error={error}>
      <select value={value} onChange={(event) => onChange(event.target.value as Role)}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}
