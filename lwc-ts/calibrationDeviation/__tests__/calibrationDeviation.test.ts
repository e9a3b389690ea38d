import {
    calibrationDeviation,
    calibrationVariance,
    DEFAULT_SCORE_TOLERANCE,
    type CalibrationSession
} from 'c/calibrationDeviation';

/**
 * A small session worked by hand. Calibrator: i1 = 80, i2 = 90, i3 = 70.
 * ana: 85 (+5), 88 (−2), 77 (+7)   → MAD 14/3, bias +10/3, within ±5: 2 of 3, max 7.
 * ben: 72 (−8), 90 (0), i3 missed  → MAD 4, bias −4, within: 1 of 2, max 8.
 * Session: +5, −2, +7, −8, 0       → MAD 22/5, bias +2/5, within: 3 of 5.
 */
const SESSION: CalibrationSession = {
    calibrator: [
        { interactionId: 'i1', score: 80, itemAnswers: { greeting: 1, verification: 1, resolution: 2 } },
        { interactionId: 'i2', score: 90, itemAnswers: { greeting: 1, verification: null, resolution: 2 } },
        { interactionId: 'i3', score: 70, itemAnswers: { greeting: 0, verification: 1, resolution: 1 } }
    ],
    evaluators: [
        {
            evaluatorId: 'ana',
            scores: [
                { interactionId: 'i1', score: 85, itemAnswers: { greeting: 1, verification: 0, resolution: 2 } },
                { interactionId: 'i2', score: 88, itemAnswers: { greeting: 1, verification: 1, resolution: 1 } },
                { interactionId: 'i3', score: 77, itemAnswers: { greeting: 0, verification: 1, resolution: 2 } }
            ]
        },
        {
            evaluatorId: 'ben',
            scores: [
                { interactionId: 'i1', score: 72, itemAnswers: { greeting: 0, verification: 1, resolution: null } },
                // verification left out: read as N/A, like the calibrator's, so not compared.
                { interactionId: 'i2', score: 90, itemAnswers: { greeting: 1, resolution: 2 } }
            ]
        }
    ]
};

const byItem = <T extends { itemId: string }>(items: T[]) =>
    Object.fromEntries(items.map((item) => [item.itemId, item]));

describe('calibrationDeviation: overall scores', () => {
    const result = calibrationDeviation(SESSION);

    it('uses ±5 points, inclusive, by default', () => {
        expect(DEFAULT_SCORE_TOLERANCE).toBe(5);
        expect(result.scoreTolerance).toBe(5);
        expect(result.itemTolerance).toBe(0);
    });

    it('gives each evaluator’s MAD, bias, share within tolerance and count', () => {
        const [ana, ben] = result.evaluators;
        expect(ana.evaluatorId).toBe('ana');
        expect(ana.score.count).toBe(3);
        expect(ana.score.meanAbsoluteDeviation).toBeCloseTo(14 / 3, 12);
        expect(ana.score.bias).toBeCloseTo(10 / 3, 12);
        expect(ana.score.withinTolerance).toBe(2);
        expect(ana.score.withinToleranceShare).toBeCloseTo(2 / 3, 12);
        expect(ana.score.maxAbsoluteDeviation).toBe(7);
        expect(ana.interactionsMissed).toEqual([]);

        expect(ben.score).toEqual({
            count: 2,
            meanAbsoluteDeviation: 4,
            bias: -4,
            maxAbsoluteDeviation: 8,
            withinTolerance: 1,
            withinToleranceShare: 0.5
        });
        expect(ben.interactionsMissed).toEqual(['i3']);
    });

    it('reads a positive bias as lenient and a negative one as severe', () => {
        const [ana, ben] = result.evaluators;
        expect(ana.score.bias).toBeGreaterThan(0); // ana scores above the calibrator
        expect(ben.score.bias).toBeLessThan(0); // ben scores below
    });

    it('gives the session’s overall figures over every comparison', () => {
        expect(result.overall.count).toBe(5);
        expect(result.overall.meanAbsoluteDeviation).toBeCloseTo(22 / 5, 12);
        expect(result.overall.bias).toBeCloseTo(2 / 5, 12);
        expect(result.overall.withinToleranceShare).toBeCloseTo(3 / 5, 12);
        expect(result.overall.maxAbsoluteDeviation).toBe(8);
    });

    it('gives each interaction’s deviation and the evaluators’ mean score there', () => {
        const [i1, i2, i3] = result.interactions;
        expect(i1).toMatchObject({ interactionId: 'i1', calibratorScore: 80, meanEvaluatorScore: 78.5, count: 2 });
        expect(i1.meanAbsoluteDeviation).toBeCloseTo(6.5, 12);
        expect(i1.bias).toBeCloseTo(-1.5, 12);
        expect(i2).toMatchObject({ meanEvaluatorScore: 89, meanAbsoluteDeviation: 1, bias: -1 });
        expect(i3).toMatchObject({ count: 1, meanEvaluatorScore: 77, bias: 7, withinTolerance: 0 });
    });

    it('counts a deviation of exactly the tolerance as within, decimals included', () => {
        const session = (score: number): CalibrationSession => ({
            calibrator: [{ interactionId: 'x', score: 80.3 }],
            evaluators: [{ evaluatorId: 'e', scores: [{ interactionId: 'x', score }] }]
        });
        expect(calibrationDeviation(session(85.3)).overall.withinTolerance).toBe(1);
        expect(calibrationDeviation(session(75.3)).overall.withinTolerance).toBe(1);
        expect(calibrationDeviation(session(85.31)).overall.withinTolerance).toBe(0);
    });

    it('applies a session’s own tolerance', () => {
        const strict = calibrationDeviation(SESSION, { scoreTolerance: 2 });
        expect(strict.evaluators[0].score.withinTolerance).toBe(1); // only the −2
        expect(strict.overall.withinTolerance).toBe(2); // −2 and 0
    });
});

