/**
 * Finds an interaction id that occurs twice, from the ids' hashes: sort a copy of the hashes (a
 * native typed-array sort), keep the hash values that occur more than once — the repeats and the
 * rare collisions of different ids — then compare the actual ids behind only those. Sequential
 * passes instead of a million random lookups into a Set.
 */

/** The first two indexes (in input order) whose ids are equal, or null when every id is distinct. */
export function findRepeatedId(hashes: Uint32Array, idOf: (index: number) => string): [number, number] | null {
    const sorted = hashes.slice().sort();
    const shared = new Set<number>();
    for (let k = 1; k < sorted.length; k += 1) {
        if (sorted[k] === sorted[k - 1]) {
            shared.add(sorted[k]);
        }
    }
    if (shared.size === 0) {
        return null;
    }
    const firstSeen = new Map<string, number>();
    for (let index = 0; index < hashes.length; index += 1) {
        if (shared.has(hashes[index])) {
            const id = idOf(index);
            const earlier = firstSeen.get(id);
            if (earlier !== undefined) {
                return [earlier, index];
            }
            firstSeen.set(id, index);
        }
    }
    return null;
}
