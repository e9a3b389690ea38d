/**
 * The saves of each arbitration action, in the order the data model lets them land, as plain
 * record inputs. The platform has no transaction across them, so each list is ordered to leave
 * the records true to the model after any step, and built from what is already saved, so running
 * an action again after a refusal repeats only what is missing.
 */
import {
    answerLabel,
    disputeOutcome,
    isDisputeClosed,
    isDisputeInReview,
    sameRecordId,
    type DisputeOutcome
} from 'c/disputeRules';

/** One disputed answer with the evaluator's and the agent's sides. */
export interface DisputedAnswer {
    readonly itemId: string;
    readonly itemName: string;
    readonly question: string;
    readonly responseId: string | null;
    /** Original_Answer__c: the answer when the dispute was raised. */
    readonly original: string | null;
    readonly proposed: string | null;
    readonly reason: string | null;
    /** Outcome__c as saved: Upheld, Overturned or blank. */
    readonly outcome: string | null;
    /** Decision_Note__c as saved: the arbitrator's words on this answer, or blank. */
    readonly note: string | null;
    /** The response's Answer__c now. */
    readonly currentAnswer: string | null;
}

export interface AnswerDecision {
    readonly outcome: string;
    readonly note: string;
}

export interface RecordSave {
    /** What the save does, in words, for a message if the platform refuses it. */
    readonly purpose: string;
    readonly fields: Record<string, unknown> & { Id: string };
}

export interface DisputeFacts {
    readonly id: string;
    readonly name: string;
    readonly arbitratorId: string | null;
}

export interface Arbitrator {
    readonly userId: string;
    /** Holds Arbitrate_Disputes: may decide any dispute and records themself as its arbitrator. */
    readonly mayArbitrateAny: boolean;
}

/** The dispute names whoever takes it on, unless they are its arbitrator already. */
function arbitratorChange(dispute: DisputeFacts, arbitrator: Arbitrator): Record<string, unknown> {
    return arbitrator.mayArbitrateAny && !sameRecordId(dispute.arbitratorId, arbitrator.userId)
        ? { Arbitrator__c: arbitrator.userId }
        : {};
}

/** Taking an Open dispute under review (the platform checks it names at least one answer). */
export function reviewSave(dispute: DisputeFacts, arbitrator: Arbitrator): RecordSave {
    return {
        purpose: `take ${dispute.name} under review`,
        fields: { Id: dispute.id, Status__c: 'Under Review', ...arbitratorChange(dispute, arbitrator) }
    };
}

/** Escalation to level 2: the QA manager (when known) becomes the arbitrator. */
export function escalationSave(dispute: DisputeFacts, levelTwoArbitratorId: string | null): RecordSave {
    return {
        purpose: `escalate ${dispute.name} to level 2`,
        fields: { Id: dispute.id, Status__c: 'Escalated', Level__c: 'Level 2', Arbitrator__c: levelTwoArbitratorId }
    };
}

/** What must be filled in before a decision is recorded; none when it can be. */
export function decisionProblems(
    answers: readonly DisputedAnswer[],
    decisions: Readonly<Record<string, AnswerDecision>>,
    resolution: string
): string[] {
    const problems = answers
        .filter((answer) => !['Upheld', 'Overturned'].includes(decisions[answer.itemId]?.outcome ?? ''))
        .map((answer) => `“${answer.question}”: uphold or overturn it.`);
    if (resolution.trim() === '') {
        problems.push('Write the resolution: the decision and why, for the agent and the evaluator.');
    }
    return problems;
}

/**
 * Resolution__c: the arbitrator's words, then each answer's decision and what it did to the answer.
 * Each answer's note is on the answer itself (Decision_Note__c), where it is read beside it.
 */
export function resolutionText(
    resolution: string,
    answers: readonly DisputedAnswer[],
    decisions: Readonly<Record<string, AnswerDecision>>
): string {
    const lines = answers.map((answer) => {
        const decision = decisions[answer.itemId];
        const change =
            decision.outcome === 'Overturned'
                ? `${answerLabel(answer.original)} → ${answerLabel(answer.proposed)}`
                : `${answerLabel(answer.original)} stands`;
        return `- ${answer.itemName} “${answer.question}”: ${decision.outcome} (${change}).`;
    });
    return `${resolution.trim()}\n\nDecisions:\n${lines.join('\n')}`;
}

