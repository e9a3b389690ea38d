/**
 * What an Assessment_Response__c must carry besides its answer. A roll-up cannot read the item
 * through a formula, so each response copies its item's points, scale and flags when it is created
 * (the validation rule Response_Copies_Item refuses any copy that differs), and is keyed
 * `assessment id:item id` in 18-character ids (Response_Key_Matches) so saving twice never
 * duplicates an answer.
 */
import type { AnswerScale, ScorecardItem } from 'c/assessmentScoring';

export interface ResponseCopy {
    readonly Item_Points__c: number;
    readonly Answer_Scale__c: AnswerScale;
    readonly Hard_Fail__c: boolean;
    readonly Coaching_Only__c: boolean;
    readonly NA_Allowed__c: boolean;
}

/** The item fields a new response copies, from the item as scorecardItemFromRecord read it. */
export function responseCopyOf(item: ScorecardItem): ResponseCopy {
    return {
        Item_Points__c: item.points,
        Answer_Scale__c: item.answerScale,
        Hard_Fail__c: item.hardFail,
        Coaching_Only__c: item.coachingOnly,
        NA_Allowed__c: item.naAllowed
    };
}

function caseSafeId(id: string, what: string): string {
    if (typeof id !== 'string' || !/^[a-zA-Z0-9]{18}$/.test(id)) {
        throw new RangeError(
            `A response key needs the ${what} id in its 18-character form, got ${JSON.stringify(id)}.`
        );
    }
    return id;
}

/** Response_Key__c: the assessment id and the item id, 18 characters each, joined by ":". */
export function responseKey(assessmentId: string, itemId: string): string {
    return `${caseSafeId(assessmentId, 'assessment')}:${caseSafeId(itemId, 'scorecard item')}`;
}
