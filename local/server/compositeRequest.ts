import { SalesforceError } from '../org/salesforceError';
import { isTrue, jsonBody, jsonResponse, methodNotAllowed, type ApiRequest, type ApiResponse } from './apiExchange';
import { servedVersion } from './apiVersions';
import { recordPath, type RouteContext } from './restRoutes';

/**
 * `POST /composite` (REST API Developer Guide, "Composite"): up to 25 subrequests run in order,
 * each naming a referenceId that later ones use as `@{ref.id}` or `@{ref.records[0].Id}`. The
 * answer is always 200 with `{ compositeResponse: [{ body, httpHeaders, httpStatusCode,
 * referenceId }] }`. With allOrNone, the first failure rolls everything back and every other
 * subrequest answers 400 PROCESSING_HALTED; without it, only subrequests that reference a failed
 * one are halted.
 */
const MAX_SUBREQUESTS = 25;
const REFERENCE = /@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g;

interface Subrequest {
    method: string;
    url: string;
    referenceId: string;
    body?: unknown;
}

export interface CompositeSubresponse {
    body: unknown;
    httpHeaders: Record<string, string>;
    httpStatusCode: number;
    referenceId: string;
}

const ROLLED_BACK_BODY = [
    {
        errorCode: 'PROCESSING_HALTED',
        message: 'The transaction was rolled back since another operation in the same transaction failed.'
    }
];

class RollBack extends Error {}

function malformed(message: string): SalesforceError {
    return new SalesforceError(400, 'JSON_PARSER_ERROR', message);
}

function readSubrequests(request: ApiRequest): { allOrNone: boolean; subrequests: Subrequest[] } {
    const body = jsonBody(request) as { allOrNone?: unknown; compositeRequest?: unknown } | undefined;
    if (!body || typeof body !== 'object' || !Array.isArray(body.compositeRequest)) {
        throw malformed('The request body must be an object with a compositeRequest list.');
    }
    if (body.compositeRequest.length === 0 || body.compositeRequest.length > MAX_SUBREQUESTS) {
        throw new SalesforceError(
            400,
            'INVALID_BATCH_REQUEST',
            `A composite request has 1 to ${MAX_SUBREQUESTS} subrequests, got ${body.compositeRequest.length}.`
        );
    }
    const seen = new Set<string>();
    const subrequests = body.compositeRequest.map((entry: unknown, index: number): Subrequest => {
        const sub = entry as Partial<Subrequest> | null;
        if (!sub || typeof sub.method !== 'string' || typeof sub.url !== 'string') {
            throw malformed(`Subrequest ${index + 1} needs a method and a url.`);
        }
        if (typeof sub.referenceId !== 'string' || !/^[A-Za-z0-9_]+$/.test(sub.referenceId)) {
            throw malformed(`Subrequest ${index + 1} needs a referenceId of letters, digits and underscores.`);
        }
        if (seen.has(sub.referenceId)) {
            throw malformed(`The referenceId ${sub.referenceId} is used more than once.`);
        }
        seen.add(sub.referenceId);
        return { method: sub.method.toUpperCase(), url: sub.url, referenceId: sub.referenceId, body: sub.body };
    });
    return { allOrNone: isTrue(body.allOrNone), subrequests };
}

/** The value a reference's path names in an earlier subrequest's body, or undefined. */
function lookUp(body: unknown, path: string): unknown {
    let value = body;
    for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
        if (value === null || typeof value !== 'object') {
            return undefined;
        }
        const key = step.startsWith('.') ? step.slice(1) : Number(step.slice(1, -1));
        value = (value as Record<string | number, unknown>)[key];
    }
    return value;
}

class UnresolvedReference extends Error {}

function resolveText(text: string, results: Map<string, CompositeSubresponse>): string {
    return text.replace(REFERENCE, (whole, referenceId: string, path: string) => {
        const earlier = results.get(referenceId);
        const value = earlier && earlier.httpStatusCode < 400 ? lookUp(earlier.body, path) : undefined;
        if (value === undefined || value === null || typeof value === 'object') {
            throw new UnresolvedReference(
                `Invalid reference specified. No value for ${whole.slice(2, -1)} found in ${referenceId}. ` +
                    `Provided referenceId ('${referenceId}') must match a referenceId of a successful earlier subrequest.`
            );
        }
        return String(value);
    });
}

