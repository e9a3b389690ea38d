/**
 * Issue 6: "Scoring must agree exactly with the platform's formula fields of the data model: one
 * test evaluates both on the same cases." Every case is scored twice — by the engine
 * (`scoreAssessment` of c/assessmentScoring) and by the package's own metadata (response formula
 * fields → Assessment__c roll-ups → Score__c, Band__c, Auto_Failed__c, Passed__c, see
 * ./support/platformScore) — and the two must show the same thing.
 *
 * The one documented difference: with nothing possible there is no score; the engine says
 * `passed: null` (not judged), while Passed__c is a checkbox and cannot be blank, so it shows false.
 */
import { scoreAssessment, type AssessmentAnswers, type AssessmentScore, type Scorecard } from 'c/assessmentScoring';
import { DEFAULT_BAND_LIMITS, type QualityBandName } from 'c/scoreBands';
import { createRandom } from 'c/seededRandom';
import { itemIdAt, platformScore, refusals, type ItemAnswer, type PlatformScore } from './support/platformScore';
import { constructedCase, item, mixedCase, type AgreementCase } from './support/randomAssessments';
import { defaultVeritySetting } from './support/verityRecords';

/** Band__c shows the band as text; the engine names it. */
const BAND_TEXT: Record<QualityBandName, string> = {
    target: 'Target',
    acceptable: 'Acceptable',
    needsImprovement: 'Needs Improvement',
    critical: 'Critical'
};

function engineScore(scored: AgreementCase): AssessmentScore {
    const scorecard: Scorecard = {
        passThreshold: scored.passThreshold,
        autoFailThreshold: scored.autoFailThreshold,
        items: scored.items.map((answered, index) => ({
            id: itemIdAt(index),
            section: answered.section,
            order: index + 1,
            points: answered.points,
            answerScale: answered.scale,
            naAllowed: answered.naAllowed,
            hardFail: answered.hardFail,
            coachingOnly: answered.coachingOnly
        }))
    };
    const answers: AssessmentAnswers = Object.fromEntries(
        scored.items.map((answered, index) => [itemIdAt(index), answered.answer])
    );
    return scoreAssessment(scorecard, answers);
}

/** What an assessment shows, in the data model's terms. */
interface Shown {
    score: number | null;
    band: string | null;
    autoFailed: boolean;
    passed: boolean;
    pointsEarned: number;
    pointsPossible: number;
    failedHardFailItems: number;
    complete: boolean;
}
const SHOWN: readonly (keyof Shown)[] = [
    'score',
    'band',
    'autoFailed',
    'passed',
    'pointsEarned',
    'pointsPossible',
    'failedHardFailItems',
    'complete'
];

/** Passed__c is a checkbox: where the engine has no verdict (null, no score) it shows false. */
const passedAsCheckbox = (passed: boolean | null): boolean => passed === true;

function shownByEngine(engine: AssessmentScore): Shown {
    return {
        score: engine.score,
        band: engine.band === null ? null : BAND_TEXT[engine.band.name],
        autoFailed: engine.autoFailed,
        passed: passedAsCheckbox(engine.passed),
        pointsEarned: engine.earned,
        pointsPossible: engine.possible,
        failedHardFailItems: engine.hardFailItemIds.length,
        complete: engine.complete
    };
}

function shownByPlatform(platform: PlatformScore): Shown {
    return {
        score: platform.score,
        band: platform.band,
        autoFailed: platform.autoFailed,
        passed: platform.passed,
        pointsEarned: platform.pointsEarned,
        pointsPossible: platform.pointsPossible,
        failedHardFailItems: platform.hardFailFailures,
        // Assessment_Submission_Complete lets a submission through when every scored item is answered.
        complete: platform.answeredItemCount === platform.scoredItemCount
    };
}

interface Comparison {
    title: string;
    engine: AssessmentScore;
    shownByEngine: Shown;
    shownByPlatform: Shown;
    /** Where the assessment shows something different (and, for constructed cases, where a side misses the built score). */
    disagreements: string[];
    /** Items whose response formula fields differ from the engine's points for the answer. */
    itemDisagreements: string[];
}

