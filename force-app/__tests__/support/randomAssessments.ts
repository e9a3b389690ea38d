/**
 * Seeded scorecards and answer sets for comparing the scoring engine with the data model. Two
 * families:
 * - mixed: any number of items, random weights (whole, quarter and 2-decimal points), every scale,
 *   N/A where allowed, coaching-only and hard-fail items, unanswered items, random thresholds;
 * - constructed: 200 points possible, so the exact score is e / 2 for the e points earned — half the
 *   time a half-hundredth (84.995) that only rounding decides — with the thresholds put on the
 *   shown score or a hundredth either side, and N/A, coaching-only and unanswered items that must
 *   change nothing. The shown score is known by construction, in whole hundredths.
 */
import { SCALE_ANSWERS, type Answer, type AnswerScale } from 'c/assessmentScoring';
import type { RandomSource } from 'c/seededRandom';
import type { ItemAnswer, ScoredAssessment } from './platformScore';

export interface AgreementCase extends ScoredAssessment {
    title: string;
    /** The score as shown, when the case was built to have it (constructed family); null: no score. */
    expectedScore?: number | null;
    /** Built so the exact score is a half-hundredth (84.995): only the rounding decides what is shown. */
    roundsAHalf?: boolean;
}

const SCALES: readonly AnswerScale[] = ['YesNo', 'YesPartialNo', 'OneToFive'];
const SECTIONS = ['Compliance', 'Resolution', 'Conversation'];

function pick<T>(random: RandomSource, values: readonly T[]): T {
    const value = values[random.nextInt(values.length)];
    if (value === undefined) {
        throw new RangeError('Cannot pick from an empty list.');
    }
    return value;
}

const chance = (random: RandomSource, probability: number): boolean => random.nextFloat() < probability;

/** Points an item may carry (0.01 to 999.99, 2 decimals): mostly whole, some quarters, some cents. */
function randomPoints(random: RandomSource): number {
    const kind = random.nextFloat();
    if (kind < 0.5) {
        return 1 + random.nextInt(20);
    }
    if (kind < 0.8) {
        return (1 + random.nextInt(400)) / 4;
    }
    return (1 + random.nextInt(99999)) / 100;
}

/** An item answered `answer`: a Yes / No item in Compliance, neither N/A-able, hard-fail nor coaching-only, unless told. */
export function item(overrides: Partial<ItemAnswer> & Pick<ItemAnswer, 'points' | 'answer'>): ItemAnswer {
    return {
        section: 'Compliance',
        scale: 'YesNo',
        naAllowed: false,
        hardFail: false,
        coachingOnly: false,
        ...overrides
    };
}

function randomItem(random: RandomSource): ItemAnswer {
    const scale = pick(random, SCALES);
    const coachingOnly = chance(random, 0.12);
    const hardFail = !coachingOnly && chance(random, 0.15);
    const naAllowed = chance(random, 0.3);
    const points = coachingOnly && chance(random, 0.5) ? 0 : randomPoints(random);
    let answer: Answer | null;
    if (chance(random, 0.12)) {
        answer = null;
    } else if (naAllowed && chance(random, 0.3)) {
        answer = 'NA';
    } else {
        answer = pick(random, SCALE_ANSWERS[scale]);
    }
    return { section: pick(random, SECTIONS), points, scale, naAllowed, hardFail, coachingOnly, answer };
}

/** A threshold in percent: whole most of the time, sometimes with 2 decimals; within [0, at most]. */
function randomThreshold(random: RandomSource, atMost: number): number {
    const hundredths = Math.round(atMost * 100);
    return chance(random, 0.7) ? random.nextInt(Math.floor(atMost) + 1) : random.nextInt(hundredths + 1) / 100;
}

export function mixedCase(random: RandomSource, index: number): AgreementCase {
    const items = Array.from({ length: 1 + random.nextInt(10) }, () => randomItem(random));
    const passThreshold = randomThreshold(random, 100);
    const autoFailThreshold = chance(random, 0.25) ? null : randomThreshold(random, passThreshold);
    return { title: `mixed #${index}`, passThreshold, autoFailThreshold, items };
}

