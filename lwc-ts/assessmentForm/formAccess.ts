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
