/**
 * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychological
 * Bulletin 76: 378–382) for nominal categories when every subject gets the same number of ratings n,
 * not necessarily from the same raters:
 *
 *   P_i = (Σ_j n_ij² − n) / (n (n − 1))      P̄ = mean of P_i
 *   p_j = Σ_i n_ij / (N n)                   P̄e = Σ_j p_j²
 *   kappa = (P̄ − P̄e) / (1 − P̄e)
 *
 * and the kappa of each category, κ_j = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j q_j), whose
 * p_j q_j-weighted mean is the overall kappa (Fleiss 1971, eq. 11–12). When some subjects have fewer
 * ratings, use Krippendorff's alpha (nominal) instead: it handles missing ratings.
 */
import { checkReliabilityData, unitLabel, type ReliabilityData } from './reliabilityData';

export interface FleissKappaResult {
    /** NaN when undefined (every rating in one category); `undefinedReason` says why. */
    readonly kappa: number;
    /** P̄: mean share of agreeing rater pairs per subject. */
    readonly observedAgreement: number;
    /** P̄e: agreement expected by chance from the category proportions. */
    readonly expectedAgreement: number;
    readonly subjects: number;
    readonly ratingsPerSubject: number;
    /** p_j, in the column order of the counts. */
    readonly categoryProportions: number[];
    /** κ_j; NaN for a category nobody or everybody used. */
    readonly categoryKappas: number[];
    readonly undefinedReason: string | null;
}

export interface FleissRatingsResult extends FleissKappaResult {
    /** The categories found in the ratings, ascending: the column order of the results. */
    readonly categories: number[];
}

/** Subject × category counts, checked: same number of ratings n ≥ 2 per subject, whole counts. */
export function checkFleissCounts(counts: readonly (readonly number[])[]): { subjects: number; n: number } {
    if (!Array.isArray(counts) || counts.length === 0) {
        throw new RangeError('Fleiss’ kappa needs at least one subject: a table of counts, one row per subject.');
    }
    const categories = Array.isArray(counts[0]) ? counts[0].length : 0;
    if (categories === 0) {
        throw new RangeError('Fleiss’ kappa needs at least one category column in the counts.');
    }
    let n = -1;
    counts.forEach((row, i) => {
        if (!Array.isArray(row) || row.length !== categories) {
            throw new RangeError(
                `Subject ${i + 1} has ${Array.isArray(row) ? row.length : 'no'} category counts but subject 1 has ${categories}.`
            );
        }
        let total = 0;
        row.forEach((count, j) => {
            if (!Number.isInteger(count) || count < 0) {
                throw new RangeError(
                    `Subject ${i + 1}, category ${j + 1} has count ${String(count)}; counts are whole numbers of 0 or more.`
                );
            }
            total += count;
        });
        if (n === -1) {
            n = total;
            if (n < 2) {
                throw new RangeError(`Subject 1 has ${n} ratings; Fleiss’ kappa needs at least 2 per subject.`);
            }
        } else if (total !== n) {
            throw new RangeError(
                `Subject ${i + 1} has ${total} ratings but subject 1 has ${n}; Fleiss’ kappa needs the same number on every subject (Krippendorff’s alpha handles missing ratings).`
            );
        }
    });
    return { subjects: counts.length, n };
}

/**
 * Kappa with subject i counted `weights[i]` times (a bootstrap resample); all weights 1 by default.
 * Expects counts already checked.
 */
export function fleissKappaWeighted(
    counts: readonly (readonly number[])[],
    n: number,
    weights: Float64Array | null = null
): FleissKappaResult {
    const categoryCount = counts[0].length;
    const totals = new Float64Array(categoryCount);
    const disagreements = new Float64Array(categoryCount);
    let subjects = 0;
    let agreementSum = 0;
    counts.forEach((row, i) => {
        const w = weights === null ? 1 : weights[i];
        if (w === 0) {
            return;
        }
        subjects += w;
        let squares = 0;
        for (let j = 0; j < categoryCount; j += 1) {
            const nij = row[j];
            squares += nij * nij;
            totals[j] += w * nij;
            disagreements[j] += w * nij * (n - nij);
        }
        agreementSum += (w * (squares - n)) / (n * (n - 1));
    });
    const ratings = subjects * n;
    const categoryProportions = Array.from(totals, (total) => total / ratings);
    const observedAgreement = agreementSum / subjects;
    const expectedAgreement = categoryProportions.reduce((sum, p) => sum + p * p, 0);
    const categoryKappas = categoryProportions.map((p, j) => {
        // A category nobody (or everybody) used has no kappa of its own.
        return p > 0 && p < 1 ? 1 - disagreements[j] / (ratings * (n - 1) * p * (1 - p)) : Number.NaN;
    });
    const used = categoryProportions.filter((p) => p > 0).length;
    const undefinedReason =
        used < 2 ? 'Every rating falls in one category: chance agreement is 1 and kappa is 0/0.' : null;
    return {
        kappa:
            undefinedReason === null ? (observedAgreement - expectedAgreement) / (1 - expectedAgreement) : Number.NaN,
        observedAgreement,
        expectedAgreement,
        subjects,
        ratingsPerSubject: n,
        categoryProportions,
        categoryKappas,
        undefinedReason
    };
}

/** Fleiss' kappa from a subject × category table of counts (Fleiss 1971's layout). */
export function fleissKappa(counts: readonly (readonly number[])[]): FleissKappaResult {
    const { n } = checkFleissCounts(counts);
    return fleissKappaWeighted(counts, n);
}

/**
 * Counts per unit and category from reliability data (rows = raters, columns = units). Every unit
 * must have the same number of ratings; which raters gave them may differ.
 */
export function fleissCountsFromRatings(data: ReliabilityData): { categories: number[]; counts: number[][] } {
    const { raterCount, unitCount } = checkReliabilityData(data);
    const categorySet = new Set<number>();
    for (const row of data) {
        for (const value of row) {
            if (value !== null) {
                categorySet.add(value);
            }
        }
    }
    const categories = [...categorySet].sort((a, b) => a - b);
    const column = new Map(categories.map((category, j) => [category, j]));
    const counts: number[][] = [];
    let firstCount = -1;
    for (let u = 0; u < unitCount; u += 1) {
        const row = new Array<number>(categories.length).fill(0);
        let rated = 0;
        for (let r = 0; r < raterCount; r += 1) {
            const value = data[r][u];
            if (value !== null) {
                row[column.get(value) as number] += 1;
                rated += 1;
            }
        }
        if (firstCount === -1) {
            firstCount = rated;
        } else if (rated !== firstCount) {
            throw new RangeError(
                `${unitLabel(u)} has ${rated} ratings but ${unitLabel(0)} has ${firstCount}; Fleiss’ kappa needs the same number on every unit (Krippendorff’s alpha handles missing ratings).`
            );
        }
        counts.push(row);
    }
    if (firstCount < 2) {
        throw new RangeError(
            `Every unit has ${firstCount} rating${firstCount === 1 ? '' : 's'}; Fleiss’ kappa needs at least 2 per unit.`
        );
    }
    return { categories, counts };
}

/** Fleiss' kappa from reliability data, categories being the distinct rating values. */
export function fleissKappaFromRatings(data: ReliabilityData): FleissRatingsResult {
    const { categories, counts } = fleissCountsFromRatings(data);
    return { ...fleissKappa(counts), categories };
}
