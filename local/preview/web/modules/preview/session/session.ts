/**
 * Who is signed in to the preview, and the one way the platform modules reach the local org.
 * The preview server writes the session into the page (a JSON script element) for the persona
 * chosen in the switcher; every call carries that user's bearer token, so the local org answers
 * exactly what that user may see and do.
 */
export interface PreviewPersona {
    username: string;
    name: string;
    persona: string;
}

export interface PreviewSession {
    instanceUrl: string;
    apiVersion: string;
    userId: string;
    username: string;
    name: string;
    persona: string;
    accessToken: string;
    customPermissions: string[];
    i18n: { locale: string; language: string; timeZone: string; currency: string; direction: string };
    /** Everyone the switcher offers. */
    personas: PreviewPersona[];
}

/** A failed call, shaped like the platform's FetchResponse errors that wire adapters and imperative calls give. */
export interface FetchResponseError {
    status: number;
    statusText: string;
    ok: false;
    body: unknown;
}

function readSession(): PreviewSession {
    const element = document.getElementById('verity-session');
    if (!element?.textContent) {
        throw new Error('The preview page has no session: open it through the preview server.');
    }
    return JSON.parse(element.textContent) as PreviewSession;
}

export const session: PreviewSession = readSession();

/** `/services/data/vNN.0` of the local org. */
export function dataPath(resource: string): string {
    return `${session.instanceUrl}/services/data/v${session.apiVersion}/${resource}`;
}

/**
 * Calls the local org's API as the signed-in user; resolves with the JSON body (undefined for 204)
 * and rejects with a FetchResponse-shaped error.
 */
export async function callOrg<T>(
    resource: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}
): Promise<T> {
    const response = await fetch(dataPath(resource), {
        method: init.method ?? 'GET',
        headers: {
            Authorization: `Bearer ${session.accessToken}`,
            Accept: 'application/json',
            ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...init.headers
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body)
    });
    const text = await response.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
        const error: FetchResponseError = { status: response.status, statusText: response.statusText, ok: false, body };
        throw error;
    }
    return body as T;
}
