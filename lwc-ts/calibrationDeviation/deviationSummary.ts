/**
 * Summaries of deviations from the calibrator: evaluator − calibrator, so a positive deviation is
 * lenient (scored higher than the expert) and a negative one severe.
 */

export interface DeviationSummary {
    /** Comparisons made. */
    readonly count: number;
    /** Mean |evaluator − calibrator|; NaN when count is 0. */
    readonly meanAbsoluteDeviation: number;
    /** Mean (evaluator − calibrator): > 0 lenient, < 0 severe; NaN when count is 0. */
    readonly bias: number;
    /** Largest |evaluator − calibrator|; NaN when count is 0. */
    readonly maxAbsoluteDeviation: number;
    /** Comparisons with |deviation| ≤ tolerance (inclusive). */
    readonly withinTolerance: number;
    /** withinTolerance / count; NaN when count is 0. */
    readonly withinToleranceShare: number;
}

/**
 * Slack for the inclusive tolerance: decimal scores such as 85.3 − 80.3 come out as
 * 5.000000000000007 in binary floating point and must still count as exactly 5 points apart.
 */
const TOLERANCE_SLACK = 1e-9;

/** Running sums for one summary; add deviations, then `summary()`. */
export class DeviationTally {
    private count = 0;
    private absoluteSum = 0;
    private signedSum = 0;
    private maxAbsolute = 0;
    private within = 0;
    private readonly tolerance: number;

    constructor(tolerance: number) {
        this.tolerance = tolerance;
    }

    add(deviation: number): void {
        const absolute = Math.abs(deviation);
        this.count += 1;
        this.absoluteSum += absolute;
        this.signedSum += deviation;
        this.maxAbsolute = Math.max(this.maxAbsolute, absolute);
        if (absolute <= this.tolerance + TOLERANCE_SLACK) {
            this.within += 1;
        }
    }

    summary(): DeviationSummary {
        const { count } = this;
        return {
            count,
            meanAbsoluteDeviation: count === 0 ? Number.NaN : this.absoluteSum / count,
            bias: count === 0 ? Number.NaN : this.signedSum / count,
            maxAbsoluteDeviation: count === 0 ? Number.NaN : this.maxAbsolute,
            withinTolerance: this.within,
            withinToleranceShare: count === 0 ? Number.NaN : this.within / count
        };
    }
}

/** Throws a RangeError naming the option unless the tolerance is a finite number of 0 or more. */
export function checkTolerance(tolerance: unknown, name: string): number {
    if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
        throw new RangeError(`${name} must be a number of points, 0 or more; got ${String(tolerance)}.`);
    }
    return tolerance;
}
