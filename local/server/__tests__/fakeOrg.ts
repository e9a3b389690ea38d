import { parseQuery, type Query, type WhereClause } from '@jetstreamapp/soql-parser-js';
import type { SObjectRecord } from '../../formulas';
import { recordId } from '../../ids/salesforceIds';
import type { Caller, CallerGrants, OrgData, OrgUser, QueryOptions, QueryPage, UpsertOutcome } from '../../org/orgData';
import { SalesforceError } from '../../org/salesforceError';

/**
 * A small in-memory OrgData for the route tests: two objects, two users, real transactions
 * (a snapshot restored when the work throws) and a SOQL subset (field lists with parent paths,
 * AND-ed comparisons, IN, ORDER BY one field, LIMIT, COUNT()). It records every SOQL it is asked,
 * so tests can check what the GraphQL endpoint compiles.
 */
interface FakeField {
    name: string;
    type: string;
    referenceTo?: string[];
    relationshipName?: string;
    picklistValues?: { value: string; label: string; active: boolean }[];
    externalId?: boolean;
    required?: boolean;
}

interface FakeObject {
    name: string;
    keyPrefix: string;
    fields: FakeField[];
}

export const ADMIN_TOKEN = 'admin-token';
export const READER_TOKEN = 'reader-token';
export const ADMIN_ID = recordId('005', 1);
export const READER_ID = recordId('005', 2);

const OBJECTS: FakeObject[] = [
    {
        name: 'Widget__c',
        keyPrefix: 'a00',
        fields: [
            { name: 'Id', type: 'id' },
            { name: 'Name', type: 'string', required: true },
            { name: 'Code__c', type: 'string', externalId: true },
            { name: 'Count__c', type: 'double' },
            { name: 'Active__c', type: 'boolean' },
            {
                name: 'Kind__c',
                type: 'picklist',
                picklistValues: [
                    { value: 'Small', label: 'Small one', active: true },
                    { value: 'Large', label: 'Large one', active: true }
                ]
            },
            { name: 'Made_On__c', type: 'date' },
            { name: 'Parent__c', type: 'reference', referenceTo: ['Widget__c'], relationshipName: 'Parent__r' },
            { name: 'CreatedDate', type: 'datetime' },
            { name: 'IsDeleted', type: 'boolean' }
        ]
    },
    {
        name: 'Account',
        keyPrefix: '001',
        fields: [
            { name: 'Id', type: 'id' },
            { name: 'Name', type: 'string', required: true },
            { name: 'IsDeleted', type: 'boolean' }
        ]
    }
];

type Store = Record<string, Record<string, SObjectRecord>>;

function stripQuotes(value: string): unknown {
    if (/^'.*'$/.test(value)) {
        return value.slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, '\\');
    }
    if (/^(true|false)$/i.test(value)) {
        return value.toLowerCase() === 'true';
    }
    if (value.toLowerCase() === 'null') {
        return null;
    }
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** Only the fake's admin writes: everyone else is refused as the platform refuses a write without access. */
function refuseAllButAdmin(caller: Caller): void {
    if (caller.userId !== ADMIN_ID) {
        throw new SalesforceError(400, 'INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id');
    }
}

export class FakeOrg implements OrgData {
    readonly apiVersion = '65.0';
    /** No package source: the UI API finds no layouts, list views or apps. */
    readonly sourceDir = '';
    readonly soql: string[] = [];
    pageSize = 2000;
    private store: Store = { Widget__c: {}, Account: {} };
    private sequence = 0;
    private depth = 0;
    private cursors = new Map<string, SObjectRecord[]>();

    callerForToken(token: string): Caller | null {
        if (token === ADMIN_TOKEN) {
            return { userId: ADMIN_ID };
        }
        return token === READER_TOKEN ? { userId: READER_ID } : null;
    }

    users(): OrgUser[] {
        return [
            {
                username: 'admin@verity.local',
                id: ADMIN_ID,
                accessToken: ADMIN_TOKEN,
                persona: 'admin',
                permissionSets: []
            },
            {
                username: 'reader@verity.local',
                id: READER_ID,
                accessToken: READER_TOKEN,
                persona: 'agent',
                permissionSets: []
            }
        ];
    }

    signIn(username: string): OrgUser | undefined {
        return this.users().find((user) => user.username === username);
    }

    callerGrants(caller: Caller): CallerGrants {
        return { profile: caller.userId === ADMIN_ID ? 'System Administrator' : 'Standard User', permissionSets: [] };
    }

    private object(type: string): FakeObject {
        const found = OBJECTS.find((object) => object.name.toLowerCase() === type.toLowerCase());
        if (!found) {
            throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
        }
        return found;
    }

