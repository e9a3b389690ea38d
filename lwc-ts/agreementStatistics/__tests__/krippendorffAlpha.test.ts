import {
    coincidenceMatrix,
    krippendorffAlpha,
    krippendorffAlphaFromCoincidences,
    MEASUREMENT_LEVELS,
    reliabilityDataFromRatings,
    type MeasurementLevel
} from 'c/agreementStatistics';
import { generatedRatings } from './agreementFixtures';

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability" (Annenberg School for
 * Communication, Departmental Papers 43): its worked reliability data matrix of 4 observers (A–D)
 * × 12 units with missing values. Published results: nominal α = .743, and for the same data
 * ordinal α = .815, interval α = .849, ratio α = .797.
 */
const KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _]
];

/**
 * Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders × 15 units,
 * nominal α = 0.691.
 */
const WIKIPEDIA_EXAMPLE = [
    [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
    [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
    [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4]
];

/**
 * Alpha straight from its definition, sharing no code with the bundle: D_o averages δ² over all
 * ordered pairs of ratings by different raters within a unit, each unit's pairs weighted
 * 1 / (m_u − 1); D_e averages δ² over all ordered pairs of distinct pairable ratings.
 */
function alphaByDefinition(data: (number | null)[][], level: MeasurementLevel): number {
    const units = data[0].map((_unused, u) => data.map((row) => row[u]).filter((v): v is number => v !== null));
    const pairable = units.filter((unit) => unit.length >= 2);
    const all = pairable.flat();
    const n = all.length;
    const frequency = new Map<number, number>();
    all.forEach((v) => frequency.set(v, (frequency.get(v) ?? 0) + 1));
    const sortedValues = [...frequency.keys()].sort((a, b) => a - b);
    const delta = (c: number, k: number): number => {
        if (c === k) {
            return 0;
        }
        if (level === 'nominal') {
            return 1;
        }
        if (level === 'interval') {
            return (c - k) ** 2;
        }
        if (level === 'ratio') {
            return ((c - k) / (c + k)) ** 2;
        }
        const [low, high] = c < k ? [c, k] : [k, c];
        const between = sortedValues
            .filter((v) => v >= low && v <= high)
            .reduce((sum, v) => sum + (frequency.get(v) as number), 0);
        return (between - ((frequency.get(c) as number) + (frequency.get(k) as number)) / 2) ** 2;
    };
    let observed = 0;
    for (const unit of pairable) {
        for (let i = 0; i < unit.length; i += 1) {
            for (let j = 0; j < unit.length; j += 1) {
                if (i !== j) {
                    observed += delta(unit[i], unit[j]) / (unit.length - 1);
                }
            }
        }
    }
    let expected = 0;
    for (let i = 0; i < n; i += 1) {
        for (let j = 0; j < n; j += 1) {
            if (i !== j) {
                expected += delta(all[i], all[j]);
            }
        }
    }
    return 1 - observed / n / (expected / (n * (n - 1)));
}

describe('krippendorffAlpha on the published example (Krippendorff 2011)', () => {
    it.each([
        ['nominal', 0.743],
        ['ordinal', 0.815],
        ['interval', 0.849],
        ['ratio', 0.797]
    ] as [MeasurementLevel, number][])('gives the published %s alpha %p', (level, published) => {
        const result = krippendorffAlpha(KRIPPENDORFF_2011, level);
        expect(result.alpha).toBeCloseTo(published, 3);
        expect(result.undefinedReason).toBeNull();
    });

    it('drops unit 12, rated by one observer only, and pairs the other 40 values', () => {
        const result = krippendorffAlpha(KRIPPENDORFF_2011, 'nominal');
        expect(result.pairableValues).toBe(40);
        expect(result.pairableUnits).toBe(11);
        expect(result.droppedUnits).toBe(1);
    });

    it('reports D_o and D_e with alpha = 1 − D_o / D_e', () => {
        const result = krippendorffAlpha(KRIPPENDORFF_2011, 'nominal');
        // Worked example: the off-diagonal coincidences sum to 8 (4 in each triangle), so D_o = 8 / 40;
        // D_e follows from n_c = 9, 13, 10, 5, 3.
        expect(result.observedDisagreement).toBeCloseTo(8 / 40, 12);
        const nc = [9, 13, 10, 5, 3];
        const expected = (40 * 40 - nc.reduce((sum, c) => sum + c * c, 0)) / (40 * 39);
        expect(result.expectedDisagreement).toBeCloseTo(expected, 12);
        expect(result.alpha).toBeCloseTo(1 - result.observedDisagreement / result.expectedDisagreement, 12);
    });

    it('gives the Wikipedia computational example, nominal alpha 0.691', () => {
        expect(krippendorffAlpha(WIKIPEDIA_EXAMPLE, 'nominal').alpha).toBeCloseTo(0.691, 3);
    });
});

describe('coincidenceMatrix', () => {
    it('reproduces the coincidence matrix of the worked example in Krippendorff (2011)', () => {
        const { values, matrix, marginals, pairableValues } = coincidenceMatrix(KRIPPENDORFF_2011);
        expect(values).toEqual([1, 2, 3, 4, 5]);
        const expected = [
            [7, 4 / 3, 1 / 3, 1 / 3, 0],
            [4 / 3, 10, 4 / 3, 1 / 3, 0],
            [1 / 3, 4 / 3, 8, 1 / 3, 0],
            [1 / 3, 1 / 3, 1 / 3, 4, 0],
            [0, 0, 0, 0, 3]
        ];
        matrix.forEach((row, c) => row.forEach((cell, k) => expect(cell).toBeCloseTo(expected[c][k], 12)));
        [9, 13, 10, 5, 3].forEach((nc, c) => expect(marginals[c]).toBeCloseTo(nc, 12));
        expect(pairableValues).toBeCloseTo(40, 12);
    });

    it.each(MEASUREMENT_LEVELS)('gives the same %s alpha by the textbook route as the fast route', (level) => {
        for (const seed of ['coincide-1', 'coincide-2', 'coincide-3']) {
            const data = generatedRatings(seed, 6, 40, { missingShare: 0.3 });
            const fast = krippendorffAlpha(data, level).alpha;
            const textbook = krippendorffAlphaFromCoincidences(coincidenceMatrix(data), level);
            expect(fast).toBeCloseTo(textbook, 12);
        }
    });

    it('refuses a matrix too large to build, pointing at krippendorffAlpha', () => {
        const data = [
            Array.from({ length: 2001 }, (_unused, i) => i + 0.5),
            Array.from({ length: 2001 }, (_unused, i) => i + 0.5)
        ];
        expect(() => coincidenceMatrix(data)).toThrow('krippendorffAlpha does not need the matrix');
    });
});

describe('krippendorffAlpha against its definition', () => {
    it.each(MEASUREMENT_LEVELS)('matches pair-by-pair %s alpha on generated sessions with missing ratings', (level) => {
        for (const seed of ['definition-a', 'definition-b']) {
            const data = generatedRatings(seed, 7, 30, { scale: 6, missingShare: 0.35 });
            expect(krippendorffAlpha(data, level).alpha).toBeCloseTo(alphaByDefinition(data, level), 10);
        }
    });

    it('handles fractional and negative values at the interval level', () => {
        const data = [
            [-1.5, 0.25, 3, 2.75, null],
            [-1, 0.5, 2.5, 2.75, 7],
            [null, 0, 3.5, 3, 6.5]
        ];
        expect(krippendorffAlpha(data, 'interval').alpha).toBeCloseTo(alphaByDefinition(data, 'interval'), 12);
    });
});

describe('krippendorffAlpha properties', () => {
    const data = generatedRatings('properties', 5, 25, { missingShare: 0.15 });

    it('is 1 under perfect agreement at every level', () => {
        const perfect = [
            [1, 2, 3, 4, 5, null],
            [1, 2, 3, 4, 5, 2],
            [1, 2, 3, null, 5, 2]
        ];
        MEASUREMENT_LEVELS.forEach((level) => expect(krippendorffAlpha(perfect, level).alpha).toBe(1));
    });

    it('does not depend on the order of raters or units', () => {
        const reordered = [...data].reverse().map((row) => [...row].reverse());
        MEASUREMENT_LEVELS.forEach((level) =>
            expect(krippendorffAlpha(reordered, level).alpha).toBeCloseTo(krippendorffAlpha(data, level).alpha, 12)
        );
    });

    it('keeps interval alpha under a change of units (a·x + b), ratio under scaling, ordinal under any rising map', () => {
        const map = (f: (x: number) => number) => data.map((row) => row.map((v) => (v === null ? null : f(v))));
        expect(
            krippendorffAlpha(
                map((x) => 20 * x - 7),
                'interval'
            ).alpha
        ).toBeCloseTo(krippendorffAlpha(data, 'interval').alpha, 12);
        expect(
            krippendorffAlpha(
                map((x) => 2.5 * x),
                'ratio'
            ).alpha
        ).toBeCloseTo(krippendorffAlpha(data, 'ratio').alpha, 12);
        expect(
            krippendorffAlpha(
                map((x) => x ** 3 + 100),
                'ordinal'
            ).alpha
        ).toBeCloseTo(krippendorffAlpha(data, 'ordinal').alpha, 12);
        // ... while the interval metric does notice a non-linear map.
        const cubed = krippendorffAlpha(
            map((x) => x ** 3),
            'interval'
        ).alpha;
        expect(Math.abs(cubed - krippendorffAlpha(data, 'interval').alpha)).toBeGreaterThan(0.001);
    });

    it('drops units with fewer than two ratings without changing alpha', () => {
        const withLoneRatings = data.map((row, r) => [...row, r === 0 ? 4 : null, null]);
        MEASUREMENT_LEVELS.forEach((level) => {
            const result = krippendorffAlpha(withLoneRatings, level);
            expect(result.alpha).toBeCloseTo(krippendorffAlpha(data, level).alpha, 12);
            expect(result.droppedUnits).toBe(krippendorffAlpha(data, level).droppedUnits + 2);
        });
    });

    it('treats 0 and 0 as agreement at the ratio level', () => {
        const data0 = [
            [0, 1, 2],
            [0, 1, 2]
        ];
        expect(krippendorffAlpha(data0, 'ratio').alpha).toBe(1);
    });
});

describe('krippendorffAlpha when alpha is undefined', () => {
    it('returns NaN with a reason when every pairable rating is the same value', () => {
        const result = krippendorffAlpha(
            [
                [3, 3, null],
                [3, 3, 5]
            ],
            'interval'
        );
        expect(result.alpha).toBeNaN();
        expect(result.undefinedReason).toContain('Every pairable rating is 3');
        expect(result.pairableValues).toBe(4);
    });

    it('returns NaN with a reason when no unit has two ratings', () => {
        const result = krippendorffAlpha(
            [
                [1, null],
                [null, 2]
            ],
            'nominal'
        );
        expect(result.alpha).toBeNaN();
        expect(result.undefinedReason).toContain('No unit was rated by two or more raters');
        expect(result.droppedUnits).toBe(2);
    });
});

describe('krippendorffAlpha input checks', () => {
    it('names the rater whose row is short', () => {
        const data = [Array(10).fill(1), Array(10).fill(2), Array(9).fill(1)];
        expect(() => krippendorffAlpha(data, 'nominal')).toThrow('rater 3 has 9 values but there are 10 units');
    });

    it.each([
        [Number.NaN, 'has NaN'],
        [Number.POSITIVE_INFINITY, 'has Infinity'],
        [undefined, 'has undefined (use null for a missing rating)'],
        ['3', 'has the text "3"']
    ])('names the cell holding %p', (bad, message) => {
        const data = [
            [1, 2, 3],
            [1, bad as number, 3]
        ];
        expect(() => krippendorffAlpha(data, 'interval')).toThrow(`rater 2, unit 2 ${message}`);
    });

    it('needs two raters and at least one unit', () => {
        expect(() => krippendorffAlpha([[1, 2]], 'nominal')).toThrow('at least 2 raters, got 1');
        expect(() => krippendorffAlpha([[], []], 'nominal')).toThrow('no units');
        expect(() => krippendorffAlpha('data' as never, 'nominal')).toThrow(TypeError);
    });

    it('names an unknown level of measurement', () => {
        expect(() => krippendorffAlpha(KRIPPENDORFF_2011, 'circular' as MeasurementLevel)).toThrow('got circular');
    });

    it('refuses negative values at the ratio level', () => {
        expect(() =>
            krippendorffAlpha(
                [
                    [-2, 1],
                    [1, 1]
                ],
                'ratio'
            )
        ).toThrow('the data hold -2');
    });
});

describe('reliabilityDataFromRatings', () => {
    it('arranges long-form records by first appearance, null where a rater did not rate', () => {
        const matrix = reliabilityDataFromRatings([
            { unit: 'case-7', rater: 'ana', value: 4 },
            { unit: 'case-9', rater: 'ben', value: 2 },
            { unit: 'case-7', rater: 'ben', value: 5 },
            { unit: 'case-9', rater: 'ana', value: null }
        ]);
        expect(matrix.raters).toEqual(['ana', 'ben']);
        expect(matrix.units).toEqual(['case-7', 'case-9']);
        expect(matrix.data).toEqual([
            [4, null],
            [5, 2]
        ]);
    });

    it('gives the same alpha as the matrix it came from', () => {
        const records = KRIPPENDORFF_2011.flatMap((row, r) =>
            row.map((value, u) => ({ unit: `u${u + 1}`, rater: ['A', 'B', 'C', 'D'][r], value }))
        );
        const { data } = reliabilityDataFromRatings(records.reverse());
        expect(krippendorffAlpha(data, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    });

    it('refuses a second rating of the same unit by the same rater', () => {
        expect(() =>
            reliabilityDataFromRatings([
                { unit: 1, rater: 'ana', value: 4 },
                { unit: 1, rater: 'ana', value: 4 }
            ])
        ).toThrow('Rater ana rated unit 1 more than once (record 2)');
    });

    it('keeps unit 1 and unit "1" apart, and rejects bad records by position', () => {
        const matrix = reliabilityDataFromRatings([
            { unit: 1, rater: 'ana', value: 1 },
            { unit: '1', rater: 'ana', value: 2 }
        ]);
        expect(matrix.units).toEqual([1, '1']);
        expect(() => reliabilityDataFromRatings([])).toThrow('the list is empty');
        expect(() => reliabilityDataFromRatings([{ unit: '', rater: 'a', value: 1 }])).toThrow(
            'Rating record 1 has no usable unit id'
        );
        expect(() => reliabilityDataFromRatings([{ unit: 'u', rater: 'a', value: Number.NaN }])).toThrow(
            'Rating record 1 (unit u, rater a) has NaN'
        );
    });
});
