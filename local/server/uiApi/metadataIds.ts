import { createHash } from 'node:crypto';
import { recordId } from '../../ids/salesforceIds';

/**
 * IDs for what the package declares in metadata rather than stores as records (apps, list views,
 * layouts and their sections): the org would give each an ID of its type's key prefix (02u, 00B,
 * 00h, 01B); here the ID is derived from the metadata name, so it is the same on every start.
 */
export function metadataId(keyPrefix: string, name: string): string {
    const digest = createHash('sha256').update(name).digest();
    // 40 bits of the digest: a safe integer, and the same name always gives the same number.
    return recordId(keyPrefix, digest.readUIntBE(0, 5) + 1);
}

/** The eTag of a representation: it changes whenever what the caller would receive changes. */
export function eTagOf(representation: unknown): string {
    return createHash('md5').update(JSON.stringify(representation)).digest('hex');
}
