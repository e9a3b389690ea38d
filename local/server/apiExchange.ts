import { SalesforceError } from '../org/salesforceError';

/**
 * One API call as the routes see it, after the HTTP layer has checked the bearer token: the path
 * under `/services/data/vNN.0/` split into segments, the query string and the body. The same shape
 * serves a composite subrequest, so `/composite` can run its subrequests through the same routes.
 */
export interface ApiRequest {
    method: string;
    /** The API version the caller asked for ("65.0"). */
    version: string;
    /** Path segments after `/services/data/vNN.0/`, URI-decoded. */
    segments: string[];
    query: URLSearchParams;
    /** The body as text (JSON for most routes, CSV for Bulk API 2.0 uploads). */
    bodyText: string;
    /** The body already parsed (a composite subrequest's body); otherwise `bodyText` is parsed on demand. */
    parsedBody?: unknown;
}

export interface ApiResponse {
    status: number;
    /** Serialized as JSON unless it is a string (CSV); absent for 204. */
    body?: unknown;
    headers?: Record<string, string>;
}

export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): ApiResponse {
    return headers ? { status, body, headers } : { status, body };
}

export const NO_CONTENT: ApiResponse = { status: 204 };

/** The resource does not exist (REST API Developer Guide, "Status Codes and Error Responses": 404). */
export function notFound(): SalesforceError {
    return new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
}

/** A known resource asked with a method it does not take: 405, naming the allowed ones as Salesforce does. */
export function methodNotAllowed(method: string, allowed: string[]): SalesforceError {
    return new SalesforceError(
        405,
        'METHOD_NOT_ALLOWED',
        `HTTP Method '${method}' not allowed. Allowed are ${allowed.join(',')}`
    );
}

/** The error list body of a failed call: `[{ message, errorCode, fields }]`. */
export function errorResponse(error: unknown): ApiResponse {
    if (error instanceof SalesforceError) {
        return { status: error.status, body: [error.toJSON()] };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: [{ message, errorCode: 'UNKNOWN_EXCEPTION', fields: [] }] };
}

/** The request body as JSON; malformed JSON is 400 JSON_PARSER_ERROR, as Salesforce answers it. */
export function jsonBody(request: ApiRequest): unknown {
    if (request.parsedBody !== undefined) {
        return request.parsedBody;
    }
    if (request.bodyText.trim() === '') {
        return undefined;
    }
    try {
        return JSON.parse(request.bodyText);
    } catch (error) {
        throw new SalesforceError(400, 'JSON_PARSER_ERROR', `Malformed JSON: ${(error as Error).message}`);
    }
}

/** The body as a JSON object (a record's field values); anything else is a parser error. */
export function jsonObjectBody(request: ApiRequest): Record<string, unknown> {
    const body = jsonBody(request);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new SalesforceError(
            400,
            'JSON_PARSER_ERROR',
            'Malformed JSON: the request body must be a JSON object of field values.'
        );
    }
    return body as Record<string, unknown>;
}

/** A record's field values without the `attributes` map (and the Id, which the URL names). */
export function fieldValues(record: Record<string, unknown>, omit: string[] = []): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record)) {
        if (name !== 'attributes' && !omit.some((omitted) => omitted.toLowerCase() === name.toLowerCase())) {
            values[name] = value;
        }
    }
    return values;
}

/** Whether a query-string or body flag is true (`allOrNone=true`). */
export function isTrue(value: unknown): boolean {
    return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}
