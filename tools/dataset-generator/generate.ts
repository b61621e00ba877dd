import {
  areas,
  assignments,
  auditEvents,
  cadres,
  documents,
  evaluations,
  positions,
  rotationPlanSubjects,
  rotationPlans,
  rotations,
  successionPoolEntries,
  unitLineage,
  units,
  users,
} from '@luanchuyen/db';
import { tableRows, type TableRows } from '@luanchuyen/db/dataset-writer';
import { newDocumentNumbers } from './documents';
import { simulateProvince, type ProvinceRows } from './province';
import { SCALES, type ScaleName } from './scales';
import { buildStructure } from './structure';

// The dataset as a sequence of chunks, each a list of tables with rows in foreign-key order:
// first the administrative structure (areas, units, posts, staff accounts), then one chunk per
// province. A consumer writes a chunk and lets it go before asking for the next, so memory
// holds one province at a time.

export type DatasetChunk = {
  /** "structure" or the province's name. */
  label: string;
  tables: TableRows[];
};

function provinceTables(rows: ProvinceRows): TableRows[] {
  return [
    tableRows(documents, rows.documents),
    tableRows(cadres, rows.cadres),
    tableRows(successionPoolEntries, rows.successionPoolEntries),
    tableRows(rotationPlans, rows.rotationPlans),
    tableRows(rotationPlanSubjects, rows.rotationPlanSubjects),
    tableRows(rotations, rows.rotations),
    tableRows(assignments, rows.assignments),
    tableRows(evaluations, rows.evaluations),
    tableRows(auditEvents, rows.auditEvents),
  ];
}

export function* generateDataset(scaleName: ScaleName, seed: number): Generator<DatasetChunk> {
  const scale = SCALES[scaleName];
  const structure = buildStructure(scale, seed);
  const { rows } = structure;
  yield {
    label: 'structure',
    tables: [
      tableRows(documents, rows.documents),
      tableRows(areas, rows.areas),
      tableRows(units, rows.units),
      tableRows(unitLineage, rows.unitLineage),
      tableRows(positions, rows.positions),
      tableRows(users, rows.users),
    ],
  };
  const numbers = newDocumentNumbers();
  for (const province of structure.provinces) {
    // People born in another province: its area, or one of the scale's outside provinces.
    const elsewhere = [
      ...structure.provinces.filter((other) => other !== province).map((other) => other.area),
      ...structure.outside,
    ];
    const provinceRows = simulateProvince(scale, seed, province, elsewhere, numbers);
    yield { label: province.spec.name, tables: provinceTables(provinceRows) };
  }
}