/** Items that must not move the score: N/A, coaching-only (answered or not) and unanswered ones. */
function neutralItem(random: RandomSource): ItemAnswer {
    const scale = pick(random, SCALES);
    const section = pick(random, SECTIONS);
    switch (random.nextInt(3)) {
        case 0:
            return item({ section, scale, naAllowed: true, points: randomPoints(random), answer: 'NA' });
        case 1:
            return item({
                section,
                scale,
                coachingOnly: true,
                points: randomPoints(random),
                answer: pick(random, SCALE_ANSWERS[scale])
            });
        default:
            return item({ section, scale, hardFail: chance(random, 0.3), points: randomPoints(random), answer: null });
    }
}

/** An item that earns all of its points: Yes, or 5 on a 1-to-5 item. */
function fullMarksItem(random: RandomSource, points: number): ItemAnswer {
    const section = pick(random, SECTIONS);
    const hardFail = chance(random, 0.2); // answered well, a hard-fail item changes nothing
    return random.nextInt(2) === 0
        ? item({ section, hardFail, points, answer: 'Yes' })
        : item({ section, hardFail, scale: 'OneToFive', points, answer: '5' });
}

/** An item that earns half of its points: Partial, or 3 on a 1-to-5 item. */
function halfMarksItem(random: RandomSource, points: number): ItemAnswer {
    const section = pick(random, SECTIONS);
    return random.nextInt(2) === 0
        ? item({ section, scale: 'YesPartialNo', points, answer: 'Partial' })
        : item({ section, scale: 'OneToFive', points, answer: '3' });
}

/** An item that earns nothing of its points: No, or 1 on a 1-to-5 item. */
function losingItem(random: RandomSource, points: number): ItemAnswer {
    return random.nextInt(2) === 0
        ? item({ section: pick(random, SECTIONS), points, answer: 'No' })
        : item({ section: pick(random, SECTIONS), scale: 'OneToFive', points, answer: '1' });
}

export function constructedCase(random: RandomSource, index: number): AgreementCase {
    // e points earned of 200, in hundredths: the exact score e / 2 % has 3 decimals.
    const earnedHundredths = random.nextInt(20001);
    // Halves round up, so the shown score in hundredths is ⌊(E + 1) / 2⌋ for E earned hundredths.
    const shownHundredths = Math.floor((earnedHundredths + 1) / 2);
    const items: ItemAnswer[] = [];
    // The earned points in up to 3 parts of whole hundredths; a part earned with half marks also
    // loses as much, so it is taken from the points still to lose.
    let toEarn = earnedHundredths;
    let toLose = 20000 - earnedHundredths;
    for (let part = 0; part < 3 && toEarn > 0; part += 1) {
        const share = part === 2 ? toEarn : 1 + random.nextInt(toEarn);
        if (share <= toLose && chance(random, 0.4)) {
            items.push(halfMarksItem(random, (2 * share) / 100));
            toLose -= share;
        } else {
            items.push(fullMarksItem(random, share / 100));
        }
        toEarn -= share;
    }
    if (toLose > 0) {
        items.push(losingItem(random, toLose / 100));
    }
    const failedHardFail = chance(random, 0.05);
    if (failedHardFail) {
        items.push(item({ section: 'Compliance', hardFail: true, points: randomPoints(random), answer: 'No' }));
    }
    const neutral = random.nextInt(4);
    for (let n = 0; n < neutral; n += 1) {
        items.splice(random.nextInt(items.length + 1), 0, neutralItem(random));
    }
    // Thresholds on the shown score or a hundredth either side, kept within 0–100 and auto-fail ≤ pass.
    const near = (): number => Math.min(10000, Math.max(0, shownHundredths + random.nextInt(3) - 1)) / 100;
    const passThreshold = near();
    const autoFail = chance(random, 0.2) ? null : near();
    return {
        title: `constructed #${index}: ${earnedHundredths / 100} of 200 points`,
        passThreshold,
        autoFailThreshold: autoFail === null ? null : Math.min(autoFail, passThreshold),
        items,
        expectedScore: failedHardFail ? 0 : shownHundredths / 100,
        roundsAHalf: !failedHardFail && earnedHundredths % 2 === 1
    };
}
