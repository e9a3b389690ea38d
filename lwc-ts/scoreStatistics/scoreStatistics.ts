/**
 * Statistics for decisions about quality scores: how sure a score is, how many assessments make
 * it trustworthy, which evaluators score harder or softer, and whether differences between
 * cohorts are systemic or noise. The distributions behind the tests and intervals are in
 * `c/statisticalDistributions`, the default confidence level (95 %) in `c/engineInputChecks`.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */
export {
    meanScoreInterval,
    meanScoreIntervalFromSummary,
    passRateInterval,
    type NoPassRate,
    type NotEnoughAssessments,
    type PassRateInterval,
    type ScoreInterval,
    type ScoreIntervalEstimate,
    type ScoreSummaryInput
} from './scoreInterval';
export {
    adviseSampleSize,
    type SampleSizeAdvice,
    type SampleSizeMethod,
    type SampleSizeRequest
} from './sampleSizeAdvisor';
export {
    estimateEvaluatorSeverity,
    type EvaluatorEffect,
    type EvaluatorScore,
    type EvaluatorSeverityOptions,
    type EvaluatorSeverityReport,
    type EvaluatorVerdict
} from './evaluatorSeverity';
export {
    compareCohortScores,
    type CohortComparison,
    type CohortComparisonOptions,
    type CohortScore,
    type CohortSummary,
    type CohortVerdict
} from './cohortComparison';
export { chiSquareTestOfHomogeneity, type ChiSquareTest } from './contingencyTable';
export {
    compareBehaviorPassRates,
    tallyItemOutcomes,
    type BehaviorComparison,
    type BehaviorComparisonOptions,
    type CohortItemCounts,
    type CohortPassRate,
    type ItemOutcome
} from './behaviorComparison';
export { fisherExactGreater, type TwoByTwo } from './fisherExact';
export {
    locateBehaviorGap,
    type BehaviorGap,
    type BehaviorGapVerdict,
    type BehaviorResult,
    type FailureCount
} from './behaviorGap';
