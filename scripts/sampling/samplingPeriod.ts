/**
 * When a plan's run samples, and when the plan runs next. Everything is derived from the plan's
 * scheduled time, not from the clock, so a re-run, a concurrent run or a resumed run of the same
 * schedule lands on the same period, the same run key and the same seed. Days are UTC days.
 */
export type Cadence = 'Daily' | 'Weekly' | 'Monthly';

const DAY_MS = 86_400_000;

export interface SamplingWindow {
    /** The time the run stands for: the plan's Next_Run_At__c, or now for a plan run before it is due. */
    readonly anchor: Date;
    /** First sampled day (YYYY-MM-DD), inclusive. */
    readonly periodStart: string;
    /** Last sampled day (YYYY-MM-DD), inclusive: the day before the anchor's day. */
    readonly periodEnd: string;
    /** The period as instants, [start, end). */
    readonly startsAt: Date;
    readonly endsAt: Date;
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

const startOfDay = (date: Date): Date => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/**
 * The run's anchor: a due plan runs for its scheduled time (so a late or repeated run samples the
 * same period); a plan named before it is due runs for now.
 */
export function runAnchor(nextRunAt: Date | null, now: Date): Date {
    return nextRunAt !== null && nextRunAt.getTime() <= now.getTime() ? nextRunAt : now;
}

/** The whole days before the anchor's day: Lookback_Days__c of them. */
export function samplingWindow(anchor: Date, lookbackDays: number): SamplingWindow {
    if (!Number.isInteger(lookbackDays) || lookbackDays < 1) {
        throw new RangeError(`The lookback is a whole number of days from 1, got ${lookbackDays}.`);
    }
    const endsAt = startOfDay(anchor);
    const startsAt = new Date(endsAt.getTime() - lookbackDays * DAY_MS);
    return {
        anchor,
        periodStart: isoDay(startsAt),
        periodEnd: isoDay(new Date(endsAt.getTime() - DAY_MS)),
        startsAt,
        endsAt
    };
}

/** One cadence step on: a day, a week, or a calendar month (the 31st steps to the month's last day). */
export function stepCadence(from: Date, cadence: Cadence): Date {
    if (cadence === 'Daily') {
        return new Date(from.getTime() + DAY_MS);
    }
    if (cadence === 'Weekly') {
        return new Date(from.getTime() + 7 * DAY_MS);
    }
    if (cadence !== 'Monthly') {
        throw new RangeError(`The cadence is Daily, Weekly or Monthly, got ${String(cadence)}.`);
    }
    const year = from.getUTCFullYear();
    const month = from.getUTCMonth() + 1;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const next = new Date(from.getTime());
    next.setUTCFullYear(year, month, Math.min(from.getUTCDate(), lastDay));
    return next;
}

/**
 * The plan's next run: the anchor stepped by the cadence until it is after now. Periods missed
 * while nothing ran are skipped (a plan samples its lookback from the run it gets), and counted.
 */
export function nextRunAfter(anchor: Date, cadence: Cadence, now: Date): { nextRunAt: Date; skipped: number } {
    let next = stepCadence(anchor, cadence);
    let skipped = 0;
    while (next.getTime() <= now.getTime()) {
        next = stepCadence(next, cadence);
        skipped += 1;
    }
    return { nextRunAt: next, skipped };
}

/** Assessments from a run are due by the plan's next scheduled run: one cadence after the anchor. */
export function dueDate(anchor: Date, cadence: Cadence): string {
    return isoDay(stepCadence(anchor, cadence));
}

/** `planId:periodStart`: one run per plan and period (Run_Key__c is unique). */
export function runKey(planId: string, periodStart: string): string {
    return `${planId}:${periodStart}`;
}

/** `planId:periodStart:interactionId`: one assessment per pick, whichever run attempt writes it. */
export function assessmentKey(planId: string, periodStart: string, interactionId: string): string {
    return `${planId}:${periodStart}:${interactionId}`;
}

/**
 * The run's seed, from its key (32-bit FNV-1a): two runs of the same plan and period draw the same
 * picks without having to agree first, and the recorded seed replays them.
 */
export function seedFromRunKey(key: string): number {
    let hash = 0x811c9dc5;
    for (let index = 0; index < key.length; index += 1) {
        hash ^= key.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
}