/** The note as saved: trimmed, and blank (null) when there are no words. */
function savedNote(note: string | null): string | null {
    const words = (note ?? '').trim();
    return words === '' ? null : words;
}

/**
 * Recording the decision: each answer's outcome and note (only what differs from what is saved);
 * each overturned answer changed on its response
 * to the proposed one (an upheld answer an earlier, interrupted attempt had changed goes back); the
 * dispute closed with its outcome. The outcome follows from the answers' outcomes, as the
 * platform requires.
 */
export function decisionSaves(
    dispute: DisputeFacts,
    arbitrator: Arbitrator,
    answers: readonly DisputedAnswer[],
    decisions: Readonly<Record<string, AnswerDecision>>,
    resolution: string,
    now: Date
): { outcome: DisputeOutcome; saves: RecordSave[] } {
    const outcome = disputeOutcome(answers.map((answer) => decisions[answer.itemId]?.outcome));
    const saves: RecordSave[] = [];
    for (const answer of answers) {
        const decided = decisions[answer.itemId].outcome;
        const note = savedNote(decisions[answer.itemId].note);
        const changes: Record<string, unknown> = {
            ...(answer.outcome === decided ? {} : { Outcome__c: decided }),
            ...(savedNote(answer.note) === note ? {} : { Decision_Note__c: note })
        };
        if (Object.keys(changes).length > 0) {
            saves.push({
                purpose:
                    'Outcome__c' in changes
                        ? `record “${answer.question}” as ${decided}`
                        : `save the note on “${answer.question}”`,
                fields: { Id: answer.itemId, ...changes }
            });
        }
    }
    for (const answer of answers) {
        if (answer.responseId === null) {
            continue;
        }
        const overturned = decisions[answer.itemId].outcome === 'Overturned';
        const wanted = overturned ? answer.proposed : answer.original;
        const changedByUs = answer.currentAnswer === answer.proposed && answer.original !== answer.proposed;
        if ((overturned || changedByUs) && answer.currentAnswer !== wanted) {
            saves.push({
                purpose: `change the answer to “${answer.question}” to ${answerLabel(wanted)}`,
                fields: { Id: answer.responseId, Answer__c: wanted }
            });
        }
    }
    saves.push({
        purpose: `record ${dispute.name} as ${outcome}`,
        fields: {
            Id: dispute.id,
            Status__c: outcome,
            Resolution__c: resolutionText(resolution, answers, decisions),
            Resolved_At__c: now.toISOString(),
            ...arbitratorChange(dispute, arbitrator)
        }
    });
    return { outcome, saves };
}

export interface AssessmentFollowUp {
    readonly status: 'Disputed' | 'Final' | 'Submitted';
    readonly purpose: string;
    readonly label: string;
}

/**
 * The assessment's status that goes with its dispute's (Assessment_Status_Transitions,
 * Assessment_Disputed_Needs_Dispute, Assessment_Closing_Needs_Disputes_Closed): Disputed while the
 * dispute is reviewed, Final once it is decided (so it is not disputed again), back to Submitted
 * when it is withdrawn after review — the last two only when no other dispute on it is open. Null when it is already in step.
 * It is a save of its own: the arbitrator may not be allowed to edit the assessment, and the
 * dispute must not wait for it.
 */
export function assessmentFollowUp(
    disputeStatus: string | null,
    assessmentStatus: string | null,
    openDisputeCount: number | null
): AssessmentFollowUp | null {
    if (isDisputeInReview(disputeStatus) && assessmentStatus === 'Submitted') {
        return { status: 'Disputed', purpose: 'be marked Disputed', label: 'Mark the assessment Disputed' };
    }
    if (!isDisputeClosed(disputeStatus) || (openDisputeCount ?? 0) > 0) {
        return null;
    }
    if (disputeStatus === 'Withdrawn') {
        return assessmentStatus === 'Disputed'
            ? { status: 'Submitted', purpose: 'return to Submitted', label: 'Return the assessment to Submitted' }
            : null;
    }
    return assessmentStatus === 'Disputed' || assessmentStatus === 'Submitted'
        ? { status: 'Final', purpose: 'be marked Final', label: 'Mark the assessment Final' }
        : null;
}
