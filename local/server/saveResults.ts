import type { OrgData } from '../org/orgData';
import { SalesforceError } from '../org/salesforceError';

/**
 * Per-record saves for sObject Collections and Bulk API 2.0: each record succeeds or fails on its
 * own, or — with allOrNone — all of them in one transaction, rolled back when any fails.
 * A save result's errors are `{ statusCode, message, fields }` (the SaveResult shape, REST API
 * Developer Guide, "sObject Collections"), not the `errorCode` of a failed call's body.
 */
export interface SaveError {
    statusCode: string;
    message: string;
    fields: string[];
}

export interface SaveResult {
    id?: string | null;
    success: boolean;
    errors: SaveError[];
    created?: boolean;
}

export interface SaveOutcome {
    id?: string;
    created?: boolean;
}

const ROLLED_BACK: SaveError = {
    statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
    message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
    fields: []
};

export function saveErrorFor(error: unknown): SaveError {
    if (error instanceof SalesforceError) {
        return { statusCode: error.errorCode, message: error.message, fields: error.fields };
    }
    return {
        statusCode: 'UNKNOWN_EXCEPTION',
        message: error instanceof Error ? error.message : String(error),
        fields: []
    };
}

type Attempt = { ok: true; outcome: SaveOutcome } | { ok: false; error: SaveError };

/** Thrown inside the transaction only to undo it; never leaves this module. */
class RollBack extends Error {}

/**
 * Saves each item with `save` and returns one result per item, in order. `knownId` gives the
 * record's Id where the request names it (update, delete), so a failed result still carries it.
 */
export function saveEach<T>(
    org: OrgData,
    items: T[],
    allOrNone: boolean,
    save: (item: T) => SaveOutcome,
    knownId: (item: T) => string | undefined = () => undefined
): SaveResult[] {
    const attempt = (item: T): Attempt => {
        try {
            return { ok: true, outcome: save(item) };
        } catch (error) {
            return { ok: false, error: saveErrorFor(error) };
        }
    };
    let attempts: Attempt[] = [];
    if (allOrNone) {
        try {
            org.transaction(() => {
                attempts = items.map(attempt);
                if (attempts.some((one) => !one.ok)) {
                    throw new RollBack();
                }
            });
        } catch (error) {
            if (!(error instanceof RollBack)) {
                throw error;
            }
        }
    } else {
        // One transaction per record, so a record that fails half-way leaves nothing behind.
        attempts = items.map((item) => {
            try {
                return { ok: true, outcome: org.transaction(() => save(item)) };
            } catch (error) {
                return { ok: false, error: saveErrorFor(error) };
            }
        });
    }
    const anyFailed = attempts.some((one) => !one.ok);
    return attempts.map((one, index) => {
        const id = knownId(items[index]);
        if (!one.ok) {
            return id === undefined
                ? { success: false, errors: [one.error] }
                : { id, success: false, errors: [one.error] };
        }
        if (allOrNone && anyFailed) {
            return { id: id ?? null, success: false, errors: [ROLLED_BACK] };
        }
        const result: SaveResult = { id: one.outcome.id ?? id ?? null, success: true, errors: [] };
        if (one.outcome.created !== undefined) {
            result.created = one.outcome.created;
        }
        return result;
    });
}
