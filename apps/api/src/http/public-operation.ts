import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import { QUERY_LIMITS } from '../graphql/limits';

// Anonymous callers may read `publicRotations` and nothing else (API.md roles): before a
// context is built for a caller with no credential, the operation it sends is read here, and
// anything but a query whose every root field is publicRotations is refused
// UNAUTHENTICATED exactly as before, so the rest of the schema, introspection included, stays
// closed. Root fragments are refused rather than followed: the public query needs none, and
// refusing them leaves nothing to get wrong. authorization.ts checks the field again.

const PUBLIC_ROOT_FIELDS = new Set(['publicRotations']);

type OperationRequest = { query: unknown; operationName: unknown };

/** The document and operation name, from a POST body or a GET query string. */
function operationRequestOf(request: Request): OperationRequest {
  if (request.method === 'GET') {
    return { query: request.query['query'], operationName: request.query['operationName'] };
  }
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null) return { query: undefined, operationName: null };
  const { query, operationName } = body as Record<string, unknown>;
  return { query, operationName };
}

function chosenOperation(
  document: DocumentNode,
  operationName: unknown,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === 'string' && operationName !== '') {
    return operations.find((operation) => operation.name?.value === operationName);
  }
  return operations.length === 1 ? operations[0] : undefined;
}

/** A caller with no credential, known by its address (req.ip honours TRUST_PROXY). */
export function anonymousCaller(request: Request): Extract<Principal, { kind: 'anonymous' }> {
  return { kind: 'anonymous', address: request.ip ?? request.socket.remoteAddress ?? '' };
}

/** Whether an anonymous caller may run this request: it reads the public field only. */
export function isPublicOperation(request: Request): boolean {
  const { query, operationName } = operationRequestOf(request);
  if (typeof query !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch {
    return false;
  }
  const operation = chosenOperation(document, operationName);
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(selection.name.value),
  );
}
