/**
 * Largest remainder (Hamilton / Hare) allocation: shares `total` whole units (a quota of picks)
 * among groups in proportion to their sizes. Each group first gets the whole part of its exact
 * share total × size / Σ sizes; the units left go one each to the largest fractional remainders.
 * Every group ends within one unit of its exact share (the quota rule).
 *
 * The arithmetic is exact: remainders are compared as whole numbers (total × size mod Σ sizes),
 * so equal remainders are really equal. Ties go in random order when a random source is given
 * (a fixed tie-break would always favour the same stratum), otherwise to the earlier group.
 */
import { shuffleInPlace, type RandomSource } from 'c/seededRandom';

export function largestRemainderAllocation(sizes: readonly number[], total: number, random?: RandomSource): number[] {
    if (!Array.isArray(sizes)) {
        throw new TypeError('Group sizes must be an array of whole numbers.');
    }
    if (!Number.isInteger(total) || total < 0) {
        throw new RangeError(`The number to allocate must be a whole number of at least 0, got ${String(total)}.`);
    }
    let sum = 0;
    sizes.forEach((size, index) => {
        if (!Number.isInteger(size) || size < 0) {
            throw new RangeError(`Group size ${index} must be a whole number of at least 0, got ${String(size)}.`);
        }
        sum += size;
    });
    if (total === 0) {
        return sizes.map(() => 0);
    }
    if (sum === 0) {
        throw new RangeError(`Cannot allocate ${total} among groups that are all empty.`);
    }
    if (!Number.isSafeInteger(total * sum)) {
        throw new RangeError(
            `Allocating ${total} among groups totalling ${sum} exceeds exact whole-number arithmetic.`
        );
    }

    const allocation: number[] = [];
    const remainders: number[] = [];
    let given = 0;
    for (const size of sizes) {
        const product = total * size;
        const whole = Math.floor(product / sum);
        allocation.push(whole);
        remainders.push(product - whole * sum);
        given += whole;
    }

    const order = sizes.map((_, index) => index);
    if (random) {
        shuffleInPlace(order, random);
    }
    // Array.prototype.sort is stable, so tied remainders keep the (shuffled or natural) order.
    order.sort((a, b) => remainders[b] - remainders[a]);
    for (let k = 0; given < total; k += 1, given += 1) {
        allocation[order[k]] += 1;
    }
    return allocation;
}