function resolveBody(body: unknown, results: Map<string, CompositeSubresponse>): unknown {
    if (typeof body === 'string') {
        return resolveText(body, results);
    }
    if (Array.isArray(body)) {
        return body.map((item) => resolveBody(item, results));
    }
    if (body !== null && typeof body === 'object') {
        return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, resolveBody(value, results)]));
    }
    return body;
}

/** The subrequest's own API request: its URL must be under `/services/data/vNN.0/`. */
function subrequestFor(sub: Subrequest, url: string, body: unknown, latest: string): ApiRequest {
    const parsed = new URL(url, 'http://composite.invalid');
    const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
    const version = segments.length >= 3 ? servedVersion(segments[2], latest) : null;
    if (segments[0] !== 'services' || segments[1] !== 'data' || version === null) {
        throw new SalesforceError(400, 'INVALID_INPUT', `The url ${sub.url} is not a REST API resource of this org.`);
    }
    return {
        method: sub.method,
        version,
        segments: segments.slice(3).map(decodeURIComponent),
        query: parsed.searchParams,
        bodyText: '',
        parsedBody: body === undefined ? undefined : body
    };
}

/** Whether a subresponse counts as a failure: an error status, or a collection with a failed record. */
function failed(response: ApiResponse): boolean {
    if (response.status >= 400) {
        return true;
    }
    return (
        Array.isArray(response.body) &&
        response.body.some(
            (item) => item !== null && typeof item === 'object' && (item as { success?: unknown }).success === false
        )
    );
}

function subresponse(sub: Subrequest, request: ApiRequest | null, response: ApiResponse): CompositeSubresponse {
    const headers: Record<string, string> = { ...(response.headers ?? {}) };
    const body = response.body as { id?: unknown } | undefined;
    if (request && sub.method === 'POST' && response.status === 201 && typeof body?.id === 'string') {
        headers.Location = recordPath(request.version, request.segments[1] ?? '', body.id);
    }
    return {
        body: response.body === undefined ? null : response.body,
        httpHeaders: headers,
        httpStatusCode: response.status,
        referenceId: sub.referenceId
    };
}

export function compositeRoute(request: ApiRequest, context: RouteContext): ApiResponse {
    if (request.method !== 'POST') {
        throw methodNotAllowed(request.method, ['POST']);
    }
    const { allOrNone, subrequests } = readSubrequests(request);
    const results = new Map<string, CompositeSubresponse>();
    const ordered: CompositeSubresponse[] = [];
    let failure: CompositeSubresponse | null = null;

    const runOne = (sub: Subrequest): ApiResponse & { request: ApiRequest | null } => {
        try {
            const url = resolveText(sub.url, results);
            const body = resolveBody(sub.body, results);
            const subRequest = subrequestFor(sub, url, body, context.org.apiVersion);
            return { ...context.dispatch(subRequest, allOrNone), request: subRequest };
        } catch (error) {
            if (error instanceof UnresolvedReference) {
                return {
                    status: 400,
                    body: [{ errorCode: 'PROCESSING_HALTED', message: error.message }],
                    request: null
                };
            }
            if (error instanceof SalesforceError) {
                return { status: error.status, body: [error.toJSON()], request: null };
            }
            throw error;
        }
    };

    const runAll = (): void => {
        for (const sub of subrequests) {
            const response = runOne(sub);
            const result = subresponse(sub, response.request, response);
            results.set(sub.referenceId, result);
            ordered.push(result);
            if (allOrNone && failed(response)) {
                failure = result;
                throw new RollBack();
            }
        }
    };

    if (allOrNone) {
        try {
            context.org.transaction(runAll);
        } catch (error) {
            if (!(error instanceof RollBack)) {
                throw error;
            }
        }
    } else {
        runAll();
    }
    if (failure === null) {
        return jsonResponse(200, { compositeResponse: ordered });
    }
    const failedOne: CompositeSubresponse = failure;
    const compositeResponse = subrequests.map((sub) =>
        sub.referenceId === failedOne.referenceId
            ? failedOne
            : { body: ROLLED_BACK_BODY, httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId }
    );
    return jsonResponse(200, { compositeResponse });
}
