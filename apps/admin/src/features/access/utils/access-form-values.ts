import type { UnitChoice } from '../../../components/forms/unit-choice-field';
import type { Problem, Reading } from '../../../components/forms/use-checked-form';
import type { ApiKeyCreateInput, Role, UserCreateInput } from '../../../lib/gql/graphql';

// The client's reading of the access forms, with the API's own limits (userCreate,
// userResetPassword, apiKeyCreate), so a slip is shown before anything is sent.

const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

/** body: the management scope, the body they work for; null for the top, the whole registry. */
export type UserDraft = { username: string; password: string; role: Role; body: UnitChoice | null };
export type UserField = keyof UserDraft;
/** personalData: may read birth dates, home areas, evaluations and notes (Decree 13/2023/NĐ-CP). */
export type ApiKeyDraft = {
  name: string;
  role: Role;
  personalData: boolean;
  body: UnitChoice | null;
};
export type ApiKeyField = keyof ApiKeyDraft;

// The top is the API's default: no body chosen sends none.
const bodyIdOf = (body: UnitChoice | null) => (body ? { bodyId: body.id } : {});

/** A password's problem, or null when the API will take it. */
export function passwordProblem(password: string): Problem | null {
  return password.length >= 12 && password.length <= 256
    ? null
    : { key: 'access.problem.passwordLength' };
}

export function readUserDraft(draft: UserDraft): Reading<UserCreateInput, UserField> {
  const problems: Partial<Record<UserField, Problem>> = {};
  if (!USERNAME.test(draft.username)) problems.username = { key: 'access.problem.usernameFormat' };
  const password = passwordProblem(draft.password);
  if (password) problems.password = password;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const { username, role, body } = draft;
  return { ok: true, facts: { username, password: draft.password, role, ...bodyIdOf(body) } };
}

export function readApiKeyDraft(draft: ApiKeyDraft): Reading<ApiKeyCreateInput, ApiKeyField> {
  const name = draft.name.normalize('NFC').trim();
  const { role, personalData, body } = draft;
  return name.length >= 1 && name.length <= 100
    ? { ok: true, facts: { name, role, personalData, ...bodyIdOf(body) } }
    : { ok: false, problems: { name: { key: 'access.problem.nameLength' } } };
}

/**
 * The form field a userError's path names (["input", "username"] → "username"), if any; the
 * body is sent as bodyId.
 */
export function inputFieldOf<Field extends string>(fields: readonly Field[]) {
  return (path: readonly string[] | null): Field | null => {
    const [root, name] = path ?? [];
    const field = name === 'bodyId' ? 'body' : name;
    return root === 'input' ? (fields.find((candidate) => candidate === field) ?? null) : null;
  };
}
