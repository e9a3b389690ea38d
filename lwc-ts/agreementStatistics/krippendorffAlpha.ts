/**
 * Krippendorff's alpha for nominal, ordinal, interval and ratio data, any number of raters, missing
 * ratings allowed (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 *
 *   alpha = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * with o_ck the coincidence matrix, n_c its marginals and n the number of pairable values.
 *
 * The sums are taken from per-unit value counts instead of a materialised matrix, which is the
 * same arithmetic regrouped: Σ_c Σ_k o_ck δ²_ck = Σ_u Σ_{c≠k} n_uc n_uk δ²_ck / (m_u − 1). For the
 * interval metric Σ_{c≠k} n_c n_k (c − k)² = 2 m Σ_c n_c (c − mean)², so a unit costs O(its ratings)
 * and the whole statistic O(raters × units). The ordinal metric of the paper,
 * δ_ck = Σ_{g=c..k} n_g − (n_c + n_k) / 2, is exactly the difference of mid-ranks
 * r_c = Σ_{g<c} n_g + n_c / 2 taken over the pairable values, so ordinal alpha is interval alpha on
 * mid-ranks. Only the ratio metric needs the pairs of distinct values (O(V²) for V distinct values).
 * `krippendorffAlphaFromCoincidences` keeps the textbook route for checking.
 */
import { tallyPairableValues, type PairableValues } from './pairableValues';
import type { ReliabilityData } from './reliabilityData';

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export const MEASUREMENT_LEVELS: readonly MeasurementLevel[] = Object.freeze([
    'nominal',
    'ordinal',
    'interval',
    'ratio'
]);

export interface KrippendorffAlphaResult {
    /** NaN when alpha is undefined (0/0); `undefinedReason` then says why. */
    readonly alpha: number;
    readonly level: MeasurementLevel;
    /** D_o: average disagreement between values paired within units. */
    readonly observedDisagreement: number;
    /** D_e: average disagreement between any two pairable values. */
    readonly expectedDisagreement: number;
    /** n: ratings in pairable units. */
    readonly pairableValues: number;
    readonly pairableUnits: number;
    /** Units with fewer than two ratings, left out as Krippendorff specifies. */
    readonly droppedUnits: number;
    readonly undefinedReason: string | null;
}

/** Throws a RangeError naming the level when it is not one of the four. */
export function checkMeasurementLevel(level: unknown): MeasurementLevel {
    if (!MEASUREMENT_LEVELS.includes(level as MeasurementLevel)) {
        throw new RangeError(
            `Level of measurement must be one of ${MEASUREMENT_LEVELS.join(', ')}; got ${String(level)}.`
        );
    }
    return level as MeasurementLevel;
}

/** Squared ratio difference ((c − k) / (c + k))², with 0 for the pair (0, 0). */
export function ratioDistance(c: number, k: number): number {
    const sum = c + k;
    if (sum === 0) {
        return 0;
    }
    const d = (c - k) / sum;
    return d * d;
}

/** Throws when ratio-level data hold a negative value (the ratio metric is for values from 0). */
export function checkRatioValues(values: Float64Array): void {
    if (values.length > 0 && values[0] < 0) {
        throw new RangeError(
            `The ratio level of measurement needs values of 0 or more; the data hold ${values[0]}. Use interval for signed scales.`
        );
    }
}

/**
 * Per pairable unit, Σ_{c≠k} n_uc n_uk δ²_ck over ordered pairs. These do not depend on the
 * marginals except for the ordinal metric, so they are computed once and reused by every bootstrap
 * resample. Returns null for ordinal.
 */
export function unitDisagreementSums(tally: PairableValues, level: MeasurementLevel): Float64Array | null {
    if (level === 'ordinal') {
        return null;
    }
    const { values, unitStart, unitSize, entryValue, entryCount, pairableUnitCount } = tally;
    const sums = new Float64Array(pairableUnitCount);
    for (let u = 0; u < pairableUnitCount; u += 1) {
        const start = unitStart[u];
        const end = unitStart[u + 1];
        const m = unitSize[u];
        if (level === 'nominal') {
            let sameValuePairs = 0;
            for (let e = start; e < end; e += 1) {
                sameValuePairs += entryCount[e] * entryCount[e];
            }
            sums[u] = m * m - sameValuePairs;
        } else if (level === 'interval') {
            sums[u] = 2 * m * centredSquares(values, entryValue, entryCount, start, end, m);
        } else {
            let pairs = 0;
            for (let e = start; e < end; e += 1) {
                const c = values[entryValue[e]];
                for (let f = e + 1; f < end; f += 1) {
                    pairs += entryCount[e] * entryCount[f] * ratioDistance(c, values[entryValue[f]]);
                }
            }
            sums[u] = 2 * pairs;
        }
    }
    return sums;
}

/** Σ n_e (x_e − mean)² over a unit's entries, with x read through `scale`; two passes for accuracy. */
function centredSquares(
    scale: Float64Array,
    entryValue: Int32Array,
    entryCount: Int32Array,
    start: number,
    end: number,
    m: number
): number {
    let sum = 0;
    for (let e = start; e < end; e += 1) {
        sum += entryCount[e] * scale[entryValue[e]];
    }
    const mean = sum / m;
    let squares = 0;
    for (let e = start; e < end; e += 1) {
        const d = scale[entryValue[e]] - mean;
        squares += entryCount[e] * d * d;
    }
    return squares;
}

