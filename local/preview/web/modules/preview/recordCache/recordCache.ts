/**
 * What the preview keeps of Lightning Data Service's cache: which wires read which records, so a
 * change made anywhere on the page reaches every wire that shows it, and one HTTP call per request
 * while it is in flight, however many components ask at once. Data itself is not kept: a wire that
 * needs a record asks the local org again, so what it shows is what the org holds now.
 */

/** A connected wire, as the cache sees it. */
export interface RecordReader {
    /** True when the wire's data comes from this record (a key from `recordKey`). */
    readsRecord(key: string): boolean;
    /** Fetches again and re-emits if the data changed; resolves once the wire has the latest data. */
    refresh(): Promise<void>;
}

const readers = new Set<RecordReader>();
const inFlight = new Map<string, Promise<unknown>>();

/**
 * One key for a record whatever the length of its Id: an 18-character Id is the 15-character one
 * (case-sensitive) plus a checksum, and notifyRecordUpdateAvailable accepts either (LWC Developer
 * Guide, "notifyRecordUpdateAvailable(recordIds)").
 */
export function recordKey(recordId: string): string {
    return recordId.slice(0, 15);
}

/** Starts telling a wire about record changes; returns what stops it (on disconnect). */
export function watchRecords(reader: RecordReader): () => void {
    readers.add(reader);
    return () => {
        readers.delete(reader);
    };
}

/** Runs `load` unless the same request is already in flight, in which case its answer is shared. */
export function shareRequest<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = inFlight.get(key);
    if (pending) {
        return pending as Promise<T>;
    }
    const request = load().finally(() => {
        if (inFlight.get(key) === request) {
            inFlight.delete(key);
        }
    });
    inFlight.set(key, request);
    return request;
}

/**
 * These records changed (a save through uiRecordApi, or notifyRecordUpdateAvailable): every connected
 * wire that reads one of them fetches again. Requests already in flight may carry the old data, so
 * none of them is shared from now on. Resolves once every affected wire has its new data, as the
 * platform's promise does ("Updated information is sent to all affected wire adapters before the
 * Promise is resolved").
 */
export async function recordsChanged(recordIds: Iterable<string>): Promise<void> {
    const keys = [...new Set([...recordIds].map(recordKey))];
    inFlight.clear();
    const affected = [...readers].filter((reader) => keys.some((key) => reader.readsRecord(key)));
    await Promise.all(affected.map((reader) => reader.refresh()));
}
