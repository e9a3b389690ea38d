/**
 * A 32-bit FNV-1a hash of an interaction id (Fowler, Noll & Vo; the offset basis 2166136261 and
 * prime 16777619 of the 32-bit variant). The sampler hashes each id once, while the id is at hand,
 * and uses the hash where a million-entry Set would cost a cache miss per lookup: finding repeated
 * ids and screening out ids the plan already assessed. Equal ids always hash equal; unequal ids
 * rarely do, and every such collision is settled by comparing the ids themselves.
 */
export function idHash(id: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i += 1) {
        hash ^= id.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}
