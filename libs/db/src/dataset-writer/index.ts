// The dataset generator's writer (tools/dataset-generator): bulk loading with COPY into an
// empty PostgreSQL database. Generating the rows is the tool's business; this entry point only
// knows the tables, their columns and how to stream rows into them fast and all-or-nothing.
export { copyField, copyLine } from './copy-text';
export { DATASET_TABLES, tableNameOf } from './dataset-tables';
export {
  DatasetNotEmptyError,
  openDatasetWriter,
  wipeDatabase,
  type DatasetWriter,
  type DatasetWriterOptions,
} from './dataset-writer';
export {
  copyTargetOf,
  fieldsOf,
  tableRows,
  type CopyColumn,
  type CopyTarget,
  type TableRows,
} from './table-columns';
