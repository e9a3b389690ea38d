/**
 * The KPI table: one row per group (agent, team, or the whole contact center) and period, with
 * every KPI of the reporting catalogue. Rates and means of nothing are null, never 0 or NaN: an
 * agent with no assessments this month has no quality score, which is not a score of 0.
 *
 * Everything is "as of" the given `now`: records dated after it are left out, so a past quarter
 * can be recomputed as it stood. Definitions:
 * - Contact Quality Score: mean score of counted assessments, weighted by scorecard weight.
 * - Pass rate: share of counted assessments not auto-failed and at or above the pass threshold.
 * - Compliance: share of counted assessments with no hard-fail item failed.
 * - FCR, CSAT, AHT: over the period's interactions that recorded them.
 * - Coaching completion: of the tasks due in the period (and already due by `now`), the share
 *   completed by the period end (or by `now`, if earlier).
 * - Dispute rate: counted assessments submitted in the period that were disputed, over all counted
 *   assessments submitted in the period. Overturn rate: of those disputes now resolved, the share
 *   overturned or partially upheld.
 * - Calibration variance: mean absolute difference, in points, between an evaluator's calibration
 *   score and the calibrator's for the same interaction, with the share within the tolerance
 *   (±5 points by default). Reported per team (the evaluator's) and overall; agents have none.
 */
import { requireNumberBetween, requireOneOf } from 'c/engineInputChecks';
import { countsTowardQualityScore, DEFAULT_PASS_THRESHOLD, failedHardFailItem, passes } from './countingRules';
import { requireDate, type DateInput } from './inputChecks';
import { periodScheme, type Period, type PeriodScheme, type PeriodUnit } from './periods';
import { normalizeRecords, type QualityRecords } from './qualityRecords';

export type KpiGrouping = 'agent' | 'team' | 'all';
const GROUPINGS: readonly KpiGrouping[] = ['agent', 'team', 'all'];
export const ALL_GROUP_ID = 'all';
export const DEFAULT_CALIBRATION_TOLERANCE = 5;

export interface KpiOptions {
    readonly groupBy: KpiGrouping;
    readonly period: PeriodUnit | PeriodScheme;
    /** The moment the KPIs are computed as of. */
    readonly now: DateInput;
    /** Score at or above which an assessment passes (default 75). */
    readonly passThreshold?: number;
    /** Calibration tolerance in points (default 5). */
    readonly calibrationTolerance?: number;
    /** Count auto-QA scores in the quality score (default false). */
    readonly includeAutoQa?: boolean;
}

export interface QualityKpiRow {
    readonly groupBy: KpiGrouping;
    /** Agent id, team id, or "all". */
    readonly groupId: string;
    readonly period: string;
    readonly periodStart: Date;
    readonly periodEnd: Date;

    readonly assessmentCount: number;
    readonly contactQualityScore: number | null;
    /** Sample standard deviation of the counted scores (unweighted), for intervals and sample-size advice. */
    readonly scoreStandardDeviation: number | null;
    readonly passRate: number | null;
    readonly complianceRate: number | null;

    readonly interactionCount: number;
    readonly firstContactResolutionRate: number | null;
    readonly averageCsat: number | null;
    readonly averageHandleTimeSeconds: number | null;
    /** Sum of upsell amounts over the period's interactions; null with no interactions. */
    readonly upsellTotal: number | null;

    readonly coachingTasksDue: number;
    readonly coachingCompletionRate: number | null;

    readonly disputeCount: number;
    readonly disputeRate: number | null;
    readonly resolvedDisputeCount: number;
    readonly overturnRate: number | null;

    readonly calibrationResultCount: number;
    readonly calibrationVariance: number | null;
    readonly calibrationWithinToleranceRate: number | null;
}

/** Running sums for one group and period. */
class Accumulator {
    assessmentCount = 0;
    weightedScore = 0;
    weight = 0;
    scores: number[] = [];
    passed = 0;
    compliant = 0;
    disputedAssessments = new Set<string>();
    disputeCount = 0;
    resolvedDisputes = 0;
    overturned = 0;
    interactionCount = 0;
    fcrAnswered = 0;
    fcrResolved = 0;
    csatCount = 0;
    csatTotal = 0;
    handleCount = 0;
    handleTotal = 0;
    upsellTotal = 0;
    coachingDue = 0;
    coachingCompleted = 0;
    calibrationCount = 0;
    calibrationDeviation = 0;
    calibrationWithin = 0;