const shownValue = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/** Each response's Points_Earned__c, Points_Possible__c and Hard_Fail_Failed__c against the engine's item points. */
function itemDisagreements(scored: AgreementCase, engine: AssessmentScore, platform: PlatformScore): string[] {
    const byId = new Map(engine.items.map((scoredItem) => [scoredItem.itemId, scoredItem]));
    return platform.responses.flatMap((points, index) => {
        const fromEngine = byId.get(points.itemId);
        const spec = scored.items[index];
        const where = `item ${index + 1} (${spec?.scale} on ${spec?.points} points, answered ${shownValue(spec?.answer)})`;
        if (!fromEngine) {
            return [`${where}: the engine did not score it`];
        }
        return (['earned', 'possible', 'hardFailFailed'] as const)
            .filter((key) => !Object.is(fromEngine[key], points[key]))
            .map((key) => `${where} ${key}: engine ${fromEngine[key]}, data model ${points[key]}`);
    });
}

function compare(scored: AgreementCase): Comparison {
    const engine = engineScore(scored);
    const platform = platformScore(scored);
    const byEngine = shownByEngine(engine);
    const byPlatform = shownByPlatform(platform);
    const disagreements = SHOWN.filter((key) => !Object.is(byEngine[key], byPlatform[key])).map(
        (key) => `${key}: engine ${shownValue(byEngine[key])}, data model ${shownValue(byPlatform[key])}`
    );
    if (scored.expectedScore !== undefined) {
        for (const [side, score] of [
            ['engine', byEngine.score],
            ['data model', byPlatform.score]
        ] as const) {
            if (!Object.is(score, scored.expectedScore)) {
                disagreements.push(
                    `${side} score ${shownValue(score)}, built to be ${shownValue(scored.expectedScore)}`
                );
            }
        }
    }
    return {
        title: scored.title,
        engine,
        shownByEngine: byEngine,
        shownByPlatform: byPlatform,
        disagreements,
        itemDisagreements: itemDisagreements(scored, engine, platform)
    };
}

/** `earned` of `possible` points (2 decimals, at most 999.99 each): one item answered Yes, one No. */
const earnedOf = (earned: number, possible: number): ItemAnswer[] =>
    [
        item({ points: earned, answer: 'Yes' }),
        item({ points: Math.round((possible - earned) * 100) / 100, answer: 'No' })
    ].filter((candidate) => candidate.points > 0);
/** A phone scorecard: pass at 80 %, auto-fail under 75 %, unless told. */
const phone = (
    title: string,
    items: ItemAnswer[],
    passThreshold = 80,
    autoFailThreshold: number | null = 75
): AgreementCase => ({
    title,
    passThreshold,
    autoFailThreshold,
    items
});

/** Worked by hand: what both must show. `passed` is the engine's (null: no verdict). */
interface HandCase {
    scored: AgreementCase;
    expected: { score: number | null; band: string | null; autoFailed: boolean; passed: boolean | null };
}

