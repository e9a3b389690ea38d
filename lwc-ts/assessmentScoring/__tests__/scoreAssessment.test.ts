import { parse as evaluateFormula } from 'formulon';
import { createRandom } from 'c/seededRandom';
import {
    SCALE_ANSWERS,
    scoreAssessment,
    type Answer,
    type AnswerScale,
    type AssessmentAnswers,
    type Scorecard,
    type ScorecardItem
} from 'c/assessmentScoring';

const item = (id: string, section: string, order: number, overrides: Partial<ScorecardItem> = {}): ScorecardItem => ({
    id,
    section,
    order,
    points: 10,
    answerScale: 'YesNo',
    naAllowed: false,
    hardFail: false,
    coachingOnly: false,
    ...overrides
});

/** A phone scorecard: pass at 80 %, auto-fail below 75 %. */
const phoneScorecard: Scorecard = {
    passThreshold: 80,
    autoFailThreshold: 75,
    items: [
        // Listed out of form order on purpose: the engine scores in `order`.
        item('empathy', 'Conversation', 4, { points: 20, answerScale: 'OneToFive', naAllowed: true }),
        item('greet', 'Conversation', 1, { points: 10 }),
        item('verifyId', 'Compliance', 2, { points: 20, hardFail: true }),
        item('resolve', 'Resolution', 3, { points: 30, answerScale: 'YesPartialNo' }),
        item('upsell', 'Resolution', 5, { points: 20, naAllowed: true }),
        item('tone', 'Conversation', 6, { points: 0, answerScale: 'OneToFive', coachingOnly: true })
    ]
};

const goodCall: AssessmentAnswers = {
    greet: 'Yes',
    verifyId: 'Yes',
    resolve: 'Partial',
    empathy: '4',
    upsell: 'NA',
    tone: '2'
};

