import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printPublishedSchema } from '@luanchuyen/schema';
import { describe, expect, it } from 'vitest';
import { breakingChanges, unrecordedBreakingChanges } from '../schema/breaking-changes';

// The published schema (libs/schema/schema.graphql) is what the SDL prints, and no change that
// could break a consumer reaches it unrecorded in docs/api-changelog.md (its deprecation policy).

const root = join(import.meta.dirname, '../..');
const committed = readFileSync(join(root, 'libs/schema/schema.graphql'), 'utf8');
const changelog = readFileSync(join(root, 'docs/api-changelog.md'), 'utf8');
const STALE = 'libs/schema/schema.graphql is stale: run npm run schema:print';

const BEFORE = `
  type Query { cadre(id: ID!): Cadre, cadres(first: Int!): [Cadre!]! }
  type Cadre { id: ID!, fullName: String!, birthYear: Int }
`;

describe('the published schema', () => {
  it('is what the SDL prints', () => {
    expect(committed === printPublishedSchema(), STALE).toBe(true);
  });

  it('has no breaking change from the committed file that the changelog does not record', async () => {
    expect(await unrecordedBreakingChanges(committed, printPublishedSchema(), changelog)).toEqual(
      [],
    );
  });
});

describe('the breaking-change check', () => {
  it('reports a removed field, a changed type and a new required argument, by path', async () => {
    const after = `
      type Query { cadre(id: ID!): Cadre, cadres(first: Int!, after: String!): [Cadre!]! }
      type Cadre { id: ID!, birthYear: String }
    `;
    const paths = (await breakingChanges(BEFORE, after)).map((change) => change.path).sort();
    expect(paths).toEqual(['Cadre.birthYear', 'Cadre.fullName', 'Query.cadres.after']);
  });

  it('lets additions and deprecations through', async () => {
    const after = `
      type Query { cadre(id: ID!): Cadre, cadres(first: Int!, after: String): [Cadre!]! }
      type Cadre { id: ID!, fullName: String! @deprecated(reason: "Use name. Removal on 2027-03-01."), name: String!, birthYear: Int }
    `;
    expect(await breakingChanges(BEFORE, after)).toEqual([]);
  });

  it('accepts a breaking change once the changelog names its path', async () => {
    const after = BEFORE.replace('fullName: String!, ', '');
    expect(await unrecordedBreakingChanges(BEFORE, after, 'Nothing yet.')).toHaveLength(1);
    expect(
      await unrecordedBreakingChanges(BEFORE, after, '- `Cadre.fullName` removed (deprecated).'),
    ).toEqual([]);
  });
});
