/**
 * One pass over the candidate interactions: checks each, drops those outside the period and
 * those the plan already assessed, and files the rest by agent, then by stratum (or into the
 * agent's AI-flagged list when the plan puts flagged interactions first). Linear in the number of
 * candidates, nothing sorted. Pools hold indexes into the candidate list, and start times sit in
 * one typed array, so a million candidates cost a few small arrays rather than a million objects.
 */
import { createAssessedScreen } from './assessedScreen';
import { idHash } from './idHash';
import { toEpochMillis } from './interactionTime';
import { findRepeatedId } from './repeatedIds';
import type { ReadPlan } from './samplingPlan';

export interface CandidateInteraction {
    readonly id: string;
    readonly agentId: string;
    readonly channel: string;
    /** ISO 8601 datetime with a zone, or epoch milliseconds. */
    readonly startedAt: string | number;
    /** Other fields a plan may stratify by (queue, case reason, record type…). */
    readonly fields?: Readonly<Record<string, string | null | undefined>>;
    readonly aiFlagged?: boolean;
    /** Why the AI flagged it, e.g. "negative sentiment". */
    readonly aiFlagReason?: string | null;
}

/** The stratum of interactions whose stratifying field is empty. */
export const BLANK_STRATUM = '(blank)';
/** The single stratum key used when the plan does not stratify. */
export const WHOLE_POOL = '';

export interface AgentPool {
    readonly agentId: string;
    alreadyAssessed: number;
    eligible: number;
    /** Indexes of eligible AI-flagged candidates, when the plan puts them first. */
    readonly flagged: number[];
    /** Stratum → indexes of the other eligible candidates. */
    readonly strata: Map<string, number[]>;
    /** The same lists while filing, by stratum number. */
    readonly byStratum: number[][];
}

