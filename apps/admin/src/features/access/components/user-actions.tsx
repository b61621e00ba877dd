import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@luanchuyen/domain';
import type { UnitChoice } from '../../../components/forms/unit-choice-field';
import { Field } from '../../../components/ui/field';
import type { AccessUsersQuery, Role } from '../../../lib/gql/graphql';
import { useUserResetPassword, useUserUpdate } from '../api/user.mutations';
import { passwordProblem } from '../utils/access-form-values';
import { changeProblem } from '../utils/change-problem';
import { ConfirmedChange } from './confirmed-change';
import { ScopeField } from './scope-field';

export type AccessUser = AccessUsersQuery['users']['nodes'][number];

/**
 * What an admin does to one user: change the role or the management scope, disable or enable,
 * set a new password.
 */
export function UserActions({ user }: { user: AccessUser }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const [body, setBody] = useState<UnitChoice | null>(user.body);
  const [password, setPassword] = useState('');
  const [, update] = useUserUpdate();
  const [, reset] = useUserResetPassword();
  const failed = t('access.failed');
  const names = { username: user.username };
  const disabled = user.disabledAt !== null;
  const change = async (input: { role?: Role; disabled?: boolean; bodyId?: string | null }) => {
    const result = await update({ id: user.id, expectedVersion: user.version, input });
    return changeProblem(
      { error: result.error, userErrors: result.data?.userUpdate.userErrors },
      failed,
    );
  };
  return (
    <div className="actions">
      <ConfirmedChange
        label={t('access.users.changeRole')}
        accessibleName={t('access.users.changeRoleOf', names)}
        question={t('access.users.changeRoleQuestion', names)}
        field={(problem) => (
          <Field label={t('access.users.newRole')} error={problem}>
            <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`role.${choice}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        run={() => change({ role })}
      />
      <ConfirmedChange
        label={t('access.scope.change')}
        accessibleName={t('access.scope.changeOf', names)}
        question={t('access.scope.changeQuestion', names)}
        field={(problem) => (
          <ScopeField
            label={t('access.scope.newScope')}
            hint={t('access.scope.userHint')}
            value={body}
            onChange={setBody}
            error={problem}
          />
        )}
        // Null widens the scope to the top.
        run={() => change({ bodyId: body?.id ?? null })}
      />
      <ConfirmedChange
        label={t(disabled ? 'access.users.enable' : 'access.users.disable')}
        accessibleName={t(disabled ? 'access.users.enableOf' : 'access.users.disableOf', names)}
        question={t(
          disabled ? 'access.users.enableQuestion' : 'access.users.disableQuestion',
          names,
        )}
        run={() => change({ disabled: !disabled })}
      />
      <ConfirmedChange
        label={t('access.users.resetPassword')}
        accessibleName={t('access.users.resetPasswordOf', names)}
        question={t('access.users.resetPasswordQuestion', names)}
        field={(problem) => (
          <Field
            label={t('access.users.newPassword')}
            hint={t('access.users.passwordHint')}
            error={problem}
          >
            <input
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </Field>
        )}
        run={async () => {
          const problem = passwordProblem(password);
          if (problem) return t(problem.key);
          const result = await reset({ id: user.id, input: { password } });
          const refused = changeProblem(
            { error: result.error, userErrors: result.data?.userResetPassword.userErrors },
            failed,
          );
          if (refused === null) setPassword('');
          return refused;
        }}
      />
    </div>
  );
}
