/**
 * Evaluator assignment: sampled interactions to evaluators, round-robin or least-loaded, within
 * capacity and availability, never to the agent or (when the plan says so) the agent's own
 * supervisor, balanced within ±1 where the rules allow, seeded; and re-assignment with a reason.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */
export { assignEvaluators } from './assignEvaluators';
export type {
    Assignment,
    AssignmentPlan,
    AssignmentResult,
    AssignmentStrategy,
    EvaluatorLoad,
    PickToAssign,
    UnassignedPick,
    UnassignedReason
} from './assignEvaluators';
export { reassignAssessment } from './reassignAssessment';
export type { AssignedAssessment, ReassignmentAuditEntry, ReassignmentRequest } from './reassignAssessment';
export { conflictOf, isAvailableOn, readConflictRules, readEvaluators } from './evaluatorPool';
export type { Conflict, ConflictRules, Evaluator, PoolEvaluator, SupervisorMap } from './evaluatorPool';
export { checkCalendarDate, checkTimestamp } from './assignmentDates';
