import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

// The registry's writes from the units page. Each answer carries the Area, Unit or Position it
// wrote, so urql's document cache refetches the tree and the open unit holding one.

const AreaCreateMutation = graphql(`
  mutation AreaCreate($input: AreaCreateInput!) {
    areaCreate(input: $input) {
      area {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const AreaUpdateMutation = graphql(`
  mutation AreaUpdate($id: ID!, $expectedVersion: Int!, $input: AreaUpdateInput!) {
    areaUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      area {
        id
        name
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UnitCreateMutation = graphql(`
  mutation UnitCreate($input: UnitCreateInput!) {
    unitCreate(input: $input) {
      unit {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UnitUpdateMutation = graphql(`
  mutation UnitUpdate($id: ID!, $expectedVersion: Int!, $input: UnitUpdateInput!) {
    unitUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      unit {
        id
        name
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const PositionCreateMutation = graphql(`
  mutation PositionCreate($input: PositionCreateInput!) {
    positionCreate(input: $input) {
      position {
        id
        title
        unit {
          id
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const PositionUpdateMutation = graphql(`
  mutation PositionUpdate($id: ID!, $expectedVersion: Int!, $input: PositionUpdateInput!) {
    positionUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      position {
        id
        title
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UnitMergeMutation = graphql(`
  mutation UnitMerge($input: UnitMergeInput!) {
    unitMerge(input: $input) {
      unit {
        id
        name
      }
      mergedUnits {
        id
        validTo
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const useAreaCreate = () => useMutation(AreaCreateMutation);
export const useAreaUpdate = () => useMutation(AreaUpdateMutation);
export const useUnitCreate = () => useMutation(UnitCreateMutation);
export const useUnitUpdate = () => useMutation(UnitUpdateMutation);
export const usePositionCreate = () => useMutation(PositionCreateMutation);
export const usePositionUpdate = () => useMutation(PositionUpdateMutation);
export const useUnitMerge = () => useMutation(UnitMergeMutation);