/** Mid-ranks of the values from their (weighted) frequencies: r_c = Σ_{g<c} n_g + n_c / 2. */
export function midRanks(frequencies: Float64Array): Float64Array {
    const ranks = new Float64Array(frequencies.length);
    let below = 0;
    for (let c = 0; c < frequencies.length; c += 1) {
        ranks[c] = below + frequencies[c] / 2;
        below += frequencies[c];
    }
    return ranks;
}

export interface AlphaParts {
    readonly alpha: number;
    readonly observedDisagreement: number;
    readonly expectedDisagreement: number;
    readonly pairableValues: number;
    readonly undefinedReason: string | null;
}

/**
 * Alpha from the tallies, each pairable unit counted `unitWeights[u]` times (1 when no weights are
 * given). A bootstrap resample is a set of weights: how often each unit was drawn.
 */
export function alphaFromPairableValues(
    tally: PairableValues,
    level: MeasurementLevel,
    unitWeights: Float64Array | null = null,
    unitSums: Float64Array | null = unitDisagreementSums(tally, level)
): AlphaParts {
    const { values, unitStart, unitSize, entryValue, entryCount, pairableUnitCount } = tally;
    const valueCount = values.length;
    const frequencies = new Float64Array(valueCount);
    let n = 0;
    for (let u = 0; u < pairableUnitCount; u += 1) {
        const w = unitWeights === null ? 1 : unitWeights[u];
        if (w === 0) {
            continue;
        }
        n += w * unitSize[u];
        for (let e = unitStart[u]; e < unitStart[u + 1]; e += 1) {
            frequencies[entryValue[e]] += w * entryCount[e];
        }
    }
    if (n === 0) {
        return undefinedAlpha(
            'No unit was rated by two or more raters, so no ratings can be paired: alpha is undefined.'
        );
    }
    let occurring = 0;
    let onlyValue = 0;
    for (let c = 0; c < valueCount; c += 1) {
        if (frequencies[c] > 0) {
            occurring += 1;
            onlyValue = values[c];
        }
    }
    if (occurring < 2) {
        return undefinedAlpha(
            `Every pairable rating is ${onlyValue}: with no variation there is nothing to agree or disagree on, and alpha is 0/0.`,
            n
        );
    }

    // The ordinal metric is the interval metric on mid-ranks of the pairable values.
    const scale = level === 'ordinal' ? midRanks(frequencies) : values;

    let observedSum = 0;
    for (let u = 0; u < pairableUnitCount; u += 1) {
        const w = unitWeights === null ? 1 : unitWeights[u];
        if (w === 0) {
            continue;
        }
        const m = unitSize[u];
        const within =
            unitSums === null
                ? 2 * m * centredSquares(scale, entryValue, entryCount, unitStart[u], unitStart[u + 1], m)
                : unitSums[u];
        observedSum += (w * within) / (m - 1);
    }

    let expectedSum = 0;
    if (level === 'nominal') {
        let sameValuePairs = 0;
        for (let c = 0; c < valueCount; c += 1) {
            sameValuePairs += frequencies[c] * frequencies[c];
        }
        expectedSum = n * n - sameValuePairs;
    } else if (level === 'ratio') {
        for (let c = 0; c < valueCount; c += 1) {
            if (frequencies[c] === 0) {
                continue;
            }
            for (let k = c + 1; k < valueCount; k += 1) {
                expectedSum += frequencies[c] * frequencies[k] * ratioDistance(values[c], values[k]);
            }
        }
        expectedSum *= 2;
    } else {
        let sum = 0;
        for (let c = 0; c < valueCount; c += 1) {
            sum += frequencies[c] * scale[c];
        }
        const mean = sum / n;
        let squares = 0;
        for (let c = 0; c < valueCount; c += 1) {
            const d = scale[c] - mean;
            squares += frequencies[c] * d * d;
        }
        expectedSum = 2 * n * squares;
    }

    const observedDisagreement = observedSum / n;
    const expectedDisagreement = expectedSum / (n * (n - 1));
    return {
        alpha: 1 - observedDisagreement / expectedDisagreement,
        observedDisagreement,
        expectedDisagreement,
        pairableValues: n,
        undefinedReason: null
    };
}

function undefinedAlpha(reason: string, n = 0): AlphaParts {
    return {
        alpha: Number.NaN,
        observedDisagreement: n === 0 ? Number.NaN : 0,
        expectedDisagreement: n === 0 ? Number.NaN : 0,
        pairableValues: n,
        undefinedReason: reason
    };
}

/**
 * Krippendorff's alpha of reliability data (rows = raters, columns = units, null = not rated).
 * Units rated by fewer than two raters are dropped. When alpha is undefined — no pairable unit, or
 * every pairable rating the same value, both 0/0 — it returns NaN with the reason, rather than
 * throwing, so a calibration screen can show "no variation" beside the other figures.
 */
export function krippendorffAlpha(data: ReliabilityData, level: MeasurementLevel): KrippendorffAlphaResult {
    checkMeasurementLevel(level);
    const tally = tallyPairableValues(data);
    if (level === 'ratio') {
        checkRatioValues(tally.values);
    }
    const parts = alphaFromPairableValues(tally, level);
    return {
        alpha: parts.alpha,
        level,
        observedDisagreement: parts.observedDisagreement,
        expectedDisagreement: parts.expectedDisagreement,
        pairableValues: parts.pairableValues,
        pairableUnits: tally.pairableUnitCount,
        droppedUnits: tally.unitCount - tally.pairableUnitCount,
        undefinedReason: parts.undefinedReason
    };
}
