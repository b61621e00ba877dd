// Yearly evaluations (API.md "Mutations", PRODUCT.md rule 5).
export const evaluationMutationsTypeDefs = /* GraphQL */ `
  "A cadre's evaluation for one year."
  input EvaluationRecordInput {
    "Who is evaluated."
    cadreId: ID!
    "The year evaluated."
    year: Int!
    "The score, 0 to 100; rated by the bands in force at the end of the year, when there are some."
    score: Float
    "The rating given by the competent authority (needed where no score bands are in force)."
    rating: Rating
    "Disciplined in the year: rated NOT_COMPLETED."
    disciplined: Boolean = false
    "Who evaluated."
    evaluator: String
    "Notes."
    notes: String
    "To correct the year's evaluation: the version corrected. Without it a second evaluation of the year is EVALUATION_EXISTS."
    expectedVersion: Int
  }

  "The result of evaluationRecord."
  type EvaluationRecordPayload {
    "The evaluation as written; null when there are user errors."
    evaluation: Evaluation
    "Why nothing was written, if so."
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Records (or, with expectedVersion, corrects) a cadre's evaluation for a year; the rating follows rule 5."
    evaluationRecord(input: EvaluationRecordInput!): EvaluationRecordPayload!
  }
`;
