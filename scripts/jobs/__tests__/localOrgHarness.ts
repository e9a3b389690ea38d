import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsforce, { type Connection } from 'jsforce';
import { API_VERSION, openLocalOrg } from '../../../local/org/openLocalOrg';
import type { OrgData, OrgUser } from '../../../local/org/orgData';
import { startLocalOrgServer, type LocalOrgServer } from '../../../local/server';

/**
 * A real local org for the jobs' integration tests: the package's metadata, a fresh SQLite file
 * in a temp folder, its HTTP API on a free port, and a jsforce connection as the admin. The
 * clock is injectable so "now" is one answer.
 */
export const PACKAGE_SOURCE = path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default');

export interface JobsOrg {
    org: OrgData;
    server: LocalOrgServer;
    admin: Connection;
    users: OrgUser[];
    folder: string;
    connect(user: { accessToken: string }): Connection;
    user(persona: string): OrgUser;
    close(): Promise<void>;
}

export async function startJobsOrg(now: Date = new Date('2026-03-02T06:00:00.000Z')): Promise<JobsOrg> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-jobs-'));
    const org = openLocalOrg({ dbPath: path.join(folder, 'org.db'), sourceDir: PACKAGE_SOURCE, clock: () => now });
    const server = await startLocalOrgServer({ org, port: 0 });
    const users = org.users();
    const connect = (user: { accessToken: string }): Connection =>
        new jsforce.Connection({
            instanceUrl: server.instanceUrl,
            accessToken: user.accessToken,
            version: API_VERSION
        });
    const admin = connect(users[0]);
    admin.bulk2.pollInterval = 20;
    return {
        org,
        server,
        admin,
        users,
        folder,
        connect,
        user(persona) {
            const found = users.find((candidate) => candidate.persona === persona);
            if (!found) {
                throw new Error(`The local org has no ${persona} persona.`);
            }
            return found;
        },
        async close() {
            await server.close();
            // jsforce's bulk clean-up is fire-and-forget: let it land before the database goes.
            await new Promise((resolve) => setTimeout(resolve, 50));
            org.close();
            fs.rmSync(folder, { recursive: true, force: true });
        }
    };
}

/** No waiting between retries in tests. */
export const NO_WAIT = { baseDelayMs: 0, sleep: () => Promise.resolve() };
