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
    "The management scope: the body they work for: they act within it and the bodies below it (its descendants by parent, and the units merged or renamed into those). Null: the top, the whole registry. An ADMIN sees and does everything whatever it is; an ORGANIZER or VIEWER reads lists, statistics, exports and the change feed within it, sees personal data only of the cadres in it, and a write outside it is the user error OUT_OF_SCOPE."
    body: Unit
    "When the user was created."
    createdAt: DateTime!
    "When the user was disabled; null while they may sign in."
    disabledAt: DateTime
    "Increases with every change; pass it as expectedVersion to userUpdate."
    version: Int!
  }

  "A page of users, by username."
  type UserConnection {
    "The users of the page with their cursors."
    edges: [UserEdge!]!
    "The users of the page."
    nodes: [User!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many users there are."
    totalCount: Int!
  }

  "A user in a page."
  type UserEdge {
    "Pass as after to read the users that follow, or as before to read those that precede it."
    cursor: String!
    "The user."
    node: User!
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
    "Whether the key may read personal data (Decree 13/2023/NĐ-CP): birth dates, home areas, evaluations and notes. Without it those fields answer null with the field error PERSONAL_DATA_HIDDEN, and ageBand and retirementYear stand in. Set at creation only."
    personalData: Boolean!
    "The management scope the key reads within: the body and the bodies below it. Null: the top, the whole registry. Set at creation only."
    body: Unit
  }

  "A page of API keys, by name."
  type ApiKeyConnection {
    "The keys of the page with their cursors."
    edges: [ApiKeyEdge!]!
    "The keys of the page."
    nodes: [ApiKey!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many keys there are, revoked ones included."
    totalCount: Int!
  }

  "An API key in a page."
  type ApiKeyEdge {
    "Pass as after to read the keys that follow, or as before to read those that precede it."
    cursor: String!
    "The key."
    node: ApiKey!
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
    "Every user, disabled ones included, by username (ADMIN)."
    users(
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the users after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the users before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): UserConnection!
    "Every API key, revoked ones included, by name (ADMIN)."
    apiKeys(
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the keys after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the keys before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): ApiKeyConnection!
  }

  "A new user who signs in with a username and password."
  input UserCreateInput {
    "The sign-in name: 3–64 letters, digits, dots, dashes or underscores."
    username: String!
    "At least 12 characters."
    password: String!
    "What the user may do."
    role: Role!
    "The body the user works for (a unit); left out or null: the top, the whole registry."
    bodyId: ID
  }

  "The result of userCreate."
  type UserCreatePayload {
    "The created user; null when there are user errors."
    user: User
    "Why nothing was created, if so."
    userErrors: [UserError!]!
  }

  "What changes on a user; a field left out stays as it is."
  input UserUpdateInput {
    "What the user may do from now on."
    role: Role
    "True disables the user (their sessions end, they cannot sign in); false enables them."
    disabled: Boolean
    "The body the user works for from now on; null widens the scope to the top."
    bodyId: ID
  }

  "A new password for a user."
  input UserResetPasswordInput {
    "At least 12 characters."
    password: String!
  }

  "The result of userUpdate and userResetPassword."
  type UserPayload {
    "The changed user; null when there are user errors."
    user: User
    "Why nothing was changed, if so."
    userErrors: [UserError!]!
  }

  "A new API key."
  input ApiKeyCreateInput {
    "A label saying who or what uses the key (1–100 characters)."
    name: String!
    "What the key may do."
    role: Role!
    "Whether the key may read personal data (birth dates, home areas, evaluations, notes); default false. Grant it only to programs that need it: every read is recorded (personalDataReads)."
    personalData: Boolean
    "The body whose scope the key reads within; left out or null: the top, the whole registry."
    bodyId: ID
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
    "Changes a user's role or disables or enables them; never the last enabled admin (ADMIN)."
    userUpdate(
      "The user to change."
      id: ID!
      "The version the change is based on; STALE_VERSION when the user changed since."
      expectedVersion: Int
      "What changes."
      input: UserUpdateInput!
    ): UserPayload!
    "Sets a new password for a user and ends their sessions (ADMIN)."
    userResetPassword(
      "The user whose password is reset."
      id: ID!
      "The new password."
      input: UserResetPasswordInput!
    ): UserPayload!
    "Creates an API key and returns its secret once (ADMIN)."
    apiKeyCreate(input: ApiKeyCreateInput!): ApiKeyCreatePayload!
    "Revokes an API key at once (ADMIN)."
    apiKeyRevoke(id: ID!): ApiKeyRevokePayload!
  }
`;
