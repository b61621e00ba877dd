import type { Failure } from '../../services/outcome';
import type { Tx } from '../../services/transaction';
import type { KindError, RowResult } from '../import-kind';

// A row of the history files takes several service calls (a rotation is created, approved,
// started and completed; a plan is created and its subject listed): they run in one savepoint
// of the import's transaction, so a row refused half way leaves nothing of itself behind and
// the rows after it still see the registry as the rows before it left it.

class RowRefused extends Error {
  constructor(readonly errors: readonly KindError[]) {
    super(errors.map((error) => error.code).join(', '));
  }
}

/** Refuses the row being written: its savepoint is rolled back. */
export function refuseRow(errors: readonly KindError[]): never {
  throw new RowRefused(errors);
}

/** Runs one row's writes in a savepoint; a refusal rolls them back and is the row's result. */
export async function inRowSavepoint(
  tx: Tx,
  row: number,
  work: (rowTx: Tx) => Promise<'created' | 'updated' | 'unchanged'>,
): Promise<RowResult> {
  try {
    const result = await tx.transaction((rowTx) => work(rowTx));
    return { row, result };
  } catch (error) {
    if (error instanceof RowRefused) return { row, result: 'refused', errors: error.errors };
    throw error;
  }
}

/**
 * A service's failures as the row's errors: the failure's field (['input', 'startDate']) names
 * the column through `columnOf`; a field with no column of its own blames the row.
 */
export function failureErrors(
  failures: readonly Failure[],
  columnOf: (field: string | undefined, failure: Failure) => string | null,
): KindError[] {
  return failures.map((failure) => {
    const field = failure.field?.[0] === 'input' ? failure.field[1] : failure.field?.[0];
    return { column: columnOf(field, failure), code: failure.code, message: failure.message };
  });
}
