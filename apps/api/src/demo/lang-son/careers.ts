import type { AssignmentKind } from '@luanchuyen/domain';
import { NAMED_PEOPLE, samplePerson, type PersonRecord } from './people';
import type { Draw } from './random';
import { PLAN_67_FROM, ROTATIONS, type RotationRecord } from './rotations';
import { CITY_UNITS, GRASSROOTS_UNITS, type PostKey } from './units';

// Who held which post before the rotations: the rotated cadres at their posts of origin, the
// named people where the article puts them, and a sample incumbent in every other seat. An
// incumbent of a seat a rotation later takes leaves on that rotation's start date, so the
// rules find the seat free; long tenures, local key cadres and young cadres in the succession
// pool arise from the draw, so eligibility has answers.

export type CareerRecord = {
  person: string;
  post: PostKey;
  kind: AssignmentKind;
  start: string;
  end: string | null;
};

export type Cast = {
  people: PersonRecord[];
  careers: CareerRecord[];
  /** The person key of each rotation's cadre, by rotation code. */
  rotated: Map<string, string>;
};

// The article gives the posts the two rotated men left, not since when they held them: the
// starts are illustrative, chosen more than 8 years before Plan 67-KH/TU's first day so that
// their illustrative criterion (LONG_TENURE, plan.ts) holds on it.
const NAMED_POSTS: readonly CareerRecord[] = [
  { person: 'pham-duc-huan', post: 'btc#head', kind: 'APPOINTED', start: '2019-05-25', end: null },
  { person: 'vu-son-ha', post: 'btc#deputy', kind: 'APPOINTED', start: '2009-06-01', end: null },
  {
    person: 'dinh-bang-son',
    post: 'vinh-trai/du#head',
    kind: 'ELECTED',
    start: '2008-09-01',
    end: null,
  },
];

const isGrassroots = (post: PostKey) => post.includes('/');
const kindAt = (post: PostKey): AssignmentKind =>
  isGrassroots(post) && post.endsWith('#head') ? 'ELECTED' : 'APPOINTED';
const areaOf = (post: PostKey) => post.split('/')[0] ?? '';

function rotatedCadre(draw: Draw, rotation: RotationRecord, used: Set<string>) {
  const underPlan = rotation.start >= PLAN_67_FROM;
  const startYear = Number(rotation.start.slice(0, 4));
  const born: [number, number] = underPlan ? [1972, 1980] : [1974, 1984];
  const person = samplePerson(
    draw,
    { key: `rotated-${rotation.code}`, born, pool: draw.chance(0.5) },
    used,
  );
  // Cadres rotated under Plan 67 have held their post since 2009 or earlier (8 years by 2/10/2017).
  const start = underPlan ? draw.date(2004, 2009) : draw.date(2008, Math.min(startYear - 1, 2013));
  const career: CareerRecord = {
    person: person.key,
    post: rotation.from,
    kind: kindAt(rotation.from),
    start,
    end: null,
  };
  return { person, career };
}

export function buildCast(draw: Draw): Cast {
  const used = new Set<string>();
  const people: PersonRecord[] = [...NAMED_PEOPLE];
  const careers: CareerRecord[] = [...NAMED_POSTS];
  const rotated = new Map<string, string>();
  for (const rotation of ROTATIONS) {
    if (rotation.cadre !== 'sample') {
      rotated.set(rotation.code, rotation.cadre);
      continue;
    }
    const { person, career } = rotatedCadre(draw, rotation, used);
    people.push(person);
    careers.push(career);
    rotated.set(rotation.code, person.key);
  }
  const occupied = new Map<string, number>();
  for (const career of careers) occupied.set(career.post, (occupied.get(career.post) ?? 0) + 1);
  for (const unit of [...CITY_UNITS, ...GRASSROOTS_UNITS]) {
    for (const post of unit.posts) {
      const key: PostKey = `${unit.key}#${post.key}`;
      const leaves =
        ROTATIONS.filter((rotation) => rotation.to === key)
          .map((rotation) => rotation.start)
          .sort()[0] ?? null;
      for (let seat = occupied.get(key) ?? 0; seat < (post.seats ?? 1); seat++) {
        const local = isGrassroots(key) && post.isKey && draw.chance(0.5);
        const person = samplePerson(
          draw,
          {
            key: `incumbent-${key}-${seat}`,
            born: [1962, 1986],
            ...(local ? { homeArea: areaOf(key) } : {}),
            ...(post.requiresNonLocal ? { homeArea: 'cao-loc' } : {}),
            pool: post.key === 'deputy' && draw.chance(0.4),
          },
          used,
        );
        people.push(person);
        careers.push({
          person: person.key,
          post: key,
          kind: kindAt(key),
          start: draw.date(2003, 2014),
          end: leaves,
        });
      }
    }
  }
  return { people, careers, rotated };
}
