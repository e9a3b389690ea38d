/**
 * Uniform draws that do not depend on the order the interactions arrived in: a draw takes the
 * rank r = random.nextInt(n) and returns the item whose id has rank r among the n (ids compared as
 * text, code unit by code unit). Same seed, same set of interactions, same pick, whatever order a
 * query returned them in.
 *
 * Finding rank r is a quickselect (Hoare partition, middle pivot): expected O(n) per draw, so a
 * whole sampling run stays linear, where sorting every slot by id first would cost O(n log n).
 * Items may be the interactions themselves or indexes into a list of them: `idOf` reads the id.
 */
import type { RandomSource } from 'c/seededRandom';

/**
 * Moves the item of id rank `rank` to index `rank` (smaller ids before it, larger after) and
 * returns it. Reorders `items` in place.
 */
export function selectIdRank<T>(items: T[], rank: number, idOf: (item: T) => string): T {
    if (!Number.isInteger(rank) || rank < 0 || rank >= items.length) {
        throw new RangeError(`A rank must be a whole number from 0 to ${items.length - 1}, got ${String(rank)}.`);
    }
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
        const pivot = idOf(items[(low + high) >>> 1]);
        let i = low;
        let j = high;
        while (i <= j) {
            while (idOf(items[i]) < pivot) {
                i += 1;
            }
            while (idOf(items[j]) > pivot) {
                j -= 1;
            }
            if (i <= j) {
                const swap = items[i];
                items[i] = items[j];
                items[j] = swap;
                i += 1;
                j -= 1;
            }
        }
        if (rank <= j) {
            high = j;
        } else if (rank >= i) {
            low = i;
        } else {
            break; // j < rank < i: the pivot itself sits at rank
        }
    }
    return items[rank];
}

/**
 * Draws one item uniformly by id rank and removes it from `items` (the last item takes its
 * place), so repeated draws sample without replacement.
 */
export function drawByIdRank<T>(items: T[], random: RandomSource, idOf: (item: T) => string): T {
    if (items.length === 0) {
        throw new RangeError('Cannot draw from an empty set of interactions.');
    }
    const rank = random.nextInt(items.length);
    const drawn = selectIdRank(items, rank, idOf);
    items[rank] = items[items.length - 1];
    items.pop();
    return drawn;
}
