import fs from 'node:fs';
import path from 'node:path';
import jsforce, { type Connection } from 'jsforce';
import { API_VERSION, openLocalOrg } from '../../local/org/openLocalOrg';
import { startLocalOrgServer } from '../../local/server';
import { JobError } from '../cli/exitCodes';
import {
    DEFAULT_DB_PATH,
    DEFAULT_ORG_FILE,
    DEFAULT_SOURCE_DIR,
    localOrgDir,
    type OrgDetails
} from '../commands/localOrgFiles';

/**
 * The one way a job reaches an org: with --target-org, the Salesforce CLI's stored authorization
 * (through @salesforce/core, exactly as `sf` finds it); without, the local org that
 * `.local/org.json` describes when it answers, otherwise a local org started in this process for
 * the job and closed with it; VERITY_LOCAL_DIR names another folder than .local/ for both. Either
 * way, the job gets a jsforce Connection as the admin.
 */
export interface OrgConnection {
    conn: Connection;
    /** Which org, for people: "local org at http://127.0.0.1:8722" or "admin@acme.com". */
    describe: string;
    /** The user the job runs as. */
    userId: string;
    close(): Promise<void>;
}

export interface ConnectOptions {
    targetOrg?: string;
    /** The project folder (where .local/ and force-app/ are). */
    root: string;
}

async function targetOrgConnection(aliasOrUsername: string): Promise<OrgConnection> {
    let org;
    try {
        const { Org } = await import('@salesforce/core');
        org = await Org.create({ aliasOrUsername });
    } catch (error) {
        throw new JobError(
            `No org authorized as "${aliasOrUsername}": run sf org login web --alias ${aliasOrUsername} first (${(error as Error).message}).`
        );
    }
    // @salesforce/core hands out @jsforce/jsforce-node's Connection; it speaks the same API as jsforce's.
    const conn = org.getConnection() as unknown as Connection;
    const identity = await conn.identity();
    return {
        conn,
        describe: org.getUsername() ?? aliasOrUsername,
        userId: identity.user_id,
        close: () => Promise.resolve()
    };
}

function localConnection(details: OrgDetails, admin: OrgDetails['users'][number]): Connection {
    return new jsforce.Connection({
        instanceUrl: details.instanceUrl,
        accessToken: admin.accessToken,
        version: details.apiVersion
    });
}

function adminOf(details: OrgDetails): OrgDetails['users'][number] | undefined {
    return details.users.find((user) => user.persona === 'admin') ?? details.users[0];
}

async function answers(instanceUrl: string): Promise<boolean> {
    try {
        const response = await fetch(`${instanceUrl}/services/data`, { signal: AbortSignal.timeout(2000) });
        return response.ok;
    } catch {
        return false;
    }
}

function readDetails(file: string): OrgDetails | null {
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as OrgDetails;
    } catch {
        return null;
    }
}

export async function connectToOrg(options: ConnectOptions): Promise<OrgConnection> {
    if (options.targetOrg) {
        return targetOrgConnection(options.targetOrg);
    }
    const details = readDetails(path.join(localOrgDir(options.root), path.basename(DEFAULT_ORG_FILE)));
    const runningAdmin = details ? adminOf(details) : undefined;
    if (details && runningAdmin && (await answers(details.instanceUrl))) {
        return {
            conn: localConnection(details, runningAdmin),
            describe: `local org at ${details.instanceUrl}`,
            userId: runningAdmin.id,
            close: () => Promise.resolve()
        };
    }
    // Nothing answers: open the local org's data here and serve it for this job only.
    const dbPath = path.join(localOrgDir(options.root), path.basename(DEFAULT_DB_PATH));
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    let org;
    try {
        org = openLocalOrg({ dbPath, sourceDir: path.join(options.root, DEFAULT_SOURCE_DIR) });
    } catch (error) {
        throw new JobError(`The local org could not open ${dbPath}: ${(error as Error).message}`);
    }
    const server = await startLocalOrgServer({ org, port: 0 });
    const admin = org.users()[0];
    const conn = new jsforce.Connection({
        instanceUrl: server.instanceUrl,
        accessToken: admin.accessToken,
        version: API_VERSION
    });
    return {
        conn,
        describe: `local org (${dbPath}, started for this job)`,
        userId: admin.id,
        async close() {
            await server.close();
            org.close();
        }
    };
}
