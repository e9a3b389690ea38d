/**
 * Screens candidates against the ids a plan already assessed. A bitmap indexed by the low bits of
 * each assessed id's hash answers "certainly not assessed" for almost every candidate from a table
 * small enough to stay in cache; only the few whose bit is set are looked up in the Set itself.
 */
import { idHash } from './idHash';

export type AssessedScreen = (id: string, hash: number) => boolean;

/** A test "was this id assessed?" taking the id and its idHash. */
export function createAssessedScreen(assessed: ReadonlySet<string>): AssessedScreen {
    if (assessed.size === 0) {
        return () => false;
    }
    // About 64 bits per assessed id, at least 2^16 bits: roughly 1 candidate in 64 reaches the Set.
    let bits = 16;
    while (1 << bits < assessed.size * 64 && bits < 26) {
        bits += 1;
    }
    const mask = (1 << bits) - 1;
    const bitmap = new Uint32Array(1 << (bits - 5));
    for (const id of assessed) {
        const slot = idHash(id) & mask;
        bitmap[slot >>> 5] |= 1 << (slot & 31);
    }
    return (id, hash) => {
        const slot = hash & mask;
        return (bitmap[slot >>> 5] & (1 << (slot & 31))) !== 0 && assessed.has(id);
    };
}
