/**
 * Whether the person may record answers, as the data model decides it: only while the assessment
 * is Assigned or In Progress (Response_Locked_After_Submission), and only the assigned evaluator or
 * a holder of Manage_Assessments (Assessment_Editors, Response_Editors). The form then shows no
 * control the platform would refuse; the platform still enforces it.
 */
export const OPEN_STATUSES: readonly string[] = ['Assigned', 'In Progress'];

export interface FormAccessFacts {
    status: string | null;
    isEvaluator: boolean;
    canEvaluate: boolean;
    canManage: boolean;
}

/** Why the form is read only, or null when the person may record answers. */
export function readOnlyReason(facts: FormAccessFacts): string | null {
    if (facts.status === null || !OPEN_STATUSES.includes(facts.status)) {
        if (facts.status === 'Cancelled') {
            return 'This assessment was cancelled: its answers are kept as they were.';
        }
        return `This assessment is ${facts.status ?? 'closed'}: its answers change only through a dispute outcome.`;
    }
    if (!facts.canManage && !(facts.isEvaluator && facts.canEvaluate)) {
        return 'Only the assigned evaluator or a QA manager records answers; you can read them.';
    }
    return null;
}

export interface CoachingFacts {
    status: string | null;
    type: string | null;
    /** Coaching_Task__c is createable for the person (object info). */
    canCreateCoaching: boolean;
}

/**
 * Whether the form offers coaching from its items. No Coaching_Task__c rule reads the assessment's
 * status, but coaching is completed only once the agent has acknowledged it (Coaching_Status_Transitions,
 * Coaching_Acknowledged_By_Agent), and the agent reads it only through the assessment, which the
 * sharing flow (Verity_Share_Assessment_With_Agent) shares once Submitted, Disputed or Final and never
 * when it is a Calibration one. A Cancelled assessment never gets there (Assessment_Status_Transitions),
 * so coaching from it, or from a calibration, could never be acknowledged nor completed.
 */
export function offersCoaching(facts: CoachingFacts): boolean {
    return (
        facts.canCreateCoaching && facts.status !== null && facts.status !== 'Cancelled' && facts.type !== 'Calibration'
    );
}
