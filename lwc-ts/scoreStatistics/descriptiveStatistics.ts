/**
 * Mean and spread of a list of scores, computed in two passes (the mean first, then squared
 * deviations from it) so scores near 100 do not lose digits to cancellation.
 */

export interface ScoreSummary {
    readonly count: number;
    readonly mean: number;
    /** Sample standard deviation (divisor n − 1); null for fewer than two scores. */
    readonly standardDeviation: number | null;
    /** Sum of squared deviations from the mean. */
    readonly sumOfSquares: number;
}

/** Summary of a non-empty list of finite numbers (the caller checks them). */
export function summarize(values: readonly number[]): ScoreSummary {
    const count = values.length;
    let total = 0;
    for (const value of values) {
        total += value;
    }
    const mean = total / count;
    let sumOfSquares = 0;
    for (const value of values) {
        sumOfSquares += (value - mean) * (value - mean);
    }
    return {
        count,
        mean,
        standardDeviation: count > 1 ? Math.sqrt(sumOfSquares / (count - 1)) : null,
        sumOfSquares
    };
}
