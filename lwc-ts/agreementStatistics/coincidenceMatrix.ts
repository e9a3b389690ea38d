/**
 * The coincidence matrix of reliability data and alpha computed from it term by term, as
 * Krippendorff (2011, "Computing Krippendorff's Alpha-Reliability") lays it out:
 *
 *   o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1)      n_c = Σ_k o_ck      n = Σ_c n_c
 *   alpha = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * `krippendorffAlpha` computes the same number without building the V × V matrix; this route is
 * kept for display (a calibration report can show where evaluators' values coincide) and as an
 * independent check of the fast one.
 */
import { checkMeasurementLevel, checkRatioValues, ratioDistance, type MeasurementLevel } from './krippendorffAlpha';
import { tallyPairableValues } from './pairableValues';
import type { ReliabilityData } from './reliabilityData';

export interface CoincidenceMatrix {
    /** The distinct pairable values, ascending; row and column order of `matrix`. */
    readonly values: number[];
    /** o_ck, symmetric. */
    readonly matrix: number[][];
    /** n_c: row sums, the frequencies of the pairable values. */
    readonly marginals: number[];
    /** n: the number of pairable values. */
    readonly pairableValues: number;
}

/** Guard for the dense V × V matrix; alpha itself has no such limit. */
export const MAX_COINCIDENCE_VALUES = 2000;

export function coincidenceMatrix(data: ReliabilityData): CoincidenceMatrix {
    const tally = tallyPairableValues(data);
    const size = tally.values.length;
    if (size > MAX_COINCIDENCE_VALUES) {
        throw new RangeError(
            `A coincidence matrix of ${size} distinct values would need ${size}² cells (the limit is ${MAX_COINCIDENCE_VALUES} values); krippendorffAlpha does not need the matrix.`
        );
    }
    const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    const { unitStart, unitSize, entryValue, entryCount } = tally;
    for (let u = 0; u < tally.pairableUnitCount; u += 1) {
        const share = 1 / (unitSize[u] - 1);
        for (let e = unitStart[u]; e < unitStart[u + 1]; e += 1) {
            const c = entryValue[e];
            const nc = entryCount[e];
            // Pairs of distinct raters who both chose c: n_uc (n_uc − 1).
            matrix[c][c] += nc * (nc - 1) * share;
            for (let f = unitStart[u]; f < unitStart[u + 1]; f += 1) {
                if (f !== e) {
                    matrix[c][entryValue[f]] += nc * entryCount[f] * share;
                }
            }
        }
    }
    const marginals = matrix.map((row) => row.reduce((sum, cell) => sum + cell, 0));
    return {
        values: Array.from(tally.values),
        matrix,
        marginals,
        pairableValues: marginals.reduce((sum, nc) => sum + nc, 0)
    };
}

/**
 * δ²_ck of the four metrics of Krippendorff (2011). The ordinal one is written as the
 * paper gives it (a sum of marginal frequencies between the two values), not through mid-ranks.
 */
export function squaredDifference(
    level: MeasurementLevel,
    c: number,
    k: number,
    values: readonly number[],
    marginals: readonly number[]
): number {
    if (c === k) {
        return 0;
    }
    switch (level) {
        case 'nominal':
            return 1;
        case 'interval':
            return (values[c] - values[k]) ** 2;
        case 'ratio':
            return ratioDistance(values[c], values[k]);
        default: {
            const low = Math.min(c, k);
            const high = Math.max(c, k);
            let between = 0;
            for (let g = low; g <= high; g += 1) {
                between += marginals[g];
            }
            return (between - (marginals[c] + marginals[k]) / 2) ** 2;
        }
    }
}

/** Alpha from a coincidence matrix; NaN when it is 0/0 (no pairable values, or no variation). */
export function krippendorffAlphaFromCoincidences(coincidences: CoincidenceMatrix, level: MeasurementLevel): number {
    checkMeasurementLevel(level);
    const { values, matrix, marginals, pairableValues: n } = coincidences;
    if (level === 'ratio') {
        checkRatioValues(Float64Array.from(values));
    }
    let observed = 0;
    let expected = 0;
    for (let c = 0; c < values.length; c += 1) {
        for (let k = 0; k < values.length; k += 1) {
            const delta = squaredDifference(level, c, k, values, marginals);
            observed += matrix[c][k] * delta;
            expected += marginals[c] * marginals[k] * delta;
        }
    }
    if (n === 0 || expected === 0) {
        return Number.NaN;
    }
    return 1 - ((n - 1) * observed) / expected;
}
