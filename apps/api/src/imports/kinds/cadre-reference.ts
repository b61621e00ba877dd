import { eq } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import { cadres, type CadreRow } from '@luanchuyen/db';
import type { Tx } from '../../services/transaction';
import {
  cellText,
  type CellValue,
  type ColumnSpec,
  type Found,
  type KindError,
} from '../import-kind';

// How a row of the pool, evaluations, careers, plans or rotations file names its cadre: by the
// Board's own cadre number (Mã cán bộ) when the file has it, else by full name and birth date,
// the pair a Board's workbooks always carry. Neither column is required by itself; a row with
// neither is refused here, naming the columns.

export const CADRE_REFERENCE_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'cadreCode',
    header: { vi: 'Mã cán bộ', en: 'Cadre code' },
    type: 'text',
    example: 'CB-0001',
  },
  {
    key: 'cadreName',
    header: { vi: 'Họ và tên', en: 'Full name' },
    type: 'text',
    example: 'Nguyễn Văn An',
  },
  {
    key: 'cadreBirthDate',
    header: { vi: 'Ngày sinh', en: 'Birth date' },
    type: 'date',
    example: '15/03/1975',
  },
];

/** Names compare as people read them: NFC, trimmed, case and inner spacing ignored. */
export function sameName(left: string, right: string): boolean {
  return foldName(left) === foldName(right);
}

function foldName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

function refused(column: string | null, code: string, vi: string, en: string): Found<CadreRow> {
  const error: KindError = { column, code, message: { vi, en } };
  return { ok: false, error };
}

/** The cadre a row names, or why it names none (or more than one). */
export async function findCadre(
  tx: Tx,
  values: Readonly<Record<string, CellValue>>,
): Promise<Found<CadreRow>> {
  const code = cellText(values['cadreCode']);
  const name = cellText(values['cadreName']);
  const birthDate = cellText(values['cadreBirthDate']) as IsoDate | null;

  if (code !== null) {
    const [found] = await tx.select().from(cadres).where(eq(cadres.code, code));
    if (!found) {
      return refused(
        'cadreCode',
        'NOT_FOUND',
        `Không có cán bộ nào mang mã "${code}".`,
        `No cadre has the code "${code}".`,
      );
    }
    // A name or birth date beside the code must be that person's: a mismatch means the row was
    // filled from the wrong line of someone's workbook.
    const otherName = name !== null && !sameName(name, found.fullName);
    const otherBirth =
      birthDate !== null && found.birthDate !== null && found.birthDate !== birthDate;
    if (otherName || otherBirth) {
      return refused(
        otherName ? 'cadreName' : 'cadreBirthDate',
        'CADRE_CODE_MISMATCH',
        `Mã cán bộ "${code}" là của ${found.fullName}${found.birthDate ? ` (sinh ${displayDate(found.birthDate)})` : ''}, không khớp với họ tên hoặc ngày sinh trong dòng.`,
        `The cadre code "${code}" belongs to ${found.fullName}${found.birthDate ? ` (born ${displayDate(found.birthDate)})` : ''}, not to the name or birth date in the row.`,
      );
    }
    return { ok: true, value: found };
  }

  if (name === null || birthDate === null) {
    return refused(
      name === null ? 'cadreName' : 'cadreBirthDate',
      'CADRE_REFERENCE_MISSING',
      'Cần mã cán bộ, hoặc họ và tên cùng ngày sinh, để biết dòng này nói về ai.',
      'A cadre code, or the full name with the birth date, is needed to tell who the row is about.',
    );
  }

  // Birth dates narrow to a handful of people; names are then compared in code, since the
  // database's lower() folds only ASCII under the C locale and Vietnamese names are not ASCII.
  const sameBirth = await tx.select().from(cadres).where(eq(cadres.birthDate, birthDate));
  const matches = sameBirth.filter((cadre) => sameName(cadre.fullName, name));
  const [only] = matches;
  if (!only) {
    return refused(
      'cadreName',
      'NOT_FOUND',
      `Không có cán bộ nào tên ${name} sinh ngày ${displayDate(birthDate)}.`,
      `No cadre named ${name} was born on ${displayDate(birthDate)}.`,
    );
  }
  if (matches.length > 1) {
    return refused(
      'cadreCode',
      'AMBIGUOUS',
      `Có ${matches.length} cán bộ tên ${name} sinh ngày ${displayDate(birthDate)}: hãy ghi mã cán bộ.`,
      `${matches.length} cadres named ${name} were born on ${displayDate(birthDate)}: give the cadre code.`,
    );
  }
  return { ok: true, value: only };
}

/** dd/MM/yyyy, as the file and the admin write days. */
export function displayDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
