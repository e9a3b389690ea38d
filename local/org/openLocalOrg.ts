import { randomBytes } from 'node:crypto';
import type { EvaluationOptions, SObjectRecord } from '../formulas';
import { toId18 } from '../ids/salesforceIds';
import { OrgSecurity, type CallerAccess } from '../security';
import { runSoql } from '../soql';
import { openStore, readOrgSchema, type Store, type StoredObject } from '../store';
import { describeGlobal, describeSObject } from './describe';
import type { Caller, CallerGrants, OrgData, OrgUser, QueryOptions, QueryPage, UpsertOutcome } from './orgData';
import { orgUsers, seedOrg, signIn, userForToken } from './orgUsers';
import { RecordReader } from './recordReader';
import { readRecordFlows } from './recordFlows';
import { SaveEngine, type SaveActor } from './saveEngine';
import { SalesforceError } from './salesforceError';

export interface LocalOrgOptions {
    /** The SQLite file (created when missing). */
    dbPath: string;
    /** The package source, `force-app/main/default`. */
    sourceDir: string;
    /** The org's clock; NOW(), TODAY(), date literals and system dates read it. */
    clock?: () => Date;
}

export const API_VERSION = '65.0';
const DEFAULT_PAGE_SIZE = 2000;

interface Cursor {
    userId: string;
    records: SObjectRecord[];
    totalSize: number;
    pageSize: number;
}

/**
 * Opens the local org over `dbPath`: reads the package metadata, brings the store up to it,
 * creates the administrator and personas on first open, and answers OrgData calls with the
 * platform's enforcement. Refuses to open when the package has automation it cannot run.
 */
