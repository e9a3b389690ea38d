import { cohenKappa, cohenKappaFromTable } from 'c/agreementStatistics';
import { generatedRatings } from './agreementFixtures';

/**
 * Cohen (1968), Psychological Bulletin 70: 213–220, Table 1: two judges, 200 cases, three diagnoses
 * (personality disorder, neurosis, psychosis); observed proportions, Judge B in rows. Cohen reports
 * κ = .492 and, with his disagreement weights v = 1 (PD–N), 3 (PD–P), 6 (N–P), κ_w = .348.
 */
const COHEN_1968_PROPORTIONS = [
    [0.44, 0.07, 0.09],
    [0.05, 0.2, 0.05],
    [0.01, 0.03, 0.06]
];
const COHEN_1968_WEIGHTS = [
    [0, 1, 3],
    [1, 0, 6],
    [3, 6, 0]
];

/**
 * Two radiologists classify 85 xeromammograms as normal, benign, suspected cancer, cancer (Boyd et
 * al. 1982, as discussed in Altman 1991, "Practical Statistics for Medical Research", pp. 403–405).
 * The Stata Base Reference Manual, [R] kappa (data rate.dta), prints for it: agreement 63.53 %,
 * expected 30.82 %, κ = 0.473; with wgt(w) (linear) 86.67 %, 69.11 %, κ = 0.568; with wgt(w2)
 * (quadratic) 94.77 %, 84.09 %, κ = 0.671. Kappas are checked to three decimals, the precision
 * these figures could be confirmed to; the agreement shares to four.
 */
const XEROMAMMOGRAMS = [
    [21, 12, 0, 0],
    [4, 17, 1, 0],
    [3, 9, 15, 2],
    [0, 0, 0, 1]
];

/** Expands a table into the two raters' lists of category positions. */
function ratingsFromTable(table: number[][]): [number[], number[]] {
    const first: number[] = [];
    const second: number[] = [];
    table.forEach((row, i) =>
        row.forEach((count, j) => {
            for (let c = 0; c < count; c += 1) {
                first.push(i + 1);
                second.push(j + 1);
            }
        })
    );
    return [first, second];
}

describe('cohenKappa on published examples', () => {
    it('gives Cohen’s (1968) κ = .492 and weighted κ_w = .348', () => {
        expect(cohenKappaFromTable(COHEN_1968_PROPORTIONS).kappa).toBeCloseTo(0.492, 3);
        const weighted = cohenKappaFromTable(COHEN_1968_PROPORTIONS, COHEN_1968_WEIGHTS);
        expect(weighted.kappa).toBeCloseTo(0.348, 3);
        expect(weighted.weighting).toBe('custom');
    });

    it.each([
        ['unweighted', 0.6353, 0.3082, 0.473],
        ['linear', 0.8667, 0.6911, 0.568],
        ['quadratic', 0.9477, 0.8409, 0.671]
    ] as const)('gives Stata’s %s figures for the xeromammograms', (weighting, agreement, expected, kappa) => {
        const result = cohenKappaFromTable(XEROMAMMOGRAMS, weighting);
        expect(result.observedAgreement).toBeCloseTo(agreement, 4);
        expect(result.expectedAgreement).toBeCloseTo(expected, 4);
        expect(result.kappa).toBeCloseTo(kappa, 3);
        expect(result.subjects).toBe(85);
    });

    it('gives the SAS PROC FREQ figures reproduced in statsmodels’ tests: κ = 0.4842, linear κ_w = 0.4701', () => {
        const table = [
            [0, 4, 1],
            [0, 8, 0],
            [0, 1, 5]
        ];
        expect(cohenKappaFromTable(table).kappa).toBeCloseTo(0.4842, 4);
        expect(cohenKappaFromTable(table, 'linear').kappa).toBeCloseTo(0.4701, 4);
    });
});

