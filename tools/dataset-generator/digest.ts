import { createHash } from 'node:crypto';
import { copyLine, copyTargetOf, fieldsOf } from '@luanchuyen/db/dataset-writer';
import type { DatasetChunk } from './generate';

// A fingerprint of a dataset: SHA-256 over the very COPY lines the writer sends, table by
// table. Same seed, same digest; a change to any row, id or date changes it.

export type DatasetDigest = { digest: string; rows: Map<string, number> };

export function digestOf(chunks: Iterable<DatasetChunk>): DatasetDigest {
  const hash = createHash('sha256');
  const rows = new Map<string, number>();
  for (const chunk of chunks) {
    for (const { table, rows: tableRows } of chunk.tables) {
      const target = copyTargetOf(table);
      hash.update(`${target.name}\n`);
      let count = 0;
      for (const row of tableRows) {
        hash.update(copyLine(fieldsOf(target, row)));
        count += 1;
      }
      rows.set(target.name, (rows.get(target.name) ?? 0) + count);
    }
  }
  return { digest: hash.digest('hex'), rows };
}
