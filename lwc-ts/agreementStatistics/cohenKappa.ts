/**
 * Cohen's kappa for two raters (Cohen 1960) and weighted kappa (Cohen 1968, "Weighted kappa:
 * nominal scale agreement with provision for scaled disagreement or partial credit", Psychological
 * Bulletin 70: 213–220), written with disagreement weights v_ij as Cohen wrote it:
 *
 *   kappa_w = 1 − Σ v_ij p_ij / Σ v_ij p_i. p_.j
 *
 * Unweighted kappa is v_ij = 1 off the diagonal. For ordered categories, linear weights
 * v_ij = |i − j| (Cicchetti–Allison) and quadratic weights v_ij = (i − j)² (Fleiss–Cohen) count
 * positions on the category list, so a scale point nobody used still keeps its place when the
 * categories are given. Rows of a table are the first rater, columns the second.
 */
import { unitLabel, type Rating } from './reliabilityData';

export type KappaWeighting = 'unweighted' | 'linear' | 'quadratic' | readonly (readonly number[])[];

export interface CohenKappaResult {
    /** NaN when undefined (chance disagreement 0); `undefinedReason` says why. */
    readonly kappa: number;
    /** 1 − Σ v_ij p_ij / max v: exact agreement when unweighted, partial credit when weighted. */
    readonly observedAgreement: number;
    /** The same under independence of the two raters' marginals. */
    readonly expectedAgreement: number;
    readonly weighting: 'unweighted' | 'linear' | 'quadratic' | 'custom';
    /** Total count in the table: rated pairs. */
    readonly subjects: number;
    readonly undefinedReason: string | null;
}

export interface CohenRatingsResult extends CohenKappaResult {
    /** Ordered categories: the row and column order of `table`. */
    readonly categories: number[];
    readonly table: number[][];
    /** Units left out because one or both raters gave no rating. */
    readonly droppedPairs: number;
}

export interface CohenKappaOptions {
    readonly weighting?: KappaWeighting;
    /** The ordered scale; defaults to the distinct values either rater used, ascending. */
    readonly categories?: readonly number[];
}

/** Disagreement weights v_ij for k ordered categories (custom weights are checked and copied). */
export function disagreementWeights(categoryCount: number, weighting: KappaWeighting): Float64Array {
    const k = categoryCount;
    const weights = new Float64Array(k * k);
    if (typeof weighting !== 'string') {
        checkCustomWeights(weighting, k);
        for (let i = 0; i < k; i += 1) {
            for (let j = 0; j < k; j += 1) {
                weights[i * k + j] = weighting[i][j];
            }
        }
        return weights;
    }
    if (weighting !== 'unweighted' && weighting !== 'linear' && weighting !== 'quadratic') {
        throw new RangeError(
            `Kappa weighting must be unweighted, linear, quadratic or a matrix of disagreement weights; got ${String(weighting)}.`
        );
    }
    for (let i = 0; i < k; i += 1) {
        for (let j = 0; j < k; j += 1) {
            const distance = Math.abs(i - j);
            weights[i * k + j] =
                weighting === 'unweighted' ? Math.min(distance, 1) : weighting === 'linear' ? distance : distance ** 2;
        }
    }
    return weights;
}

function checkCustomWeights(weighting: readonly (readonly number[])[], k: number): void {
    if (!Array.isArray(weighting) || weighting.length !== k) {
        throw new RangeError(
            `Custom kappa weights must be a ${k} × ${k} matrix (one row per category), got ${Array.isArray(weighting) ? weighting.length : 'no'} rows.`
        );
    }
    let positive = false;
    weighting.forEach((row, i) => {
        if (!Array.isArray(row) || row.length !== k) {
            throw new RangeError(`Custom kappa weights row ${i + 1} must have ${k} entries.`);
        }
        row.forEach((weight, j) => {
            if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
                throw new RangeError(
                    `Custom kappa weight (${i + 1}, ${j + 1}) is ${String(weight)}; disagreement weights are finite numbers of 0 or more.`
                );
            }
            if (i === j && weight !== 0) {
                throw new RangeError(
                    `Custom kappa weight (${i + 1}, ${i + 1}) is ${weight}; agreeing on a category is no disagreement, so the diagonal must be 0.`
                );
            }
            positive = positive || weight > 0;
        });
    });
    if (!positive) {
        throw new RangeError('Custom kappa weights are all 0: no disagreement would ever count.');
    }
}

function weightingName(weighting: KappaWeighting): CohenKappaResult['weighting'] {
    return typeof weighting === 'string' ? (weighting as CohenKappaResult['weighting']) : 'custom';
}

/** Kappa from a k × k table in row-major order (counts or proportions) and disagreement weights. */
export function kappaFromCells(
    cells: Float64Array,
    k: number,
    weights: Float64Array,
    weighting: CohenKappaResult['weighting']
): CohenKappaResult {
    const rows = new Float64Array(k);
    const columns = new Float64Array(k);
    let total = 0;
    for (let i = 0; i < k; i += 1) {
        for (let j = 0; j < k; j += 1) {
            const cell = cells[i * k + j];
            rows[i] += cell;
            columns[j] += cell;
            total += cell;
        }
    }
    let maxWeight = 0;
    let observed = 0;
    let expected = 0;
    for (let i = 0; i < k; i += 1) {
        for (let j = 0; j < k; j += 1) {
            const v = weights[i * k + j];
            maxWeight = Math.max(maxWeight, v);
            observed += (v * cells[i * k + j]) / total;
            expected += (v * (rows[i] / total) * columns[j]) / total;
        }
    }
    const scale = maxWeight > 0 ? maxWeight : 1;
    const undefinedReason =
        expected === 0
            ? 'Both raters put every subject in the same category (or weights give no chance disagreement): kappa is 0/0.'
            : null;
    return {
        kappa: undefinedReason === null ? 1 - observed / expected : Number.NaN,
        observedAgreement: 1 - observed / scale,
        expectedAgreement: 1 - expected / scale,
        weighting,
        subjects: total,
        undefinedReason
    };
}

