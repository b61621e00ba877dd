import { buildASTSchema, parse, printSchema } from 'graphql';
import { typeDefs } from './type-defs';

// The SDL as consumers get it: one printed document, the file libs/schema/schema.graphql that is
// committed (its staleness and breaking changes are tested: published-schema.test.ts), and what
// GET /graphql/schema.graphql serves.

/** The public schema printed as one SDL document, ending with a newline. */
export function printPublishedSchema(): string {
  return `${printSchema(buildASTSchema(parse(typeDefs.join('\n'))))}\n`;
}
