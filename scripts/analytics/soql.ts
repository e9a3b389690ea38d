import { soqlString } from '../jobs/recordWriter';

/**
 * Small helpers for the SOQL and field values the analytics jobs compose (string literals are
 * quoted by soqlString in scripts/jobs/recordWriter).
 */

/** A SOQL date/time literal (UTC), e.g. 2026-10-01T00:00:00Z. */
export function soqlDateTime(date: Date): string {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A date field value, YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
    return date.toISOString().slice(0, 10);
}

/** Splits ids into chunks so an IN list stays well inside the SOQL length limit. */
export function chunked<T>(items: readonly T[], size = 200): T[][] {
    const chunks: T[][] = [];
    for (let start = 0; start < items.length; start += size) {
        chunks.push(items.slice(start, start + size));
    }
    return chunks;
}

/** Ids as SOQL IN lists, one list per chunk of 200. */
export function idLists(ids: readonly string[]): string[] {
    return chunked(ids).map((chunk) => `(${chunk.map(soqlString).join(', ')})`);
}