describe('cohenKappa from ratings', () => {
    it('builds the table from two raters and gives the same kappa as the table', () => {
        const [first, second] = ratingsFromTable(XEROMAMMOGRAMS);
        const result = cohenKappa(first, second, { weighting: 'linear' });
        expect(result.table).toEqual(XEROMAMMOGRAMS);
        expect(result.categories).toEqual([1, 2, 3, 4]);
        expect(result.kappa).toBeCloseTo(0.568, 3);
    });

    it('drops units one rater did not rate, and counts them', () => {
        const result = cohenKappa([1, 2, null, 2, 1], [1, 2, 2, null, 2]);
        expect(result.subjects).toBe(3);
        expect(result.droppedPairs).toBe(2);
        expect(result.table).toEqual([
            [1, 1],
            [0, 1]
        ]);
    });

    it('keeps an unused middle category in place when the scale is given', () => {
        const first = [1, 1, 3, 3, 5, 5, 1, 5];
        const second = [1, 3, 3, 5, 5, 5, 1, 3];
        const observedOnly = cohenKappa(first, second, { weighting: 'quadratic' });
        const fullScale = cohenKappa(first, second, { weighting: 'quadratic', categories: [1, 2, 3, 4, 5] });
        expect(observedOnly.categories).toEqual([1, 3, 5]);
        expect(fullScale.table).toHaveLength(5);
        // Positions 1, 3, 5 on the full scale are positions 1, 2, 3 stretched by 2: quadratic kappa
        // is unchanged by stretching, so the two agree.
        expect(fullScale.kappa).toBeCloseTo(observedOnly.kappa, 12);
        // But a scale with an unused point only between 1 and 3 changes the spacing, and the kappa.
        const uneven = cohenKappa(first, second, { weighting: 'quadratic', categories: [1, 2, 3, 5] });
        expect(Math.abs(uneven.kappa - observedOnly.kappa)).toBeGreaterThan(0.001);
    });

    it('gives quadratic kappa equal to 2·s_xy / (s_x² + s_y² + (x̄ − ȳ)²) on category positions', () => {
        // The identity behind "quadratic weighted kappa ≈ ICC" (Fleiss & Cohen 1973), exact with
        // population moments.
        const [first, second] = generatedRatings('quadratic-identity', 2, 120, {
            scale: 7,
            missingShare: 0
        }) as number[][];
        const n = first.length;
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / n;
        const mx = mean(first);
        const my = mean(second);
        const sxy = first.reduce((sum, x, i) => sum + (x - mx) * (second[i] - my), 0) / n;
        const sxx = first.reduce((sum, x) => sum + (x - mx) ** 2, 0) / n;
        const syy = second.reduce((sum, y) => sum + (y - my) ** 2, 0) / n;
        const expected = (2 * sxy) / (sxx + syy + (mx - my) ** 2);
        const categories = [1, 2, 3, 4, 5, 6, 7];
        expect(cohenKappa(first, second, { weighting: 'quadratic', categories }).kappa).toBeCloseTo(expected, 12);
    });

    it('is 1 for identical ratings and NaN with a reason when both raters use one category only', () => {
        expect(cohenKappa([1, 2, 3], [1, 2, 3], { weighting: 'linear' }).kappa).toBe(1);
        const constant = cohenKappa([2, 2, 2], [2, 2, 2]);
        expect(constant.kappa).toBeNaN();
        expect(constant.undefinedReason).toContain('same category');
    });
});

describe('cohenKappa input checks', () => {
    it('needs the two raters to rate the same units', () => {
        expect(() => cohenKappa([1, 2, 3], [1, 2])).toThrow('The first rater has 3 ratings but the second has 2');
        expect(() => cohenKappa([1, null], [null, 2])).toThrow('No unit was rated by both raters');
    });

    it('names a rating outside the given scale, or not a number', () => {
        expect(() => cohenKappa([1, 2, 7], [1, 2, 2], { categories: [1, 2, 3] })).toThrow(
            'Rater 1, unit 3 has 7, which is not in the category list (1, 2, 3)'
        );
        expect(() => cohenKappa([1, Number.NaN], [1, 2])).toThrow('Rater 1, unit 2 has NaN');
        expect(() => cohenKappa([1, 2], [1, 2], { categories: [1, 1, 2] })).toThrow('repeats a value');
    });

    it('checks custom weights: size, diagonal, signs, not all zero', () => {
        expect(() => cohenKappaFromTable(XEROMAMMOGRAMS, COHEN_1968_WEIGHTS)).toThrow('must be a 4 × 4 matrix');
        expect(() =>
            cohenKappaFromTable(COHEN_1968_PROPORTIONS, [
                [1, 1, 1],
                [1, 0, 1],
                [1, 1, 0]
            ])
        ).toThrow('the diagonal must be 0');
        expect(() =>
            cohenKappaFromTable(COHEN_1968_PROPORTIONS, [
                [0, -1, 1],
                [1, 0, 1],
                [1, 1, 0]
            ])
        ).toThrow('Custom kappa weight (1, 2) is -1');
        expect(() =>
            cohenKappaFromTable(COHEN_1968_PROPORTIONS, [
                [0, 0, 0],
                [0, 0, 0],
                [0, 0, 0]
            ])
        ).toThrow('all 0');
        expect(() => cohenKappaFromTable(XEROMAMMOGRAMS, 'cubic' as never)).toThrow('got cubic');
    });

    it('checks the table: square, non-negative, not empty', () => {
        expect(() => cohenKappaFromTable([[1, 2], [3]])).toThrow('Row 2 of the agreement table has 1 cells');
        expect(() =>
            cohenKappaFromTable([
                [1, -2],
                [3, 4]
            ])
        ).toThrow('Cell (1, 2) of the agreement table is -2');
        expect(() =>
            cohenKappaFromTable([
                [0, 0],
                [0, 0]
            ])
        ).toThrow('every cell is 0');
        expect(() => cohenKappaFromTable([])).toThrow('square table');
    });
});
