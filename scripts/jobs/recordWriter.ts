import type { Connection } from 'jsforce';
import { JobError } from '../cli/exitCodes';
import type { CommandOutput } from '../cli/output';
import { createProgress, type Progress } from './progress';
import { withRetries, type RetryOptions } from './retry';

/**
 * Writing and reading records in volume. Every write is an upsert on an external ID, so a call
 * that is retried, or a job that is run again, lands on the same records instead of adding new
 * ones. Below the bulk threshold: sObject Collections of 200, all-or-none per call, so a refused
 * record leaves its batch unwritten; above it: one Bulk API 2.0 ingest job.
 */
export interface UpsertSummary {
    created: number;
    updated: number;
    /** Record Id by external ID value. */
    idsByKey: Map<string, string>;
}

export interface UpsertOptions {
    progress?: Progress;
    /** From this many records on, Bulk API 2.0 is used (default 3000). */
    bulkThreshold?: number;
    retry?: RetryOptions;
    /**
     * Fields that can be set only when a record is created (a master-detail parent that is not
     * reparentable, a write-once lookup): the org refuses them on update even unchanged, so they are
     * left out for the records that already exist (one query per 200 keys finds those).
     */
    insertOnlyFields?: string[];
    /**
     * Records whose key already has a record are not sent at all, only their ids returned: for
     * records people and other jobs move on after they are loaded (a scorecard activated, a plan
     * rescheduled, a coaching task acknowledged), which a load run again must leave as they are.
     */
    leaveExisting?: boolean;
}

export type RecordValues = Record<string, unknown>;

export const COLLECTION_SIZE = 200;
export const DEFAULT_BULK_THRESHOLD = 3000;

interface SaveError {
    statusCode?: string;
    errorCode?: string;
    message?: string;
    fields?: string[];
}

interface UpsertResult {
    id?: string | null;
    success: boolean;
    created?: boolean;
    errors?: (SaveError | string)[];
}

function keyOf(record: RecordValues, externalIdField: string, objectName: string): string {
    const value = record[externalIdField];
    if (value === undefined || value === null || String(value) === '') {
        throw new JobError(`A ${objectName} record has no ${externalIdField}: every record a job writes needs one.`);
    }
    return String(value);
}

function recordFailure(objectName: string, externalIdField: string, key: string, error: SaveError | string): JobError {
    const detail: SaveError = typeof error === 'string' ? { message: error } : error;
    const fields = detail.fields && detail.fields.length > 0 ? ` (field ${detail.fields.join(', ')})` : '';
    const code = detail.statusCode ?? detail.errorCode;
    return new JobError(
        `${objectName} ${externalIdField}=${key} was refused${fields}: ${code ? `${code}: ` : ''}${detail.message ?? 'no message'}`
    );
}

function firstRealError(results: UpsertResult[]): number {
    // With allOrNone, the records that were fine are reported as rolled back; the cause is another.
    const index = results.findIndex(
        (result) =>
            !result.success &&
            !(result.errors ?? []).every(
                (error) => typeof error !== 'string' && error.statusCode === 'ALL_OR_NONE_OPERATION_ROLLED_BACK'
            )
    );
    return index >= 0 ? index : results.findIndex((result) => !result.success);
}

async function upsertCollections(
    conn: Connection,
    objectName: string,
    externalIdField: string,
    records: RecordValues[],
    keys: string[],
    summary: UpsertSummary,
    options: UpsertOptions
): Promise<void> {
    for (let start = 0; start < records.length; start += COLLECTION_SIZE) {
        const batch = records.slice(start, start + COLLECTION_SIZE);
        const results = (await withRetries(
            () => conn.sobject(objectName).upsert(batch, externalIdField, { allOrNone: true }),
            options.retry
        )) as UpsertResult[];
        const failed = firstRealError(results);
        if (failed >= 0) {
            const errors = results[failed].errors ?? [];
            throw recordFailure(objectName, externalIdField, keys[start + failed], errors[0] ?? 'refused');
        }
        results.forEach((result, offset) => {
            summary.idsByKey.set(keys[start + offset], result.id as string);
            if (result.created) {
                summary.created += 1;
            } else {
                summary.updated += 1;
            }
        });
        options.progress?.advance(batch.length);
    }
}

/** Bulk API 2.0 reports a failure as "ERROR_CODE:message:field,field". */
function bulkError(text: string): SaveError {
    const match = /^([A-Z_]+):(.*?)(?::([A-Za-z0-9_,]*)\s*(?:--)?\s*)?$/s.exec(text);
    return match
        ? { statusCode: match[1], message: match[2], fields: match[3] ? match[3].split(',').filter(Boolean) : [] }
        : { message: text };
}