describe('scoreAssessment', () => {
    it('scores a worked example by hand: 60 of 80 points is 75 %', () => {
        // greet 10/10, verifyId 20/20, resolve Partial 15/30, empathy 4 → 15/20, upsell N/A, tone coaching only.
        const result = scoreAssessment(phoneScorecard, goodCall);
        expect(result.earned).toBe(60);
        expect(result.possible).toBe(80);
        expect(result.score).toBe(75);
        expect(result.band?.name).toBe('needsImprovement');
        expect(result.autoFailed).toBe(false); // 75 is not below the auto-fail threshold of 75
        expect(result.passed).toBe(false); // but it is below the pass threshold of 80
        expect(result.complete).toBe(true);
        expect(result.missingItemIds).toEqual([]);
        expect(result.items.map((row) => [row.itemId, row.status, row.earned, row.possible])).toEqual([
            ['greet', 'scored', 10, 10],
            ['verifyId', 'scored', 20, 20],
            ['resolve', 'scored', 15, 30],
            ['empathy', 'scored', 15, 20],
            ['upsell', 'notApplicable', 0, 0],
            ['tone', 'coachingOnly', 0, 0]
        ]);
        expect(result.sections).toEqual([
            { section: 'Conversation', earned: 25, possible: 30, score: 83.33 },
            { section: 'Compliance', earned: 20, possible: 20, score: 100 },
            { section: 'Resolution', earned: 15, possible: 30, score: 50 }
        ]);
    });

    it('passes on the threshold and bands by c/scoreBands', () => {
        const result = scoreAssessment(phoneScorecard, { ...goodCall, resolve: 'Yes', empathy: '3' });
        // 10 + 20 + 30 + 10 = 70 of 80 = 87.5 %
        expect(result.score).toBe(87.5);
        expect(result.passed).toBe(true);
        expect(result.band?.name).toBe('target');
        const custom = scoreAssessment(
            { ...phoneScorecard, bandLimits: { target: 90, acceptable: 85, needsImprovement: 75 } },
            { ...goodCall, resolve: 'Yes', empathy: '3' }
        );
        expect(custom.band?.name).toBe('acceptable');
    });

    it('zeroes the score and auto-fails when a hard-fail item is answered No', () => {
        const result = scoreAssessment(phoneScorecard, { ...goodCall, verifyId: 'No' });
        expect(result.score).toBe(0);
        expect(result.autoFailed).toBe(true);
        expect(result.autoFailReasons).toEqual(['hardFailItem', 'belowAutoFailThreshold']);
        expect(result.hardFailItemIds).toEqual(['verifyId']);
        expect(result.passed).toBe(false);
        expect(result.band?.name).toBe('critical');
        // The sums stay true so the formula fields can show what the agent earned before the hard fail.
        expect(result.earned).toBe(40);
        expect(result.possible).toBe(80);
    });

    it('auto-fails a score below the auto-fail threshold without any hard-fail item', () => {
        const result = scoreAssessment(phoneScorecard, { ...goodCall, empathy: '3' });
        // 10 + 20 + 15 + 10 = 55 of 80 = 68.75 %
        expect(result.score).toBe(68.75);
        expect(result.autoFailed).toBe(true);
        expect(result.autoFailReasons).toEqual(['belowAutoFailThreshold']);
        expect(result.hardFailItemIds).toEqual([]);
        expect(result.passed).toBe(false);
    });

    it('has no auto-fail threshold unless the scorecard sets one', () => {
        const result = scoreAssessment({ ...phoneScorecard, autoFailThreshold: null }, { ...goodCall, empathy: '3' });
        expect(result.autoFailed).toBe(false);
        expect(result.passed).toBe(false);
    });

    it('scores what is answered so far and lists what is missing before submit', () => {
        const result = scoreAssessment(phoneScorecard, { greet: 'Yes', resolve: 'No', tone: null });
        expect(result.earned).toBe(10);
        expect(result.possible).toBe(40);
        expect(result.score).toBe(25);
        expect(result.complete).toBe(false);
        // Coaching-only "tone" may stay blank; N/A would count as answered.
        expect(result.missingItemIds).toEqual(['verifyId', 'empathy', 'upsell']);
        expect(result.items.find((row) => row.itemId === 'empathy')?.status).toBe('unanswered');
    });

    it('is not scored (null) when nothing is possible', () => {
        const result = scoreAssessment(phoneScorecard, { upsell: 'NA', empathy: 'NA', tone: '5' });
        expect(result.score).toBeNull();
        expect(result.band).toBeNull();
        expect(result.passed).toBeNull();
        expect(result.autoFailed).toBe(false);
    });

    it('rounds the percentage to 2 decimals, halves away from zero', () => {
        const thirds: Scorecard = {
            passThreshold: 50,
            items: [item('a', 'S', 1, { points: 1 }), item('b', 'S', 2, { points: 1 }), item('c', 'S', 3)]
        };
        // 1 of 12 points = 8.333… %, 2 of 12 = 16.666… %
        expect(scoreAssessment(thirds, { a: 'Yes', b: 'No', c: 'No' }).score).toBe(8.33);
        expect(scoreAssessment(thirds, { a: 'Yes', b: 'Yes', c: 'No' }).score).toBe(16.67);
        // An exact decimal half: 2.01 of 200 points is 1.005 % → 1.01 (binary rounding would give 1.00).
        const half: Scorecard = {
            passThreshold: 50,
            items: [item('small', 'S', 1, { points: 2.01 }), item('big', 'S', 2, { points: 197.99 })]
        };
        expect(scoreAssessment(half, { small: 'Yes', big: 'No' }).score).toBe(1.01);
    });

    it('sums fractional points without binary noise', () => {
        const tenths: Scorecard = {
            passThreshold: 50,
            items: [item('a', 'S', 1, { points: 0.1 }), item('b', 'S', 2, { points: 0.2 })]
        };
        const result = scoreAssessment(tenths, { a: 'Yes', b: 'Yes' });
        expect(result.earned).toBe(0.3); // 0.1 + 0.2 is 0.30000000000000004 in binary
        expect(result.score).toBe(100);
    });

    it('gives the same result whatever order the scorecard lists its items in', () => {
        const reversed = { ...phoneScorecard, items: [...phoneScorecard.items].reverse() };
        expect(scoreAssessment(reversed, goodCall)).toEqual(scoreAssessment(phoneScorecard, goodCall));
    });

    it('refuses answers that do not fit the scorecard, naming them', () => {
        expect(() => scoreAssessment(phoneScorecard, { ...goodCall, greet: 'NA' })).toThrow(
            'Item "greet" does not allow N/A.'
        );
        expect(() => scoreAssessment(phoneScorecard, { ...goodCall, callback: 'Yes' })).toThrow(
            'There is an answer for item "callback", which is not on this scorecard.'
        );
        expect(() => scoreAssessment(phoneScorecard, null as any)).toThrow(TypeError);
        expect(() => scoreAssessment(phoneScorecard, [] as any)).toThrow('keyed by scorecard item id');
    });

    it('refuses a broken scorecard, naming the problem', () => {
        expect(() => scoreAssessment({ passThreshold: 80, items: [] }, {})).toThrow('at least one item');
        expect(() => scoreAssessment({ ...phoneScorecard, passThreshold: 120 }, {})).toThrow(
            'pass threshold must be a percentage from 0 to 100, got 120'
        );
        expect(() => scoreAssessment({ ...phoneScorecard, autoFailThreshold: -5 }, {})).toThrow('auto-fail threshold');
        expect(() =>
            scoreAssessment({ ...phoneScorecard, items: [...phoneScorecard.items, item('greet', 'X', 9)] }, {})
        ).toThrow('lists item "greet" twice');
        expect(() =>
            scoreAssessment({ ...phoneScorecard, bandLimits: { target: 70, acceptable: 80, needsImprovement: 60 } }, {})
        ).toThrow('Band limits must rise');
        expect(() => scoreAssessment(undefined as any, {})).toThrow(TypeError);
    });
});

