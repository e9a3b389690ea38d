/**
 * The shape every statistic in this bundle reads: a reliability data matrix with one row per rater
 * (evaluator) and one column per unit (the interaction, or the scorecard item on an interaction),
 * `null` where a rater gave no rating. This is Krippendorff's canonical layout; error messages count
 * raters and units from 1, as a person reading the session grid would.
 */

/** A rating on the scale, or null when the rater did not rate the unit. */
export type Rating = number | null;

/** Rows are raters, columns are units. */
export type ReliabilityData = readonly (readonly Rating[])[];

/** One rating in long form, as stored: which unit, which rater, what value (null for none). */
export interface RatingRecord {
    readonly unit: string | number;
    readonly rater: string | number;
    readonly value: Rating;
}

/** Long-form ratings turned into a matrix, with the unit and rater ids in row and column order. */
export interface ReliabilityMatrix {
    readonly raters: (string | number)[];
    readonly units: (string | number)[];
    readonly data: Rating[][];
}

export interface ReliabilityDataShape {
    readonly raterCount: number;
    readonly unitCount: number;
}

/** "rater 3" for row index 2: messages count from 1. */
export const raterLabel = (rowIndex: number): string => `rater ${rowIndex + 1}`;
export const unitLabel = (columnIndex: number): string => `unit ${columnIndex + 1}`;

/**
 * Checks the matrix shape only (cheap): at least `minimumRaters` rows, all arrays of the same,
 * non-zero length. Cell values are checked by `checkRating` where each statistic reads them, so
 * large matrices are read once.
 */
export function checkReliabilityShape(data: ReliabilityData, minimumRaters = 2): ReliabilityDataShape {
    if (!Array.isArray(data)) {
        throw new TypeError('Reliability data must be an array of raters, each an array of ratings per unit.');
    }
    if (data.length < minimumRaters) {
        throw new RangeError(`Reliability data needs at least ${minimumRaters} raters, got ${data.length}.`);
    }
    const first = data[0];
    if (!Array.isArray(first)) {
        throw new TypeError(`${raterLabel(0)} is not an array of ratings.`);
    }
    const unitCount = first.length;
    if (unitCount === 0) {
        throw new RangeError('Reliability data has no units: every rater has 0 ratings.');
    }
    for (let r = 1; r < data.length; r += 1) {
        const row = data[r];
        if (!Array.isArray(row)) {
            throw new TypeError(`${raterLabel(r)} is not an array of ratings.`);
        }
        if (row.length !== unitCount) {
            throw new RangeError(
                `${raterLabel(r)} has ${row.length} values but there are ${unitCount} units (${raterLabel(0)} has ${unitCount}).`
            );
        }
    }
    return { raterCount: data.length, unitCount };
}

/** Throws a TypeError naming the cell when a value is neither a finite number nor null. */
export function checkRating(value: unknown, rowIndex: number, columnIndex: number): void {
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) {
        return;
    }
    throw new TypeError(
        `${raterLabel(rowIndex)}, ${unitLabel(columnIndex)} has ${describe(value)}; a rating is a finite number, or null when missing.`
    );
}

/** Checks shape and every cell; for the small-matrix statistics (kappa, ICC). */
export function checkReliabilityData(data: ReliabilityData, minimumRaters = 2): ReliabilityDataShape {
    const shape = checkReliabilityShape(data, minimumRaters);
    for (let r = 0; r < shape.raterCount; r += 1) {
        const row = data[r];
        for (let u = 0; u < shape.unitCount; u += 1) {
            checkRating(row[u], r, u);
        }
    }
    return shape;
}

function describe(value: unknown): string {
    if (value === undefined) {
        return 'undefined (use null for a missing rating)';
    }
    if (typeof value === 'number') {
        return String(value);
    }
    if (typeof value === 'string') {
        return `the text "${value}"`;
    }
    return `a ${typeof value}`;
}

const isId = (id: unknown): id is string | number =>
    (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id));

/**
 * Builds the matrix from long-form records ({unit, rater, value}), keeping units and raters in the
 * order they first appear. A rater rates a unit once: a second record for the same pair is an
 * error, not a silent overwrite. Pairs with no record become null.
 */
export function reliabilityDataFromRatings(records: readonly RatingRecord[]): ReliabilityMatrix {
    if (!Array.isArray(records)) {
        throw new TypeError('Ratings must be an array of {unit, rater, value} records.');
    }
    if (records.length === 0) {
        throw new RangeError('There are no ratings to arrange: the list is empty.');
    }
    const raterIndex = new Map<string | number, number>();
    const unitIndex = new Map<string | number, number>();
    const cells = new Map<string, Rating>();
    records.forEach((record, position) => {
        if (record === null || typeof record !== 'object') {
            throw new TypeError(`Rating record ${position + 1} is not an object with unit, rater and value.`);
        }
        const { unit, rater, value } = record;
        if (!isId(unit)) {
            throw new TypeError(`Rating record ${position + 1} has no usable unit id (got ${String(unit)}).`);
        }
        if (!isId(rater)) {
            throw new TypeError(`Rating record ${position + 1} has no usable rater id (got ${String(rater)}).`);
        }
        if (!(value === null || (typeof value === 'number' && Number.isFinite(value)))) {
            throw new TypeError(
                `Rating record ${position + 1} (unit ${String(unit)}, rater ${String(rater)}) has ${describe(value)}; a rating is a finite number, or null.`
            );
        }
        if (!raterIndex.has(rater)) {
            raterIndex.set(rater, raterIndex.size);
        }
        if (!unitIndex.has(unit)) {
            unitIndex.set(unit, unitIndex.size);
        }
        // Ids keep their type in the key so unit 1 and unit "1" stay different units.
        const key = `${raterIndex.get(rater)}:${unitIndex.get(unit)}`;
        if (cells.has(key)) {
            throw new RangeError(
                `Rater ${String(rater)} rated unit ${String(unit)} more than once (record ${position + 1}); each rater rates a unit once.`
            );
        }
        cells.set(key, value);
    });
    const raters = [...raterIndex.keys()];
    const units = [...unitIndex.keys()];
    const data = raters.map((_, r) => units.map((__, u) => cells.get(`${r}:${u}`) ?? null));
    return { raters, units, data };
}
