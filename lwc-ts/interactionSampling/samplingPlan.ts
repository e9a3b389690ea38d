/**
 * A sampling plan as the sampler reads it: how many interactions per agent, over which period,
 * stratified by what, whether AI-flagged interactions go first, what the plan already assessed,
 * and the recorded seed that replays the run.
 */
import { toEpochMillis } from './interactionTime';

/** N interactions per agent per period, or a percentage of each agent's eligible interactions. */
export type SamplingQuota = { readonly perAgent: number } | { readonly percent: number };

export interface SamplingPeriod {
    /** Inclusive. */
    readonly start: string | number;
    /** Exclusive. */
    readonly end: string | number;
}

export interface SamplingPlan {
    readonly quota: SamplingQuota;
    readonly period: SamplingPeriod;
    /** "channel", or the name of a field in each candidate's `fields`; none when absent or null. */
    readonly stratifyBy?: string | null;
    /** Pick AI-flagged interactions before any random ones. */
    readonly prioritizeAiFlagged?: boolean;
    /** Interaction ids this plan has already assessed: never picked again. */
    readonly alreadyAssessed?: ReadonlySet<string> | readonly string[];
    /** The recorded seed: same seed and same candidates give the same picks. */
    readonly seed: string | number;
}

/** The plan checked and normalised: times in epoch ms, the assessed ids as a set. */
export interface ReadPlan {
    readonly perAgent: number | null;
    readonly percent: number | null;
    readonly start: number;
    readonly end: number;
    readonly stratifyBy: string | null;
    readonly prioritizeAiFlagged: boolean;
    readonly alreadyAssessed: ReadonlySet<string>;
    readonly seed: string;
}

function readAlreadyAssessed(value: SamplingPlan['alreadyAssessed']): ReadonlySet<string> {
    if (value === undefined || value === null) {
        return new Set();
    }
    const ids = value instanceof Set ? value : Array.isArray(value) ? new Set(value) : null;
    if (ids === null) {
        throw new TypeError("The plan's alreadyAssessed must be a Set or an array of interaction ids.");
    }
    for (const id of ids) {
        if (typeof id !== 'string') {
            throw new TypeError(`The plan's alreadyAssessed holds ${String(id)}, which is not an interaction id.`);
        }
    }
    return ids;
}

/** Throws a TypeError or RangeError naming the part of the plan that is wrong. */
export function readSamplingPlan(plan: SamplingPlan): ReadPlan {
    if (plan === null || typeof plan !== 'object') {
        throw new TypeError(`A sampling plan must be an object, got ${String(plan)}.`);
    }
    const quota = plan.quota as { perAgent?: unknown; percent?: unknown } | null | undefined;
    if (quota === null || typeof quota !== 'object') {
        throw new TypeError('A sampling plan needs a quota: { perAgent: N } or { percent: P }.');
    }
    const hasPerAgent = quota.perAgent !== undefined;
    const hasPercent = quota.percent !== undefined;
    if (hasPerAgent === hasPercent) {
        throw new RangeError('A sampling quota is either perAgent or percent, not both and not neither.');
    }
    if (hasPerAgent && (!Number.isInteger(quota.perAgent) || (quota.perAgent as number) < 1)) {
        throw new RangeError(`The quota perAgent must be a whole number of at least 1, got ${String(quota.perAgent)}.`);
    }
    if (hasPercent && (typeof quota.percent !== 'number' || !(quota.percent > 0 && quota.percent <= 100))) {
        throw new RangeError(`The quota percent must be above 0 and at most 100, got ${String(quota.percent)}.`);
    }
    if (plan.period === null || typeof plan.period !== 'object') {
        throw new TypeError('A sampling plan needs a period { start, end }.');
    }
    const start = toEpochMillis(plan.period.start, 'The period start');
    const end = toEpochMillis(plan.period.end, 'The period end');
    if (!(start < end)) {
        throw new RangeError(
            `The period must end after it starts, got ${String(plan.period.start)} to ${String(plan.period.end)}.`
        );
    }
    const stratifyBy = plan.stratifyBy ?? null;
    if (stratifyBy !== null && (typeof stratifyBy !== 'string' || stratifyBy.trim() === '')) {
        throw new TypeError(`stratifyBy must name a field (e.g. "channel"), got ${JSON.stringify(stratifyBy)}.`);
    }
    const prioritizeAiFlagged = plan.prioritizeAiFlagged ?? false;
    if (typeof prioritizeAiFlagged !== 'boolean') {
        throw new TypeError(`prioritizeAiFlagged must be true or false, got ${String(prioritizeAiFlagged)}.`);
    }
    const seed = plan.seed;
    if ((typeof seed !== 'string' && typeof seed !== 'number') || String(seed).trim() === '') {
        throw new TypeError(`A sampling plan needs a recorded seed (text or a number), got ${String(seed)}.`);
    }
    return {
        perAgent: hasPerAgent ? (quota.perAgent as number) : null,
        percent: hasPercent ? (quota.percent as number) : null,
        start,
        end,
        stratifyBy,
        prioritizeAiFlagged,
        alreadyAssessed: readAlreadyAssessed(plan.alreadyAssessed),
        seed: String(seed)
    };
}

/**
 * An agent's quota: N capped at what the agent has, or ⌈percent × eligible / 100⌉ (at least one
 * interaction of an agent who has any). The 1e-9 allowance keeps binary noise such as
 * 1.1 × 1000 = 1100.0000000000002 from rounding up a whole result.
 */
export function agentQuota(plan: ReadPlan, eligible: number): number {
    if (plan.perAgent !== null) {
        return Math.min(plan.perAgent, eligible);
    }
    const share = ((plan.percent as number) * eligible) / 100;
    return Math.min(eligible, Math.ceil(share - 1e-9));
}
