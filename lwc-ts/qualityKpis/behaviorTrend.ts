/**
 * Behavior trend: for each scorecard item (behavior), its pass rate per period — and per agent or
 * team when asked — with the change from the period just before. Only assessments that count
 * toward quality scores are used (no calibration, no re-evaluation). N/A answers are left out of
 * the rate; a partial answer is not a pass.
 */
import { requireOneOf } from 'c/engineInputChecks';
import { countsTowardQualityScore } from './countingRules';
import { requireDate, type DateInput } from './inputChecks';
import { periodScheme, previousPeriod, type PeriodScheme, type PeriodUnit } from './periods';
import { normalizeRecords, type AssessmentRecord } from './qualityRecords';
import { ALL_GROUP_ID, type KpiGrouping } from './kpiTable';

export interface BehaviorTrendOptions {
    readonly period: PeriodUnit | PeriodScheme;
    readonly now: DateInput;
    /** 'all' (default) for the whole contact center, or per 'agent' or 'team'. */
    readonly groupBy?: KpiGrouping;
    readonly includeAutoQa?: boolean;
}

export interface BehaviorTrendRow {
    readonly itemId: string;
    readonly groupBy: KpiGrouping;
    readonly groupId: string;
    readonly period: string;
    readonly periodStart: Date;
    readonly periodEnd: Date;
    readonly passed: number;
    readonly partial: number;
    readonly failed: number;
    /** Answered items: passed + partial + failed (N/A left out). */
    readonly answered: number;
    readonly passRate: number | null;
    /** passRate minus the same item's pass rate in the period just before; null if either is missing. */
    readonly change: number | null;
}

export function behaviorTrend(
    assessments: readonly AssessmentRecord[],
    options: BehaviorTrendOptions
): BehaviorTrendRow[] {
    if (typeof options !== 'object' || options === null) {
        throw new TypeError('behaviorTrend needs options with period and now.');
    }
    const groupBy = requireOneOf('options.groupBy', options.groupBy ?? 'all', ['agent', 'team', 'all'] as const);
    const scheme = periodScheme(options.period);
    const now = requireDate('options.now', options.now).getTime();
    const { assessments: normalized } = normalizeRecords({ assessments });

    const cells = new Map<
        string,
        Omit<BehaviorTrendRow, 'passRate' | 'change'> & {
            passed: number;
            partial: number;
            failed: number;
            answered: number;
        }
    >();
    for (const assessment of normalized) {
        if (
            !countsTowardQualityScore(assessment, { includeAutoQa: options.includeAutoQa === true }) ||
            assessment.itemResults === null ||
            (assessment.submittedAt as Date).getTime() > now
        ) {
            continue;
        }
        const period = scheme(assessment.submittedAt as Date);
        const groupId =
            groupBy === 'agent' ? assessment.agentId : groupBy === 'team' ? assessment.teamId : ALL_GROUP_ID;
        for (const item of assessment.itemResults) {
            if (item.result === 'na') {
                continue;
            }
            const key = `${item.itemId}\u0000${groupId}\u0000${period.key}`;
            const cell = cells.get(key) ?? {
                itemId: item.itemId,
                groupBy,
                groupId,
                period: period.key,
                periodStart: period.start,
                periodEnd: period.end,
                passed: 0,
                partial: 0,
                failed: 0,
                answered: 0
            };
            cell.answered += 1;
            if (item.result === 'pass') {
                cell.passed += 1;
            } else if (item.result === 'partial') {
                cell.partial += 1;
            } else {
                cell.failed += 1;
            }
            cells.set(key, cell);
        }
    }
    const rateOf = (key: string): number | null => {
        const cell = cells.get(key);
        return cell ? cell.passed / cell.answered : null;
    };
    return [...cells.values()]
        .map((cell): BehaviorTrendRow => {
            const passRate = cell.passed / cell.answered;
            const before = previousPeriod({ key: cell.period, start: cell.periodStart, end: cell.periodEnd }, scheme);
            const previousRate = rateOf(`${cell.itemId}\u0000${cell.groupId}\u0000${before.key}`);
            return { ...cell, passRate, change: previousRate === null ? null : passRate - previousRate };
        })
        .sort(
            (a, b) =>
                (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0) ||
                (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0) ||
                a.periodStart.getTime() - b.periodStart.getTime()
        );
}
