import { fleissCountsFromRatings, fleissKappa, fleissKappaFromRatings, krippendorffAlpha } from 'c/agreementStatistics';
import { transpose } from './agreementFixtures';

/**
 * The worked example of Wikipedia, "Fleiss' kappa" (section "Worked example"): 10 subjects, 14
 * raters each, 5 categories. Published: p_j = 0.143, 0.200, 0.279, 0.150, 0.229; P̄ = 0.378;
 * P̄e = 0.213; κ = 0.210.
 */
const WIKIPEDIA_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7]
];

/**
 * Fleiss (1971), Psychological Bulletin 76: 378–382, Table 1: 30 patients, 6 psychiatrists each,
 * 5 diagnoses (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other); published
 * κ = .430. Patient by patient as distributed in R's irr package (`diagnoses`) and statsmodels'
 * tests, one row per patient.
 */
const FLEISS_1971_PATIENTS = [
    [4, 4, 4, 4, 4, 4],
    [2, 2, 2, 5, 5, 5],
    [2, 3, 3, 3, 3, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3],
    [3, 3, 3, 3, 5, 5],
    [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4],
    [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4],
    [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3],
    [1, 4, 4, 4, 4, 4],
    [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5],
    [1, 1, 1, 1, 1, 2],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 4, 4, 4, 4, 4],
    [2, 2, 4, 5, 5, 5],
    [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4],
    [1, 1, 1, 1, 5, 5],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3],
    [5, 5, 5, 5, 5, 5]
];

describe('fleissKappa on published examples', () => {
    it('gives the Wikipedia worked example: κ = 0.210 from P̄ = 0.378 and P̄e = 0.213', () => {
        const result = fleissKappa(WIKIPEDIA_TABLE);
        expect(result.kappa).toBeCloseTo(0.21, 3);
        expect(result.observedAgreement).toBeCloseTo(0.378, 3);
        expect(result.expectedAgreement).toBeCloseTo(0.213, 3);
        [0.143, 0.2, 0.279, 0.15, 0.229].forEach((p, j) => expect(result.categoryProportions[j]).toBeCloseTo(p, 3));
        expect(result.subjects).toBe(10);
        expect(result.ratingsPerSubject).toBe(14);
    });

    it('gives Fleiss (1971) κ = .430 for the 30 patients, from the raw diagnoses', () => {
        const result = fleissKappaFromRatings(transpose(FLEISS_1971_PATIENTS));
        expect(result.kappa).toBeCloseTo(0.43, 3);
        expect(result.categories).toEqual([1, 2, 3, 4, 5]);
        // Column totals of the diagnoses (26, 26, 30, 55, 43 of 180) as tabulated from the table.
        const { counts } = fleissCountsFromRatings(transpose(FLEISS_1971_PATIENTS));
        expect(transpose(counts).map((column) => column.reduce((sum, c) => sum + c, 0))).toEqual([26, 26, 30, 55, 43]);
    });
});

describe('fleissKappa properties', () => {
    it('is the p_j q_j-weighted mean of the category kappas (Fleiss 1971)', () => {
        for (const table of [WIKIPEDIA_TABLE, fleissCountsFromRatings(transpose(FLEISS_1971_PATIENTS)).counts]) {
            const { kappa, categoryKappas, categoryProportions } = fleissKappa(table);
            const weights = categoryProportions.map((p) => p * (1 - p));
            const mean =
                categoryKappas.reduce((sum, kj, j) => sum + weights[j] * kj, 0) / weights.reduce((a, b) => a + b, 0);
            expect(mean).toBeCloseTo(kappa, 12);
        }
    });

    it('equals Scott’s pi when there are two raters', () => {
        const first = [1, 1, 2, 3, 3, 3, 2, 1, 2, 3, 1, 1];
        const second = [1, 2, 2, 3, 3, 1, 2, 1, 3, 3, 1, 2];
        const n = first.length;
        const observed = first.filter((v, i) => v === second[i]).length / n;
        const pooled = [1, 2, 3].map(
            (c) => (first.filter((v) => v === c).length + second.filter((v) => v === c).length) / (2 * n)
        );
        const expected = pooled.reduce((sum, p) => sum + p * p, 0);
        const scottsPi = (observed - expected) / (1 - expected);
        expect(fleissKappaFromRatings([first, second]).kappa).toBeCloseTo(scottsPi, 12);
    });

    it('relates to nominal alpha on complete data by α = 1 − (1 − κ)·(Nn − 1) / Nn', () => {
        // Both use the pooled marginals; alpha's expected disagreement counts Nn − 1 partners per value.
        const data = transpose(FLEISS_1971_PATIENTS);
        const kappa = fleissKappaFromRatings(data).kappa;
        const ratings = 30 * 6;
        expect(krippendorffAlpha(data, 'nominal').alpha).toBeCloseTo(1 - ((1 - kappa) * (ratings - 1)) / ratings, 12);
    });

    it('is 1 under perfect agreement and NaN with a reason when every rating is one category', () => {
        expect(
            fleissKappa([
                [3, 0],
                [0, 3]
            ]).kappa
        ).toBe(1);
        const allOne = fleissKappa([
            [3, 0],
            [3, 0]
        ]);
        expect(allOne.kappa).toBeNaN();
        expect(allOne.undefinedReason).toContain('one category');
    });
});

describe('fleissKappa input checks', () => {
    it('needs the same number of ratings on every subject', () => {
        expect(() =>
            fleissKappa([
                [2, 1],
                [1, 1]
            ])
        ).toThrow('Subject 2 has 2 ratings but subject 1 has 3');
        expect(() =>
            fleissKappaFromRatings([
                [1, 2, null],
                [1, 2, 1],
                [2, 2, 1]
            ])
        ).toThrow('unit 3 has 2 ratings but unit 1 has 3');
    });

    it('names a count that is not a whole number of 0 or more', () => {
        expect(() => fleissKappa([[1.5, 0.5]])).toThrow('Subject 1, category 1 has count 1.5');
        expect(() => fleissKappa([[3, -1]])).toThrow('Subject 1, category 2 has count -1');
    });

    it('needs at least two ratings per subject, one subject and one category', () => {
        expect(() => fleissKappa([[1, 0]])).toThrow('at least 2 per subject');
        expect(() => fleissKappa([])).toThrow('at least one subject');
        expect(() => fleissKappa([[]])).toThrow('at least one category');
        expect(() => fleissKappa([[1, 1], [2]])).toThrow('Subject 2 has 1 category counts but subject 1 has 2');
    });
});
