/**
 * A dispute's status path and outcome, as the data model enforces them (Dispute_Status_Transitions,
 * Dispute_Outcome_Matches_Items): Open → Under Review → (Escalated →) Upheld / Overturned /
 * Partially Upheld, or Withdrawn before a decision. Each disputed answer is Upheld (the original
 * answer stands) or Overturned (the proposed answer replaces it); the dispute's outcome follows
 * from them, so no one has to pick it.
 */

export type DisputeStatus =
    'Open' | 'Under Review' | 'Escalated' | 'Upheld' | 'Overturned' | 'Partially Upheld' | 'Withdrawn';

export type DisputeOutcome = 'Upheld' | 'Overturned' | 'Partially Upheld';

const ACTIVE: readonly string[] = ['Open', 'Under Review', 'Escalated'];
const IN_REVIEW: readonly string[] = ['Under Review', 'Escalated'];

/** Not yet decided or withdrawn: the assessment's open dispute. */
export function isDisputeActive(status: string | null | undefined): boolean {
    return ACTIVE.includes(status ?? '');
}

/** With an arbitrator: the disputed answers can be decided. */
export function isDisputeInReview(status: string | null | undefined): boolean {
    return IN_REVIEW.includes(status ?? '');
}

/** Decided or withdrawn: the platform keeps it as it is. */
export function isDisputeClosed(status: string | null | undefined): boolean {
    return status !== null && status !== undefined && status !== '' && !isDisputeActive(status);
}

/**
 * The dispute's outcome from its answers' outcomes: Upheld when none is overturned, Overturned
 * when all are, Partially Upheld otherwise. Throws a RangeError when there is no answer or one is
 * still undecided, because the platform refuses a decision until every answer has its outcome.
 */
export function disputeOutcome(outcomes: readonly (string | null | undefined)[]): DisputeOutcome {
    if (outcomes.length === 0) {
        throw new RangeError('A dispute with no disputed answer has no outcome.');
    }
    const undecided = outcomes.filter((outcome) => outcome !== 'Upheld' && outcome !== 'Overturned').length;
    if (undecided > 0) {
        throw new RangeError(`${undecided} of ${outcomes.length} disputed answers have no decision yet.`);
    }
    const overturned = outcomes.filter((outcome) => outcome === 'Overturned').length;
    if (overturned === 0) {
        return 'Upheld';
    }
    return overturned === outcomes.length ? 'Overturned' : 'Partially Upheld';
}
