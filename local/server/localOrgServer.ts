import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Caller, OrgData } from '../org/orgData';
import { SalesforceError } from '../org/salesforceError';
import { errorResponse, jsonResponse, notFound, type ApiRequest, type ApiResponse } from './apiExchange';
import { apiVersions, servedVersion } from './apiVersions';
import { BulkJobs } from './bulkJobs';
import { FaultInjector, type FaultRule } from './faultInjection';
import { DAILY_API_REQUESTS } from './orgLimits';
import { routeApiRequest } from './restRoutes';

/**
 * The local org's HTTP API on node:http: checks the bearer token, applies injected faults, and
 * hands each call to the routes, which call only OrgData. Answers are JSON (CSV for Bulk API 2.0
 * results); every refusal is the documented error list with its status.
 */
export interface LocalOrgServerOptions {
    org: OrgData;
    /** 0 picks a free port (tests). */
    port?: number;
    /** 127.0.0.1 unless told: the local org is for this machine only. */
    host?: string;
}

export interface LocalOrgServer {
    /** `http://127.0.0.1:PORT`: what jsforce takes as `instanceUrl`. */
    readonly instanceUrl: string;
    readonly port: number;
    /** Faults on purpose, for tests (also at `/_verity/faults` from the loopback address). */
    readonly faults: FaultInjector;
    close(): Promise<void>;
}

const INVALID_SESSION = new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
const FAULTS_PATH = '/_verity/faults';

function readBody(request: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        request.on('error', reject);
    });
}

function bearerToken(request: IncomingMessage): string | null {
    const header = request.headers.authorization;
    const match = header ? /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header.trim()) : null;
    return match ? match[1] : null;
}

function isLoopback(request: IncomingMessage): boolean {
    const address = request.socket.remoteAddress ?? '';
    return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function send(response: ServerResponse, answer: ApiResponse, extraHeaders: Record<string, string>): void {
    const headers: Record<string, string> = { ...extraHeaders, ...(answer.headers ?? {}) };
    let payload = '';
    if (answer.body !== undefined && answer.status !== 204) {
        if (typeof answer.body === 'string') {
            payload = answer.body;
            headers['Content-Type'] ??= 'text/plain;charset=UTF-8';
        } else {
            payload = JSON.stringify(answer.body);
            headers['Content-Type'] ??= 'application/json;charset=UTF-8';
        }
    }
    headers['Content-Length'] = String(Buffer.byteLength(payload));
    response.writeHead(answer.status, headers);
    response.end(payload);
}

/** A browser page of the preview on another local port may call the org directly. */
function corsHeaders(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    if (!origin || !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin)) {
        return {};
    }
    return {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Headers':
            'Authorization, Content-Type, Accept, Sforce-Call-Options, X-SFDC-Session, If-Unmodified-Since, If-Match',
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'Access-Control-Expose-Headers': 'Sforce-Locator, Sforce-NumberOfRecords, Sforce-Limit-Info',
        Vary: 'Origin'
    };
}

/** `/_verity/faults`: GET the state, POST a rule or `{ latencyMs }`, DELETE to clear. Loopback only. */
function faultControl(request: IncomingMessage, bodyText: string, faults: FaultInjector): ApiResponse {
    if (!isLoopback(request)) {
        return errorResponse(notFound());
    }
    try {
        if (request.method === 'DELETE') {
            faults.clear();
        } else if (request.method === 'POST') {
            const body = JSON.parse(bodyText || '{}') as FaultRule & { latencyMs?: number };
            if (body.latencyMs !== undefined) {
                faults.setLatency(body.latencyMs);
            }
            if (body.kind !== undefined) {
                faults.add({
                    kind: body.kind,
                    onRequest: body.onRequest,
                    times: body.times,
                    pathIncludes: body.pathIncludes
                });
            }
        } else if (request.method !== 'GET') {
            return errorResponse(new SalesforceError(405, 'METHOD_NOT_ALLOWED', 'Use GET, POST or DELETE.'));
        }
        return jsonResponse(200, { requestCount: faults.requestCount, latencyMs: faults.latencyMs });
    } catch (error) {
        return errorResponse(new SalesforceError(400, 'INVALID_INPUT', (error as Error).message));
    }
}

