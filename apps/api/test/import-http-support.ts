// The upload helpers now live in import-support.ts with the rest of the import tests' support;
// this name stays for the tests that still import it.
export { download, upload, writtenCounts, type ImportAnswer } from './import-support';