describe('calibrationDeviation: scorecard items', () => {
    const result = calibrationDeviation(SESSION);

    it('compares each evaluator’s item answers with the calibrator’s, exact match by default', () => {
        const ana = byItem(result.evaluators[0].items);
        expect(Object.keys(ana)).toEqual(['greeting', 'verification', 'resolution']);
        expect(ana.greeting).toMatchObject({ count: 3, meanAbsoluteDeviation: 0, withinToleranceShare: 1 });
        // verification: −1 on i1, N/A mismatch on i2 (calibrator N/A, ana answered), 0 on i3.
        expect(ana.verification).toMatchObject({ count: 2, meanAbsoluteDeviation: 0.5, bias: -0.5, naMismatches: 1 });
        expect(ana.verification.withinToleranceShare).toBe(0.5);
        // resolution: 0, −1, +1.
        expect(ana.resolution.meanAbsoluteDeviation).toBeCloseTo(2 / 3, 12);
        expect(ana.resolution.bias).toBe(0);
        expect(ana.resolution.withinTolerance).toBe(1);
    });

    it('counts N/A on one side only as a mismatch, and skips N/A on both sides', () => {
        const ben = byItem(result.evaluators[1].items);
        expect(ben.resolution).toMatchObject({ count: 1, naMismatches: 1 }); // N/A on i1 against 2; 0 on i2
        expect(ben.verification).toMatchObject({ count: 1, naMismatches: 0 }); // i2 left out, calibrator N/A
        expect(ben.greeting).toMatchObject({ count: 2, bias: -0.5 });
        expect(result.evaluators[1].allItems).toMatchObject({ count: 4, naMismatches: 1 });
    });

    it('sums items across the session', () => {
        const items = byItem(result.items);
        expect(items.greeting).toMatchObject({ count: 5, withinTolerance: 4 });
        expect(items.greeting.bias).toBeCloseTo(-0.2, 12);
        expect(items.verification).toMatchObject({ count: 3, naMismatches: 1 });
        expect(items.verification.meanAbsoluteDeviation).toBeCloseTo(1 / 3, 12);
        expect(items.resolution).toMatchObject({ count: 4, meanAbsoluteDeviation: 0.5, bias: 0, naMismatches: 1 });
        expect(result.allItems).toMatchObject({ count: 12, naMismatches: 2 });
    });

    it('applies an item tolerance', () => {
        const lenient = calibrationDeviation(SESSION, { itemTolerance: 1 });
        expect(lenient.allItems.withinToleranceShare).toBe(1);
    });
});

