import { ICC_FORMS, intraclassCorrelation, type IccForm } from 'c/agreementStatistics';
import { transpose } from './agreementFixtures';

/**
 * Shrout & Fleiss (1979), Psychological Bulletin 86: 420–428, Table 2: 6 targets rated by 4 judges
 * (one row per target). The paper's worked example reports ICC(1,1) = .17, ICC(2,1) = .29,
 * ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91, from the ANOVA mean squares
 * BMS = 11.24, WMS = 6.26, JMS = 32.49, EMS = 1.02.
 */
const SHROUT_FLEISS_TARGETS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7]
];
/** The bundle's layout: one row per judge (rater). */
const SHROUT_FLEISS = transpose(SHROUT_FLEISS_TARGETS);

describe('intraclassCorrelation on Shrout & Fleiss (1979)', () => {
    const result = intraclassCorrelation(SHROUT_FLEISS);

    it.each([
        ['ICC(1,1)', 0.17],
        ['ICC(2,1)', 0.29],
        ['ICC(3,1)', 0.71],
        ['ICC(1,k)', 0.44],
        ['ICC(2,k)', 0.62],
        ['ICC(3,k)', 0.91]
    ] as [IccForm, number][])('gives the published %s = %p', (form, published) => {
        expect(result.estimates[form].value).toBeCloseTo(published, 2);
    });

    it('gives the published mean squares', () => {
        expect(result.targets).toBe(6);
        expect(result.raters).toBe(4);
        expect(result.meanSquares.betweenTargets).toBeCloseTo(11.24, 2);
        expect(result.meanSquares.withinTargets).toBeCloseTo(6.26, 2);
        expect(result.meanSquares.betweenRaters).toBeCloseTo(32.49, 2);
        expect(result.meanSquares.residual).toBeCloseTo(1.02, 2);
    });

    /**
     * F-based 95 % intervals for the same data as printed by R's psych::ICC and by pingouin
     * (McGraw & Wong 1996 formulas; F = 1.79 on (5, 18), F = 11.03 on (5, 15)).
     */
    it.each([
        ['ICC(1,1)', -0.133, 0.723],
        ['ICC(2,1)', 0.019, 0.761],
        ['ICC(3,1)', 0.342, 0.946],
        ['ICC(1,k)', -0.884, 0.912],
        ['ICC(3,k)', 0.676, 0.986]
    ] as [IccForm, number, number][])('gives the F-based interval of %s: %p to %p', (form, lower, upper) => {
        expect(result.estimates[form].lower).toBeCloseTo(lower, 3);
        expect(result.estimates[form].upper).toBeCloseTo(upper, 3);
    });

    it('gives ICC(2,k) bounds as the Spearman–Brown step-up of the ICC(2,1) bounds (0.07 to 0.93)', () => {
        const single = result.estimates['ICC(2,1)'];
        const average = result.estimates['ICC(2,k)'];
        const stepUp = (x: number) => (4 * x) / (1 + 3 * x);
        expect(average.lower).toBeCloseTo(stepUp(single.lower), 12);
        expect(average.upper).toBeCloseTo(stepUp(single.upper), 12);
        expect(average.lower).toBeCloseTo(0.07, 2);
        expect(average.upper).toBeCloseTo(0.93, 2);
    });

    it('reports the F tests of H0: ICC = 0', () => {
        expect(result.estimates['ICC(1,1)']).toMatchObject({ df1: 5, df2: 18 });
        expect(result.estimates['ICC(1,1)'].fValue).toBeCloseTo(1.795, 3);
        expect(result.estimates['ICC(3,1)']).toMatchObject({ df1: 5, df2: 15 });
        expect(result.estimates['ICC(3,1)'].fValue).toBeCloseTo(11.027, 3);
    });

    it('narrows the interval at a lower confidence level, nested inside the 95 % one', () => {
        const ninety = intraclassCorrelation(SHROUT_FLEISS, { confidence: 0.9 });
        expect(ninety.confidence).toBe(0.9);
        ICC_FORMS.forEach((form) => {
            const wide = result.estimates[form];
            const narrow = ninety.estimates[form];
            expect(narrow.value).toBe(wide.value);
            expect(narrow.lower).toBeGreaterThan(wide.lower);
            expect(narrow.upper).toBeLessThan(wide.upper);
            expect(narrow.lower).toBeLessThan(narrow.value);
            expect(narrow.upper).toBeGreaterThan(narrow.value);
        });
    });
});

describe('intraclassCorrelation properties', () => {
    it('is 1 in every form when the raters agree exactly', () => {
        const same = [
            [3, 7, 5, 9],
            [3, 7, 5, 9],
            [3, 7, 5, 9]
        ];
        const result = intraclassCorrelation(same);
        ICC_FORMS.forEach((form) => expect(result.estimates[form].value).toBe(1));
        expect(result.estimates['ICC(3,1)'].lower).toBe(1);
    });

    it('separates consistency from absolute agreement when one rater scores 10 points higher', () => {
        const offset = [
            [60, 72, 85, 90, 55],
            [70, 82, 95, 100, 65]
        ];
        const { estimates } = intraclassCorrelation(offset);
        // Case 3 (fixed raters, consistency) ignores the offset; case 2 (absolute agreement) does not.
        expect(estimates['ICC(3,1)'].value).toBeCloseTo(1, 12);
        expect(estimates['ICC(2,1)'].value).toBeLessThan(0.9);
        expect(estimates['ICC(1,1)'].value).toBeLessThan(0.9);
    });

    it('does not depend on the order of targets or raters', () => {
        const shuffled = [...SHROUT_FLEISS].reverse().map((row) => [row[2], row[0], row[5], row[1], row[4], row[3]]);
        const a = intraclassCorrelation(SHROUT_FLEISS).estimates;
        const b = intraclassCorrelation(shuffled).estimates;
        ICC_FORMS.forEach((form) => {
            expect(b[form].value).toBeCloseTo(a[form].value, 12);
            expect(b[form].lower).toBeCloseTo(a[form].lower, 10);
        });
    });
});

describe('intraclassCorrelation input checks', () => {
    it('needs complete data, naming the missing rating', () => {
        const gap = SHROUT_FLEISS.map((row) => [...row]) as (number | null)[][];
        gap[1][4] = null;
        expect(() => intraclassCorrelation(gap)).toThrow('needs complete data, but rater 2 did not rate unit 5');
    });

    it('needs two raters, two targets, numbers, and a confidence level between 0 and 1', () => {
        expect(() => intraclassCorrelation([[1, 2, 3]])).toThrow('at least 2 raters');
        expect(() => intraclassCorrelation([[1], [2]])).toThrow('at least 2 units (targets), got 1');
        expect(() =>
            intraclassCorrelation([
                [1, 2],
                [1, Number.NaN]
            ])
        ).toThrow('rater 2, unit 2 has NaN');
        expect(() => intraclassCorrelation(SHROUT_FLEISS, { confidence: 95 })).toThrow(
            'strictly between 0 and 1, got 95'
        );
    });
});
