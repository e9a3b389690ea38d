/**
 * An assessment's Contact Quality Score from its scorecard and answers.
 *
 * The arithmetic, written so the data model can repeat it with roll-up summaries and formulas:
 *   earned   = Σ earned of the items (see pointsForAnswer), rounded to 4 decimals
 *   possible = Σ possible of the items, rounded to 4 decimals
 *   score    = 0 when any hard-fail item failed;
 *              null (not scored) when possible = 0;
 *              otherwise ROUND(earned / possible × 100, 2), halves away from zero
 *              (what a Percent field with scale 2 stores).
 *   autoFailed = a hard-fail item failed, or score < the scorecard's auto-fail threshold
 *   passed     = null when not scored; otherwise not autoFailed and score ≥ pass threshold
 *   complete   = every item that is not coaching-only has an answer (N/A counts as an answer)
 *
 * The 4-decimal rounding of the sums only removes binary noise: points have at most 2 decimals and
 * the quarter steps of the 1–5 scale add 2 more, so the exact decimal sums have at most 4.
 */
import { DEFAULT_BAND_LIMITS, qualityBandFor, type QualityBand } from 'c/scoreBands';
import { isUnanswered, pointsForAnswer } from './itemPoints';
import { validateScorecard, type Answer, type Scorecard } from './scorecard';
import { roundHalfAwayFromZero } from './salesforceRounding';

export type AssessmentAnswers = Readonly<Record<string, Answer | null | undefined | ''>>;

export type ItemStatus = 'scored' | 'notApplicable' | 'unanswered' | 'coachingOnly';

export type AutoFailReason = 'hardFailItem' | 'belowAutoFailThreshold';

export interface ItemScore {
    readonly itemId: string;
    readonly section: string;
    readonly answer: Answer | null;
    readonly status: ItemStatus;
    readonly earned: number;
    readonly possible: number;
    readonly hardFailFailed: boolean;
}

export interface SectionScore {
    readonly section: string;
    readonly earned: number;
    readonly possible: number;
    /** The section's own percentage (a hard-fail elsewhere does not zero it); null when nothing is possible. */
    readonly score: number | null;
}

export interface AssessmentScore {
    readonly earned: number;
    readonly possible: number;
    /** Percent, 2 decimals; 0 when auto-failed by a hard-fail item; null when nothing is possible. */
    readonly score: number | null;
    readonly band: QualityBand | null;
    readonly autoFailed: boolean;
    readonly autoFailReasons: readonly AutoFailReason[];
    readonly hardFailItemIds: readonly string[];
    readonly passed: boolean | null;
    /** Every item that is not coaching-only is answered: the assessment may be submitted. */
    readonly complete: boolean;
    readonly missingItemIds: readonly string[];
    /** In form order. */
    readonly items: readonly ItemScore[];
    /** In the order each section first appears on the form. */
    readonly sections: readonly SectionScore[];
}

function toPercent(earned: number, possible: number): number | null {
    return possible === 0 ? null : roundHalfAwayFromZero((earned / possible) * 100, 2);
}

const tidySum = (sum: number): number => roundHalfAwayFromZero(sum, 4);

function statusOf(answer: Answer | null, coachingOnly: boolean): ItemStatus {
    if (coachingOnly) {
        return 'coachingOnly';
    }
    if (answer === null) {
        return 'unanswered';
    }
    return answer === 'NA' ? 'notApplicable' : 'scored';
}

/** Scores an assessment. Throws a TypeError/RangeError naming a bad scorecard, item or answer. */
export function scoreAssessment(scorecard: Scorecard, answers: AssessmentAnswers): AssessmentScore {
    const items = validateScorecard(scorecard);
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
        throw new TypeError(`Answers must be an object keyed by scorecard item id, got ${String(answers)}.`);
    }
    const known = new Set(items.map((item) => item.id));
    for (const itemId of Object.keys(answers)) {
        if (!known.has(itemId)) {
            throw new RangeError(`There is an answer for item "${itemId}", which is not on this scorecard.`);
        }
    }

    const itemScores: ItemScore[] = [];
    const sectionSums = new Map<string, { earned: number; possible: number }>();
    const hardFailItemIds: string[] = [];
    const missingItemIds: string[] = [];
    let earnedSum = 0;
    let possibleSum = 0;

    for (const item of items) {
        const given = answers[item.id];
        const answer = isUnanswered(given) ? null : given;
        const points = pointsForAnswer(item, answer);
        earnedSum += points.earned;
        possibleSum += points.possible;
        if (points.hardFailFailed) {
            hardFailItemIds.push(item.id);
        }
        if (answer === null && !item.coachingOnly) {
            missingItemIds.push(item.id);
        }
        const section = sectionSums.get(item.section) ?? { earned: 0, possible: 0 };
        section.earned += points.earned;
        section.possible += points.possible;
        sectionSums.set(item.section, section);
        itemScores.push({
            itemId: item.id,
            section: item.section,
            answer,
            status: statusOf(answer, item.coachingOnly),
            earned: points.earned,
            possible: points.possible,
            hardFailFailed: points.hardFailFailed
        });
    }

    const earned = tidySum(earnedSum);
    const possible = tidySum(possibleSum);
    const hardFailed = hardFailItemIds.length > 0;
    const score = hardFailed ? 0 : toPercent(earned, possible);

    const autoFailReasons: AutoFailReason[] = [];
    if (hardFailed) {
        autoFailReasons.push('hardFailItem');
    }
    const autoFailThreshold = scorecard.autoFailThreshold;
    if (score !== null && typeof autoFailThreshold === 'number' && score < autoFailThreshold) {
        autoFailReasons.push('belowAutoFailThreshold');
    }
    const autoFailed = autoFailReasons.length > 0;

    return {
        earned,
        possible,
        score,
        band: score === null ? null : qualityBandFor(score, scorecard.bandLimits ?? DEFAULT_BAND_LIMITS),
        autoFailed,
        autoFailReasons,
        hardFailItemIds,
        passed: score === null ? null : !autoFailed && score >= scorecard.passThreshold,
        complete: missingItemIds.length === 0,
        missingItemIds,
        items: itemScores,
        sections: [...sectionSums].map(([section, sums]) => {
            const sectionEarned = tidySum(sums.earned);
            const sectionPossible = tidySum(sums.possible);
            return {
                section,
                earned: sectionEarned,
                possible: sectionPossible,
                score: toPercent(sectionEarned, sectionPossible)
            };
        })
    };
}
