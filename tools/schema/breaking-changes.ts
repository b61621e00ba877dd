import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

// The API's deprecation policy (docs/api-changelog.md) made checkable: a change that can break
// a consumer (graphql-inspector's BREAKING criticality: a field or type removed, an argument
// made required, a type changed…) must be recorded in the changelog, naming its path in
// backticks (`Query.cadres`), before the published schema may show it.

export type BreakingChange = { path: string; message: string };

export async function breakingChanges(before: string, after: string): Promise<BreakingChange[]> {
  const changes: Change[] = await diff(buildSchema(before), buildSchema(after));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? '(schema)', message: change.message }));
}

/** The breaking changes from `before` to `after` whose path the changelog does not name. */
export async function unrecordedBreakingChanges(
  before: string,
  after: string,
  changelog: string,
): Promise<BreakingChange[]> {
  return (await breakingChanges(before, after)).filter(
    (change) => !changelog.includes(`\`${change.path}\``),
  );
}
