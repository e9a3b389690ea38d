/**
 * The assessment form's data as the GraphQL wire returns it: the scorecard's items (with the words
 * the evaluator reads) and the answers already saved, keyed by item. The scoring fields go through
 * c/scorecardRecords, so the form scores exactly the items the data model stores.
 */
import type { Answer, ScorecardItem } from 'c/assessmentScoring';
import { isChecked, numberValue, recordId, recordNodes, textValue } from 'c/graphqlRecords';
import { answerFromRecord, scorecardItemFromRecord } from 'c/scorecardRecords';

/** One item on the form: the engine's item and what the evaluator reads. */
export interface FormItem {
    readonly item: ScorecardItem;
    readonly question: string;
    readonly guidance: string | null;
}

/** An answer as the platform holds it. */
export interface SavedResponse {
    readonly responseId: string;
    readonly answer: Answer | null;
    readonly comment: string;
    readonly evidence: string;
}

export interface FormData {
    readonly items: FormItem[];
    /** Saved answers by scorecard item Id. */
    readonly responses: Record<string, SavedResponse>;
}

/** Reads the form query's answer; throws naming the record or field that is wrong. */
export function readFormData(data: unknown): FormData {
    const items = recordNodes(data, 'Scorecard_Item__c').map((node): FormItem => {
        const id = recordId(node) ?? '';
        return {
            item: scorecardItemFromRecord({
                Id: id,
                Section__c: textValue(node, 'Section__c'),
                Order__c: numberValue(node, 'Order__c'),
                Points__c: numberValue(node, 'Points__c'),
                Answer_Scale__c: textValue(node, 'Answer_Scale__c'),
                NA_Allowed__c: isChecked(node, 'NA_Allowed__c'),
                Hard_Fail__c: isChecked(node, 'Hard_Fail__c'),
                Coaching_Only__c: isChecked(node, 'Coaching_Only__c')
            }),
            question: textValue(node, 'Question__c') ?? textValue(node, 'Name') ?? id,
            guidance: textValue(node, 'Guidance__c')
        };
    });
    items.sort((a, b) => a.item.order - b.item.order || (a.item.id < b.item.id ? -1 : 1));
    const responses: Record<string, SavedResponse> = {};
    for (const node of recordNodes(data, 'Assessment_Response__c')) {
        const responseId = recordId(node) ?? '';
        const itemId = textValue(node, 'Scorecard_Item__c');
        if (itemId === null) {
            throw new RangeError(`Response ${responseId} names no scorecard item.`);
        }
        responses[itemId] = {
            responseId,
            answer: answerFromRecord(textValue(node, 'Answer__c'), responseId),
            comment: textValue(node, 'Comment__c') ?? '',
            evidence: textValue(node, 'Evidence__c') ?? ''
        };
    }
    return { items, responses };
}
