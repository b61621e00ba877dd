import { viDate, type Message } from '@luanchuyen/rules';
import type { IsoDate } from '@luanchuyen/domain';

// The rules explain themselves with the facts they used, and two of those tell a birth date to
// a caller who may not read it: the retirement day (it falls in the birth month) and an age on
// a chosen reference date (asked on every day, it turns on the birthday). For such a caller the
// day becomes its year and the age is left out; the rest of the message stands.

export type PersonalFactsInMessage = {
  retirementDate?: IsoDate | null;
  age?: number | null;
};

export function withoutPersonalFacts(text: string, facts: PersonalFactsInMessage): string {
  let result = text;
  const day = facts.retirementDate;
  if (day) {
    const year = day.slice(0, 4);
    result = result
      .replaceAll(`ngày ${viDate(day)}`, `năm ${year}`)
      .replaceAll(viDate(day), `năm ${year}`)
      .replaceAll(`on ${day}`, `in ${year}`)
      .replaceAll(day, year);
  }
  if (facts.age !== null && facts.age !== undefined) {
    result = result.replaceAll(` (${facts.age} tuổi)`, '').replaceAll(` (aged ${facts.age})`, '');
  }
  return result;
}

export function messageWithoutPersonalFacts(
  message: Message,
  facts: PersonalFactsInMessage,
): Message {
  return {
    vi: withoutPersonalFacts(message.vi, facts),
    en: withoutPersonalFacts(message.en, facts),
  };
}

/** The retirement day a rule's facts name, if any. */
export function retirementDayIn(facts: unknown): IsoDate | null {
  if (typeof facts !== 'object' || facts === null || !('retirementDate' in facts)) return null;
  const day = (facts as { retirementDate: unknown }).retirementDate;
  return typeof day === 'string' ? day : null;
}

/** A rule finding's personal facts its message may print: its retirement day, the young-cadre reason's age. */
export function personalFactsOf(finding: {
  rule: string;
  facts: unknown;
  grounds?: { years: number | null };
}): PersonalFactsInMessage {
  return {
    retirementDate: retirementDayIn(finding.facts),
    age: finding.rule === 'YOUNG_IN_SUCCESSION_POOL' ? (finding.grounds?.years ?? null) : null,
  };
}
