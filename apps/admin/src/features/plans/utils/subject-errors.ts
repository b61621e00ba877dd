import type { UserErrorLike } from '../../../components/forms/use-checked-form';

// rotationPlanAddSubjects answers per cadre: a NOT_A_SUBJECT or ALREADY_A_SUBJECT at
// input.cadreIds.N is about the Nth cadre sent. These put each answer with its cadre.

/** The index of the cadre a userError's path names, or null when it names no one cadre. */
export function cadreIndexOf(path: readonly string[] | null): number | null {
  const [root, name, index] = path ?? [];
  if (root !== 'input' || name !== 'cadreIds' || index === undefined) return null;
  return /^\d+$/.test(index) ? Number(index) : null;
}

/** Each sent cadre's refusals by id, and those that concern no one cadre. */
export function refusalsByCadre(
  cadreIds: readonly string[],
  errors: readonly UserErrorLike[],
): { byCadre: Map<string, UserErrorLike[]>; general: UserErrorLike[] } {
  const byCadre = new Map<string, UserErrorLike[]>();
  const general: UserErrorLike[] = [];
  for (const error of errors) {
    const index = cadreIndexOf(error.field);
    const cadreId = index === null ? undefined : cadreIds[index];
    if (cadreId === undefined) general.push(error);
    else byCadre.set(cadreId, [...(byCadre.get(cadreId) ?? []), error]);
  }
  return { byCadre, general };
}
