import { SalesforceError } from '../org/salesforceError';
import {
    fieldValues,
    isTrue,
    jsonBody,
    jsonResponse,
    methodNotAllowed,
    notFound,
    type ApiRequest,
    type ApiResponse
} from './apiExchange';
import type { RouteContext } from './restRoutes';
import { saveEach } from './saveResults';

/**
 * sObject Collections (`/composite/sobjects`, REST API Developer Guide): create (POST), update
 * (PATCH), delete (DELETE `?ids=&allOrNone=`) up to 200 records; retrieve (GET or POST
 * `/composite/sobjects/<Type>`) up to 2,000; upsert (PATCH `/composite/sobjects/<Type>/<ExternalIdField>`).
 */
const MAX_SAVE_RECORDS = 200;
const MAX_RETRIEVE_IDS = 2000;

interface CollectionBody {
    allOrNone: boolean;
    records: Record<string, unknown>[];
}

function collectionBody(request: ApiRequest, context: RouteContext): CollectionBody {
    const body = jsonBody(request) as { allOrNone?: unknown; records?: unknown } | undefined;
    if (!body || typeof body !== 'object' || !Array.isArray(body.records)) {
        throw new SalesforceError(400, 'JSON_PARSER_ERROR', 'The request body must be an object with a records list.');
    }
    if (body.records.length > MAX_SAVE_RECORDS) {
        throw new SalesforceError(
            400,
            'EXCEEDED_ID_LIMIT',
            `record limit reached. cannot submit more than ${MAX_SAVE_RECORDS} records into this call`
        );
    }
    for (const record of body.records) {
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            throw new SalesforceError(400, 'JSON_PARSER_ERROR', 'Each entry of records must be a JSON object.');
        }
    }
    // A composite request with allOrNone makes every collection inside it all-or-none too.
    const allOrNone = context.forceAllOrNone === true || isTrue(body.allOrNone);
    return { allOrNone, records: body.records as Record<string, unknown>[] };
}

function recordType(record: Record<string, unknown>): string {
    const attributes = record.attributes as { type?: unknown } | undefined;
    if (!attributes || typeof attributes.type !== 'string' || attributes.type === '') {
        throw new SalesforceError(400, 'INVALID_TYPE', 'Each record needs attributes with its sObject type.');
    }
    return attributes.type;
}

function recordId(record: Record<string, unknown>): string | undefined {
    const id = record.id ?? record.Id;
    return typeof id === 'string' && id !== '' ? id : undefined;
}

export function sobjectCollectionsRoute(request: ApiRequest, rest: string[], context: RouteContext): ApiResponse {
    const { org, caller } = context;
    if (rest.length === 0) {
        if (request.method === 'POST') {
            const { allOrNone, records } = collectionBody(request, context);
            return jsonResponse(
                200,
                saveEach(org, records, allOrNone, (record) => {
                    if (recordId(record) !== undefined) {
                        throw new SalesforceError(400, 'INVALID_FIELD', 'cannot specify Id in an insert call', ['Id']);
                    }
                    return { id: org.create(caller, recordType(record), fieldValues(record, ['Id'])) };
                })
            );
        }
        if (request.method === 'PATCH') {
            const { allOrNone, records } = collectionBody(request, context);
            return jsonResponse(
                200,
                saveEach(
                    org,
                    records,
                    allOrNone,
                    (record) => {
                        const id = recordId(record);
                        if (id === undefined) {
                            throw new SalesforceError(400, 'MISSING_ARGUMENT', 'Id not specified in an update call');
                        }
                        org.update(caller, recordType(record), id, fieldValues(record, ['Id']));
                        return { id };
                    },
                    recordId
                )
            );
        }
        if (request.method === 'DELETE') {
            return deleteRecords(request, context);
        }
        throw methodNotAllowed(request.method, ['POST', 'PATCH', 'DELETE']);
    }
    const [type, externalIdField, ...more] = rest;
    if (more.length > 0) {
        throw notFound();
    }
    if (externalIdField === undefined) {
        if (request.method !== 'GET' && request.method !== 'POST') {
            throw methodNotAllowed(request.method, ['GET', 'POST']);
        }
        return retrieveRecords(request, type, context);
    }
    if (request.method !== 'PATCH') {
        throw methodNotAllowed(request.method, ['PATCH']);
    }
    const { allOrNone, records } = collectionBody(request, context);
    return jsonResponse(
        200,
        saveEach(org, records, allOrNone, (record) => {
            const value = Object.entries(record).find(([name]) => name.toLowerCase() === externalIdField.toLowerCase());
            if (!value || value[1] === null || value[1] === undefined || value[1] === '') {
                throw new SalesforceError(
                    400,
                    'MISSING_ARGUMENT',
                    `${externalIdField} not specified in an upsert call`,
                    [externalIdField]
                );
            }
            const recordTypeName = recordType(record);
            if (recordTypeName.toLowerCase() !== type.toLowerCase()) {
                throw new SalesforceError(400, 'INVALID_TYPE', `The record's type ${recordTypeName} is not ${type}.`);
            }
            const values = fieldValues(record, [externalIdField, 'Id']);
            return org.upsert(caller, type, externalIdField, String(value[1]), values);
        })
    );
}

