/**
 * What one answer earns on one scorecard item. This is the per-item rule the data model's
 * formula fields must reproduce (Points_Earned__c, Points_Possible__c, Hard_Fail_Failed__c):
 *
 * - unanswered, N/A, or a coaching-only item: earned 0, possible 0 (the item leaves the maximum);
 * - YesNo: Yes earns the item's points, No earns 0;
 * - YesPartialNo: Yes earns the points, Partial half of them, No 0;
 * - OneToFive: n earns (n − 1) / 4 of the points (1 → 0, 3 → half, 5 → all);
 * - otherwise possible = the item's points;
 * - a hard-fail item answered No (on 1–5: 1) has failed, which zeroes the assessment.
 *
 * Points have at most 2 decimals, so an earned value has at most 4 (the quarter steps of 1–5):
 * it is rounded to 4 decimals, as the Number(18, 4) formula field Points_Earned__c holds it, so
 * binary noise (3 × 618.13 / 4 = 463.59749999999997) never shows.
 */
import { roundHalfAwayFromZero } from './salesforceRounding';
import { SCALE_ANSWERS, validateScorecardItem, type Answer, type ScorecardItem } from './scorecard';

export interface ItemPoints {
    readonly earned: number;
    readonly possible: number;
    /** True when this is a hard-fail item and the answer failed it. */
    readonly hardFailFailed: boolean;
}

const NOTHING: ItemPoints = Object.freeze({ earned: 0, possible: 0, hardFailFailed: false });

/** True for a blank answer: not answered yet (null, undefined, or the empty text of a cleared picklist). */
export function isUnanswered(answer: Answer | null | undefined | ''): answer is null | undefined | '' {
    return answer === null || answer === undefined || answer === '';
}

/**
 * Throws a RangeError when the item cannot take this answer: not on its scale, or N/A where the
 * item does not allow it. Blank answers pass (an unanswered item is not an error until submit).
 */
export function validateAnswer(item: ScorecardItem, answer: Answer | null | undefined | ''): void {
    if (isUnanswered(answer)) {
        return;
    }
    if (answer === 'NA') {
        if (!item.naAllowed) {
            throw new RangeError(`Item "${item.id}" does not allow N/A.`);
        }
        return;
    }
    const allowed = SCALE_ANSWERS[item.answerScale];
    if (!allowed.includes(answer)) {
        throw new RangeError(
            `Item "${item.id}" (${item.answerScale}) cannot take the answer ${JSON.stringify(answer)}; ` +
                `it takes ${allowed.join(', ')}${item.naAllowed ? ' or NA' : ''}.`
        );
    }
}

/** Earned and possible points of one answer on one item, and whether it fails a hard-fail item. */
export function pointsForAnswer(item: ScorecardItem, answer: Answer | null | undefined | ''): ItemPoints {
    validateScorecardItem(item);
    validateAnswer(item, answer);
    if (isUnanswered(answer) || answer === 'NA' || item.coachingOnly) {
        return NOTHING;
    }
    const points = item.points;
    let earned: number;
    if (answer === 'Yes') {
        earned = points;
    } else if (answer === 'Partial') {
        earned = points / 2;
    } else if (answer === 'No') {
        earned = 0;
    } else {
        // OneToFive: (n − 1) quarters of the points, exact to 4 decimals.
        earned = roundHalfAwayFromZero(((Number(answer) - 1) * points) / 4, 4);
    }
    const hardFailFailed = item.hardFail && (answer === 'No' || answer === '1');
    return { earned, possible: points, hardFailFailed };
}