    describeGlobal(): unknown {
        return {
            encoding: 'UTF-8',
            maxBatchSize: 200,
            sobjects: OBJECTS.map((object) => ({ name: object.name, keyPrefix: object.keyPrefix, queryable: true }))
        };
    }

    describeSObject(caller: Caller, type: string): unknown {
        const object = this.object(type);
        return {
            name: object.name,
            keyPrefix: object.keyPrefix,
            fields: object.fields.map((field) => ({ ...field, createable: caller.userId === ADMIN_ID }))
        };
    }

    private checkValues(object: FakeObject, values: Record<string, unknown>): void {
        for (const name of Object.keys(values)) {
            if (!object.fields.some((field) => field.name === name)) {
                throw new SalesforceError(
                    400,
                    'INVALID_FIELD',
                    `No such column '${name}' on sobject of type ${object.name}`,
                    [name]
                );
            }
        }
        const code = values.Code__c;
        if (code !== undefined && code !== null) {
            const clash = Object.values(this.store[object.name]).find(
                (record) => record.Code__c === code && record.Id !== values.Id
            );
            if (clash) {
                throw new SalesforceError(
                    400,
                    'DUPLICATE_VALUE',
                    `duplicate value found: Code__c duplicates value on record with id: ${clash.Id}`,
                    ['Code__c']
                );
            }
        }
    }

    private record(type: string, id: string): SObjectRecord {
        const object = this.object(type);
        const record = this.store[object.name][id];
        if (!record || record.IsDeleted) {
            throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
        }
        return record;
    }

    retrieve(_caller: Caller, type: string, id: string, fields?: string[]): SObjectRecord {
        const object = this.object(type);
        const record = this.record(type, id);
        const names = fields ?? object.fields.map((field) => field.name);
        const answer: SObjectRecord = {
            attributes: { type: object.name, url: `/services/data/v65.0/sobjects/${object.name}/${id}` }
        };
        for (const name of names) {
            if (!object.fields.some((field) => field.name === name)) {
                throw new SalesforceError(
                    400,
                    'INVALID_FIELD',
                    `No such column '${name}' on entity '${object.name}'.`,
                    [name]
                );
            }
            answer[name] = record[name] ?? null;
        }
        return answer;
    }

    /** The fake's objects have no default values: a new record starts blank, its checkboxes unchecked. */
    createDefaults(caller: Caller, type: string): Record<string, unknown> {
        const object = this.object(type);
        refuseAllButAdmin(caller);
        const platformSet = new Set(['Id', 'IsDeleted', 'CreatedDate']);
        return Object.fromEntries(
            object.fields
                .filter((field) => !platformSet.has(field.name))
                .map((field) => [field.name, field.type === 'boolean' ? false : null])
        );
    }