    constructor(
        readonly groupId: string,
        readonly period: Period
    ) {}
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function standardDeviation(values: readonly number[]): number | null {
    if (values.length < 2) {
        return null;
    }
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}

export function computeQualityKpis(records: QualityRecords, options: KpiOptions): QualityKpiRow[] {
    if (typeof options !== 'object' || options === null) {
        throw new TypeError('computeQualityKpis needs options with groupBy, period and now.');
    }
    const groupBy = requireOneOf('options.groupBy', options.groupBy, GROUPINGS);
    const scheme = periodScheme(options.period);
    const now = requireDate('options.now', options.now).getTime();
    const passThreshold = requireNumberBetween(
        'options.passThreshold',
        options.passThreshold ?? DEFAULT_PASS_THRESHOLD,
        0,
        100
    );
    const tolerance = requireNumberBetween(
        'options.calibrationTolerance',
        options.calibrationTolerance ?? DEFAULT_CALIBRATION_TOLERANCE,
        0,
        100
    );
    const counting = { includeAutoQa: options.includeAutoQa === true };
    const data = normalizeRecords(records);

    const groups = new Map<string, Accumulator>();
    const accumulatorFor = (group: string, date: Date): Accumulator => {
        const period = scheme(date);
        const key = `${group}\u0000${period.key}`;
        let accumulator = groups.get(key);
        if (!accumulator) {
            accumulator = new Accumulator(group, period);
            groups.set(key, accumulator);
        }
        return accumulator;
    };
    const groupOf = (agentId: string, teamId: string): string => {
        if (groupBy === 'agent') {
            return agentId;
        }
        return groupBy === 'team' ? teamId : ALL_GROUP_ID;
    };

    const countedById = new Map<string, Accumulator>();
    for (const assessment of data.assessments) {
        if (!countsTowardQualityScore(assessment, counting) || (assessment.submittedAt as Date).getTime() > now) {
            continue;
        }
        const row = accumulatorFor(groupOf(assessment.agentId, assessment.teamId), assessment.submittedAt as Date);
        const score = assessment.score as number;
        row.assessmentCount += 1;
        row.weightedScore += assessment.scorecardWeight * score;
        row.weight += assessment.scorecardWeight;
        row.scores.push(score);
        row.passed += passes(assessment, passThreshold) ? 1 : 0;
        row.compliant += failedHardFailItem(assessment) ? 0 : 1;
        countedById.set(assessment.id, row);
    }

    for (const dispute of data.disputes) {
        const row = countedById.get(dispute.assessmentId);
        // Disputes about assessments that do not count (calibration, not yet submitted) are not the agent's.
        if (!row || dispute.raisedAt.getTime() > now) {
            continue;
        }
        row.disputeCount += 1;
        row.disputedAssessments.add(dispute.assessmentId);
        if (dispute.status === 'resolved') {
            row.resolvedDisputes += 1;
            row.overturned += dispute.outcome === 'upheld' ? 0 : 1;
        }
    }

    for (const interaction of data.interactions) {
        if (interaction.occurredAt.getTime() > now) {
            continue;
        }
        const row = accumulatorFor(groupOf(interaction.agentId, interaction.teamId), interaction.occurredAt);
        row.interactionCount += 1;
        if (interaction.resolvedFirstContact !== null) {
            row.fcrAnswered += 1;
            row.fcrResolved += interaction.resolvedFirstContact ? 1 : 0;
        }
        if (interaction.csat !== null) {
            row.csatCount += 1;
            row.csatTotal += interaction.csat;
        }
        if (interaction.handleTimeSeconds !== null) {
            row.handleCount += 1;
            row.handleTotal += interaction.handleTimeSeconds;
        }
        row.upsellTotal += interaction.upsellAmount ?? 0;
    }

    for (const task of data.coachingTasks) {
        // A task not yet due cannot be late, so it is not in the rate yet.
        if (task.dueAt.getTime() > now) {
            continue;
        }
        const row = accumulatorFor(groupOf(task.agentId, task.teamId), task.dueAt);
        const cutoff = Math.min(row.period.end.getTime(), now + 1);
        row.coachingDue += 1;
        row.coachingCompleted += task.completedAt !== null && task.completedAt.getTime() < cutoff ? 1 : 0;
    }

    for (const result of data.calibrationResults) {
        if (result.expertScore === null || result.conductedAt.getTime() > now || groupBy === 'agent') {
            continue;
        }
        if (groupBy === 'team' && result.teamId === null) {
            continue;
        }
        const row = accumulatorFor(groupBy === 'team' ? (result.teamId as string) : ALL_GROUP_ID, result.conductedAt);
        const deviation = Math.abs(result.score - result.expertScore);
        row.calibrationCount += 1;
        row.calibrationDeviation += deviation;
        row.calibrationWithin += deviation <= tolerance ? 1 : 0;
    }

    return [...groups.values()]
        .sort(
            (a, b) =>
                a.period.start.getTime() - b.period.start.getTime() ||
                (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0)
        )
        .map((row): QualityKpiRow => ({
            groupBy,
            groupId: row.groupId,
            period: row.period.key,
            periodStart: row.period.start,
            periodEnd: row.period.end,
            assessmentCount: row.assessmentCount,
            contactQualityScore: ratio(row.weightedScore, row.weight),
            scoreStandardDeviation: standardDeviation(row.scores),
            passRate: ratio(row.passed, row.assessmentCount),
            complianceRate: ratio(row.compliant, row.assessmentCount),
            interactionCount: row.interactionCount,
            firstContactResolutionRate: ratio(row.fcrResolved, row.fcrAnswered),
            averageCsat: ratio(row.csatTotal, row.csatCount),
            averageHandleTimeSeconds: ratio(row.handleTotal, row.handleCount),
            upsellTotal: row.interactionCount === 0 ? null : row.upsellTotal,
            coachingTasksDue: row.coachingDue,
            coachingCompletionRate: ratio(row.coachingCompleted, row.coachingDue),
            disputeCount: row.disputeCount,
            disputeRate: ratio(row.disputedAssessments.size, row.assessmentCount),
            resolvedDisputeCount: row.resolvedDisputes,
            overturnRate: ratio(row.overturned, row.resolvedDisputes),
            calibrationResultCount: row.calibrationCount,
            calibrationVariance: ratio(row.calibrationDeviation, row.calibrationCount),
            calibrationWithinToleranceRate: ratio(row.calibrationWithin, row.calibrationCount)
        }));
}
