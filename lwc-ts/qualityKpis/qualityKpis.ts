/**
 * Quality KPIs from plain records: Contact Quality Score, pass rate, compliance, FCR, CSAT, AHT,
 * upsell, coaching completion, dispute and overturn rates, calibration variance, and behavior
 * trends — per agent, per team or overall, per week, month or quarter, as of a given moment.
 * Calibration and re-evaluation assessments never count in an agent's own quality score.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */
export {
    parsePeriodKey,
    parseQuarterKey,
    periodKey,
    periodOf,
    periodScheme,
    previousPeriod,
    type Period,
    type PeriodScheme,
    type PeriodUnit
} from './periods';
export type { DateInput } from './inputChecks';
export {
    ASSESSMENT_STATUSES,
    ASSESSMENT_TYPES,
    DISPUTE_OUTCOMES,
    DISPUTE_STATUSES,
    ITEM_RESULTS,
    normalizeRecords,
    type AssessmentRecord,
    type AssessmentStatus,
    type AssessmentType,
    type CalibrationResultRecord,
    type CoachingTaskRecord,
    type DisputeOutcome,
    type DisputeRecord,
    type DisputeStatus,
    type InteractionRecord,
    type ItemResult,
    type ItemResultValue,
    type QualityRecords
} from './qualityRecords';
export { countsTowardQualityScore, DEFAULT_PASS_THRESHOLD, type CountingOptions } from './countingRules';
export {
    ALL_GROUP_ID,
    computeQualityKpis,
    DEFAULT_CALIBRATION_TOLERANCE,
    type KpiGrouping,
    type KpiOptions,
    type QualityKpiRow
} from './kpiTable';
export { behaviorTrend, type BehaviorTrendOptions, type BehaviorTrendRow } from './behaviorTrend';
