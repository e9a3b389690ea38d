/**
 * Assessment scoring: an assessment's Contact Quality Score from its scorecard and answers, the
 * per-item points rule the data model's formula fields repeat, and Salesforce's rounding.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */
export { scoreAssessment } from './assessmentScore';
export type {
    AssessmentAnswers,
    AssessmentScore,
    AutoFailReason,
    ItemScore,
    ItemStatus,
    SectionScore
} from './assessmentScore';
export { isUnanswered, pointsForAnswer, validateAnswer } from './itemPoints';
export type { ItemPoints } from './itemPoints';
export { ANSWER_SCALES, SCALE_ANSWERS, validateScorecard, validateScorecardItem } from './scorecard';
export type { Answer, AnswerScale, Scorecard, ScorecardItem } from './scorecard';
export { roundHalfAwayFromZero } from './salesforceRounding';