/** DELETE `?ids=a,b&allOrNone=true`: the type of each record comes from its ID's key prefix. */
function deleteRecords(request: ApiRequest, context: RouteContext): ApiResponse {
    const { org, caller } = context;
    const ids = (request.query.get('ids') ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
    if (ids.length === 0) {
        throw new SalesforceError(400, 'MISSING_ARGUMENT', 'ids: Provide at least one ID to delete.');
    }
    if (ids.length > MAX_SAVE_RECORDS) {
        throw new SalesforceError(
            400,
            'EXCEEDED_ID_LIMIT',
            `record limit reached. cannot submit more than ${MAX_SAVE_RECORDS} records into this call`
        );
    }
    const global = org.describeGlobal(caller) as { sobjects?: { name: string; keyPrefix?: string | null }[] };
    const typeByPrefix = new Map<string, string>();
    for (const sobject of global.sobjects ?? []) {
        if (sobject.keyPrefix) {
            typeByPrefix.set(sobject.keyPrefix, sobject.name);
        }
    }
    const allOrNone = context.forceAllOrNone === true || isTrue(request.query.get('allOrNone'));
    return jsonResponse(
        200,
        saveEach(
            org,
            ids,
            allOrNone,
            (id) => {
                const type = typeByPrefix.get(id.slice(0, 3));
                if (!/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(id) || type === undefined) {
                    throw new SalesforceError(400, 'MALFORMED_ID', `malformed id ${id}`, ['Id']);
                }
                org.remove(caller, type, id);
                return { id };
            },
            (id) => id
        )
    );
}

/** Retrieve up to 2,000 records of one type: a list in the order asked, null where an ID finds nothing. */
function retrieveRecords(request: ApiRequest, type: string, context: RouteContext): ApiResponse {
    let ids: string[];
    let fields: string[];
    if (request.method === 'GET') {
        ids = (request.query.get('ids') ?? '').split(',').filter((id) => id !== '');
        fields = (request.query.get('fields') ?? '').split(',').filter((field) => field !== '');
    } else {
        const body = jsonBody(request) as { ids?: unknown; fields?: unknown } | undefined;
        ids = Array.isArray(body?.ids) ? body.ids.map(String) : [];
        fields = Array.isArray(body?.fields) ? body.fields.map(String) : [];
    }
    if (ids.length === 0 || fields.length === 0) {
        throw new SalesforceError(400, 'MISSING_ARGUMENT', 'Both ids and fields are required.');
    }
    if (ids.length > MAX_RETRIEVE_IDS) {
        throw new SalesforceError(
            400,
            'EXCEEDED_ID_LIMIT',
            `record limit reached. cannot submit more than ${MAX_RETRIEVE_IDS} records into this call`
        );
    }
    const records = ids.map((id) => {
        try {
            return context.org.retrieve(context.caller, type, id, fields);
        } catch (error) {
            if (error instanceof SalesforceError && error.status === 404 && error.errorCode === 'NOT_FOUND') {
                return null;
            }
            throw error;
        }
    });
    return jsonResponse(200, records);
}
