/**
 * Are score differences between cohorts (teams, tenure bands, channels, sites) systemic or noise?
 * A one-way analysis of variance: F = [SS_between / (k − 1)] / [SS_within / (N − k)], its p-value
 * from the F distribution, and the share of the score variance the cohorts explain,
 * η² = SS_between / SS_total. Checked against NIST/SEMATECH e-Handbook of Statistical Methods
 * (2012), §7.4.3.3–7.4.3.4 (the one-way ANOVA example: F = 9.59 on 2 and 12 degrees of freedom).
 */
import {
    confidenceLevelOrDefault,
    requireArray,
    requireObject,
    requireText,
    significanceLevelOrDefault
} from 'c/engineInputChecks';
import { fUpperTail } from 'c/statisticalDistributions';
import { summarize } from './descriptiveStatistics';
import { requireScore } from './inputChecks';
import { meanScoreInterval, type ScoreInterval } from './scoreInterval';

export interface CohortScore {
    /** The cohort label: a team, tenure band, channel, site… */
    readonly cohort: string;
    readonly score: number;
}

export interface CohortSummary {
    readonly cohort: string;
    readonly count: number;
    readonly mean: number;
    readonly standardDeviation: number | null;
    /** t interval on the cohort's mean score, from the cohort's own spread. */
    readonly interval: ScoreInterval;
}

export type CohortVerdict = 'systemic' | 'noise';

export interface CohortComparison {
    readonly cohorts: readonly CohortSummary[];
    readonly grandMean: number;
    readonly sumOfSquaresBetween: number;
    readonly sumOfSquaresWithin: number;
    readonly degreesOfFreedomBetween: number;
    readonly degreesOfFreedomWithin: number;
    readonly meanSquareBetween: number;
    readonly meanSquareWithin: number;
    /** Infinity when every cohort is internally uniform but the cohorts differ. */
    readonly fStatistic: number;
    readonly pValue: number;
    /** η²: share of the total score variance explained by the cohorts (0–1). */
    readonly etaSquared: number;
    readonly significanceLevel: number;
    readonly verdict: CohortVerdict;
}

export interface CohortComparisonOptions {
    /** Confidence of each cohort's interval (default 0.95). */
    readonly confidence?: number;
    /** α of the F test (default 0.05). */
    readonly significanceLevel?: number;
}

export function compareCohortScores(
    scores: readonly CohortScore[],
    options: CohortComparisonOptions = {}
): CohortComparison {
    requireArray('scores', scores);
    const confidence = confidenceLevelOrDefault(options.confidence);
    const significanceLevel = significanceLevelOrDefault(options.significanceLevel);
    const byCohort = new Map<string, number[]>();
    scores.forEach((entry, index) => {
        requireObject(`scores[${index}]`, entry);
        const cohort = requireText(`scores[${index}].cohort`, entry.cohort);
        const score = requireScore(`scores[${index}].score`, entry.score);
        byCohort.set(cohort, [...(byCohort.get(cohort) ?? []), score]);
    });
    const k = byCohort.size;
    const total = scores.length;
    if (k < 2) {
        throw new RangeError(`Comparing cohorts needs scores from at least two cohorts, got ${k}.`);
    }
    if (total - k < 1) {
        throw new RangeError(
            `Comparing ${k} cohorts needs more scores than cohorts (got ${total}), so that the spread within cohorts can be measured.`
        );
    }
    const grandMean = summarize(scores.map((entry) => entry.score)).mean;
    let sumOfSquaresBetween = 0;
    let sumOfSquaresWithin = 0;
    const cohorts: CohortSummary[] = [...byCohort.keys()].sort().map((cohort) => {
        const values = byCohort.get(cohort) as number[];
        const summary = summarize(values);
        sumOfSquaresBetween += summary.count * (summary.mean - grandMean) ** 2;
        sumOfSquaresWithin += summary.sumOfSquares;
        return {
            cohort,
            count: summary.count,
            mean: summary.mean,
            standardDeviation: summary.standardDeviation,
            interval: meanScoreInterval(values, confidence)
        };
    });
    const degreesOfFreedomBetween = k - 1;
    const degreesOfFreedomWithin = total - k;
    const meanSquareBetween = sumOfSquaresBetween / degreesOfFreedomBetween;
    const meanSquareWithin = sumOfSquaresWithin / degreesOfFreedomWithin;
    // Differences below rounding noise of the scores are no differences at all.
    const between = sumOfSquaresBetween <= 1e-12 * Math.max(1, sumOfSquaresWithin) ? 0 : sumOfSquaresBetween;
    let fStatistic: number;
    if (between === 0) {
        fStatistic = 0;
    } else if (sumOfSquaresWithin === 0) {
        fStatistic = Infinity;
    } else {
        fStatistic = meanSquareBetween / meanSquareWithin;
    }
    const pValue = fStatistic === 0 ? 1 : fUpperTail(fStatistic, degreesOfFreedomBetween, degreesOfFreedomWithin);
    const totalSquares = between + sumOfSquaresWithin;
    return {
        cohorts,
        grandMean,
        sumOfSquaresBetween,
        sumOfSquaresWithin,
        degreesOfFreedomBetween,
        degreesOfFreedomWithin,
        meanSquareBetween,
        meanSquareWithin,
        fStatistic,
        pValue,
        etaSquared: totalSquares === 0 ? 0 : between / totalSquares,
        significanceLevel,
        verdict: pValue < significanceLevel ? 'systemic' : 'noise'
    };
}
