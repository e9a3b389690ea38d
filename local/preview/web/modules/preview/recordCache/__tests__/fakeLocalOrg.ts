import type { FieldValue, FieldValueRepresentation, RecordRepresentation } from 'lightning/uiRecordApi';

/**
 * For the platform modules' tests: the page as the preview server writes it (the session element),
 * and a fake local org behind `fetch` that records every call and answers with the documented
 * shapes the test gives it. An answer can be held back, to see what happens while it is in flight.
 */
export const SESSION = {
    instanceUrl: 'http://127.0.0.1:8722',
    apiVersion: '65.0',
    userId: '005000000000001AAA',
    username: 'evaluator@verity.local',
    name: 'Eve Evaluator',
    persona: 'Evaluator',
    accessToken: 'token-of-eve',
    customPermissions: [],
    i18n: { locale: 'en-US', language: 'en-US', timeZone: 'America/Los_Angeles', currency: 'USD', direction: 'ltr' },
    personas: []
};

export const DATA_PATH = '/services/data/v65.0/';

/** Writes the session element the preview page carries; the modules read it when they load. */
export function openPreviewPage(): void {
    document.getElementById('verity-session')?.remove();
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = 'verity-session';
    element.textContent = JSON.stringify(SESSION);
    document.head.appendChild(element);
}

const STATUS_TEXT: Record<number, string> = {
    200: 'OK',
    201: 'Created',
    204: 'No Content',
    400: 'Bad Request',
    403: 'Forbidden',
    404: 'Not Found',
    412: 'Precondition Failed'
};

export interface OrgCall {
    method: string;
    /** After /services/data/v65.0/, without the query. */
    resource: string;
    query: URLSearchParams;
    headers: Record<string, string>;
    body: unknown;
}

export interface OrgAnswer {
    status?: number;
    body?: unknown;
}

type Responder = (call: OrgCall) => OrgAnswer;

export class FakeLocalOrg {
    readonly calls: OrgCall[] = [];
    private readonly routes: Array<{ method: string; resource: string | RegExp; respond: Responder }> = [];
    private held: Array<() => void> | undefined;

    /** Answers `method resource` (exact, or a pattern) with what `respond` gives; later routes win. */
    on(method: string, resource: string | RegExp, respond: Responder | OrgAnswer): this {
        this.routes.unshift({
            method,
            resource,
            respond: typeof respond === 'function' ? respond : () => respond
        });
        return this;
    }

    /** Answers nothing until release() is called. */
    hold(): void {
        this.held = [];
    }

    release(): void {
        const held = this.held ?? [];
        this.held = undefined;
        held.forEach((answer) => answer());
    }

    callsTo(method: string, resource: string | RegExp): OrgCall[] {
        return this.calls.filter(
            (call) =>
                call.method === method &&
                (typeof resource === 'string' ? call.resource === resource : resource.test(call.resource))
        );
    }

    install(): void {
        globalThis.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => this.answer(String(input), init));
    }

    private answer(url: string, init: RequestInit = {}): Promise<Response> {
        const parsed = new URL(url);
        if (parsed.origin !== SESSION.instanceUrl || !parsed.pathname.startsWith(DATA_PATH)) {
            throw new Error(`The fake local org got a call outside its API: ${url}`);
        }
        const call: OrgCall = {
            method: init.method ?? 'GET',
            resource: decodeURIComponent(parsed.pathname.slice(DATA_PATH.length)),
            query: parsed.searchParams,
            headers: (init.headers ?? {}) as Record<string, string>,
            body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined
        };
        this.calls.push(call);
        const route = this.routes.find(
            (candidate) =>
                candidate.method === call.method &&
                (typeof candidate.resource === 'string'
                    ? candidate.resource === call.resource
                    : candidate.resource.test(call.resource))
        );
        const answer = route
            ? route.respond(call)
            : {
                  status: 404,
                  body: [{ errorCode: 'NOT_FOUND', message: `No route for ${call.method} ${call.resource}` }]
              };
        const response = {
            ok: (answer.status ?? 200) < 400,
            status: answer.status ?? 200,
            statusText: STATUS_TEXT[answer.status ?? 200] ?? '',
            text: () => Promise.resolve(answer.body === undefined ? '' : JSON.stringify(answer.body))
        } as Response;
        if (this.held) {
            const held = this.held;
            return new Promise((resolve) => held.push(() => resolve(response)));
        }
        return Promise.resolve(response);
    }
}

/** Lets every pending promise and HTTP answer settle. */
export function settle(): Promise<void> {
    // A macrotask: every queued microtask (each await on the way from fetch to the wire) runs first.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A wire's emissions, as the LWC engine would receive them. */
export function emissions<T>(): { values: T[]; callback: (value: T) => void; last: () => T } {
    const values: T[] = [];
    return { values, callback: (value) => values.push(value), last: () => values[values.length - 1] };
}

type FieldInput = FieldValue | FieldValueRepresentation;

function isFieldValue(field: FieldInput): field is FieldValueRepresentation {
    return field !== null && typeof field === 'object' && 'displayValue' in field && !('apiName' in field);
}

/** A UI API "Record" body; a field given as { value, displayValue } keeps its display value. */
export function uiRecord(apiName: string, id: string, fields: Record<string, FieldInput>): RecordRepresentation {
    return {
        apiName,
        childRelationships: {},
        eTag: `etag-${id}`,
        fields: Object.fromEntries(
            Object.entries(fields).map(([name, field]) => [
                name,
                isFieldValue(field) ? field : { displayValue: null, value: field }
            ])
        ),
        id,
        lastModifiedById: SESSION.userId,
        lastModifiedDate: '2026-03-02T09:00:00.000Z',
        recordTypeId: '012000000000000AAA',
        recordTypeInfo: null,
        systemModstamp: '2026-03-02T09:00:00.000Z',
        weakEtag: 1
    };
}