/** Cohen's kappa from a square table of counts or proportions: rows first rater, columns second. */
export function cohenKappaFromTable(
    table: readonly (readonly number[])[],
    weighting: KappaWeighting = 'unweighted'
): CohenKappaResult {
    if (!Array.isArray(table) || table.length === 0) {
        throw new RangeError('Cohen’s kappa needs a square table with at least one category.');
    }
    const k = table.length;
    const cells = new Float64Array(k * k);
    let total = 0;
    table.forEach((row, i) => {
        if (!Array.isArray(row) || row.length !== k) {
            throw new RangeError(
                `Row ${i + 1} of the agreement table has ${Array.isArray(row) ? row.length : 'no'} cells; the table must be ${k} × ${k}.`
            );
        }
        row.forEach((cell, j) => {
            if (typeof cell !== 'number' || !Number.isFinite(cell) || cell < 0) {
                throw new RangeError(
                    `Cell (${i + 1}, ${j + 1}) of the agreement table is ${String(cell)}; cells are counts or proportions of 0 or more.`
                );
            }
            cells[i * k + j] = cell;
            total += cell;
        });
    });
    if (total === 0) {
        throw new RangeError('The agreement table is empty: every cell is 0.');
    }
    return kappaFromCells(cells, k, disagreementWeights(k, weighting), weightingName(weighting));
}

export interface PairedCodes {
    readonly categories: number[];
    /** Category index of each pair's first and second rating (complete pairs only). */
    readonly first: Int32Array;
    readonly second: Int32Array;
    readonly droppedPairs: number;
}

/** Checks two raters' ratings and turns complete pairs into category indices. */
export function pairCategoryCodes(
    first: readonly Rating[],
    second: readonly Rating[],
    categories?: readonly number[]
): PairedCodes {
    if (!Array.isArray(first) || !Array.isArray(second)) {
        throw new TypeError('Cohen’s kappa needs two arrays of ratings, one per rater.');
    }
    if (first.length !== second.length) {
        throw new RangeError(
            `The first rater has ${first.length} ratings but the second has ${second.length}; they must rate the same units.`
        );
    }
    const check = (value: unknown, rater: number, u: number): void => {
        if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
            throw new TypeError(
                `Rater ${rater}, ${unitLabel(u)} has ${value === undefined ? 'undefined (use null for a missing rating)' : String(value)}; a rating is a finite number or null.`
            );
        }
    };
    const complete: number[] = [];
    first.forEach((a, u) => {
        check(a, 1, u);
        check(second[u], 2, u);
        if (a !== null && second[u] !== null) {
            complete.push(u);
        }
    });
    if (complete.length === 0) {
        throw new RangeError('No unit was rated by both raters, so there is nothing to compare.');
    }
    let ordered: number[];
    if (categories === undefined) {
        const seen = new Set<number>();
        complete.forEach((u) => {
            seen.add(first[u] as number);
            seen.add(second[u] as number);
        });
        ordered = [...seen].sort((a, b) => a - b);
    } else {
        if (!Array.isArray(categories) || categories.length === 0) {
            throw new RangeError('The category list must be a non-empty array of the scale’s values, in order.');
        }
        ordered = [...categories];
        if (new Set(ordered).size !== ordered.length) {
            throw new RangeError('The category list repeats a value; each scale point appears once.');
        }
    }
    const index = new Map(ordered.map((category, i) => [category, i]));
    const codes = (ratings: readonly Rating[], rater: number): Int32Array =>
        Int32Array.from(complete, (u) => {
            const code = index.get(ratings[u] as number);
            if (code === undefined) {
                throw new RangeError(
                    `Rater ${rater}, ${unitLabel(u)} has ${String(ratings[u])}, which is not in the category list (${ordered.join(', ')}).`
                );
            }
            return code;
        });
    return {
        categories: ordered,
        first: codes(first, 1),
        second: codes(second, 2),
        droppedPairs: first.length - complete.length
    };
}

/** The k × k table of pair counts, pair p counted `weights[p]` times when weights are given. */
export function pairTable(pairs: PairedCodes, weights: Float64Array | null = null): Float64Array {
    const k = pairs.categories.length;
    const cells = new Float64Array(k * k);
    for (let p = 0; p < pairs.first.length; p += 1) {
        cells[pairs.first[p] * k + pairs.second[p]] += weights === null ? 1 : weights[p];
    }
    return cells;
}

/**
 * Cohen's kappa from two raters' ratings of the same units (null = not rated; such units are
 * dropped and counted).
 */
export function cohenKappa(
    first: readonly Rating[],
    second: readonly Rating[],
    options: CohenKappaOptions = {}
): CohenRatingsResult {
    const weighting = options.weighting ?? 'unweighted';
    const pairs = pairCategoryCodes(first, second, options.categories);
    const k = pairs.categories.length;
    const cells = pairTable(pairs);
    const result = kappaFromCells(cells, k, disagreementWeights(k, weighting), weightingName(weighting));
    const table = Array.from({ length: k }, (_, i) => Array.from(cells.subarray(i * k, (i + 1) * k)));
    return { ...result, categories: pairs.categories, table, droppedPairs: pairs.droppedPairs };
}