const HAND_CASES: HandCase[] = [
    {
        // Every item N/A (and a coaching-only one answered): nothing possible, so no score.
        scored: phone('all N/A: no score', [
            item({ points: 10, naAllowed: true, answer: 'NA' }),
            item({ points: 5, scale: 'OneToFive', naAllowed: true, answer: 'NA' }),
            item({ points: 3, coachingOnly: true, answer: 'Yes' })
        ]),
        expected: { score: null, band: null, autoFailed: false, passed: null }
    },
    {
        scored: phone('nothing answered yet: no score', [
            item({ points: 10, answer: null }),
            item({ points: 10, hardFail: true, answer: null })
        ]),
        expected: { score: null, band: null, autoFailed: false, passed: null }
    },
    {
        // 30 of 40 earned, but the hard-fail item answered No zeroes the assessment.
        scored: phone('a failed hard-fail item', [
            item({ points: 30, answer: 'Yes' }),
            item({ points: 10, hardFail: true, answer: 'No' })
        ]),
        expected: { score: 0, band: 'Critical', autoFailed: true, passed: false }
    },
    {
        scored: phone(
            'a failed hard-fail item on a 1-to-5 scale (answered 1), with no thresholds to fall under',
            [
                item({ points: 30, answer: 'Yes' }),
                item({ points: 10, scale: 'OneToFive', hardFail: true, answer: '1' })
            ],
            0,
            null
        ),
        expected: { score: 0, band: 'Critical', autoFailed: true, passed: false }
    },
    {
        // 2 on 1-to-5 earns a quarter: 10 + 2.5 of 20 = 62.5 %.
        scored: phone('a hard-fail 1-to-5 item answered 2 does not fail', [
            item({ points: 10, answer: 'Yes' }),
            item({ points: 10, scale: 'OneToFive', hardFail: true, answer: '2' })
        ]),
        expected: { score: 62.5, band: 'Critical', autoFailed: true, passed: false }
    },
    {
        scored: phone('exactly 85: on target', earnedOf(17, 20)),
        expected: { score: 85, band: 'Target', autoFailed: false, passed: true }
    },
    {
        scored: phone('exactly 80: acceptable, and exactly on the pass threshold', earnedOf(16, 20)),
        expected: { score: 80, band: 'Acceptable', autoFailed: false, passed: true }
    },
    {
        scored: phone('exactly 70: needs improvement, and below the auto-fail threshold of 75', earnedOf(14, 20)),
        expected: { score: 70, band: 'Needs Improvement', autoFailed: true, passed: false }
    },
    {
        scored: phone('exactly 75: on the auto-fail threshold, not under it', earnedOf(15, 20)),
        expected: { score: 75, band: 'Needs Improvement', autoFailed: false, passed: false }
    },
    {
        // 169.99 / 200 = 84.995 %, shown 85.00 (halves up).
        scored: phone('84.995 % is shown as 85.00: on target', earnedOf(169.99, 200)),
        expected: { score: 85, band: 'Target', autoFailed: false, passed: true }
    },
    {
        // 8.44 / 9.93 = 84.99496… %, a hair under the half: shown 84.99.
        scored: phone('84.99496 % is shown as 84.99: acceptable', earnedOf(8.44, 9.93)),
        expected: { score: 84.99, band: 'Acceptable', autoFailed: false, passed: true }
    },
    {
        scored: phone('79.995 % is shown as 80.00: acceptable, and passes', earnedOf(159.99, 200)),
        expected: { score: 80, band: 'Acceptable', autoFailed: false, passed: true }
    },
    {
        // 31.71 / 39.64 = 79.99495… %: shown 79.99, under the pass mark of 80.
        scored: phone('79.99495 % is shown as 79.99: needs improvement, and fails', earnedOf(31.71, 39.64)),
        expected: { score: 79.99, band: 'Needs Improvement', autoFailed: false, passed: false }
    },
    {
        scored: phone('69.995 % is shown as 70.00: needs improvement', earnedOf(139.99, 200), 60, 50),
        expected: { score: 70, band: 'Needs Improvement', autoFailed: false, passed: true }
    },
    {
        // 13.88 / 19.83 = 69.99495… %: shown 69.99.
        scored: phone('69.99495 % is shown as 69.99: critical', earnedOf(13.88, 19.83), 60, 50),
        expected: { score: 69.99, band: 'Critical', autoFailed: false, passed: true }
    },
    {
        scored: phone('74.995 % is shown as 75.00: not under an auto-fail threshold of 75', earnedOf(149.99, 200)),
        expected: { score: 75, band: 'Needs Improvement', autoFailed: false, passed: false }
    },
    {
        // 37.13 / 49.51 = 74.99495… %: shown 74.99, under the auto-fail threshold.
        scored: phone('74.99495 % is shown as 74.99: auto-failed under 75', earnedOf(37.13, 49.51)),
        expected: { score: 74.99, band: 'Needs Improvement', autoFailed: true, passed: false }
    },
    {
        // 2 / 3 = 66.666… %: the third decimal rounds the second up.
        scored: phone('2 of 3 rounds at the third decimal to 66.67', earnedOf(2, 3), 66.67, 66.66),
        expected: { score: 66.67, band: 'Critical', autoFailed: false, passed: true }
    },
    {
        // 1 / 3 = 33.333… %: rounds down.
        scored: phone('1 of 3 is 33.33', earnedOf(1, 3), 33.34, 33.33),
        expected: { score: 33.33, band: 'Critical', autoFailed: false, passed: false }
    },
    {
        // Greeting Yes 5/5, Resolution Partial 5/10, Empathy 4 → 6/8, Upsell N/A, Tone coaching-only,
        // one item unanswered: 16 of 23 = 69.565… → 69.57 %.
        scored: phone('a mixed set: N/A, coaching-only and unanswered items count in neither sum', [
            item({ points: 5, answer: 'Yes' }),
            item({ points: 10, scale: 'YesPartialNo', answer: 'Partial' }),
            item({ points: 8, scale: 'OneToFive', answer: '4' }),
            item({ points: 7, naAllowed: true, answer: 'NA' }),
            item({ points: 4, coachingOnly: true, answer: 'No' }),
            item({ points: 6, answer: null })
        ]),
        expected: { score: 69.57, band: 'Critical', autoFailed: true, passed: false }
    },
    {
        // 7.25 points answered 2 of 5 earns 1.8125 (4 decimals): 1.8125 / 7.25 = 25 %.
        scored: phone('quarter steps of a 1-to-5 item on 2-decimal points', [
            item({ points: 7.25, scale: 'OneToFive', answer: '2' })
        ]),
        expected: { score: 25, band: 'Critical', autoFailed: true, passed: false }
    },
    {
        // 4 on 1-to-5 earns three quarters: 3 × 618.13 / 4 = 463.5975 exactly (4 decimals, as
        // Points_Earned__c, Number(18, 4), holds it); the score is 75 %.
        scored: phone('three quarters of 618.13 points earn 463.5975', [
            item({ points: 618.13, scale: 'OneToFive', answer: '4' })
        ]),
        expected: { score: 75, band: 'Needs Improvement', autoFailed: false, passed: false }
    },
    {
        // Everything answered No, no hard-fail item: 0 %, which still meets a pass mark of 0.
        scored: phone('a zero score meets a pass threshold of 0', earnedOf(0, 10), 0, 0),
        expected: { score: 0, band: 'Critical', autoFailed: false, passed: true }
    },
    {
        scored: phone('without an auto-fail threshold a low score fails only the pass mark', earnedOf(1, 10), 80, null),
        expected: { score: 10, band: 'Critical', autoFailed: false, passed: false }
    },
    {
        scored: phone(
            'full marks on 2-decimal weights',
            [
                item({ points: 999.99, answer: 'Yes' }),
                item({ points: 0.01, scale: 'YesPartialNo', answer: 'Yes' }),
                item({ points: 12.34, scale: 'OneToFive', answer: '5' })
            ],
            100,
            100
        ),
        expected: { score: 100, band: 'Target', autoFailed: false, passed: true }
    }
];

