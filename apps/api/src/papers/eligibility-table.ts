import { yearOf, type IsoDate } from '@luanchuyen/domain';
import {
  ageBandOf,
  mainPostOn,
  REASON_LABELS,
  viDate,
  type Eligibility,
  type ReasonFinding,
} from '@luanchuyen/rules';
import type { CadreRow, Database, UnitRow } from '@luanchuyen/db';
import { loadCadreFacts } from '../facts/cadre-facts.queries';
import type { Language } from '../i18n/messages';
import { personalFactsOf, withoutPersonalFacts } from '../personal-data/message-redaction';
import { recordsById } from '../read/records.queries';
import { eligibleCadresPage, type Question } from '../services/eligible-cadres.service';
import type { PaperCell, PaperColumn } from './workbook';

// The eligibility list as a table: the cadres GraphQL `eligibleCadres` answers for the date and
// criteria, in its order (a Vietnamese list of names), read through the same service in
// batches; each row adds the post the cadre mainly holds that day (rules' mainPostOn, as
// `Cadre.postsOn` puts first) and its unit. The reasons are the rule's own messages with the
// facts they stand on (libs/rules reason grounds: since when, in which unit).

const BATCH = 200;

export type EligibilityTableRow = {
  cadreId: string;
  fullName: string;
  /** The birth year, or for a reader without access to personal data the age band. */
  born: number | string | null;
  post: string;
  unit: string;
  reasons: string[];
  blockers: string[];
};

const WORDS = {
  vi: { since: 'từ', unit: 'đơn vị' },
  en: { since: 'since', unit: 'unit' },
} as const;

/** The rule's message with the facts it does not already say: since when, and the unit when it is not the row's. */
function reasonText(
  reason: ReasonFinding,
  units: Map<string, UnitRow>,
  rowUnitId: string | null,
  language: Language,
  seesPersonalData: boolean,
) {
  const message = said(reason.message[language], reason, seesPersonalData);
  const { since, unitId } = reason.grounds;
  const unit = unitId && unitId !== rowUnitId ? units.get(unitId) : undefined;
  const facts = [
    since && !message.includes(viDate(since)) && !message.includes(since)
      ? `${WORDS[language].since} ${viDate(since)}`
      : null,
    unit ? `${WORDS[language].unit}: ${unit.name}` : null,
  ].filter((part) => part !== null);
  const grounds = facts.length > 0 ? ` (${facts.join('; ')})` : '';
  return `${REASON_LABELS[reason.rule][language]}: ${message}${grounds}`;
}

/** A rule's message, for a reader without access to personal data without its retirement day or age. */
function said(
  text: string,
  finding: { rule: string; facts: unknown; grounds?: { years: number | null } },
  seesPersonalData: boolean,
): string {
  return seesPersonalData ? text : withoutPersonalFacts(text, personalFactsOf(finding));
}

async function describedBatch(
  db: Database,
  found: readonly { cadre: CadreRow; eligibility: Eligibility }[],
  asOf: IsoDate,
  language: Language,
  seesPersonalData: boolean,
  today: IsoDate,
): Promise<EligibilityTableRow[]> {
  const facts = await loadCadreFacts(
    db,
    found.map(({ cadre }) => cadre.id),
  );
  const mainPosts = new Map(
    found.map(({ cadre }) => {
      const own = facts.get(cadre.id);
      return [cadre.id, own ? mainPostOn(own, asOf) : null];
    }),
  );
  const unitIds = new Set<string>();
  for (const post of mainPosts.values()) if (post) unitIds.add(post.position.unitId);
  for (const { eligibility } of found) {
    for (const reason of eligibility.reasons) {
      if (reason.grounds.unitId) unitIds.add(reason.grounds.unitId);
    }
  }
  const units = new Map(
    (unitIds.size > 0 ? await recordsById(db).unit([...unitIds]) : []).map((unit) => [
      unit.id,
      unit,
    ]),
  );
  return found.map(({ cadre, eligibility }) => {
    const post = mainPosts.get(cadre.id);
    return {
      cadreId: cadre.id,
      fullName: cadre.fullName,
      born: seesPersonalData
        ? (cadre.birthYear ?? (cadre.birthDate ? yearOf(cadre.birthDate) : null))
        : ageBandOf(cadre, today),
      post: post?.position.title ?? '',
      unit: (post && units.get(post.position.unitId)?.name) ?? '',
      reasons: eligibility.reasons.map((reason) =>
        reasonText(reason, units, post?.position.unitId ?? null, language, seesPersonalData),
      ),
      blockers: eligibility.blockers.map((blocker) =>
        said(blocker.message[language], blocker, seesPersonalData),
      ),
    };
  });
}

/**
 * Every row, batch after batch, but at most `limit + 1` rows in all: the eligibility list has no
 * cheap count (every candidate must be judged), so the paper reads one row past its limit to
 * know it is over it.
 */
export async function eligibilityTableRows(
  db: Database,
  question: Question,
  language: Language,
  limit: number,
  reader: { seesPersonalData: boolean; today: IsoDate },
): Promise<EligibilityTableRow[]> {
  const rows: EligibilityTableRow[] = [];
  let cursor: [string, string] | null = null;
  while (rows.length <= limit) {
    const size = Math.min(BATCH, limit + 1 - rows.length);
    const page = await eligibleCadresPage(db, question, { limit: size, cursor, backward: false });
    const batch = page.slice(0, size);
    if (batch.length > 0)
      rows.push(
        ...(await describedBatch(
          db,
          batch,
          question.asOf,
          language,
          reader.seesPersonalData,
          reader.today,
        )),
      );
    const last = batch.at(-1);
    if (page.length <= size || !last) break;
    cursor = [last.cadre.nameSortKey, last.cadre.id];
  }
  return rows;
}

const HEADERS = {
  vi: [
    'STT',
    'Họ và tên',
    'Năm sinh',
    'Chức vụ',
    'Đơn vị',
    'Lý do thuộc diện luân chuyển',
    'Vướng mắc',
  ],
  en: ['No.', 'Full name', 'Born', 'Post', 'Unit', 'Why a subject of rotation', 'Blockers'],
} as const;

const SHAPE: readonly Pick<PaperColumn, 'width' | 'kind'>[] = [
  { width: 6, kind: 'integer' },
  { width: 26, kind: 'text' },
  { width: 9, kind: 'integer' },
  { width: 30, kind: 'text' },
  { width: 32, kind: 'text' },
  { width: 80, kind: 'text' },
  { width: 30, kind: 'text' },
];

/** The age band stands in the birth year's column for a reader without access to personal data. */
const AGE_BAND_HEADER = { vi: 'Nhóm tuổi', en: 'Age band' } as const;

export function eligibilityTableColumns(
  language: Language,
  seesPersonalData = true,
): PaperColumn[] {
  return SHAPE.map((shape, index) =>
    index === 2 && !seesPersonalData
      ? { width: shape.width, kind: 'text', header: AGE_BAND_HEADER[language] }
      : { ...shape, header: HEADERS[language][index] ?? '' },
  );
}

export function eligibilityTableCells(row: EligibilityTableRow, number: number): PaperCell[] {
  return [
    number,
    row.fullName,
    row.born,
    row.post,
    row.unit,
    row.reasons.join('\n'),
    row.blockers.join('\n'),
  ];
}
