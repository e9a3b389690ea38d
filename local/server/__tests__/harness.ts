import type { OrgData } from '../../org/orgData';
import { startLocalOrgServer, type LocalOrgServer } from '../localOrgServer';
import { ADMIN_TOKEN, FakeOrg } from './fakeOrg';

/** A server on a free port over a fresh FakeOrg, and a small client that speaks to it. */
export interface Harness {
    org: FakeOrg;
    server: LocalOrgServer;
    /** One call: path under the instance URL; JSON bodies serialized; the admin's token unless told. */
    call(
        method: string,
        path: string,
        body?: unknown,
        options?: { token?: string | null; contentType?: string }
    ): Promise<{ status: number; body: any; text: string; headers: Headers }>;
    close(): Promise<void>;
}

export const V = '/services/data/v65.0';

export async function startHarness(org: OrgData = new FakeOrg()): Promise<Harness> {
    const server = await startLocalOrgServer({ org, port: 0 });
    return {
        org: org as FakeOrg,
        server,
        async call(method, path, body, options = {}) {
            const headers: Record<string, string> = {};
            const token = options.token === undefined ? ADMIN_TOKEN : options.token;
            if (token !== null) {
                headers.Authorization = `Bearer ${token}`;
            }
            let payload: string | undefined;
            if (body !== undefined) {
                payload = typeof body === 'string' ? body : JSON.stringify(body);
                headers['Content-Type'] = options.contentType ?? 'application/json';
            }
            const response = await fetch(server.instanceUrl + path, { method, headers, body: payload });
            const text = await response.text();
            let parsed: unknown = undefined;
            try {
                parsed = text === '' ? undefined : JSON.parse(text);
            } catch {
                parsed = undefined;
            }
            return { status: response.status, body: parsed, text, headers: response.headers };
        },
        close: () => server.close()
    };
}