const RANDOM_SEED = 'verity/scoreAgreement/2025-03';
// Each case costs about 0.1 s through the local formula evaluator (formulon parses every formula
// on every evaluation, ~2 ms each), so the seeded run is sized to keep this file near 20 s.
const MIXED_CASES = 120;
const CONSTRUCTED_CASES = 80;

const random = createRandom(RANDOM_SEED);
const MIXED = Array.from({ length: MIXED_CASES }, (_, index) => mixedCase(random, index));
const CONSTRUCTED = Array.from({ length: CONSTRUCTED_CASES }, (_, index) => constructedCase(random, index));

/** The cases that disagree, with what each side showed. */
function disagreeing(comparisons: Comparison[], which: 'disagreements' | 'itemDisagreements') {
    return comparisons
        .filter((comparison) => comparison[which].length > 0)
        .map((comparison) => ({ title: comparison.title, [which]: comparison[which] }));
}

/** How many cases reach each outcome, so agreement is shown where it could fail. */
function outcomes(cases: AgreementCase[], comparisons: Comparison[]): Record<string, number> {
    const shown = comparisons.map((comparison) => comparison.shownByPlatform);
    const count = (test: (entry: Shown, index: number) => boolean): number => shown.filter(test).length;
    return {
        noScore: count((entry) => entry.score === null),
        failedHardFail: count((entry) => entry.failedHardFailItems > 0),
        underAutoFailThreshold: comparisons.filter((comparison) =>
            comparison.engine.autoFailReasons.includes('belowAutoFailThreshold')
        ).length,
        passed: count((entry) => entry.passed),
        failedWithScore: count((entry) => !entry.passed && entry.score !== null),
        incomplete: count((entry) => !entry.complete),
        onPassThreshold: count((entry, index) => entry.score === cases[index]?.passThreshold),
        onAutoFailThreshold: count((entry, index) => entry.score === cases[index]?.autoFailThreshold),
        roundsAHalf: cases.filter((entry) => entry.roundsAHalf === true).length,
        ...Object.fromEntries(Object.values(BAND_TEXT).map((band) => [band, count((entry) => entry.band === band)]))
    };
}

