/**
 * Whether the agent may raise a dispute on an assessment now, and if not, why, in words the agent
 * understands. The platform decides in the end (Dispute_Raised_By_Agent,
 * Dispute_On_Submitted_Assessment, Dispute_Inside_Window); this answers first so the agent is not
 * handed a form the platform will refuse.
 */

export interface DisputeWindowFacts {
    /** The running user is the assessed agent. */
    readonly isAgent: boolean;
    /** Assessment__c.Status__c. */
    readonly assessmentStatus: string | null | undefined;
    /** Assessment__c.Dispute_Deadline__c (ISO date/time), blank until submission. */
    readonly deadline: string | null | undefined;
    readonly now: Date;
    /** How the person reads a date and time (their locale and time zone). */
    readonly formatDateTime: (moment: Date) => string;
}

export type DisputeWindow =
    { readonly open: true; readonly deadline: Date } | { readonly open: false; readonly reason: string };

const NOT_SUBMITTED = 'This assessment has not been submitted yet: it can be disputed once its evaluator submits it.';

const STATUS_REASONS: Readonly<Record<string, string>> = {
    Assigned: NOT_SUBMITTED,
    'In Progress': NOT_SUBMITTED,
    Disputed: 'This assessment is already disputed: the arbitrator is reviewing it.',
    Final: 'This assessment is final: its score can no longer be disputed.',
    Cancelled: 'This assessment was cancelled, so there is nothing to dispute.'
};

export function disputeWindow(facts: DisputeWindowFacts): DisputeWindow {
    if (!facts.isAgent) {
        return { open: false, reason: 'Only the agent whose work was assessed can dispute this assessment.' };
    }
    if (facts.assessmentStatus !== 'Submitted') {
        const reason =
            STATUS_REASONS[facts.assessmentStatus ?? ''] ??
            `An assessment in status "${facts.assessmentStatus ?? ''}" cannot be disputed; only a submitted one can.`;
        return { open: false, reason };
    }
    const deadline = facts.deadline ? new Date(facts.deadline) : null;
    if (deadline === null || Number.isNaN(deadline.getTime())) {
        return {
            open: false,
            reason: `This assessment has no dispute deadline (got "${facts.deadline ?? ''}"), so it cannot be disputed.`
        };
    }
    if (facts.now.getTime() > deadline.getTime()) {
        return { open: false, reason: `The dispute window closed on ${facts.formatDateTime(deadline)}.` };
    }
    return { open: true, deadline };
}
