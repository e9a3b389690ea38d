/**
 * Bonus eligibility against a threshold, e.g. "quarterly average ≥ 70 % for complaint handlers",
 * and a simulator that shows who would qualify at proposed thresholds on past data.
 *
 * The threshold is compared with the unrounded score (a pay rule is exact), allowing only for
 * floating-point noise: 69.999999999999 from averaging is 70.
 */
import { requireArray, requireNumberBetween, requireText, requireWholeNumber } from 'c/engineInputChecks';
import { normalizeStandings, type AgentStanding } from './agentStandings';

export interface BonusRule {
    /** Lowest qualifying quality score, 0–100. */
    readonly threshold: number;
    /** Fewest counted assessments to qualify at all (default 1). */
    readonly minimumAssessments?: number;
    /** Roles the rule applies to; every agent when absent. */
    readonly roles?: readonly string[];
}

export type BonusReason = 'meetsThreshold' | 'belowThreshold' | 'tooFewAssessments' | 'noScore';

export interface BonusDecision {
    readonly agentId: string;
    readonly agentName: string;
    readonly qualityScore: number | null;
    readonly assessmentCount: number;
    readonly eligible: boolean;
    readonly reason: BonusReason;
    /** Points short of the threshold when below it; otherwise null. */
    readonly shortfall: number | null;
}

export interface BonusEligibility {
    readonly threshold: number;
    readonly decisions: readonly BonusDecision[];
    /** Agents the rule does not apply to (another role). */
    readonly notCovered: readonly { readonly agentId: string; readonly agentName: string }[];
    readonly eligibleCount: number;
}

const NOISE = 1e-9;

function requireRule(rule: BonusRule): { threshold: number; minimumAssessments: number; roles: Set<string> | null } {
    if (typeof rule !== 'object' || rule === null) {
        throw new TypeError('A bonus rule needs a threshold.');
    }
    const roles = rule.roles === undefined ? null : requireArray<string>('rule.roles', rule.roles);
    return {
        threshold: requireNumberBetween('rule.threshold', rule.threshold, 0, 100),
        minimumAssessments: requireWholeNumber('rule.minimumAssessments', rule.minimumAssessments ?? 1, 1),
        roles: roles === null ? null : new Set(roles.map((role, index) => requireText(`rule.roles[${index}]`, role)))
    };
}

export function decideBonusEligibility(standings: readonly AgentStanding[], rule: BonusRule): BonusEligibility {
    const { threshold, minimumAssessments, roles } = requireRule(rule);
    const agents = normalizeStandings('standings', standings);
    const covered = agents.filter((agent) => roles === null || (agent.role !== null && roles.has(agent.role)));
    const notCovered = agents
        .filter((agent) => !covered.includes(agent))
        .map((agent) => ({ agentId: agent.agentId, agentName: agent.agentName }));
    const decisions = covered.map((agent): BonusDecision => {
        const base = {
            agentId: agent.agentId,
            agentName: agent.agentName,
            qualityScore: agent.qualityScore,
            assessmentCount: agent.assessmentCount
        };
        if (agent.qualityScore === null) {
            return { ...base, eligible: false, reason: 'noScore', shortfall: null };
        }
        if (agent.assessmentCount < minimumAssessments) {
            return { ...base, eligible: false, reason: 'tooFewAssessments', shortfall: null };
        }
        if (agent.qualityScore + NOISE >= threshold) {
            return { ...base, eligible: true, reason: 'meetsThreshold', shortfall: null };
        }
        return { ...base, eligible: false, reason: 'belowThreshold', shortfall: threshold - agent.qualityScore };
    });
    return {
        threshold,
        decisions,
        notCovered,
        eligibleCount: decisions.filter((decision) => decision.eligible).length
    };
}

export interface ThresholdSimulation {
    readonly threshold: number;
    readonly eligibleCount: number;
    readonly coveredCount: number;
    /** eligibleCount / coveredCount, or null when the rule covers nobody. */
    readonly eligibleShare: number | null;
    readonly eligibleAgentIds: readonly string[];
}

/** Who would qualify at each proposed threshold, on the same standings and rule otherwise. */
export function simulateBonusThresholds(
    standings: readonly AgentStanding[],
    thresholds: readonly number[],
    rule: Omit<BonusRule, 'threshold'> = {}
): ThresholdSimulation[] {
    requireArray('thresholds', thresholds);
    return thresholds.map((threshold) => {
        const result = decideBonusEligibility(standings, { ...rule, threshold });
        const coveredCount = result.decisions.length;
        return {
            threshold: result.threshold,
            eligibleCount: result.eligibleCount,
            coveredCount,
            eligibleShare: coveredCount === 0 ? null : result.eligibleCount / coveredCount,
            eligibleAgentIds: result.decisions
                .filter((decision) => decision.eligible)
                .map((decision) => decision.agentId)
        };
    });
}
