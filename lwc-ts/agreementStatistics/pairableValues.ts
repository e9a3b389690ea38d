/**
 * Per-unit value counts of the pairable units of reliability data: the sufficient statistics of
 * Krippendorff's alpha. A unit is pairable when at least two raters rated it (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"); the others carry no information about
 * agreement and are dropped. From these counts both the coincidence matrix and alpha follow without
 * looking at individual raters again, which is what makes large sessions fast and bootstrap resamples
 * cheap (a resample only re-weights units).
 */
import { checkRating, checkReliabilityShape, type ReliabilityData } from './reliabilityData';

export interface PairableValues {
    /** Distinct values that occur in pairable units, ascending. */
    readonly values: Float64Array;
    readonly raterCount: number;
    /** Units in the data, pairable or not. */
    readonly unitCount: number;
    /** Units with at least two ratings. */
    readonly pairableUnitCount: number;
    /** Column index of each pairable unit in the data. */
    readonly pairableUnitColumn: Int32Array;
    /** m_u: ratings in each pairable unit. */
    readonly unitSize: Int32Array;
    /** Entries of pairable unit u are unitStart[u] .. unitStart[u + 1] - 1. */
    readonly unitStart: Int32Array;
    /** Index into `values` of each entry. */
    readonly entryValue: Int32Array;
    /** n_uc: how many raters gave that value in that unit. */
    readonly entryCount: Int32Array;
}

/** Small whole numbers (every rating scale in practice) get codes without a hash lookup. */
const DIRECT_CODES = 4096;

/**
 * Reads the data once by rater (validating every cell), then once by unit over compact codes.
 * O(raters × units) time and memory for the codes; no work grows with the square of anything.
 */
export function tallyPairableValues(data: ReliabilityData): PairableValues {
    const { raterCount, unitCount } = checkReliabilityShape(data);

    // Pass 1, rater by rater: validate, count ratings per unit, give each distinct value a code.
    const codes = new Int32Array(raterCount * unitCount);
    const unitRatings = new Int32Array(unitCount);
    const directCode = new Int32Array(DIRECT_CODES).fill(-1);
    const otherCode = new Map<number, number>();
    const codeValue: number[] = [];
    for (let r = 0; r < raterCount; r += 1) {
        const row = data[r];
        const offset = r * unitCount;
        for (let u = 0; u < unitCount; u += 1) {
            const value = row[u];
            if (value === null) {
                codes[offset + u] = -1;
                continue;
            }
            if (typeof value !== 'number' || !Number.isFinite(value)) {
                checkRating(value, r, u);
            }
            let code: number;
            if (value >= 0 && value < DIRECT_CODES && (value | 0) === value) {
                code = directCode[value];
                if (code < 0) {
                    code = codeValue.length;
                    directCode[value] = code;
                    codeValue.push(value);
                }
            } else {
                // -0 and 0 are one value (Map keys compare with SameValueZero).
                const known = otherCode.get(value);
                if (known === undefined) {
                    code = codeValue.length;
                    otherCode.set(value, code);
                    codeValue.push(value);
                } else {
                    code = known;
                }
            }
            codes[offset + u] = code;
            unitRatings[u] += 1;
        }
    }

    let pairableUnitCount = 0;
    let pairableRatings = 0;
    for (let u = 0; u < unitCount; u += 1) {
        if (unitRatings[u] >= 2) {
            pairableUnitCount += 1;
            pairableRatings += unitRatings[u];
        }
    }

    // Pass 2, unit by unit: count each code within the unit.
    const pairableUnitColumn = new Int32Array(pairableUnitCount);
    const unitSize = new Int32Array(pairableUnitCount);
    const unitStart = new Int32Array(pairableUnitCount + 1);
    const entryCode = new Int32Array(pairableRatings);
    const entryCount = new Int32Array(pairableRatings);
    const countInUnit = new Int32Array(codeValue.length);
    const used = new Uint8Array(codeValue.length);
    const touched = new Int32Array(raterCount);
    let entries = 0;
    let p = 0;
    for (let u = 0; u < unitCount; u += 1) {
        if (unitRatings[u] < 2) {
            continue;
        }
        let touchedCount = 0;
        for (let r = 0, at = u; r < raterCount; r += 1, at += unitCount) {
            const code = codes[at];
            if (code < 0) {
                continue;
            }
            if (countInUnit[code] === 0) {
                touched[touchedCount] = code;
                touchedCount += 1;
            }
            countInUnit[code] += 1;
        }
        pairableUnitColumn[p] = u;
        unitSize[p] = unitRatings[u];
        unitStart[p] = entries;
        for (let t = 0; t < touchedCount; t += 1) {
            const code = touched[t];
            entryCode[entries] = code;
            entryCount[entries] = countInUnit[code];
            entries += 1;
            countInUnit[code] = 0;
            used[code] = 1;
        }
        p += 1;
    }
    unitStart[pairableUnitCount] = entries;

    // Distinct pairable values in ascending order; entries point at their rank.
    const usedCodes: number[] = [];
    for (let code = 0; code < codeValue.length; code += 1) {
        if (used[code] === 1) {
            usedCodes.push(code);
        }
    }
    usedCodes.sort((a, b) => codeValue[a] - codeValue[b]);
    const values = new Float64Array(usedCodes.length);
    const rankOfCode = new Int32Array(codeValue.length);
    usedCodes.forEach((code, rank) => {
        values[rank] = codeValue[code];
        rankOfCode[code] = rank;
    });
    const entryValue = new Int32Array(entries);
    for (let e = 0; e < entries; e += 1) {
        entryValue[e] = rankOfCode[entryCode[e]];
    }

    return {
        values,
        raterCount,
        unitCount,
        pairableUnitCount,
        pairableUnitColumn,
        unitSize,
        unitStart,
        entryValue,
        entryCount: entryCount.slice(0, entries)
    };
}
