import { assignEvaluators, type AssignmentResult } from 'c/evaluatorAssignment';
import { sampleInteractions, type SamplingResult } from 'c/interactionSampling';
import type { PlanFilters } from './planFilters';
import type { PlanSettings } from './planRecords';
import type { Candidate, PoolMember } from './samplingInputs';
import { isoDay, type SamplingWindow } from './samplingPeriod';

/**
 * The run's decision, made by the engine from what the org holds: which interactions (and why),
 * and who assesses each. Nothing here reads or writes the org, so the decision can be printed
 * (--dry-run), recorded on the run, and written, and is the same for the same inputs and seed.
 */
export interface DecidedPick {
    readonly interactionId: string;
    readonly interactionName: string;
    readonly caseId: string;
    readonly agentId: string;
    readonly agentName: string;
    /** Null when no evaluator may take it (the reason says why). */
    readonly evaluatorId: string | null;
    readonly evaluatorName: string | null;
    /** Why it was picked, and why it is unassigned when it is. */
    readonly reason: string;
}

export interface SamplingDecision {
    readonly seed: number;
    readonly picks: readonly DecidedPick[];
    readonly sampling: SamplingResult;
    readonly assignment: AssignmentResult;
    /** For the run's Log__c: what was decided and why, line by line. */
    readonly log: readonly string[];
}

export interface DecisionInputs {
    readonly planName: string;
    readonly settings: PlanSettings;
    readonly filters: PlanFilters;
    readonly prioritizeAiFlagged: boolean;
    readonly excludeOwnSupervisor: boolean;
    readonly window: SamplingWindow;
    readonly seed: number;
    readonly candidates: readonly Candidate[];
    readonly alreadyAssessed: ReadonlySet<string>;
    readonly pool: readonly PoolMember[];
    readonly supervisors: ReadonlyMap<string, string>;
}

export function decideSample(inputs: DecisionInputs): SamplingDecision {
    const { window, seed, filters } = inputs;
    const sampling = sampleInteractions(inputs.candidates, {
        quota: inputs.settings.quota,
        period: { start: window.startsAt.getTime(), end: window.endsAt.getTime() },
        stratifyBy: filters.stratifyBy?.name ?? null,
        prioritizeAiFlagged: inputs.prioritizeAiFlagged,
        alreadyAssessed: inputs.alreadyAssessed,
        seed
    });
    // The engine needs a supervisor map to exclude supervisors; without one there is nobody to exclude.
    const excludeOwnSupervisor = inputs.excludeOwnSupervisor && inputs.supervisors.size > 0;
    const assignment = assignEvaluators(
        sampling.picks.map((pick) => ({ interactionId: pick.interactionId, agentId: pick.agentId })),
        inputs.pool,
        {
            strategy: 'roundRobin',
            on: isoDay(window.anchor),
            seed,
            supervisorOf: inputs.supervisors,
            excludeOwnSupervisor
        }
    );
    const byId = new Map(inputs.candidates.map((candidate) => [candidate.id, candidate]));
    const evaluatorOf = new Map(assignment.assignments.map((given) => [given.interactionId, given.evaluatorId]));
    const unassignedWhy = new Map(assignment.unassigned.map((left) => [left.interactionId, left.reason]));
    const nameOf = new Map(inputs.pool.map((member) => [member.id, member.name]));
    const picks = sampling.picks.map((pick): DecidedPick => {
        const candidate = byId.get(pick.interactionId) as Candidate;
        const evaluatorId = evaluatorOf.get(pick.interactionId) ?? null;
        const unassigned = unassignedWhy.get(pick.interactionId);
        return {
            interactionId: pick.interactionId,
            interactionName: candidate.name,
            caseId: candidate.caseId,
            agentId: pick.agentId,
            agentName: candidate.agentName,
            evaluatorId,
            evaluatorName: evaluatorId === null ? null : (nameOf.get(evaluatorId) ?? evaluatorId),
            reason: unassigned === undefined ? pick.reason : `${pick.reason}; unassigned: ${unassigned}`
        };
    });
    const counts = sampling.counts;
    const log = [
        `Plan "${inputs.planName}", period ${window.periodStart} to ${window.periodEnd}, seed ${seed}.`,
        `Candidates ${counts.candidates}: ${counts.alreadyAssessed} already assessed by this plan, ${counts.eligible} eligible, ${counts.picked} picked (${counts.aiFlaggedPicked} AI-flagged first).`,
        `Quota: ${'perAgent' in inputs.settings.quota ? `${inputs.settings.quota.perAgent} per agent` : `${inputs.settings.quota.percent} % per agent`}${filters.stratifyBy ? `, stratified by ${filters.stratifyBy.name}` : ''}; ${counts.agents.length} agents.`,
        `Assigned ${assignment.assignments.length} round-robin over ${assignment.loads.filter((load) => load.availableOnDay).length} available evaluators${excludeOwnSupervisor ? ', never to the agent or their supervisor' : ', never to the agent'}; ${assignment.unassigned.length} unassigned.`,
        ...assignment.loads.map(
            (load) =>
                `  ${nameOf.get(load.evaluatorId) ?? load.evaluatorId}: ${load.assigned} given, ${load.openAssessments} open of capacity ${load.capacity}${load.availableOnDay ? '' : ' (unavailable)'}`
        ),
        ...(inputs.excludeOwnSupervisor && !excludeOwnSupervisor
            ? ['No agent has a manager (User.ManagerId) recorded, so no supervisor could be excluded.']
            : []),
        ...assignment.unassigned.map((left) => `  Unassigned ${left.interactionId}: ${left.reason}`)
    ];
    return { seed, picks, sampling, assignment, log };
}

/** The picks as compact JSON for Picks__c (its limit is 131,072 characters; beyond, the list is cut and says so). */
export function picksJson(decision: SamplingDecision, limit = 131_072): string {
    const rows = decision.picks.map((pick) => ({
        interaction: pick.interactionId,
        agent: pick.agentId,
        evaluator: pick.evaluatorId,
        reason: pick.reason
    }));
    const whole = JSON.stringify({ seed: decision.seed, picks: rows });
    if (whole.length <= limit) {
        return whole;
    }
    let kept = rows.length;
    let text = whole;
    while (text.length > limit && kept > 0) {
        kept = Math.floor(kept * 0.9);
        text = JSON.stringify({
            seed: decision.seed,
            truncated: `${rows.length - kept} more picks; each has its assessment`,
            picks: rows.slice(0, kept)
        });
    }
    return text;
}
