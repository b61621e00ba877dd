import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { useApiKeyCreate } from '../api/api-key.mutations';
import { inputFieldOf, readApiKeyDraft, type ApiKeyDraft } from '../utils/access-form-values';
import { ApiKeySecret, type CreatedKey } from './api-key-secret';
import { FormErrors } from '../../../components/forms/form-errors';
import { RoleField } from './role-field';
import { ScopeField } from './scope-field';

/** The form for a new key; the secret of the key just made is shown once, then forgotten. */
export function ApiKeyCreateForm() {
  // A new round of the form after each key: it starts empty again, unchecked.
  const [round, setRound] = useState(0);
  const [shown, setShown] = useState<CreatedKey | null>(null);
  return (
    <>
      <ApiKeyCreateFields
        key={round}
        onCreated={(key) => {
          setRound((count) => count + 1);
          setShown(key);
        }}
      />
      {shown && <ApiKeySecret created={shown} onDone={() => setShown(null)} />}
    </>
  );
}

const EMPTY: ApiKeyDraft = { name: '', role: 'VIEWER', personalData: false, body: null };

function ApiKeyCreateFields({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const { t } = useTranslation();
  const [, create] = useApiKeyCreate();
  const form = useCheckedForm({
    initial: EMPTY,
    read: readApiKeyDraft,
    fieldOf: inputFieldOf(['name', 'role', 'personalData', 'body'] as const),
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (input) => {
      const result = await create({ input });
      const payload = result.data?.apiKeyCreate;
      if (!payload) return [{ code: 'FAILED', field: null, message: t('access.failed') }];
      if (payload.apiKey && payload.secret) {
        onCreated({ name: payload.apiKey.name, secret: payload.secret });
      }
      return payload.userErrors;
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-labelledby="api-key-create">
      <h3 id="api-key-create">{t('access.keys.createTitle')}</h3>
      <Field
        label={t('access.keys.name')}
        hint={t('access.keys.nameHint')}
        error={form.message('name')}
      >
        <input
          autoComplete="off"
          value={form.values.name}
          onChange={(event) => form.change({ name: event.target.value }, ['name'])}
        />
      </Field>
      <RoleField
        value={form.values.role}
        error={form.message('role')}
        onChange={(role) => form.change({ role }, ['role'])}
      />
      <ScopeField
        label={t('scope.label')}
        hint={t('access.scope.keyHint')}
        value={form.values.body}
        error={form.message('body')}
        onChange={(body) => form.change({ body }, ['body'])}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={form.values.personalData}
          aria-describedby="api-key-personal-data-hint"
          onChange={(event) =>
            form.change({ personalData: event.target.checked }, ['personalData'])
          }
        />
        {t('access.keys.personalData')}
      </label>
      <p id="api-key-personal-data-hint" className="muted">
        {t('access.keys.personalDataHint')}
      </p>
      <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={form.unplaced} />
      <button type="submit" className="btn btn-primary" disabled={form.submitting}>
        {t('access.keys.create')}
      </button>
    </form>
  );
}
