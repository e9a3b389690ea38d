/**
 * Picks the interactions a sampling plan assesses this period.
 *
 * For each agent (each with its own random stream, seeded "<seed>/<agentId>", so one agent's picks
 * never depend on another agent's interactions):
 * 1. quota: N, or ⌈percent × eligible / 100⌉, never more than the agent's eligible interactions;
 * 2. AI-flagged first (when the plan asks): all flagged interactions up to the quota; if there are
 *    more flagged than the quota, a uniform draw among them;
 * 3. the rest of the quota is shared among the strata in proportion to their sizes (largest
 *    remainder; ties in random order), and each stratum's share is spread over the period in equal
 *    time slots (see drawAcrossSlots).
 * Eligible = started in [start, end) and not already assessed by the plan. Every draw is uniform by
 * id rank, so the picks depend on the seed and the set of candidates, not on their order.
 * Cost: one filing pass over the candidates, one native sort of their 32-bit id hashes (the check
 * that no id is a candidate twice), then per agent work proportional to its own interactions (a
 * quickselect per draw); no candidate is sorted, and no agent's interactions are scanned twice
 * over. When a plan both stratifies and puts AI-flagged interactions first, the flagged picks come
 * out of the quota first and the strata share what is left.
 */
import { createRandom, type RandomSource } from 'c/seededRandom';
import {
    poolCandidates,
    stratumOf,
    type AgentPool,
    type CandidateInteraction,
    type CandidatePool
} from './candidatePool';
import { drawByIdRank } from './idOrder';
import { largestRemainderAllocation } from './largestRemainder';
import { agentQuota, readSamplingPlan, type ReadPlan, type SamplingPlan } from './samplingPlan';
import { drawAcrossSlots } from './slotDraw';

export type PickBasis = 'aiFlagged' | 'timeSlot' | 'wholePeriod';

export interface SamplingPick {
    readonly interactionId: string;
    readonly agentId: string;
    readonly channel: string;
    /** The stratum the pick came from; null when the plan does not stratify. */
    readonly stratum: string | null;
    readonly basis: PickBasis;
    /** 1-based time slot the pick fills within its stratum's share; null for AI-flagged picks. */
    readonly slot: number | null;
    readonly slotCount: number | null;
    readonly aiFlagged: boolean;
    /** Why it was chosen, for the run record: "AI-flagged: negative sentiment", "random, stratum chat, slot 2 of 3". */
    readonly reason: string;
}

export interface AgentSamplingCount {
    readonly agentId: string;
    readonly eligible: number;
    readonly alreadyAssessed: number;
    readonly quota: number;
    readonly picked: number;
    readonly aiFlaggedPicked: number;
}

export interface StratumSamplingCount {
    readonly stratum: string;
    readonly eligible: number;
    readonly picked: number;
}

export interface SamplingCounts {
    readonly candidates: number;
    readonly outsidePeriod: number;
    /** In the period but already assessed by the plan, so excluded. */
    readonly alreadyAssessed: number;
    readonly eligible: number;
    readonly picked: number;
    readonly aiFlaggedPicked: number;
    /** Every agent with an interaction in the period, by agent id. */
    readonly agents: readonly AgentSamplingCount[];
    /** Every stratum with an eligible interaction, by name; empty when the plan does not stratify. */
    readonly strata: readonly StratumSamplingCount[];
}

export interface SamplingResult {
    readonly seed: string;
    /** The period as sampled, epoch milliseconds, [start, end). */
    readonly period: { readonly start: number; readonly end: number };
    /** By agent id; within an agent, AI-flagged picks first, then by stratum and slot. */
    readonly picks: readonly SamplingPick[];
    readonly counts: SamplingCounts;
}

/** Text order by UTF-16 code units: the same on every machine, unlike localeCompare. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the per-agent steps share: the plan, the filed candidates, and an id reader for draws. */
interface Run {
    readonly plan: ReadPlan;
    readonly pool: CandidatePool;
    readonly idOf: (index: number) => string;
}

function flaggedPicks(run: Run, agent: AgentPool, take: number, random: RandomSource): SamplingPick[] {
    const { plan, pool, idOf } = run;
    let chosen: number[];
    if (take >= agent.flagged.length) {
        chosen = [...agent.flagged].sort((a, b) => byText(idOf(a), idOf(b)));
    } else {
        const remaining = [...agent.flagged];
        chosen = Array.from({ length: take }, () => drawByIdRank(remaining, random, idOf));
    }
    return chosen.map((index) => {
        const candidate = pool.candidates[index];
        const why = candidate.aiFlagReason?.trim();
        return {
            interactionId: candidate.id,
            agentId: agent.agentId,
            channel: candidate.channel,
            stratum: plan.stratifyBy === null ? null : stratumOf(candidate, plan.stratifyBy, index),
            basis: 'aiFlagged',
            slot: null,
            slotCount: null,
            aiFlagged: true,
            reason: why ? `AI-flagged: ${why}` : 'AI-flagged'
        };
    });
}