    create(caller: Caller, type: string, values: Record<string, unknown>): string {
        const object = this.object(type);
        refuseAllButAdmin(caller);
        this.checkValues(object, values);
        this.sequence += 1;
        const id = recordId(object.keyPrefix, this.sequence);
        // Written before it is checked, so only a transaction can undo a refused save.
        this.store[object.name][id] = {
            Id: id,
            IsDeleted: false,
            CreatedDate: '2024-05-01T10:00:00.000+0000',
            ...values
        };
        if (values.Name === undefined || values.Name === null || values.Name === '') {
            throw new SalesforceError(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', ['Name']);
        }
        return id;
    }

    update(caller: Caller, type: string, id: string, values: Record<string, unknown>): void {
        const object = this.object(type);
        const record = this.record(type, id);
        refuseAllButAdmin(caller);
        this.checkValues(object, { ...values, Id: id });
        Object.assign(record, values);
        if (record.Name === null || record.Name === '') {
            throw new SalesforceError(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', ['Name']);
        }
    }

    remove(caller: Caller, type: string, id: string): void {
        const record = this.record(type, id);
        refuseAllButAdmin(caller);
        record.IsDeleted = true;
    }

    upsert(caller: Caller, type: string, field: string, value: string, values: Record<string, unknown>): UpsertOutcome {
        const object = this.object(type);
        if (!object.fields.some((one) => one.name === field && one.externalId)) {
            throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
        }
        const existing = Object.values(this.store[object.name]).find(
            (record) => !record.IsDeleted && record[field] === value
        );
        if (existing) {
            this.update(caller, type, String(existing.Id), values);
            return { id: String(existing.Id), created: false };
        }
        return { id: this.create(caller, type, { ...values, [field]: value }), created: true };
    }

    private matches(record: SObjectRecord, clause: WhereClause | undefined): boolean {
        if (!clause) {
            return true;
        }
        const where = clause as { left: unknown; operator?: string; right?: WhereClause };
        if (where.operator && where.operator !== 'AND') {
            throw new SalesforceError(400, 'MALFORMED_QUERY', `The fake org does not support ${where.operator}`);
        }
        const left = where.left as { field?: string; operator?: string; value?: string | string[] };
        if (left.field) {
            const actual = this.path(record, left.field);
            const operator = left.operator;
            if (operator === 'IN') {
                if (!(left.value as string[]).map(stripQuotes).includes(actual)) {
                    return false;
                }
            } else {
                const expected = stripQuotes(left.value as string);
                const ok =
                    operator === '='
                        ? actual === expected
                        : operator === '!='
                          ? actual !== expected
                          : operator === '>'
                            ? (actual as number) > (expected as number)
                            : operator === '<'
                              ? (actual as number) < (expected as number)
                              : (() => {
                                    throw new SalesforceError(
                                        400,
                                        'MALFORMED_QUERY',
                                        `The fake org does not support ${operator}`
                                    );
                                })();
                if (!ok) {
                    return false;
                }
            }
        }
        return this.matches(record, where.right);
    }

    private path(record: SObjectRecord, path: string): unknown {
        const [first, ...rest] = path.split('.');
        if (rest.length === 0) {
            return record[first] ?? null;
        }
        const parentId = record[first.replace(/__r$/, '__c')];
        const parent = typeof parentId === 'string' ? this.store.Widget__c[parentId] : undefined;
        return parent ? this.path(parent, rest.join('.')) : null;
    }

    query(_caller: Caller, soql: string, options: QueryOptions = {}): QueryPage {
        this.soql.push(soql);
        let parsed: Query;
        try {
            parsed = parseQuery(soql);
        } catch (error) {
            throw new SalesforceError(400, 'MALFORMED_QUERY', (error as Error).message);
        }
        const object = this.object(parsed.sObject ?? '');
        let rows = Object.values(this.store[object.name]).filter(
            (record) => (options.includeDeleted || !record.IsDeleted) && this.matches(record, parsed.where)
        );
        const order = Array.isArray(parsed.orderBy) ? parsed.orderBy[0] : parsed.orderBy;
        if (order && 'field' in order && order.field) {
            const field = order.field;
            const sign = order.order === 'DESC' ? -1 : 1;
            rows = [...rows].sort(
                (a, b) => sign * String(this.path(a, field)).localeCompare(String(this.path(b, field)))
            );
        }
        if (parsed.limit !== undefined) {
            rows = rows.slice(0, parsed.limit);
        }
        const fields = (parsed.fields ?? []) as {
            type: string;
            field?: string;
            rawValue?: string;
            functionName?: string;
        }[];
        if (fields.some((field) => field.functionName === 'COUNT')) {
            return { totalSize: rows.length, done: true, records: [] };
        }
        const records = rows.map((row) => {
            const answer: SObjectRecord = {
                attributes: { type: object.name, url: `/services/data/v65.0/sobjects/${object.name}/${row.Id}` }
            };
            for (const field of fields) {
                const path = field.rawValue ?? field.field!;
                const parts = path.split('.');
                if (parts.length === 1) {
                    answer[path] = row[path] ?? null;
                } else {
                    const parentId = row[parts[0].replace(/__r$/, '__c')];
                    const parent = typeof parentId === 'string' ? this.store.Widget__c[parentId] : undefined;
                    answer[parts[0]] = parent
                        ? { attributes: { type: 'Widget__c', url: '' }, [parts[1]]: parent[parts[1]] ?? null }
                        : null;
                }
            }
            return answer;
        });
        return this.page(records, 0);
    }

    private page(records: SObjectRecord[], start: number): QueryPage {
        const slice = records.slice(start, start + this.pageSize);
        const done = start + slice.length >= records.length;
        const page: QueryPage = { totalSize: records.length, done, records: slice };
        if (!done) {
            const locator = `01g${this.cursors.size + 1}`;
            this.cursors.set(locator, records);
            page.nextRecordsUrl = `/services/data/v65.0/query/${locator}-${start + slice.length}`;
        }
        return page;
    }

    queryMore(_caller: Caller, locator: string): QueryPage {
        const [key, offset] = locator.split('-');
        const records = this.cursors.get(key);
        if (!records) {
            throw new SalesforceError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
        }
        return this.page(records, Number(offset));
    }

    transaction<T>(work: () => T): T {
        if (this.depth > 0) {
            return work();
        }
        const snapshot = structuredClone(this.store);
        const sequence = this.sequence;
        this.depth += 1;
        try {
            return work();
        } catch (error) {
            this.store = snapshot;
            this.sequence = sequence;
            throw error;
        } finally {
            this.depth -= 1;
        }
    }

    /** Test access to what is stored, deleted rows included. */
    rows(type: string): SObjectRecord[] {
        return Object.values(this.store[type]);
    }

    close(): void {}
}
