import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { useUserCreate } from '../api/user.mutations';
import { inputFieldOf, readUserDraft, type UserDraft } from '../utils/access-form-values';
import { FormErrors } from '../../../components/forms/form-errors';
import { RoleField } from './role-field';
import { ScopeField } from './scope-field';

const EMPTY: UserDraft = { username: '', password: '', role: 'VIEWER', body: null };

/** The form for a new user; after each one it starts empty again, unchecked. */
export function UserCreateForm() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string[]>([]);
  const last = created.at(-1);
  return (
    <>
      <UserCreateFields
        key={created.length}
        onCreated={(username) => setCreated((names) => [...names, username])}
      />
      {last && (
        <p role="status" className="muted">
          {t('access.users.created', { username: last })}
        </p>
      )}
    </>
  );
}

type Props = { onCreated: (username: string) => void };

function UserCreateFields({ onCreated }: Props) {
  const { t } = useTranslation();
  const [, create] = useUserCreate();
  const form = useCheckedForm({
    initial: EMPTY,
    read: readUserDraft,
    fieldOf: inputFieldOf(['username', 'password', 'role', 'body'] as const),
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (input) => {
      const result = await create({ input });
      const payload = result.data?.userCreate;
      if (!payload) return [{ code: 'FAILED', field: null, message: t('access.failed') }];
      if (payload.user) onCreated(payload.user.username);
      return payload.userErrors;
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-labelledby="user-create">
      <h3 id="user-create">{t('access.users.createTitle')}</h3>
      <Field
        label={t('access.users.username')}
        hint={t('access.users.usernameHint')}
        error={form.message('username')}
      >
        <input
          autoComplete="off"
          value={form.values.username}
          onChange={(event) => form.change({ username: event.target.value }, ['username'])}
        />
      </Field>
      <Field
        label={t('access.users.password')}
        hint={t('access.users.passwordHint')}
        error={form.message('password')}
      >
        <input
          type="password"
          autoComplete="new-password"
          value={form.values.password}
          onChange={(event) => form.change({ password: event.target.value }, ['password'])}
        />
      </Field>
      <RoleField
        value={form.values.role}
        error={form.message('role')}
        onChange={(role) => form.change({ role }, ['role'])}
      />
      <ScopeField
        label={t('scope.label')}
        hint={t('access.scope.userHint')}
        value={form.values.body}
        error={form.message('body')}
        onChange={(body) => form.change({ body }, ['body'])}
      />
      <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={form.unplaced} />
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {t('access.users.create')}
      </button>
    </form>
  );
}