describe('calibrationDeviation input checks', () => {
    const withEvaluator = (scores: unknown, evaluatorId = 'ana'): CalibrationSession =>
        ({ calibrator: SESSION.calibrator, evaluators: [{ evaluatorId, scores }] }) as CalibrationSession;

    it('refuses an empty session', () => {
        expect(() => calibrationDeviation({ calibrator: [], evaluators: SESSION.evaluators })).toThrow(
            'The calibrator has no scores'
        );
        expect(() => calibrationDeviation({ calibrator: SESSION.calibrator, evaluators: [] })).toThrow(
            'at least one evaluator'
        );
        expect(() => calibrationDeviation(withEvaluator([]))).toThrow('Evaluator ana has no scores');
        expect(() => calibrationDeviation(null as never)).toThrow(TypeError);
    });

    it('refuses an interaction the calibrator did not score', () => {
        expect(() => calibrationDeviation(withEvaluator([{ interactionId: 'i9', score: 80 }]))).toThrow(
            'Evaluator ana scored interaction i9, which the calibrator did not score'
        );
    });

    it('refuses scores outside 0–100 and interactions scored twice', () => {
        expect(() => calibrationDeviation(withEvaluator([{ interactionId: 'i1', score: 101 }]))).toThrow(
            'Evaluator ana scored interaction i1 as 101; a score is a percentage from 0 to 100'
        );
        expect(() =>
            calibrationDeviation(
                withEvaluator([
                    { interactionId: 'i1', score: 80 },
                    { interactionId: 'i1', score: 82 }
                ])
            )
        ).toThrow('Evaluator ana scored interaction i1 twice');
        expect(() => calibrationDeviation(withEvaluator([{ interactionId: '', score: 80 }]))).toThrow(
            'Score 1 of evaluator ana has no interaction id'
        );
    });

    it('refuses items that are not on the calibrator’s scorecard, and answers that are not numbers', () => {
        expect(() =>
            calibrationDeviation(withEvaluator([{ interactionId: 'i1', score: 80, itemAnswers: { upsell: 1 } }]))
        ).toThrow(
            'Evaluator ana answered item upsell on interaction i1, which is not on the calibrator’s scorecard there'
        );
        expect(() =>
            calibrationDeviation(withEvaluator([{ interactionId: 'i1', score: 80, itemAnswers: { greeting: 'yes' } }]))
        ).toThrow('Evaluator ana answered item greeting on interaction i1 with yes');
        const noCalibratorItems: CalibrationSession = {
            calibrator: [{ interactionId: 'i1', score: 80 }],
            evaluators: [
                { evaluatorId: 'ana', scores: [{ interactionId: 'i1', score: 80, itemAnswers: { greeting: 1 } }] }
            ]
        };
        expect(() => calibrationDeviation(noCalibratorItems)).toThrow('the calibrator gave no item answers there');
    });

    it('refuses the same evaluator twice, a missing evaluator id and a negative tolerance', () => {
        expect(() =>
            calibrationDeviation({
                calibrator: SESSION.calibrator,
                evaluators: [SESSION.evaluators[0], SESSION.evaluators[0]]
            })
        ).toThrow('Evaluator ana appears twice');
        expect(() => calibrationDeviation(withEvaluator([{ interactionId: 'i1', score: 80 }], ''))).toThrow(
            'Evaluator 1 has no evaluator id'
        );
        expect(() => calibrationDeviation(SESSION, { scoreTolerance: -1 })).toThrow(
            'scoreTolerance must be a number of points, 0 or more; got -1'
        );
    });
});

describe('calibrationVariance', () => {
    it('gives each interaction’s spread and the pooled within-interaction variance', () => {
        // i1: 85, 72 → mean 78.5, s² = 84.5, range 13; i2: 88, 90 → s² = 2; i3: 77 alone.
        const result = calibrationVariance(SESSION.evaluators);
        const [i1, i2, i3] = result.interactions;
        expect(i1).toMatchObject({ interactionId: 'i1', count: 2, mean: 78.5, variance: 84.5, range: 13 });
        expect(i1.standardDeviation).toBeCloseTo(Math.sqrt(84.5), 12);
        expect(i2).toMatchObject({ count: 2, mean: 89, variance: 2, range: 2 });
        expect(i3.count).toBe(1);
        expect(i3.variance).toBeNaN();
        expect(result.degreesOfFreedom).toBe(2);
        expect(result.pooledVariance).toBeCloseTo((84.5 + 2) / 2, 12);
        expect(result.pooledStandardDeviation).toBeCloseTo(Math.sqrt(43.25), 12);
    });

    it('weights interactions by their degrees of freedom', () => {
        const result = calibrationVariance([
            {
                evaluatorId: 'a',
                scores: [
                    { interactionId: 'x', score: 70 },
                    { interactionId: 'y', score: 50 }
                ]
            },
            {
                evaluatorId: 'b',
                scores: [
                    { interactionId: 'x', score: 80 },
                    { interactionId: 'y', score: 50 }
                ]
            },
            { evaluatorId: 'c', scores: [{ interactionId: 'x', score: 90 }] }
        ]);
        // x: s² = 100 on 2 df; y: s² = 0 on 1 df → pooled 200 / 3.
        expect(result.pooledVariance).toBeCloseTo(200 / 3, 12);
    });

    it('is 0 when every evaluator gives every interaction the same score', () => {
        const same = ['a', 'b', 'c'].map((evaluatorId) => ({
            evaluatorId,
            scores: [
                { interactionId: 'x', score: 75 },
                { interactionId: 'y', score: 92.5 }
            ]
        }));
        expect(calibrationVariance(same).pooledVariance).toBe(0);
    });

    it('needs an interaction with two scores, and checks its input', () => {
        expect(() =>
            calibrationVariance([
                { evaluatorId: 'a', scores: [{ interactionId: 'x', score: 70 }] },
                { evaluatorId: 'b', scores: [{ interactionId: 'y', score: 70 }] }
            ])
        ).toThrow('at least one interaction scored by two or more evaluators');
        expect(() => calibrationVariance([])).toThrow('at least one evaluator');
        expect(() =>
            calibrationVariance([{ evaluatorId: 'a', scores: [{ interactionId: 'x', score: Number.NaN }] }])
        ).toThrow('Evaluator a scored interaction x as NaN');
    });
});
