import { rowIdOf, type NodeType } from '../../global-ids';
import { failure, type Failure } from '../../services/outcome';
import type { MessageKey } from '../../i18n/messages';

// A mutation's global ids are decoded before its service runs: a wrong or unknown one is
// NOT_FOUND beside its field, and every bad id of the request is reported at once.

const NOT_FOUND_KEYS: Partial<Record<NodeType, MessageKey>> = {
  Area: 'areaNotFound',
  Unit: 'unitNotFound',
  Position: 'positionNotFound',
  Cadre: 'cadreNotFound',
  Assignment: 'assignmentNotFound',
  Rotation: 'rotationNotFound',
  RotationPlan: 'planNotFound',
  ApiKey: 'apiKeyNotFound',
};

/** Decodes the ids of one request, collecting a NOT_FOUND failure for each bad one. */
export class IdReader {
  readonly failures: Failure[] = [];

  one(globalId: string, type: NodeType, field: readonly string[]): string {
    const found = rowIdOf(globalId, type);
    if (!found) this.failures.push(failure('NOT_FOUND', NOT_FOUND_KEYS[type] ?? 'notFound', field));
    return found?.id ?? '';
  }

  /** Undefined stays undefined (left out) and null stays null (cleared). */
  optional(
    globalId: string | null | undefined,
    type: NodeType,
    field: readonly string[],
  ): string | null | undefined {
    if (globalId === undefined || globalId === null) return globalId;
    return this.one(globalId, type, field);
  }

  many(globalIds: readonly string[], type: NodeType, field: readonly string[]): string[] {
    return globalIds.map((id, index) => this.one(id, type, [...field, String(index)]));
  }
}
