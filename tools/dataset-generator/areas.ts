import type { AreaKind, UnitLevel } from '@luanchuyen/domain';
import type { NewAreaRow } from '@luanchuyen/db';
import { isoOf } from './days';
import type { Random } from './random';
import { HISTORY_START, LOADED_AT, REORGANISATION } from './timeline';

// Administrative areas: provinces, their districts (abolished on 1/7/2025) and communes. A
// commune keeps its district as recorded parent after 2025: the chain still leads to the
// province, which is what the locality rules walk.

/** How an area is named inside unit names: "tỉnh Lạng Sơn", "Huyện ủy Cao Lộc"… */
export type AreaWords = {
  /** "Lạng Sơn" */
  name: string;
  /** "tỉnh", "thành phố", "huyện", "xã", "phường", "thị trấn" */
  kind: string;
  /** "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy xã" */
  partyCommittee: string;
  /** "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn" */
  youthUnion: string;
};

export type AreaNode = {
  id: string;
  name: string;
  kind: AreaKind;
  level: UnitLevel;
  parent: AreaNode | null;
  /** The province it lies in (itself for a province). */
  province: AreaNode;
  /** The district it lay in before 2025 (itself for a district); null for provinces. */
  district: AreaNode | null;
  words: AreaWords;
};

const KIND_WORD: Record<AreaKind, string> = {
  PROVINCE: 'tỉnh',
  CITY: 'thành phố',
  DISTRICT: 'huyện',
  WARD: 'phường',
  COMMUNE: 'xã',
  TOWN: 'thị trấn',
};
const AREA_PREFIX: Record<AreaKind, string> = {
  PROVINCE: 'Tỉnh',
  CITY: 'Thành phố',
  DISTRICT: 'Huyện',
  WARD: 'Phường',
  COMMUNE: 'Xã',
  TOWN: 'Thị trấn',
};

function levelOf(kind: AreaKind): UnitLevel {
  if (kind === 'PROVINCE') return 'PROVINCE';
  return kind === 'CITY' || kind === 'DISTRICT' ? 'DISTRICT' : 'COMMUNE';
}

function wordsFor(name: string, kind: AreaKind, centrallyRun: boolean): AreaWords {
  const kindWord = centrallyRun ? 'thành phố' : KIND_WORD[kind];
  // Centrally-run cities and provincial cities have a Thành ủy and a Thành đoàn.
  const city = centrallyRun || kind === 'CITY';
  switch (levelOf(kind)) {
    case 'PROVINCE':
      return {
        name,
        kind: kindWord,
        partyCommittee: city ? 'Thành ủy' : 'Tỉnh ủy',
        youthUnion: city ? 'Thành đoàn' : 'Tỉnh đoàn',
      };
    case 'DISTRICT':
      return {
        name,
        kind: kindWord,
        partyCommittee: city ? 'Thành ủy' : 'Huyện ủy',
        youthUnion: city ? 'Thành đoàn' : 'Huyện đoàn',
      };
    case 'COMMUNE':
      return {
        name,
        kind: kindWord,
        partyCommittee: `Đảng ủy ${kindWord}`,
        youthUnion: 'Đoàn Thanh niên',
      };
  }
}

export function newArea(
  ids: Random,
  name: string,
  kind: AreaKind,
  parent: AreaNode | null,
  centrallyRun = false,
): AreaNode {
  const level = levelOf(kind);
  const node: Omit<AreaNode, 'province' | 'district'> & Partial<AreaNode> = {
    id: ids.uuid(),
    name: `${centrallyRun ? 'Thành phố' : AREA_PREFIX[kind]} ${name}`,
    kind,
    level,
    parent,
    words: wordsFor(name, kind, centrallyRun),
  };
  const area = node as AreaNode;
  area.province = parent?.province ?? area;
  area.district = level === 'DISTRICT' ? area : (parent?.district ?? null);
  return area;
}

export function areaRow(area: AreaNode): NewAreaRow {
  return {
    id: area.id,
    name: area.name,
    kind: area.kind,
    parentId: area.parent?.id ?? null,
    validFrom: isoOf(HISTORY_START),
    validTo: area.level === 'DISTRICT' ? isoOf(REORGANISATION) : null,
    createdAt: LOADED_AT,
    version: 1,
  };
}
