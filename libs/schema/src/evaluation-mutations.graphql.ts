// Yearly evaluations (API.md "Mutations", PRODUCT.md rule 5).
export const evaluationMutationsTypeDefs = /* GraphQL */ `
  "A cadre's evaluation for one year."
  input EvaluationRecordInput {
    "Who is evaluated."
    cadreId: ID!
    "The year evaluated: the current year (in Asia/Ho_Chi_Minh) or an earlier one; a later year is YEAR_IN_FUTURE, a year before any rating rules NO_RATING_RULES."
    year: Int!
    "The score, 0 to 100 inclusive (otherwise SCORE_OUT_OF_RANGE); rated by the bands in force on 31 December of the year (from Regulation 366-QĐ/TW: 90 excellent, 70 good, 50 completed). Alone in a year without bands: NO_SCORE_BANDS, give the rating."
    score: Float
    "The rating given by the competent authority: needed where no score bands are in force; with a score it may be lower than the score's band (the score is necessary, not sufficient) but not higher (RATING_ABOVE_SCORE_BAND)."
    rating: Rating
    "Disciplined in the year: rated NOT_COMPLETED; any higher rating given is RATING_ABOVE_DISCIPLINE."
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
    "Why nothing was written, if so: YEAR_IN_FUTURE, SCORE_OUT_OF_RANGE, NO_SCORE_BANDS, RATING_ABOVE_SCORE_BAND, RATING_ABOVE_DISCIPLINE, RATING_REQUIRED (neither score nor rating), NO_RATING_RULES, EVALUATION_EXISTS, STALE_VERSION, NOT_FOUND, INVALID_INPUT, CONFLICT (send it again); each message says what to do."
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Records (or, with expectedVersion, corrects) a cadre's evaluation for a year; the rating follows rule 5: the score's band, a lower rating the authority gives, or NOT_COMPLETED when disciplined."
    evaluationRecord(input: EvaluationRecordInput!): EvaluationRecordPayload!
  }
`;
