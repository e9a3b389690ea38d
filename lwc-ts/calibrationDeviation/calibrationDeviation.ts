/**
 * Calibration of evaluators against the calibrator (the expert) in a calibration session: per
 * evaluator, per scorecard item, per interaction and for the session, the mean absolute deviation,
 * the signed bias (positive = lenient, scored higher than the calibrator; negative = severe), the
 * share within tolerance (±5 points by default, inclusive) and the count behind each figure; and
 * the session's calibration variance, the spread of evaluators' scores on the same interaction.
 *
 * Inter-rater reliability of the same session (Krippendorff's alpha, kappas, ICC) is in
 * `c/agreementStatistics`.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */

export type { CalibrationSession, EvaluatorScores, InteractionScore } from './calibrationSession';
export type { DeviationSummary } from './deviationSummary';
export type {
    CalibrationDeviationOptions,
    CalibrationDeviationResult,
    EvaluatorDeviation,
    InteractionDeviation,
    ItemDeviation
} from './sessionDeviation';
export { calibrationDeviation, DEFAULT_ITEM_TOLERANCE, DEFAULT_SCORE_TOLERANCE } from './sessionDeviation';
export type { CalibrationVarianceResult, InteractionSpread } from './calibrationVariance';
export { calibrationVariance } from './calibrationVariance';
