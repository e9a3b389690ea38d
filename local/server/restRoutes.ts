import type { Caller, OrgData } from '../org/orgData';
import { SalesforceError } from '../org/salesforceError';
import {
    fieldValues,
    jsonObjectBody,
    jsonResponse,
    methodNotAllowed,
    NO_CONTENT,
    notFound,
    type ApiRequest,
    type ApiResponse
} from './apiExchange';
import type { BulkJobs } from './bulkJobs';
import { compositeRoute } from './compositeRequest';
import { graphqlRoute } from './graphqlRoute';
import { orgLimits } from './orgLimits';
import { sobjectCollectionsRoute } from './sobjectCollections';
import { uiApiRoute } from './uiApi/uiApiRoute';

/** What every route needs: the org, who is calling, and a way to run another request (composite). */
export interface RouteContext {
    org: OrgData;
    caller: Caller;
    bulk: BulkJobs;
    /** API requests served so far, for `/limits`. */
    requestCount: number;
    /** Runs a request through the routes as the same caller (composite subrequests); errors become responses. */
    dispatch(request: ApiRequest, forceAllOrNone?: boolean): ApiResponse;
    /** Set inside a composite request with allOrNone: collections inside it are all-or-none too. */
    forceAllOrNone?: boolean;
}

/** The path of a record, as `attributes.url` and the composite `Location` header give it. */
export function recordPath(version: string, type: string, id: string): string {
    return `/services/data/v${version}/sobjects/${type}/${id}`;
}

/** A SOQL string literal: backslash and quote escaped (SOQL and SOSL Reference, "Quoted String Escape Sequences"). */
export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function allow(request: ApiRequest, allowed: string[]): void {
    if (!allowed.includes(request.method)) {
        throw methodNotAllowed(request.method, allowed);
    }
}

/** The resources of one version (`GET /services/data/vNN.0`): what the local org serves. */
function resourcesBody(version: string): Record<string, string> {
    const base = `/services/data/v${version}`;
    return {
        sobjects: `${base}/sobjects`,
        query: `${base}/query`,
        queryAll: `${base}/queryAll`,
        limits: `${base}/limits`,
        composite: `${base}/composite`,
        graphql: `${base}/graphql`,
        jobs: `${base}/jobs`,
        'ui-api': `${base}/ui-api`
    };
}

/** Every route under `/services/data/vNN.0/`; throws SalesforceError for what it refuses. */
export function routeApiRequest(request: ApiRequest, context: RouteContext): ApiResponse {
    const [resource, ...rest] = request.segments;
    switch (resource) {
        case undefined:
            allow(request, ['GET']);
            return jsonResponse(200, resourcesBody(request.version));
        case 'limits':
            if (rest.length > 0) {
                throw notFound();
            }
            allow(request, ['GET']);
            return jsonResponse(200, orgLimits(context.requestCount));
        case 'sobjects':
            return sobjectRoute(request, rest, context);
        case 'query':
        case 'queryAll':
            return queryRoute(request, rest, context, resource === 'queryAll');
        case 'composite':
            if (rest.length === 0) {
                return compositeRoute(request, context);
            }
            if (rest[0] === 'sobjects') {
                return sobjectCollectionsRoute(request, rest.slice(1), context);
            }
            throw notFound();
        case 'graphql':
            if (rest.length > 0) {
                throw notFound();
            }
            return graphqlRoute(request, context);
        case 'jobs':
            return context.bulk.route(request, rest, context.caller);
        case 'ui-api':
            return uiApiRoute(request, context);
        default:
            throw notFound();
    }
}

function sobjectRoute(request: ApiRequest, rest: string[], context: RouteContext): ApiResponse {
    const { org, caller } = context;
    if (rest.length === 0) {
        allow(request, ['GET']);
        return jsonResponse(200, org.describeGlobal(caller));
    }
    const [type, ...tail] = rest;
    if (tail.length === 0) {
        allow(request, ['GET', 'POST']);
        if (request.method === 'GET') {
            return jsonResponse(200, basicInfo(org, caller, type));
        }
        const values = fieldValues(jsonObjectBody(request));
        const id = org.transaction(() => org.create(caller, type, values));
        return jsonResponse(201, { id, success: true, errors: [] });
    }
    if (tail.length === 1 && tail[0] === 'describe') {
        allow(request, ['GET']);
        return jsonResponse(200, org.describeSObject(caller, type));
    }
    if (tail.length === 1) {
        const id = tail[0];
        allow(request, ['GET', 'PATCH', 'DELETE']);
        if (request.method === 'GET') {
            const fields = request.query.get('fields');
            const fieldList = fields ? fields.split(',').map((field) => field.trim()) : undefined;
            return jsonResponse(200, org.retrieve(caller, type, id, fieldList));
        }
        if (request.method === 'PATCH') {
            const values = fieldValues(jsonObjectBody(request), ['Id']);
            org.transaction(() => org.update(caller, type, id, values));
            return NO_CONTENT;
        }
        org.transaction(() => org.remove(caller, type, id));
        return NO_CONTENT;
    }
    if (tail.length === 2) {
        const [externalIdField, externalIdValue] = tail;
        allow(request, ['GET', 'PATCH', 'DELETE']);
        if (request.method === 'PATCH') {
            const values = fieldValues(jsonObjectBody(request), [externalIdField]);
            // One transaction per save: a refused save leaves nothing half-written.
            const outcome = org.transaction(() => org.upsert(caller, type, externalIdField, externalIdValue, values));
            return jsonResponse(outcome.created ? 201 : 200, {
                id: outcome.id,
                success: true,
                errors: [],
                created: outcome.created
            });
        }
        const id = idForExternalId(context, type, externalIdField, externalIdValue);
        if (request.method === 'GET') {
            return jsonResponse(200, org.retrieve(caller, type, id));
        }
        org.transaction(() => org.remove(caller, type, id));
        return NO_CONTENT;
    }
    throw notFound();
}

/** `GET /sobjects/<Type>`: `{ objectDescribe, recentItems }`, the describe-global entry of the object. */
function basicInfo(org: OrgData, caller: Caller, type: string): unknown {
    const global = org.describeGlobal(caller) as { sobjects?: { name: string }[] };
    const entry = (global.sobjects ?? []).find((sobject) => sobject.name.toLowerCase() === type.toLowerCase());
    if (!entry) {
        throw notFound();
    }
    return { objectDescribe: entry, recentItems: [] };
}

/** The one record whose external ID is the value; several are a 300 in Salesforce, refused here the same way. */
function idForExternalId(context: RouteContext, type: string, field: string, value: string): string {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(field) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(type)) {
        throw notFound();
    }
    const page = context.org.query(context.caller, `SELECT Id FROM ${type} WHERE ${field} = ${soqlString(value)}`);
    if (page.records.length === 0) {
        throw notFound();
    }
    if (page.records.length > 1) {
        throw new SalesforceError(300, 'MULTIPLE_CHOICES', `More than one record has ${field} = ${value}.`);
    }
    return String(page.records[0].Id);
}

function queryRoute(request: ApiRequest, rest: string[], context: RouteContext, includeDeleted: boolean): ApiResponse {
    allow(request, ['GET']);
    if (rest.length === 1) {
        return jsonResponse(200, context.org.queryMore(context.caller, rest[0]));
    }
    if (rest.length > 1) {
        throw notFound();
    }
    const soql = request.query.get('q');
    if (soql === null || soql.trim() === '') {
        throw new SalesforceError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    }
    return jsonResponse(200, context.org.query(context.caller, soql, includeDeleted ? { includeDeleted } : {}));
}
