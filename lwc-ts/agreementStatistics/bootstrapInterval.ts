/**
 * Percentile bootstrap intervals (Efron & Tibshirani 1993, "An Introduction to the Bootstrap",
 * ch. 13): resample the units with replacement, recompute the statistic, and read the interval off
 * the α/2 and 1 − α/2 quantiles of the replicates. A resample is represented by how many times each
 * unit was drawn, so statistics that add up per-unit sums re-weight instead of copying data.
 *
 * Deterministic: the draws come from `c/seededRandom`, so the same seed, data and options give the
 * same interval, and the seed is returned for the audit trail.
 */
import { confidenceLevelOrDefault } from 'c/engineInputChecks';
import { createRandom } from 'c/seededRandom';

export interface BootstrapOptions {
    /** Recorded seed; the same seed replays the same resamples. */
    readonly seed: string | number;
    /** Number of resamples, default 1000. */
    readonly resamples?: number;
    /** Confidence level, default 0.95. */
    readonly confidence?: number;
}

export interface BootstrapInterval {
    /** The statistic on the data as given. */
    readonly estimate: number;
    readonly lower: number;
    readonly upper: number;
    readonly confidence: number;
    readonly resamples: number;
    /** Resamples where the statistic was defined; the others (NaN, e.g. no variation) are left out. */
    readonly usableResamples: number;
    readonly seed: string;
    readonly method: 'percentile';
}

export const DEFAULT_RESAMPLES = 1000;
export const MAX_RESAMPLES = 1_000_000;

export interface CheckedBootstrapOptions {
    readonly seed: string;
    readonly resamples: number;
    readonly confidence: number;
}

export function checkBootstrapOptions(options: BootstrapOptions): CheckedBootstrapOptions {
    if (options === null || typeof options !== 'object') {
        throw new TypeError('Bootstrap options are required: at least a seed, so the interval can be replayed.');
    }
    const { seed } = options;
    if (!((typeof seed === 'string' && seed !== '') || (typeof seed === 'number' && Number.isFinite(seed)))) {
        throw new TypeError(`A bootstrap needs a seed (text or a number) to be reproducible; got ${String(seed)}.`);
    }
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    if (!Number.isInteger(resamples) || resamples < 2 || resamples > MAX_RESAMPLES) {
        throw new RangeError(
            `The number of resamples is a whole number from 2 to ${MAX_RESAMPLES}, got ${String(resamples)}.`
        );
    }
    const confidence = confidenceLevelOrDefault(options.confidence);
    return { seed: String(seed), resamples, confidence };
}

/**
 * The p-quantile of sorted values by linear interpolation between order statistics
 * (Hyndman & Fan 1996, definition 7, R's default).
 */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
    if (sorted.length === 0) {
        return Number.NaN;
    }
    const h = (sorted.length - 1) * p;
    const below = Math.floor(h);
    const above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/**
 * Runs the bootstrap over `unitCount` units. `replicate` receives the draw counts of one resample
 * (Float64Array, summing to unitCount) and returns the statistic, NaN when undefined.
 */
export function percentileBootstrap(
    unitCount: number,
    estimate: number,
    replicate: (drawCounts: Float64Array) => number,
    options: BootstrapOptions
): BootstrapInterval {
    const { seed, resamples, confidence } = checkBootstrapOptions(options);
    if (!Number.isInteger(unitCount) || unitCount < 0) {
        throw new RangeError(`The number of units to resample is a whole number, got ${unitCount}.`);
    }
    const tail = (1 - confidence) / 2;
    if (unitCount === 0) {
        // Nothing to resample (e.g. no pairable unit): the interval is as undefined as the estimate.
        return {
            estimate,
            lower: Number.NaN,
            upper: Number.NaN,
            confidence,
            resamples,
            usableResamples: 0,
            seed,
            method: 'percentile'
        };
    }
    const random = createRandom(seed);
    const drawCounts = new Float64Array(unitCount);
    const values = new Float64Array(resamples);
    let usable = 0;
    for (let b = 0; b < resamples; b += 1) {
        drawCounts.fill(0);
        for (let draw = 0; draw < unitCount; draw += 1) {
            drawCounts[random.nextInt(unitCount)] += 1;
        }
        const value = replicate(drawCounts);
        if (!Number.isNaN(value)) {
            values[usable] = value;
            usable += 1;
        }
    }
    const sorted = values.slice(0, usable).sort();
    return {
        estimate,
        lower: quantileOfSorted(sorted, tail),
        upper: quantileOfSorted(sorted, 1 - tail),
        confidence,
        resamples,
        usableResamples: usable,
        seed,
        method: 'percentile'
    };
}
