// Who is calling and what they may do: users, roles and API keys (API.md, "Process and HTTP").
export const accessTypeDefs = /* GraphQL */ `
  "What a signed-in user or an API key may do."
  enum Role {
    "Everything, including users, API keys and rule settings."
    ADMIN
    "Writes the registry, plans, rotations and evaluations."
    ORGANIZER
    "Reads everything, writes nothing."
    VIEWER
  }

  "A person who signs in to the admin app."
  type User implements Node {
    "The opaque global id of the user."
    id: ID!
    "The name the user signs in with."
    username: String!
    "What the user may do."
    role: Role!
    "When the user was created."
    createdAt: DateTime!
  }

  "A key for programs calling the API with Authorization: Bearer <secret>."
  type ApiKey implements Node {
    "The opaque global id of the key."
    id: ID!
    "A label saying who or what uses the key."
    name: String!
    "What the key may do."
    role: Role!
    "When the key was created."
    createdAt: DateTime!
    "When the key was revoked; null while it works."
    revokedAt: DateTime
  }

  "The caller of the current request."
  type Viewer {
    "The signed-in user; null when the caller is an API key."
    user: User
    "The API key making the request; null when the caller is a signed-in user."
    apiKey: ApiKey
    "The role the request runs with."
    role: Role!
  }

  extend type Query {
    "The signed-in user or API key making this request, and its role."
    viewer: Viewer!
  }

  "A new user who signs in with a username and password."
  input UserCreateInput {
    "The sign-in name: 3–64 letters, digits, dots, dashes or underscores."
    username: String!
    "At least 12 characters."
    password: String!
    "What the user may do."
    role: Role!
  }

  "The result of userCreate."
  type UserCreatePayload {
    "The created user; null when there are user errors."
    user: User
    "Why nothing was created, if so."
    userErrors: [UserError!]!
  }

  "A new API key."
  input ApiKeyCreateInput {
    "A label saying who or what uses the key (1–100 characters)."
    name: String!
    "What the key may do."
    role: Role!
  }

  "The result of apiKeyCreate: the secret is shown here once and never again."
  type ApiKeyCreatePayload {
    "The created key; null when there are user errors."
    apiKey: ApiKey
    "The secret to send as Authorization: Bearer <secret>. Shown only once."
    secret: String
    "Why nothing was created, if so."
    userErrors: [UserError!]!
  }

  "The result of apiKeyRevoke."
  type ApiKeyRevokePayload {
    "The revoked key; null when there are user errors."
    apiKey: ApiKey
    "Why nothing was revoked, if so."
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Creates a user (ADMIN)."
    userCreate(input: UserCreateInput!): UserCreatePayload!
    "Creates an API key and returns its secret once (ADMIN)."
    apiKeyCreate(input: ApiKeyCreateInput!): ApiKeyCreatePayload!
    "Revokes an API key at once (ADMIN)."
    apiKeyRevoke(id: ID!): ApiKeyRevokePayload!
  }
`;
