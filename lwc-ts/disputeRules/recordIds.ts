/**
 * Record ids as the disputes compare and key them. The platform hands out 18-character ids;
 * `@salesforce/user/Id` and stored values may carry the 15-character form, which names the same
 * record (its first 15 characters, case-sensitive).
 */

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The same record, whichever form each id has; false when either is blank. */
export function sameRecordId(a: string | null | undefined, b: string | null | undefined): boolean {
    if (!a || !b || !ID_PATTERN.test(a) || !ID_PATTERN.test(b)) {
        return false;
    }
    return a.slice(0, 15) === b.slice(0, 15);
}

function requireCaseSafeId(id: string, what: string): string {
    if (!/^[a-zA-Z0-9]{18}$/.test(id)) {
        throw new RangeError(`The ${what} id must have 18 characters, got "${id}".`);
    }
    return id;
}

/**
 * Dispute_Item__c.Item_Key__c: the dispute id and the response id (18 characters each) joined by
 * ":", so an answer is disputed once per dispute (Dispute_Item_Key_Matches).
 */
export function disputeItemKey(disputeId: string, responseId: string): string {
    return `${requireCaseSafeId(disputeId, 'dispute')}:${requireCaseSafeId(responseId, 'response')}`;
}
