import { createRandom } from 'c/seededRandom';

/**
 * Seeded reliability data: each unit has a true value on a 1..scale scale; each rater reports it
 * with probability `accuracy`, otherwise a uniform value; a rating is missing with `missingShare`.
 */
export function generatedRatings(
    seed: string,
    raters: number,
    units: number,
    { scale = 5, accuracy = 0.6, missingShare = 0.2 } = {}
): (number | null)[][] {
    const random = createRandom(seed);
    const truth = Array.from({ length: units }, () => 1 + random.nextInt(scale));
    return Array.from({ length: raters }, () =>
        truth.map((value) => {
            if (random.nextFloat() < missingShare) {
                return null;
            }
            return random.nextFloat() < accuracy ? value : 1 + random.nextInt(scale);
        })
    );
}

/** The units of `data` repeated as `drawCounts` says (column u repeated drawCounts[u] times). */
export function repeatUnits<T>(data: readonly (readonly T[])[], drawCounts: readonly number[]): T[][] {
    return data.map((row) => row.flatMap((value, u) => new Array<T>(drawCounts[u]).fill(value)));
}

/** Seeded draw counts of a bootstrap-like resample of n units. */
export function seededDrawCounts(seed: string, n: number): number[] {
    const random = createRandom(seed);
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i += 1) {
        counts[random.nextInt(n)] += 1;
    }
    return counts;
}

export const transpose = <T>(rows: readonly (readonly T[])[]): T[][] =>
    rows[0].map((_, j) => rows.map((row) => row[j]));
