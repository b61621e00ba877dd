// The kinds POST /import/{kind} takes, in the order a registry is built: a unit needs its
// area, a post its unit, a career its cadre and post. The API's list is IMPORT_KINDS in
// apps/api/src/imports/import-kind.ts; the app cannot import from the API, so it names them
// again, and an unknown kind is the server's 404.
export const IMPORT_KINDS = [
  'areas',
  'units',
  'positions',
  'cadres',
  'assignments',
  'pool',
  'evaluations',
  'plans',
  'rotations',
] as const;

export type ImportKindName = (typeof IMPORT_KINDS)[number];

/** The files the import reads, for the file picker. */
export const IMPORT_FILE_TYPES =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Whether a chosen file has a name the import reads. */
export function isImportFileName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}
