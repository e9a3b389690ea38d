/**
 * The record inputs of a save. A new response carries its assessment, item, key and the copy of
 * its item (c/scorecardRecords); an existing one is updated by Id with the answer, comment and
 * evidence only (the copy and the key never change).
 */
import type { RecordInput } from 'lightning/uiRecordApi';
import type { ScorecardItem } from 'c/assessmentScoring';
import { responseCopyOf, responseKey } from 'c/scorecardRecords';
import type { ItemDraft } from './itemDrafts';

function answerFields(draft: ItemDraft): Record<string, unknown> {
    return { Answer__c: draft.answer, Comment__c: draft.comment || null, Evidence__c: draft.evidence || null };
}

export function responseCreateInput(assessmentId: string, item: ScorecardItem, draft: ItemDraft): RecordInput {
    return {
        apiName: 'Assessment_Response__c',
        fields: {
            Assessment__c: assessmentId,
            Scorecard_Item__c: item.id,
            Response_Key__c: responseKey(assessmentId, item.id),
            ...responseCopyOf(item),
            ...answerFields(draft)
        }
    };
}

export function responseUpdateInput(responseId: string, draft: ItemDraft): RecordInput {
    return { fields: { Id: responseId, ...answerFields(draft) } };
}