export function startLocalOrgServer(options: LocalOrgServerOptions): Promise<LocalOrgServer> {
    const { org } = options;
    const faults = new FaultInjector();
    let closed = false;
    const bulk = new BulkJobs(org, (work) =>
        setImmediate(() => {
            if (!closed) {
                work();
            }
        })
    );

    const dispatch = (apiRequest: ApiRequest, caller: Caller, forceAllOrNone?: boolean): ApiResponse => {
        try {
            return routeApiRequest(apiRequest, {
                org,
                caller,
                bulk,
                requestCount: faults.requestCount,
                forceAllOrNone,
                dispatch: (inner, innerForce) => dispatch(inner, caller, innerForce ?? forceAllOrNone)
            });
        } catch (error) {
            return errorResponse(error);
        }
    };

    const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
        const bodyText = await readBody(request);
        const url = new URL(request.url ?? '/', 'http://local.invalid');
        const cors = corsHeaders(request);
        if (url.pathname === FAULTS_PATH) {
            send(response, faultControl(request, bodyText, faults), cors);
            return;
        }
        if (request.method === 'OPTIONS') {
            send(response, { status: 204 }, cors);
            return;
        }
        const fault = faults.next(url.pathname);
        if (faults.latencyMs > 0) {
            await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
        }
        if (fault?.kind === 'dropConnection') {
            request.socket.destroy();
            return;
        }
        const headers = {
            ...cors,
            'Sforce-Limit-Info': `api-usage=${Math.min(faults.requestCount, DAILY_API_REQUESTS)}/${DAILY_API_REQUESTS}`
        };
        if (fault) {
            send(response, { status: fault.status, body: fault.body }, headers);
            return;
        }
        const segments = url.pathname.split('/').filter((segment) => segment !== '');
        if (segments[0] !== 'services' || segments[1] !== 'data') {
            send(response, errorResponse(notFound()), headers);
            return;
        }
        if (segments.length === 2) {
            // The versions list needs no session (REST API Developer Guide, "Versions").
            send(
                response,
                request.method === 'GET' ? jsonResponse(200, apiVersions(org.apiVersion)) : errorResponse(notFound()),
                headers
            );
            return;
        }
        const version = servedVersion(segments[2], org.apiVersion);
        if (version === null) {
            send(response, errorResponse(notFound()), headers);
            return;
        }
        const token = bearerToken(request);
        const caller = token === null ? null : org.callerForToken(token);
        if (caller === null) {
            send(
                response,
                { status: 401, body: [{ message: INVALID_SESSION.message, errorCode: INVALID_SESSION.errorCode }] },
                headers
            );
            return;
        }
        let decoded: string[];
        try {
            decoded = segments.slice(3).map(decodeURIComponent);
        } catch {
            send(response, errorResponse(notFound()), headers);
            return;
        }
        const apiRequest: ApiRequest = {
            method: (request.method ?? 'GET').toUpperCase(),
            version,
            segments: decoded,
            query: url.searchParams,
            bodyText
        };
        send(response, dispatch(apiRequest, caller), headers);
    };

    const server = createServer((request, response) => {
        answer(request, response).catch((error: unknown) => {
            if (!response.headersSent) {
                send(response, errorResponse(error), {});
            } else {
                response.destroy();
            }
        });
    });
    // Long saves block the event loop; a short keep-alive would then close sockets a client is
    // already reusing (ECONNRESET on a POST, which jsforce does not retry). close() ends them anyway.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;

    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            const address = server.address() as AddressInfo;
            const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
            resolve({
                instanceUrl: `http://${host}:${address.port}`,
                port: address.port,
                faults,
                close: () =>
                    new Promise<void>((done, fail) => {
                        closed = true;
                        server.close((error) => (error ? fail(error) : done()));
                        server.closeAllConnections();
                    })
            });
        });
    });
}
