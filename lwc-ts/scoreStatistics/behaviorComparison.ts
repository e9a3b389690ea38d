/**
 * Which behaviors (scorecard items) fail where: item pass rates by cohort, with a chi-square test
 * of homogeneity saying whether the cohorts' pass rates really differ.
 */
import {
    confidenceLevelOrDefault,
    requireArray,
    requireObject,
    requireText,
    requireWholeNumber,
    significanceLevelOrDefault
} from 'c/engineInputChecks';
import { chiSquareTestOfHomogeneity } from './contingencyTable';
import { passRateInterval, type NoPassRate, type PassRateInterval } from './scoreInterval';
import type { CohortVerdict } from './cohortComparison';

export interface CohortItemCounts {
    readonly cohort: string;
    readonly passed: number;
    readonly failed: number;
}

export interface ItemOutcome {
    readonly cohort: string;
    readonly passed: boolean;
}

export interface CohortPassRate {
    readonly cohort: string;
    readonly passed: number;
    readonly failed: number;
    readonly passRate: number;
    /** Wilson interval on the pass rate. */
    readonly interval: PassRateInterval | NoPassRate;
}

export interface BehaviorComparison {
    readonly cohorts: readonly CohortPassRate[];
    readonly chiSquare: number;
    readonly degreesOfFreedom: number;
    readonly pValue: number;
    /** Cramér's V, 0 (no association) to 1. */
    readonly cramersV: number;
    /** True when some expected count is below 5 and the p-value is only approximate. */
    readonly approximate: boolean;
    readonly significanceLevel: number;
    readonly verdict: CohortVerdict;
}

export interface BehaviorComparisonOptions {
    readonly confidence?: number;
    readonly significanceLevel?: number;
}

/** Adds up item outcomes (one per answered item) into pass/fail counts per cohort. */
export function tallyItemOutcomes(outcomes: readonly ItemOutcome[]): CohortItemCounts[] {
    requireArray('outcomes', outcomes);
    const counts = new Map<string, { passed: number; failed: number }>();
    outcomes.forEach((outcome, index) => {
        requireObject(`outcomes[${index}]`, outcome);
        const cohort = requireText(`outcomes[${index}].cohort`, outcome.cohort);
        if (typeof outcome.passed !== 'boolean') {
            throw new TypeError(`outcomes[${index}].passed must be true or false, got ${String(outcome.passed)}.`);
        }
        const cell = counts.get(cohort) ?? { passed: 0, failed: 0 };
        if (outcome.passed) {
            cell.passed += 1;
        } else {
            cell.failed += 1;
        }
        counts.set(cohort, cell);
    });
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([cohort, cell]) => ({ cohort, ...cell }));
}

/** Chi-square test of homogeneity of one behavior's pass rate across cohorts. */
export function compareBehaviorPassRates(
    counts: readonly CohortItemCounts[],
    options: BehaviorComparisonOptions = {}
): BehaviorComparison {
    requireArray('counts', counts);
    const confidence = confidenceLevelOrDefault(options.confidence);
    const significanceLevel = significanceLevelOrDefault(options.significanceLevel);
    const seen = new Set<string>();
    counts.forEach((entry, index) => {
        requireObject(`counts[${index}]`, entry);
        const cohort = requireText(`counts[${index}].cohort`, entry.cohort);
        requireWholeNumber(`counts[${index}].passed`, entry.passed);
        requireWholeNumber(`counts[${index}].failed`, entry.failed);
        if (entry.passed + entry.failed === 0) {
            throw new RangeError(`Cohort "${cohort}" has no answered items; leave it out of the comparison.`);
        }
        if (seen.has(cohort)) {
            throw new RangeError(`Cohort "${cohort}" appears twice; give one count per cohort.`);
        }
        seen.add(cohort);
    });
    if (counts.length < 2) {
        throw new RangeError(`Comparing pass rates needs at least two cohorts, got ${counts.length}.`);
    }
    const test = chiSquareTestOfHomogeneity(counts.map((entry) => [entry.passed, entry.failed]));
    return {
        cohorts: counts.map((entry) => ({
            cohort: entry.cohort,
            passed: entry.passed,
            failed: entry.failed,
            passRate: entry.passed / (entry.passed + entry.failed),
            interval: passRateInterval(entry.passed, entry.passed + entry.failed, confidence)
        })),
        chiSquare: test.chiSquare,
        degreesOfFreedom: test.degreesOfFreedom,
        pValue: test.pValue,
        cramersV: test.cramersV,
        approximate: test.cellsWithSmallExpectedCounts > 0,
        significanceLevel,
        verdict: test.pValue < significanceLevel ? 'systemic' : 'noise'
    };
}
