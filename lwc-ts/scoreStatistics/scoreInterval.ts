/**
 * How sure can we be of an agent's score? A Student's t confidence interval on the mean of the
 * agent's assessment scores, and a Wilson score interval on a pass rate.
 *
 * The t interval is mean ± t(1 − α/2, n − 1) · s / √n (e.g. NIST/SEMATECH e-Handbook of
 * Statistical Methods, 2012, §7.2.2.1). With one assessment there is no spread to measure, so
 * the answer is "not enough assessments", never an invented width.
 */
import { confidenceLevelOrDefault, requireArray, requireNonNegative, requireWholeNumber } from 'c/engineInputChecks';
import { normalQuantile, studentTQuantile } from 'c/statisticalDistributions';
import { summarize } from './descriptiveStatistics';
import { requireScore } from './inputChecks';

export interface ScoreIntervalEstimate {
    readonly status: 'estimated';
    readonly count: number;
    readonly mean: number;
    readonly standardDeviation: number;
    readonly standardError: number;
    readonly confidence: number;
    readonly degreesOfFreedom: number;
    /** The t critical value t(1 − α/2, n − 1). */
    readonly criticalValue: number;
    /** Half the width: the "±" of the score. */
    readonly marginOfError: number;
    /** mean − margin, clipped to 0 because no score is below it. */
    readonly lower: number;
    /** mean + margin, clipped to 100 because no score is above it. */
    readonly upper: number;
}

export interface NotEnoughAssessments {
    readonly status: 'notEnoughAssessments';
    readonly count: number;
    /** The single score, or null when there are none. */
    readonly mean: number | null;
    readonly confidence: number;
    readonly message: string;
}

export type ScoreInterval = ScoreIntervalEstimate | NotEnoughAssessments;

export interface ScoreSummaryInput {
    readonly count: number;
    readonly mean: number;
    readonly standardDeviation: number;
}

function notEnough(count: number, mean: number | null, confidence: number): NotEnoughAssessments {
    return {
        status: 'notEnoughAssessments',
        count,
        mean,
        confidence,
        message:
            count === 0
                ? 'Not enough assessments: there are none yet.'
                : 'Not enough assessments: one score has no spread, so its interval cannot be estimated. At least two are needed.'
    };
}

function estimate(count: number, mean: number, standardDeviation: number, confidence: number): ScoreIntervalEstimate {
    const degreesOfFreedom = count - 1;
    const criticalValue = studentTQuantile((1 + confidence) / 2, degreesOfFreedom);
    const standardError = standardDeviation / Math.sqrt(count);
    const marginOfError = criticalValue * standardError;
    return {
        status: 'estimated',
        count,
        mean,
        standardDeviation,
        standardError,
        confidence,
        degreesOfFreedom,
        criticalValue,
        marginOfError,
        lower: Math.max(0, mean - marginOfError),
        upper: Math.min(100, mean + marginOfError)
    };
}

/**
 * The t interval for the mean of an agent's scores (each 0–100) at the given confidence
 * (default 95 %). Fewer than two scores give `status: 'notEnoughAssessments'`.
 */
export function meanScoreInterval(scores: readonly number[], confidenceLevel?: number): ScoreInterval {
    requireArray('scores', scores);
    const confidence = confidenceLevelOrDefault(confidenceLevel);
    scores.forEach((score, index) => requireScore(`scores[${index}]`, score));
    if (scores.length < 2) {
        return notEnough(scores.length, scores.length === 1 ? scores[0] : null, confidence);
    }
    const summary = summarize(scores);
    return estimate(summary.count, summary.mean, summary.standardDeviation as number, confidence);
}

/** The same interval from summary figures (count, mean, sample standard deviation), as KPI rows keep them. */
export function meanScoreIntervalFromSummary(summary: ScoreSummaryInput, confidenceLevel?: number): ScoreInterval {
    const confidence = confidenceLevelOrDefault(confidenceLevel);
    const count = requireWholeNumber('summary.count', summary?.count);
    if (count === 0) {
        return notEnough(0, null, confidence);
    }
    const mean = requireScore('summary.mean', summary.mean);
    if (count === 1) {
        return notEnough(1, mean, confidence);
    }
    const standardDeviation = requireNonNegative('summary.standardDeviation', summary.standardDeviation);
    return estimate(count, mean, standardDeviation, confidence);
}

export interface PassRateInterval {
    readonly status: 'estimated';
    readonly passed: number;
    readonly total: number;
    readonly rate: number;
    readonly confidence: number;
    readonly lower: number;
    readonly upper: number;
}

export interface NoPassRate {
    readonly status: 'notEnoughAssessments';
    readonly passed: 0;
    readonly total: 0;
    readonly rate: null;
    readonly confidence: number;
    readonly message: string;
}

/**
 * Wilson's score interval for a pass rate (Wilson 1927; Newcombe 1998, method 3). Unlike the
 * textbook p ± z√(p(1−p)/n) it stays inside [0, 1] and does not collapse to zero width at 0 % or
 * 100 %, which matters for agents with few assessments.
 */
export function passRateInterval(
    passed: number,
    total: number,
    confidenceLevel?: number
): PassRateInterval | NoPassRate {
    requireWholeNumber('passed', passed);
    requireWholeNumber('total', total);
    const confidence = confidenceLevelOrDefault(confidenceLevel);
    if (passed > total) {
        throw new RangeError(`passed (${passed}) cannot exceed total (${total}).`);
    }
    if (total === 0) {
        return {
            status: 'notEnoughAssessments',
            passed: 0,
            total: 0,
            rate: null,
            confidence,
            message: 'Not enough assessments: there are none yet.'
        };
    }
    const z = normalQuantile((1 + confidence) / 2);
    const rate = passed / total;
    const zSquared = z * z;
    const centre = rate + zSquared / (2 * total);
    const spread = z * Math.sqrt((rate * (1 - rate)) / total + zSquared / (4 * total * total));
    const scale = 1 + zSquared / total;
    return {
        status: 'estimated',
        passed,
        total,
        rate,
        confidence,
        lower: passed === 0 ? 0 : (centre - spread) / scale,
        upper: passed === total ? 1 : (centre + spread) / scale
    };
}
