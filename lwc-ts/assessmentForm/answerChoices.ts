/** The answers an item offers, in the words the form shows them (the Answer__c picklist labels). */
import { SCALE_ANSWERS, type Answer, type AnswerScale, type ScorecardItem } from 'c/assessmentScoring';

export const ANSWER_LABELS: Readonly<Record<Answer, string>> = Object.freeze({
    Yes: 'Yes',
    Partial: 'Partial',
    No: 'No',
    '1': '1',
    '2': '2',
    '3': '3',
    '4': '4',
    '5': '5',
    NA: 'N/A'
});

export const SCALE_LABELS: Readonly<Record<AnswerScale, string>> = Object.freeze({
    YesNo: 'Yes / No',
    YesPartialNo: 'Yes / Partial / No',
    OneToFive: '1 to 5'
});

/** The item's scale, then N/A where the item allows it. */
export function answerChoices(item: ScorecardItem): Answer[] {
    return item.naAllowed ? [...SCALE_ANSWERS[item.answerScale], 'NA'] : [...SCALE_ANSWERS[item.answerScale]];
}

/** What a failed hard-fail item was answered, in the form's words. */
export function failingAnswerText(item: ScorecardItem): string {
    return item.answerScale === 'OneToFive' ? '1' : 'No';
}
