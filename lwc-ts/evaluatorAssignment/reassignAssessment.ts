/**
 * Moves an assessment to another evaluator. The new evaluator must pass the same rules as at
 * assignment (available on the day, under capacity, not the agent, not the agent's excluded
 * supervisor), and a person must say why. Returns the audit entry to record; the caller supplies
 * the moment (`at`), so the engine never reads the clock.
 */
import { checkCalendarDate, checkTimestamp } from './assignmentDates';
import {
    conflictOf,
    isAvailableOn,
    readConflictRules,
    readEvaluators,
    type ConflictRules,
    type Evaluator
} from './evaluatorPool';

export interface AssignedAssessment {
    readonly assessmentId: string;
    readonly agentId: string;
    readonly evaluatorId: string;
}

export interface ReassignmentRequest extends ConflictRules {
    readonly assessment: AssignedAssessment;
    readonly toEvaluatorId: string;
    readonly reason: string;
    /** When the move happens: ISO 8601 with a zone. */
    readonly at: string;
    /** The day availability is checked on (YYYY-MM-DD); the date written in `at` when absent. */
    readonly on?: string;
    readonly evaluators: readonly Evaluator[];
}

export interface ReassignmentAuditEntry {
    readonly assessmentId: string;
    readonly agentId: string;
    readonly from: string;
    readonly to: string;
    readonly reason: string;
    readonly at: string;
}

function checkAssessment(assessment: AssignedAssessment): void {
    if (assessment === null || typeof assessment !== 'object') {
        throw new TypeError(`The assessment to move must be an object, got ${String(assessment)}.`);
    }
    for (const field of ['assessmentId', 'agentId', 'evaluatorId'] as const) {
        if (typeof assessment[field] !== 'string' || assessment[field] === '') {
            throw new TypeError(`The assessment to move needs its ${field}, got ${String(assessment[field])}.`);
        }
    }
}

/** Validates the move and returns its audit entry; throws a TypeError/RangeError saying why it may not happen. */
export function reassignAssessment(request: ReassignmentRequest): ReassignmentAuditEntry {
    if (request === null || typeof request !== 'object') {
        throw new TypeError(`A re-assignment request must be an object, got ${String(request)}.`);
    }
    const { assessment, toEvaluatorId } = request;
    checkAssessment(assessment);
    if (typeof request.reason !== 'string') {
        throw new TypeError(`A re-assignment reason must be text, got ${String(request.reason)}.`);
    }
    const reason = request.reason.trim();
    if (reason === '') {
        throw new RangeError(`Moving assessment ${assessment.assessmentId} needs a reason.`);
    }
    const at = checkTimestamp(request.at, 'The re-assignment time (at)');
    const day = checkCalendarDate(request.on ?? at.slice(0, 10), 'The re-assignment day (on)');
    if (typeof toEvaluatorId !== 'string' || toEvaluatorId === '') {
        throw new TypeError(`A re-assignment needs the evaluator to move to, got ${String(toEvaluatorId)}.`);
    }
    if (toEvaluatorId === assessment.evaluatorId) {
        throw new RangeError(`Assessment ${assessment.assessmentId} is already assigned to ${toEvaluatorId}.`);
    }
    const { supervisors, excludeOwnSupervisor } = readConflictRules(request);
    const target = readEvaluators(request.evaluators).find((evaluator) => evaluator.id === toEvaluatorId);
    if (target === undefined) {
        throw new RangeError(`Evaluator ${toEvaluatorId} is not in the evaluator pool.`);
    }
    const conflict = conflictOf(target.id, assessment.agentId, supervisors, excludeOwnSupervisor);
    if (conflict === 'self') {
        throw new RangeError(
            `Evaluator ${toEvaluatorId} is the agent of assessment ${assessment.assessmentId} and cannot assess themself.`
        );
    }
    if (conflict === 'supervisor') {
        throw new RangeError(
            `Evaluator ${toEvaluatorId} supervises agent ${assessment.agentId}, and the plan excludes own supervisors.`
        );
    }
    if (!isAvailableOn(target, day)) {
        throw new RangeError(`Evaluator ${toEvaluatorId} is not available on ${day}.`);
    }
    if (target.openAssessments >= target.capacity) {
        throw new RangeError(
            `Evaluator ${toEvaluatorId} is at capacity (${target.openAssessments} of ${target.capacity} open assessments).`
        );
    }
    return {
        assessmentId: assessment.assessmentId,
        agentId: assessment.agentId,
        from: assessment.evaluatorId,
        to: toEvaluatorId,
        reason,
        at
    };
}
