import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

// The records the audit log can be narrowed to, found by name as a person knows them: cadres
// and units by the API's diacritic-blind search, a rotation through its cadre's name, plans
// (a handful per committee) all at once, matched here by code or title.
const AuditRecordChoicesQuery = graphql(`
  query AuditRecordChoices(
    $search: String
    $cadres: Boolean!
    $rotations: Boolean!
    $units: Boolean!
    $plans: Boolean!
  ) {
    cadres(filter: { search: $search }, first: 20) @include(if: $cadres) {
      nodes {
        id
        fullName
        birthYear
      }
    }
    rotationCadres: cadres(filter: { search: $search }, first: 10) @include(if: $rotations) {
      nodes {
        id
        fullName
        rotations(first: 10, orderBy: { field: START_DATE, direction: DESC }) {
          nodes {
            id
            startDate
            toPosition {
              id
              title
              unit {
                id
                name
              }
            }
          }
        }
      }
    }
    units(filter: { search: $search }, first: 20) @include(if: $units) {
      nodes {
        id
        name
      }
    }
    rotationPlans(first: 100) @include(if: $plans) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

export type AuditRecordKind = 'Cadre' | 'Rotation' | 'RotationPlan' | 'Unit';

/** Candidates of one kind for the text typed; nothing is asked before a kind is chosen. */
export function useAuditRecordChoices(kind: AuditRecordKind | '', search: string) {
  return useQuery({
    query: AuditRecordChoicesQuery,
    pause: kind === '' || (kind !== 'RotationPlan' && search.trim() === ''),
    variables: {
      search: search.trim() || null,
      cadres: kind === 'Cadre',
      rotations: kind === 'Rotation',
      units: kind === 'Unit',
      plans: kind === 'RotationPlan',
    },
  });
}