async function upsertBulk(
    conn: Connection,
    objectName: string,
    externalIdField: string,
    records: RecordValues[],
    summary: UpsertSummary,
    options: UpsertOptions
): Promise<void> {
    // A whole job is repeated on a transient failure: upserts by external ID make that safe.
    const results = await withRetries(
        () =>
            conn.bulk2.loadAndWaitForResults({
                object: objectName,
                operation: 'upsert',
                externalIdFieldName: externalIdField,
                input: records as never,
                pollInterval: 200,
                pollTimeout: 10 * 60 * 1000
            }),
        options.retry
    );
    const failed = results.failedResults[0] as Record<string, unknown> | undefined;
    if (failed) {
        throw recordFailure(
            objectName,
            externalIdField,
            String(failed[externalIdField] ?? '?'),
            bulkError(String(failed.sf__Error))
        );
    }
    for (const row of results.successfulResults as Record<string, unknown>[]) {
        summary.idsByKey.set(String(row[externalIdField]), String(row.sf__Id));
        if (row.sf__Created === 'true' || row.sf__Created === true) {
            summary.created += 1;
        } else {
            summary.updated += 1;
        }
    }
    options.progress?.advance(records.length);
}

export async function upsertRecords(
    conn: Connection,
    objectName: string,
    externalIdField: string,
    records: RecordValues[],
    options: UpsertOptions = {}
): Promise<UpsertSummary> {
    const summary: UpsertSummary = { created: 0, updated: 0, idsByKey: new Map() };
    let keys = records.map((record) => keyOf(record, externalIdField, objectName));
    const seen = new Set<string>();
    for (const key of keys) {
        if (seen.has(key)) {
            throw new JobError(`Two ${objectName} records share ${externalIdField}=${key}: a job writes each once.`);
        }
        seen.add(key);
    }
    if (records.length === 0) {
        return summary;
    }
    const dropped = options.insertOnlyFields ?? [];
    if (options.leaveExisting || dropped.length > 0) {
        const existing = await existingIds(conn, objectName, externalIdField, keys, options.retry);
        if (options.leaveExisting) {
            existing.forEach((id, key) => summary.idsByKey.set(key, id));
            const missing = records.map((_, index) => index).filter((index) => !existing.has(keys[index]));
            options.progress?.advance(records.length - missing.length);
            records = missing.map((index) => records[index]);
            keys = missing.map((index) => keys[index]);
        } else {
            records = records.map((record, index) => {
                if (!existing.has(keys[index])) {
                    return record;
                }
                const kept = { ...record };
                dropped.forEach((field) => delete kept[field]);
                return kept;
            });
        }
    }
    const threshold = options.bulkThreshold ?? DEFAULT_BULK_THRESHOLD;
    if (records.length >= threshold) {
        await upsertBulk(conn, objectName, externalIdField, records, summary, options);
    } else {
        await upsertCollections(conn, objectName, externalIdField, records, keys, summary, options);
    }
    return summary;
}

/** The record Id of each of these external IDs that already has a record. */
async function existingIds(
    conn: Connection,
    objectName: string,
    externalIdField: string,
    keys: string[],
    retry?: RetryOptions
): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let start = 0; start < keys.length; start += COLLECTION_SIZE) {
        const values = keys
            .slice(start, start + COLLECTION_SIZE)
            .map(soqlString)
            .join(', ');
        const rows = await queryAllRecords<RecordValues>(
            conn,
            `SELECT Id, ${externalIdField} FROM ${objectName} WHERE ${externalIdField} IN (${values})`,
            retry
        );
        rows.forEach((row) => found.set(String(row[externalIdField]), String(row.Id)));
    }
    return found;
}

/** Every record a query matches, page after page, each page retried on transient failures. */
/**
 * upsertRecords with its own progress bar, labelled for the person watching, always finished: a bar
 * left running keeps the process alive.
 */
export async function upsertShowingProgress(
    conn: Connection,
    objectName: string,
    externalIdField: string,
    records: RecordValues[],
    label: string,
    output: CommandOutput,
    options: Omit<UpsertOptions, 'progress'> = {}
): Promise<UpsertSummary> {
    const progress = createProgress(label, records.length, output);
    try {
        return await upsertRecords(conn, objectName, externalIdField, records, { ...options, progress });
    } finally {
        progress.finish();
    }
}

export async function queryAllRecords<T>(conn: Connection, soql: string, retry?: RetryOptions): Promise<T[]> {
    const records: T[] = [];
    type Page = { records: unknown[]; done: boolean; nextRecordsUrl?: string };
    // jsforce's Query is a thenable, not a Promise: settle it into one for the retries.
    const run = (next: () => PromiseLike<unknown>): Promise<Page> =>
        withRetries(async () => (await next()) as Page, retry);
    let page = await run(() => conn.query(soql));
    for (;;) {
        records.push(...(page.records as unknown as T[]));
        if (page.done || !page.nextRecordsUrl) {
            return records;
        }
        const locator = page.nextRecordsUrl;
        page = await run(() => conn.queryMore(locator));
    }
}

/** A value for SOQL: a quoted, escaped string literal (the SOQL reference's escape sequences). */
export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/"/g, '\\"')}'`;
}