/**
 * Checks the engine against two independent computations on many random scorecards:
 * - exact integer arithmetic: with whole points, earned × 4 is a whole number of quarter points E4,
 *   and the score in hundredths of a percent is E4 × 2500 / possible, rounded half up;
 * - formulon, a Salesforce formula evaluator, running the formula the data model will use,
 *   except on exact halves, where formulon rounds the binary double (ROUND(1.005, 2) = 1 there,
 *   1.01 in Salesforce, which computes in decimal).
 */
describe('scoreAssessment against the integer oracle and the Salesforce formula', () => {
    const scales: AnswerScale[] = ['YesNo', 'YesPartialNo', 'OneToFive'];
    const quarters = (answer: Answer, points: number): number => {
        if (answer === 'Yes') {
            return 4 * points;
        }
        if (answer === 'Partial') {
            return 2 * points;
        }
        return answer === 'No' ? 0 : (Number(answer) - 1) * points;
    };
    const number = (value: number, scale: number) => ({
        type: 'literal' as const,
        dataType: 'number',
        value,
        options: { length: 14, scale }
    });

    it('agrees on 2,000 random scorecards and answer sets', () => {
        const random = createRandom('scoring-oracle');
        const mismatches: string[] = [];
        let ties = 0;
        let formulaChecks = 0;
        for (let trial = 0; trial < 2000; trial += 1) {
            const items: ScorecardItem[] = [];
            const answers: Record<string, Answer | null> = {};
            let e4 = 0;
            let possible = 0;
            let hardFailed = false;
            const count = 1 + random.nextInt(8);
            for (let i = 0; i < count; i += 1) {
                const coachingOnly = random.nextInt(10) === 0;
                const scorecardItem = item(`q${i}`, `S${random.nextInt(3)}`, i, {
                    points: 1 + random.nextInt(40),
                    answerScale: scales[random.nextInt(3)],
                    naAllowed: random.nextInt(2) === 0,
                    hardFail: !coachingOnly && random.nextInt(6) === 0,
                    coachingOnly
                });
                items.push(scorecardItem);
                const choices: (Answer | null)[] = [...SCALE_ANSWERS[scorecardItem.answerScale], null];
                if (scorecardItem.naAllowed) {
                    choices.push('NA');
                }
                const answer = choices[random.nextInt(choices.length)];
                answers[scorecardItem.id] = answer;
                if (answer !== null && answer !== 'NA' && !coachingOnly) {
                    e4 += quarters(answer, scorecardItem.points);
                    possible += scorecardItem.points;
                    hardFailed ||= scorecardItem.hardFail && (answer === 'No' || answer === '1');
                }
            }
            const result = scoreAssessment({ passThreshold: 80, items }, answers);
            const twice = 2 * e4 * 2500; // 2 × hundredths × possible, a whole number
            let expected: number | null;
            if (hardFailed) {
                expected = 0;
            } else if (possible === 0) {
                expected = null;
            } else {
                expected = Math.floor((twice + possible) / (2 * possible)) / 100;
            }
            const actual = [result.earned, result.possible, result.score];
            if (JSON.stringify(actual) !== JSON.stringify([e4 / 4, possible, expected])) {
                mismatches.push(`trial ${trial}: engine ${actual.join('/')}, oracle ${e4 / 4}/${possible}/${expected}`);
            }
            if (expected === null || hardFailed) {
                continue;
            }
            if (twice % (2 * possible) === possible) {
                ties += 1; // an exact half: formulon's binary rounding is not the reference here
                continue;
            }
            const formula = evaluateFormula('ROUND(Earned / Possible * 100, 2)', {
                Earned: number(result.earned, 4),
                Possible: number(result.possible, 2)
            });
            const value = formula.type === 'literal' ? formula.value : formula;
            if (value !== result.score) {
                mismatches.push(`trial ${trial}: engine ${result.score}, formula ${JSON.stringify(value)}`);
            }
            formulaChecks += 1;
        }
        expect(mismatches).toEqual([]);
        expect(ties).toBeGreaterThan(0); // the exact-half branch was exercised
        expect(formulaChecks).toBeGreaterThan(1000);
    });
});
