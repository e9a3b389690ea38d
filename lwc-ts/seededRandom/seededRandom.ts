/**
 * Reproducible randomness for sampling, assignment and bootstrap intervals.
 *
 * The generator is xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", 2018): 128 bits of state, period 2^128 − 1, 32-bit outputs that pass BigCrush.
 * Its state is seeded with SplitMix32 from a 32-bit hash (FNV-1a) of the seed text, so any
 * recorded seed — a number or a string such as "plan-42/2026-11-25" — replays the same picks.
 *
 * Pure: no platform modules, no I/O.
 */

export interface RandomSource {
    /** The seed this source was made from, as recorded in audit trails. */
    readonly seed: string;
    /** A uniform integer in [0, 2^32). */
    nextUint32(): number;
    /** A uniform float in [0, 1) with 53 random bits. */
    nextFloat(): number;
    /** A uniform integer in [0, bound), without modulo bias. */
    nextInt(bound: number): number;
}

/** FNV-1a, 32-bit: turns seed text into the SplitMix32 starting value. */
function fnv1a(text: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
}

/** SplitMix32 step: spreads one 32-bit seed over xoshiro's four state words. */
function splitMix32(state: { value: number }): number {
    state.value = (state.value + 0x9e3779b9) >>> 0;
    let z = state.value;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/**
 * A xoshiro128** generator from its four state words (not all zero). Most callers want
 * `createRandom(seed)`; this door exists so the generator can be checked against the reference.
 */
export function xoshiro128StarStar(state: readonly [number, number, number, number], seed = 'state'): RandomSource {
    let [s0, s1, s2, s3] = state.map((word) => word >>> 0);
    if ((s0 | s1 | s2 | s3) === 0) {
        throw new RangeError('xoshiro128** cannot start from the all-zero state.');
    }

    const nextUint32 = (): number => {
        const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
        const t = (s1 << 9) >>> 0;
        s2 = (s2 ^ s0) >>> 0;
        s3 = (s3 ^ s1) >>> 0;
        s1 = (s1 ^ s2) >>> 0;
        s0 = (s0 ^ s3) >>> 0;
        s2 = (s2 ^ t) >>> 0;
        s3 = rotl(s3, 11);
        return result;
    };

    const nextFloat = (): number => {
        const high = nextUint32() >>> 5; // 27 bits
        const low = nextUint32() >>> 6; // 26 bits
        return (high * 67108864 + low) / 9007199254740992;
    };

    const nextInt = (bound: number): number => {
        if (!Number.isInteger(bound) || bound <= 0 || bound > 0x100000000) {
            throw new RangeError(`nextInt needs a whole bound from 1 to 2^32, got ${String(bound)}.`);
        }
        // Rejection below (2^32 − bound) mod bound keeps every value equally likely.
        const threshold = (0x100000000 - bound) % bound;
        for (;;) {
            const value = nextUint32();
            if (value >= threshold) {
                return value % bound;
            }
        }
    };

    return { seed, nextUint32, nextFloat, nextInt };
}

/** A seeded xoshiro128** generator. The same seed always gives the same sequence. */
export function createRandom(seed: string | number): RandomSource {
    const seedText = String(seed);
    const mixer = { value: fnv1a(seedText) };
    const state: [number, number, number, number] = [
        splitMix32(mixer),
        splitMix32(mixer),
        splitMix32(mixer),
        splitMix32(mixer)
    ];
    if ((state[0] | state[1] | state[2] | state[3]) === 0) {
        state[0] = 1;
    }
    return xoshiro128StarStar(state, seedText);
}

/** Shuffles in place (Fisher–Yates): every order equally likely. Returns the same array. */
export function shuffleInPlace<T>(items: T[], random: RandomSource): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
        const j = random.nextInt(i + 1);
        const swap = items[i];
        items[i] = items[j];
        items[j] = swap;
    }
    return items;
}

/**
 * `count` distinct items drawn uniformly without replacement, in draw order (partial Fisher–Yates
 * on a copy: O(n) copy, O(count) draws). Asking for more than there are returns them all, shuffled.
 */
export function sampleWithoutReplacement<T>(items: readonly T[], count: number, random: RandomSource): T[] {
    if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`A sample size is a whole number of at least 0, got ${String(count)}.`);
    }
    const pool = items.slice();
    const take = Math.min(count, pool.length);
    for (let i = 0; i < take; i += 1) {
        const j = i + random.nextInt(pool.length - i);
        const swap = pool[i];
        pool[i] = pool[j];
        pool[j] = swap;
    }
    pool.length = take;
    return pool;
}
