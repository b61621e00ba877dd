import type { Problem, Reading } from '../../../components/forms/use-checked-form';
import type { Role } from '../../../lib/gql/graphql';

// The client's reading of the access forms, with the API's own limits (userCreate,
// userResetPassword, apiKeyCreate), so a slip is shown before anything is sent.

const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

export type UserDraft = { username: string; password: string; role: Role };
export type UserField = keyof UserDraft;
/** personalData: may read birth dates, home areas, evaluations and notes (Decree 13/2023/NĐ-CP). */
export type ApiKeyDraft = { name: string; role: Role; personalData: boolean };
export type ApiKeyField = keyof ApiKeyDraft;

/** A password's problem, or null when the API will take it. */
export function passwordProblem(password: string): Problem | null {
  return password.length >= 12 && password.length <= 256
    ? null
    : { key: 'access.problem.passwordLength' };
}

export function readUserDraft(draft: UserDraft): Reading<UserDraft, UserField> {
  const problems: Partial<Record<UserField, Problem>> = {};
  if (!USERNAME.test(draft.username)) problems.username = { key: 'access.problem.usernameFormat' };
  const password = passwordProblem(draft.password);
  if (password) problems.password = password;
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, facts: draft };
}

export function readApiKeyDraft(draft: ApiKeyDraft): Reading<ApiKeyDraft, ApiKeyField> {
  const name = draft.name.normalize('NFC').trim();
  return name.length >= 1 && name.length <= 100
    ? { ok: true, facts: { ...draft, name } }
    : { ok: false, problems: { name: { key: 'access.problem.nameLength' } } };
}

/** The form field a userError's path names (["input", "username"] → "username"), if any. */
export function inputFieldOf<Field extends string>(fields: readonly Field[]) {
  return (path: readonly string[] | null): Field | null => {
    const [root, name] = path ?? [];
    return root === 'input' ? (fields.find((field) => field === name) ?? null) : null;
  };
}