/** The outcomes among `wanted` that no case reached. */
const unreached = (reached: Record<string, number>, wanted: string[]): string[] =>
    wanted.filter((outcome) => !(reached[outcome] ?? 0));

describe('the engine and the data model agree on the score', () => {
    it('use the same band limits: the Default Verity Setting holds the engine defaults (85 / 80 / 70)', () => {
        const setting = defaultVeritySetting();
        expect({
            target: setting.Band_Target__c,
            acceptable: setting.Band_Acceptable__c,
            needsImprovement: setting.Band_Needs_Improvement__c
        }).toEqual({ ...DEFAULT_BAND_LIMITS });
    });

    describe('on cases worked by hand', () => {
        it.each(HAND_CASES.map((entry): [string, HandCase] => [entry.scored.title, entry]))(
            '%s',
            (_title, { scored, expected }) => {
                expect(refusals(scored)).toEqual([]);
                const comparison = compare(scored);
                expect(comparison.disagreements).toEqual([]);
                expect(comparison.itemDisagreements).toEqual([]);
                const engine = comparison.engine;
                expect({
                    score: engine.score,
                    band: engine.band === null ? null : BAND_TEXT[engine.band.name],
                    autoFailed: engine.autoFailed,
                    passed: engine.passed
                }).toEqual(expected);
            }
        );

        it('differ, as documented, only in Passed__c when there is no score: the engine says null, the checkbox false', () => {
            const noScore = compare(phone('all N/A', [item({ points: 10, naAllowed: true, answer: 'NA' })]));
            expect(noScore.engine.score).toBeNull();
            expect(noScore.engine.passed).toBeNull();
            expect(noScore.shownByPlatform).toMatchObject({
                score: null,
                band: null,
                passed: false,
                autoFailed: false
            });
            expect(noScore.disagreements).toEqual([]);
        });
    });

    it('are compared on seeded cases the data model accepts', () => {
        // Checking the rules costs more than scoring; a sample of each family shows the generators are sound.
        const refused = [...MIXED.slice(0, 10), ...CONSTRUCTED.slice(0, 10)]
            .map((entry) => ({ title: entry.title, refused: refusals(entry) }))
            .filter((entry) => entry.refused.length > 0);
        expect(refused).toEqual([]);
    });

    describe(`on ${MIXED_CASES} mixed seeded cases (seed "${RANDOM_SEED}")`, () => {
        let comparisons: Comparison[] = [];
        beforeAll(() => {
            comparisons = MIXED.map(compare);
        });

        it('show the same score, band, auto-fail, pass verdict, point sums and completeness', () => {
            expect(disagreeing(comparisons, 'disagreements')).toEqual([]);
        });

        it("give every answer the points its response's formula fields show", () => {
            expect(disagreeing(comparisons, 'itemDisagreements')).toEqual([]);
        });

        it('reach every outcome: no score, hard-fail, auto-fail, pass, fail, unfinished, every band', () => {
            const wanted = ['noScore', 'failedHardFail', 'underAutoFailThreshold', 'passed', 'failedWithScore'];
            expect(
                unreached(outcomes(MIXED, comparisons), [...wanted, 'incomplete', ...Object.values(BAND_TEXT)])
            ).toEqual([]);
        });
    });

    describe(`on ${CONSTRUCTED_CASES} constructed seeded cases: half-hundredth scores, thresholds on the score`, () => {
        let comparisons: Comparison[] = [];
        beforeAll(() => {
            comparisons = CONSTRUCTED.map(compare);
        });

        it('show the score they were built to have, and agree on everything else', () => {
            expect(disagreeing(comparisons, 'disagreements')).toEqual([]);
        });

        it("give every answer the points its response's formula fields show", () => {
            expect(disagreeing(comparisons, 'itemDisagreements')).toEqual([]);
        });

        it('reach a score on each threshold and scores that only rounding decides', () => {
            const wanted = ['failedHardFail', 'underAutoFailThreshold', 'passed', 'failedWithScore'];
            expect(
                unreached(outcomes(CONSTRUCTED, comparisons), [
                    ...wanted,
                    'onPassThreshold',
                    'onAutoFailThreshold',
                    'roundsAHalf'
                ])
            ).toEqual([]);
        });
    });
});
