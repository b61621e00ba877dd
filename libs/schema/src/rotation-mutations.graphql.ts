// Writes that move a rotation through its life: PROPOSED → APPROVED → ACTIVE → COMPLETED, or
// CANCELLED before it starts (API.md "Mutations", PRODUCT.md rule 3).
export const rotationMutationsTypeDefs = /* GraphQL */ `
  "The result of rotationCreate."
  type RotationCreatePayload {
    "The proposed rotation; null when there are user errors."
    rotation: Rotation
    "Warnings found by the check, stored with the rotation."
    warnings: [RotationViolation!]!
    "Errors set aside by the cited override decision, stored with the rotation."
    overridden: [RotationViolation!]!
    "Errors that block it (violation codes beside their fields), REASON_REQUIRED beside input.reason (a warning that asks for a reason, HIGHER_RANK, and none given), bad input, or CONFLICT (send it again); nothing was written."
    userErrors: [UserError!]!
  }

  "The decision approving a rotation."
  input RotationApproveInput {
    "The decision; may be left out when the rotation already cites one."
    decision: DocumentInput
  }

  "How a running rotation ended."
  input RotationCompleteInput {
    "The first day no longer on the rotation."
    endDate: Date!
    "What happened."
    outcome: RotationOutcome!
    "The post taken next: required for REASSIGNED and PROMOTED; ENDED_EARLY defaults to the post left."
    nextPositionId: ID
    "The decision behind the next post, when recorded."
    decision: DocumentInput
  }

  "Why a rotation is cancelled."
  input RotationCancelInput {
    "The reason, 1 to 500 characters."
    reason: String!
  }

  "The result of a rotation's change of status."
  type RotationPayload {
    "The rotation as written; null when there are user errors."
    rotation: Rotation
    "Why nothing was written, if so (ILLEGAL_TRANSITION, STALE_VERSION, NO_FREE_SEAT, CONFLICT: send it again, …)."
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Proposes a rotation after exactly the check checkRotation runs; errors block unless an override decision is cited."
    rotationCreate(input: RotationInput!): RotationCreatePayload!
    "Approves a proposed rotation by a decision, re-checking it against the rules."
    rotationApprove(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: RotationApproveInput
    ): RotationPayload!
    "Starts an approved rotation: the destination post is held (ROTATED) and the post left ends on the start date."
    rotationStart(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
    ): RotationPayload!
    "Completes a running rotation with its end date, outcome and the post that follows."
    rotationComplete(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: RotationCompleteInput!
    ): RotationPayload!
    "Cancels a rotation that has not started (a running one ends through rotationComplete, ENDED_EARLY)."
    rotationCancel(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: RotationCancelInput!
    ): RotationPayload!
  }
`;
