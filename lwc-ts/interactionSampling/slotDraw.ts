/**
 * Spreads k picks evenly over the period: the period [start, end) is cut into k equal time slots
 * and one interaction is drawn from each slot that has any; slots with none are made up by draws
 * from everything left in the stratum (the whole period). Every draw is uniform by id rank, so
 * within a slot, and within the leftovers, each interaction is equally likely.
 *
 * Slot of an interaction started at t: ⌊(t − start) × k / (end − start)⌋ (0-based), the last slot
 * taking anything rounding would push past it.
 */
import type { RandomSource } from 'c/seededRandom';
import { drawByIdRank } from './idOrder';

export interface SlotDraw {
    /** Index of the drawn candidate. */
    readonly index: number;
    /** 0-based slot this pick fills. */
    readonly slot: number;
    /** The slot had no interactions, so the pick came from the whole period. */
    readonly fromWholePeriod: boolean;
}

/**
 * Draws `count` of the candidates at `members` (indexes), spread over [start, end).
 * `times[i]` is candidate i's start; `idOf(i)` its id.
 */
export function drawAcrossSlots(
    members: readonly number[],
    count: number,
    times: Float64Array,
    period: { readonly start: number; readonly end: number },
    random: RandomSource,
    idOf: (index: number) => string
): SlotDraw[] {
    if (!Number.isInteger(count) || count < 1 || count > members.length) {
        throw new RangeError(`A stratum of ${members.length} cannot give ${String(count)} picks.`);
    }
    const { start } = period;
    const span = period.end - start;
    const slots: number[][] = Array.from({ length: count }, () => []);
    for (const index of members) {
        slots[Math.min(count - 1, Math.floor(((times[index] - start) * count) / span))].push(index);
    }
    const draws: SlotDraw[] = [];
    const emptySlots: number[] = [];
    for (let slot = 0; slot < count; slot += 1) {
        if (slots[slot].length === 0) {
            emptySlots.push(slot);
        } else {
            draws.push({ index: drawByIdRank(slots[slot], random, idOf), slot, fromWholePeriod: false });
        }
    }
    if (emptySlots.length > 0) {
        const leftovers = slots.flat();
        for (const slot of emptySlots) {
            draws.push({ index: drawByIdRank(leftovers, random, idOf), slot, fromWholePeriod: true });
        }
    }
    return draws;
}