function randomPicks(run: Run, agent: AgentPool, count: number, random: RandomSource): SamplingPick[] {
    const { plan, pool, idOf } = run;
    const names = [...agent.strata.keys()].sort(byText);
    const members = names.map((name) => agent.strata.get(name) as number[]);
    const shares =
        plan.stratifyBy === null
            ? [count]
            : largestRemainderAllocation(
                  members.map((list) => list.length),
                  count,
                  random
              );
    const picks: SamplingPick[] = [];
    names.forEach((name, n) => {
        const share = shares[n];
        if (share === 0) {
            return;
        }
        const stratum = plan.stratifyBy === null ? null : name;
        const where = stratum === null ? 'random' : `random, stratum ${stratum}`;
        for (const draw of drawAcrossSlots(members[n], share, pool.times, plan, random, idOf)) {
            const candidate = pool.candidates[draw.index];
            const slotText = `slot ${draw.slot + 1} of ${share}`;
            picks.push({
                interactionId: candidate.id,
                agentId: agent.agentId,
                channel: candidate.channel,
                stratum,
                basis: draw.fromWholePeriod ? 'wholePeriod' : 'timeSlot',
                slot: draw.slot + 1,
                slotCount: share,
                aiFlagged: candidate.aiFlagged === true,
                reason: draw.fromWholePeriod
                    ? `${where}, whole period (${slotText} had no interactions)`
                    : `${where}, ${slotText}`
            });
        }
    });
    return picks;
}

/** Samples the candidates under the plan. Throws a TypeError/RangeError naming bad input. */
export function sampleInteractions(candidates: readonly CandidateInteraction[], plan: SamplingPlan): SamplingResult {
    const read = readSamplingPlan(plan);
    const pool = poolCandidates(candidates, read);
    const run: Run = { plan: read, pool, idOf: (index) => pool.candidates[index].id };
    const picks: SamplingPick[] = [];
    const agentCounts: AgentSamplingCount[] = [];
    const strata = new Map<string, { eligible: number; picked: number }>();
    const stratumCount = (name: string) => {
        let count = strata.get(name);
        if (count === undefined) {
            count = { eligible: 0, picked: 0 };
            strata.set(name, count);
        }
        return count;
    };
    let aiFlaggedPicked = 0;

    for (const agentId of [...pool.agents.keys()].sort(byText)) {
        const agent = pool.agents.get(agentId) as AgentPool;
        const random = createRandom(`${read.seed}/${agentId}`);
        const quota = agentQuota(read, agent.eligible);
        const flagged = flaggedPicks(run, agent, Math.min(quota, agent.flagged.length), random);
        const rest = quota - flagged.length;
        const agentPicks = rest > 0 ? [...flagged, ...randomPicks(run, agent, rest, random)] : flagged;
        picks.push(...agentPicks);
        const flaggedCount = agentPicks.filter((pick) => pick.aiFlagged).length;
        aiFlaggedPicked += flaggedCount;
        agentCounts.push({
            agentId,
            eligible: agent.eligible,
            alreadyAssessed: agent.alreadyAssessed,
            quota,
            picked: agentPicks.length,
            aiFlaggedPicked: flaggedCount
        });
        if (read.stratifyBy !== null) {
            agent.strata.forEach((members, name) => {
                stratumCount(name).eligible += members.length;
            });
            agent.flagged.forEach((index) => {
                stratumCount(stratumOf(pool.candidates[index], read.stratifyBy, index)).eligible += 1;
            });
            agentPicks.forEach((pick) => {
                stratumCount(pick.stratum as string).picked += 1;
            });
        }
    }

    return {
        seed: read.seed,
        period: { start: read.start, end: read.end },
        picks,
        counts: {
            candidates: pool.candidates.length,
            outsidePeriod: pool.outsidePeriod,
            alreadyAssessed: pool.alreadyAssessed,
            eligible: pool.eligible,
            picked: picks.length,
            aiFlaggedPicked,
            agents: agentCounts,
            strata: [...strata.keys()]
                .sort(byText)
                .map((name) => ({ stratum: name, ...(strata.get(name) as { eligible: number; picked: number }) }))
        }
    };
}