export function openLocalOrg(options: LocalOrgOptions): OrgData {
    const clock = options.clock ?? (() => new Date());
    const schema = readOrgSchema(options.sourceDir);
    const flows = readRecordFlows(schema);
    const store: Store = openStore(options.dbPath, schema);
    const security = new OrgSecurity(store);
    let evaluationUser: SaveActor | null = null;
    const evaluationOptions = (): EvaluationOptions => {
        const now = clock().toISOString();
        if (!evaluationUser) {
            return { now };
        }
        const userObject = schema.objects.get('user') as StoredObject;
        const row = reader.row(userObject, evaluationUser.userId, store.reader);
        return {
            now,
            user: row ? reader.evaluationRecord(userObject, row, store.reader) : { Id: evaluationUser.userId },
            permissions: evaluationUser.access?.customPermissions ?? []
        };
    };
    const reader = new RecordReader(store, evaluationOptions);
    const engine = new SaveEngine(store, security, reader, flows, clock);
    seedOrg(store, security, clock);
    store.db.function('verity_formula', { deterministic: false, varargs: false }, (objectName, fieldName, id) =>
        id === null
            ? null
            : (reader.formulaById(String(objectName), String(fieldName), String(id)) as string | number | null)
    );
    const cursors = new Map<string, Cursor>();

    const accessOf = (caller: Caller): CallerAccess => {
        const access = security.accessFor(caller.userId);
        if (!access) {
            throw new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
        }
        return access;
    };
    const actorOf = (caller: Caller): SaveActor => ({ userId: caller.userId, access: accessOf(caller) });
    /** Formulas computed while answering see this caller as $User. */
    const asCaller = <T>(caller: Caller, work: () => T): T => {
        const previous = evaluationUser;
        evaluationUser = actorOf(caller);
        try {
            return work();
        } finally {
            evaluationUser = previous;
        }
    };
    const readableObject = (access: CallerAccess, type: string): StoredObject => {
        const object = schema.objects.get(String(type).toLowerCase());
        if (!object || !access.canReadObject(object.name)) {
            throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
        }
        return object;
    };
    const page = (locator: string, cursor: Cursor, offset: number): QueryPage => {
        const end = offset + cursor.pageSize;
        const done = end >= cursor.records.length;
        const result: QueryPage = {
            totalSize: cursor.totalSize,
            done,
            records: cursor.records.slice(offset, end)
        };
        if (done) {
            cursors.delete(locator);
        } else {
            result.nextRecordsUrl = `/services/data/v${API_VERSION}/query/${locator}-${end}`;
        }
        return result;
    };

    return {
        apiVersion: API_VERSION,
        sourceDir: options.sourceDir,

        callerForToken(token: string): Caller | null {
            const userId = typeof token === 'string' && token !== '' ? userForToken(store, token) : undefined;
            return userId ? { userId } : null;
        },

        users(): OrgUser[] {
            return orgUsers(store);
        },

        signIn(username: string): OrgUser | undefined {
            return signIn(store, username);
        },

        callerGrants(caller: Caller): CallerGrants {
            const access = accessOf(caller);
            return { profile: access.profile, permissionSets: [...access.permissionSets] };
        },

        describeGlobal(caller: Caller): unknown {
            return describeGlobal(store, accessOf(caller), API_VERSION);
        },

        describeSObject(caller: Caller, type: string): unknown {
            const access = accessOf(caller);
            return describeSObject(store, access, readableObject(access, type), API_VERSION);
        },

        retrieve(caller: Caller, type: string, id: string, fields?: string[]): SObjectRecord {
            const access = accessOf(caller);
            const object = readableObject(access, type);
            const id18 = toId18(String(id));
            const row = id18 === null ? undefined : reader.row(object, id18);
            if (!row || !access.canAccessRecord(object.name, id18 as string, 'read')) {
                throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
            }
            if (row.IsDeleted === 1) {
                throw new SalesforceError(404, 'ENTITY_IS_DELETED', 'entity is deleted');
            }
            let only: Set<string> | undefined;
            if (fields && fields.length > 0) {
                only = new Set();
                for (const name of fields) {
                    const field = object.fieldMap.get(name.trim().toLowerCase());
                    if (!field || !access.fieldAccess(object, field).readable) {
                        throw new SalesforceError(
                            400,
                            'INVALID_FIELD',
                            `No such column '${name.trim()}' on entity '${object.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
                        );
                    }
                    only.add(field.name.toLowerCase());
                }
            }
            return asCaller(caller, () =>
                reader.apiRecord(object, row, API_VERSION, (field) => access.fieldAccess(object, field).readable, only)
            );
        },

        createDefaults(caller: Caller, type: string): Record<string, unknown> {
            return engine.createDefaults(actorOf(caller), type);
        },

        create(caller: Caller, type: string, values: Record<string, unknown>): string {
            return engine.create(actorOf(caller), type, values);
        },

        update(caller: Caller, type: string, id: string, values: Record<string, unknown>): void {
            engine.update(actorOf(caller), type, id, values);
        },

        remove(caller: Caller, type: string, id: string): void {
            engine.remove(actorOf(caller), type, id);
        },

        upsert(
            caller: Caller,
            type: string,
            externalIdField: string,
            externalIdValue: string,
            values: Record<string, unknown>
        ): UpsertOutcome {
            return engine.upsert(actorOf(caller), type, externalIdField, externalIdValue, values);
        },

        query(caller: Caller, soql: string, queryOptions: QueryOptions = {}): QueryPage {
            const access = accessOf(caller);
            const pageSize = queryOptions.pageSize ?? DEFAULT_PAGE_SIZE;
            if (!Number.isInteger(pageSize) || pageSize < 1) {
                throw new RangeError(`A query page holds a whole number of records from 1, got ${pageSize}.`);
            }
            const result = asCaller(caller, () =>
                runSoql(soql, {
                    db: store.db,
                    schema: schema.packageSchema,
                    apiVersion: API_VERSION,
                    now: clock(),
                    includeDeleted: queryOptions.includeDeleted === true,
                    access
                })
            );
            const locator = `01g5L${randomBytes(8).toString('hex').slice(0, 10)}`;
            const cursor: Cursor = {
                userId: caller.userId,
                records: result.records,
                totalSize: result.totalSize,
                pageSize
            };
            cursors.set(locator, cursor);
            return page(locator, cursor, 0);
        },

        queryMore(caller: Caller, locator: string): QueryPage {
            const match = /^(?:.*\/)?([0-9A-Za-z]+)-(\d+)$/.exec(String(locator));
            const cursor = match ? cursors.get(match[1]) : undefined;
            const offset = match ? Number(match[2]) : NaN;
            if (!match || !cursor || cursor.userId !== caller.userId || offset >= cursor.records.length) {
                throw new SalesforceError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
            }
            return page(match[1], cursor, offset);
        },

        transaction<T>(work: () => T): T {
            return engine.transaction(work);
        },

        close(): void {
            cursors.clear();
            store.close();
        }
    };
}
