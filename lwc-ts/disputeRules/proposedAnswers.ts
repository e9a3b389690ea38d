/**
 * The answers an agent may propose for a disputed answer: the item's scale (N/A only where the item
 * allows it), never the answer already given (Dispute_Item_Proposal_Fits_Scale,
 * Dispute_Item_Proposal_Differs). The scales are the scoring engine's.
 */
import { SCALE_ANSWERS, type Answer, type AnswerScale } from 'c/assessmentScoring';

/** How each answer reads: the picklist labels of Answer__c and Proposed_Answer__c. */
const ANSWER_LABELS: Readonly<Record<Answer, string>> = {
    Yes: 'Yes',
    Partial: 'Partial',
    No: 'No',
    '1': '1',
    '2': '2',
    '3': '3',
    '4': '4',
    '5': '5',
    NA: 'N/A'
};

/** An answer as the person reads it; "No answer" for a blank one. */
export function answerLabel(answer: string | null | undefined): string {
    if (answer === null || answer === undefined || answer === '') {
        return 'No answer';
    }
    return ANSWER_LABELS[answer as Answer] ?? answer;
}

/** Throws a RangeError naming the scale when it is not one of the scorecard's scales. */
export function proposedAnswers(
    scale: string | null | undefined,
    naAllowed: boolean,
    original: string | null | undefined
): Answer[] {
    const answers = SCALE_ANSWERS[scale as AnswerScale];
    if (!answers) {
        throw new RangeError(
            `Unknown answer scale "${scale ?? ''}": expected ${Object.keys(SCALE_ANSWERS).join(', ')}.`
        );
    }
    return [...answers, ...(naAllowed ? (['NA'] as Answer[]) : [])].filter((answer) => answer !== original);
}