export interface CandidatePool {
    readonly candidates: readonly CandidateInteraction[];
    /** Start time (epoch ms) of each candidate, by index; NaN for those outside the period. */
    readonly times: Float64Array;
    readonly outsidePeriod: number;
    readonly alreadyAssessed: number;
    readonly eligible: number;
    readonly agents: Map<string, AgentPool>;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The stratum a candidate belongs to under the plan's stratifyBy. */
export function stratumOf(candidate: CandidateInteraction, stratifyBy: string | null, index: number): string {
    if (stratifyBy === null) {
        return WHOLE_POOL;
    }
    if (stratifyBy === 'channel') {
        return candidate.channel;
    }
    const fields = candidate.fields;
    if (fields !== undefined && (fields === null || typeof fields !== 'object')) {
        throw new TypeError(`candidates[${index}].fields must be an object of field values, got ${String(fields)}.`);
    }
    const value = fields?.[stratifyBy];
    if (value === undefined || value === null || value === '') {
        return BLANK_STRATUM;
    }
    if (typeof value !== 'string') {
        throw new TypeError(`candidates[${index}].fields.${stratifyBy} must be text, got ${String(value)}.`);
    }
    return value;
}

const named = (index: number, candidate: CandidateInteraction): string => `candidates[${index}] (${candidate.id})`;

/** Messages are built only when a check fails: building one per candidate would cost more than the checks. */
function checkCandidate(candidate: CandidateInteraction, index: number): void {
    if (candidate === null || typeof candidate !== 'object') {
        throw new TypeError(`candidates[${index}] must be an interaction object, got ${String(candidate)}.`);
    }
    if (!isText(candidate.id)) {
        throw new TypeError(`candidates[${index}].id must be a non-empty interaction id, got ${String(candidate.id)}.`);
    }
    if (!isText(candidate.agentId)) {
        throw new TypeError(`${named(index, candidate)} needs an agentId, got ${String(candidate.agentId)}.`);
    }
    if (!isText(candidate.channel)) {
        throw new TypeError(`${named(index, candidate)} needs a channel, got ${String(candidate.channel)}.`);
    }
    if (candidate.aiFlagged !== undefined && typeof candidate.aiFlagged !== 'boolean') {
        throw new TypeError(
            `${named(index, candidate)}.aiFlagged must be true or false, got ${String(candidate.aiFlagged)}.`
        );
    }
    const reason = candidate.aiFlagReason;
    if (reason !== undefined && reason !== null && typeof reason !== 'string') {
        throw new TypeError(`${named(index, candidate)}.aiFlagReason must be text, got ${String(reason)}.`);
    }
}

/** Files the candidates for sampling. Throws a TypeError/RangeError naming the bad candidate. */
export function poolCandidates(candidates: readonly CandidateInteraction[], plan: ReadPlan): CandidatePool {
    if (!Array.isArray(candidates)) {
        throw new TypeError('Candidates must be an array of interactions.');
    }
    const { start, end, stratifyBy, prioritizeAiFlagged } = plan;
    const wasAssessed = createAssessedScreen(plan.alreadyAssessed);
    const times = new Float64Array(candidates.length);
    const hashes = new Uint32Array(candidates.length);
    const agents = new Map<string, AgentPool>();
    let outsidePeriod = 0;
    let alreadyAssessed = 0;
    let eligible = 0;
    // Results ordered by agent (a common query order) then skip most agent lookups.
    let lastAgent: AgentPool | undefined;
    // Strata are few: numbering them once lets each agent keep its strata in a small array,
    // where a Map per agent would cost a lookup in a different table for every candidate.
    const stratumNames: string[] = [];
    const stratumNumbers = new Map<string, number>();

    for (let index = 0; index < candidates.length; index += 1) {
        const candidate = candidates[index];
        checkCandidate(candidate, index);
        const startedAt = candidate.startedAt;
        const time =
            typeof startedAt === 'number' && Number.isFinite(startedAt)
                ? startedAt
                : toEpochMillis(startedAt, `candidates[${index}] (${candidate.id}).startedAt`);
        const id = candidate.id;
        const hash = idHash(id);
        hashes[index] = hash;
        if (time < start || time >= end) {
            times[index] = Number.NaN;
            outsidePeriod += 1;
            continue;
        }
        times[index] = time;
        let agent =
            lastAgent !== undefined && lastAgent.agentId === candidate.agentId
                ? lastAgent
                : agents.get(candidate.agentId);
        if (agent === undefined) {
            agent = {
                agentId: candidate.agentId,
                alreadyAssessed: 0,
                eligible: 0,
                flagged: [],
                byStratum: [],
                strata: new Map()
            };
            agents.set(candidate.agentId, agent);
        }
        lastAgent = agent;
        if (wasAssessed(id, hash)) {
            agent.alreadyAssessed += 1;
            alreadyAssessed += 1;
            continue;
        }
        agent.eligible += 1;
        eligible += 1;
        if (prioritizeAiFlagged && candidate.aiFlagged === true) {
            stratumOf(candidate, stratifyBy, index); // checked now, read again if picked
            agent.flagged.push(index);
            continue;
        }
        const stratum = stratumOf(candidate, stratifyBy, index);
        let number = stratumNumbers.get(stratum);
        if (number === undefined) {
            number = stratumNames.length;
            stratumNames.push(stratum);
            stratumNumbers.set(stratum, number);
        }
        const members = agent.byStratum[number];
        if (members === undefined) {
            agent.byStratum[number] = [index];
        } else {
            members.push(index);
        }
    }
    agents.forEach((agent) => {
        agent.byStratum.forEach((members, number) => agent.strata.set(stratumNames[number], members));
    });
    const repeated = findRepeatedId(hashes, (index) => candidates[index].id);
    if (repeated !== null) {
        const [first, again] = repeated;
        throw new RangeError(
            `Interaction ${candidates[first].id} is a candidate twice (candidates[${first}] and candidates[${again}]).`
        );
    }
    return { candidates, times, outsidePeriod, alreadyAssessed, eligible, agents };
}
