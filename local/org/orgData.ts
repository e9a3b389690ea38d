import type { SObjectRecord } from '../formulas';

/**
 * The contract between the local org's data engine (storage, enforcement, SOQL, security) and its
 * HTTP API. The API authenticates the request, then calls only this; every refusal is thrown as
 * a SalesforceError (./salesforceError) that the API turns into the documented response.
 */

/** Who a request runs as: the user its bearer token belongs to. */
export interface Caller {
    readonly userId: string;
}

/** One page of a query: the REST `query` response body. */
export interface QueryPage {
    totalSize: number;
    done: boolean;
    /** Each record carries `attributes: { type, url }`; parents nest as objects, child subqueries as QueryPages. */
    records: SObjectRecord[];
    /** `/services/data/vNN.0/query/<locator>-<offset>` while more pages remain. */
    nextRecordsUrl?: string;
}

export interface UpsertOutcome {
    id: string;
    created: boolean;
}

export interface OrgUser {
    username: string;
    id: string;
    accessToken: string;
    /** The persona it stands for: admin, evaluator, agent, qaManager, qaAdmin, … */
    persona: string;
    permissionSets: string[];
}

/** What the caller holds: the navigation (apps and tabs) of Lightning Experience follows it. */
export interface CallerGrants {
    /** "System Administrator" or "Standard User". */
    profile: string;
    /** The names of the permission sets assigned to the caller. */
    permissionSets: string[];
}

export interface QueryOptions {
    /** queryAll: deleted records (IsDeleted = true) are included. */
    includeDeleted?: boolean;
    /** Records per page; Salesforce's default and the local org's is 2,000. */
    pageSize?: number;
}

export interface OrgData {
    /** "65.0": the API version the org serves (and the versions list advertises). */
    readonly apiVersion: string;
    /** The package source the org obeys (`force-app/main/default`): the UI API reads its layouts, list views and apps. */
    readonly sourceDir: string;

    /** The user a bearer token belongs to, or null (the API answers INVALID_SESSION_ID, 401). */
    callerForToken(token: string): Caller | null;

    /** The org's users with their access tokens, for `.local/org.json` (the admin first). */
    users(): OrgUser[];

    /** Signs an active user in (the preview acts as anyone): their session, or undefined for an unknown username. */
    signIn(username: string): OrgUser | undefined;

    /** The caller's profile and permission sets, for the UI API's apps and navigation items. */
    callerGrants(caller: Caller): CallerGrants;

    /** GET /sobjects: the describe-global body ({ encoding, maxBatchSize, sobjects: [...] }), per the caller's access. */
    describeGlobal(caller: Caller): unknown;
    /** GET /sobjects/<Type>/describe: the describe body (fields, picklist values, relationships, createable/updateable per the caller). */
    describeSObject(caller: Caller, type: string): unknown;

    /** GET /sobjects/<Type>/<Id>[?fields=a,b]: the record with `attributes`. */
    retrieve(caller: Caller, type: string, id: string, fields?: string[]): SObjectRecord;
    /**
     * The values a new record of the object starts with when the caller creates it now, before their
     * own: default values (formulas evaluated as the caller, `$CustomMetadata` included), picklist
     * defaults, unchecked checkboxes and the caller as owner; only the fields they read, as the REST
     * API gives values. Refused as a create is (INSUFFICIENT_ACCESS_OR_READONLY) when they may not
     * create the object.
     */
    createDefaults(caller: Caller, type: string): Record<string, unknown>;
    /** POST /sobjects/<Type>: the new record's 18-character Id. */
    create(caller: Caller, type: string, values: Record<string, unknown>): string;
    /** PATCH /sobjects/<Type>/<Id>. */
    update(caller: Caller, type: string, id: string, values: Record<string, unknown>): void;
    /** DELETE /sobjects/<Type>/<Id> (to the recycle bin: IsDeleted, still visible to queryAll). */
    remove(caller: Caller, type: string, id: string): void;
    /** PATCH /sobjects/<Type>/<ExternalIdField>/<Value>: created (201) or updated (200). */
    upsert(
        caller: Caller,
        type: string,
        externalIdField: string,
        externalIdValue: string,
        values: Record<string, unknown>
    ): UpsertOutcome;

    /** GET /query?q= and /queryAll?q=: the first page. */
    query(caller: Caller, soql: string, options?: QueryOptions): QueryPage;
    /** GET /query/<locator>-<offset>: a later page; the locator stays valid until the last page is read. */
    queryMore(caller: Caller, locator: string): QueryPage;

    /**
     * Runs `work` in one database transaction: when it throws, nothing it did stays (composite
     * allOrNone, a failed save's roll-ups and history). Nested calls join the outer transaction.
     */
    transaction<T>(work: () => T): T;

    close(): void;
}
