/**
 * The agent's dispute before it is saved: which answers they dispute, what they propose and why.
 * Checked here against the same rules the platform applies to each disputed answer (a proposal on
 * the item's scale, different from the answer given, and a reason), so a dispute is not created
 * and then left without the answers the platform would refuse.
 */
import { answerLabel, disputeItemKey, proposedAnswers } from 'c/disputeRules';

/** One answer of the assessment, as the agent sees it. */
export interface AssessmentAnswer {
    readonly responseId: string;
    readonly question: string;
    readonly section: string | null;
    /** Answer__c: Yes, Partial, No, 1–5, NA, or blank. */
    readonly answer: string | null;
    readonly comment: string | null;
    /** Answer_Scale__c: YesNo, YesPartialNo or OneToFive. */
    readonly scale: string | null;
    readonly naAllowed: boolean;
    readonly coachingOnly: boolean;
}

export interface AnswerDraft {
    readonly selected: boolean;
    readonly proposed: string;
    readonly reason: string;
}

export interface DraftProblem {
    /** The answer the problem is about; blank for the dispute as a whole. */
    readonly responseId: string;
    readonly message: string;
}

export const EMPTY_DRAFT: AnswerDraft = Object.freeze({ selected: false, proposed: '', reason: '' });

/** What the agent must fix before anything is saved; none when the dispute can be raised. */
export function draftProblems(
    answers: readonly AssessmentAnswer[],
    drafts: Readonly<Record<string, AnswerDraft>>
): DraftProblem[] {
    const chosen = answers.filter((answer) => drafts[answer.responseId]?.selected);
    if (chosen.length === 0) {
        return [{ responseId: '', message: 'Choose at least one answer to dispute.' }];
    }
    return chosen.flatMap((answer) => {
        const draft = drafts[answer.responseId];
        const problems: DraftProblem[] = [];
        const about = (text: string): DraftProblem => ({
            responseId: answer.responseId,
            message: `“${answer.question}”: ${text}`
        });
        if (draft.proposed === '') {
            problems.push(about('choose the answer you propose.'));
        } else if (!proposedAnswers(answer.scale, answer.naAllowed, answer.answer).some((a) => a === draft.proposed)) {
            problems.push(
                about(
                    `${answerLabel(draft.proposed)} is not an answer you can propose instead of ${answerLabel(answer.answer)}.`
                )
            );
        }
        if (draft.reason.trim() === '') {
            problems.push(about('give the reason you dispute this answer.'));
        }
        return problems;
    });
}

/** The Dispute_Item__c fields for one disputed answer of a saved dispute. */
export function disputedAnswerFields(
    disputeId: string,
    answer: AssessmentAnswer,
    draft: AnswerDraft
): Record<string, unknown> {
    return {
        Dispute__c: disputeId,
        Assessment_Response__c: answer.responseId,
        Item_Key__c: disputeItemKey(disputeId, answer.responseId),
        // The answer as it stands, copied as the platform requires (Dispute_Item_Original_Answer).
        Original_Answer__c: answer.answer,
        Proposed_Answer__c: draft.proposed,
        Reason__c: draft.reason.trim()
    };
}
