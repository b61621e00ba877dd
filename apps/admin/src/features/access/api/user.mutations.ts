import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

const UserCreateMutation = graphql(`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
        id
        username
        role
        createdAt
        disabledAt
        version
        body {
          id
          name
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

const UserUpdateMutation = graphql(`
  mutation UserUpdate($id: ID!, $expectedVersion: Int, $input: UserUpdateInput!) {
    userUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      user {
        id
        role
        disabledAt
        version
        body {
          id
          name
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

const UserResetPasswordMutation = graphql(`
  mutation UserResetPassword($id: ID!, $input: UserResetPasswordInput!) {
    userResetPassword(id: $id, input: $input) {
      user {
        id
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

export function useUserCreate() {
  return useMutation(UserCreateMutation);
}

export function useUserUpdate() {
  return useMutation(UserUpdateMutation);
}

export function useUserResetPassword() {
  return useMutation(UserResetPasswordMutation);
}
