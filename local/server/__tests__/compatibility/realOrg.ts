import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsforce, { type Connection } from 'jsforce';
import { openLocalOrg } from '../../../org/openLocalOrg';
import type { OrgData, OrgUser } from '../../../org/orgData';
import { startLocalOrgServer, type LocalOrgServer } from '../../localOrgServer';

/**
 * The real local org (the package's own metadata in force-app/main/default, a fresh SQLite file)
 * behind its HTTP API, and jsforce 3.10.16 connections to it: what the compatibility suite drives.
 * Nothing here touches OrgData after start-up; the tests speak only through jsforce.
 */
export const PACKAGE_SOURCE = path.join(__dirname, '..', '..', '..', '..', 'force-app', 'main', 'default');

/** The org's clock stands still, so date literals (TODAY, THIS_QUARTER, …) have one answer. */
export const ORG_NOW = '2025-05-15T10:00:00.000Z';

/** One HTTP exchange jsforce made, as the transport saw it. */
export interface Exchange {
    method: string;
    url: string;
    status: number;
}

export interface RealOrg {
    org: OrgData;
    server: LocalOrgServer;
    users: OrgUser[];
    /** The system administrator (org.users()[0]). */
    admin: Connection;
    /** The exchanges `admin` made, newest last. */
    exchanges: Exchange[];
    connect(user: OrgUser | { accessToken: string }): Connection;
    user(persona: string): OrgUser;
    close(): Promise<void>;
}

/** Records each response's status: jsforce turns errors into exceptions that do not carry it. */
function recordExchanges(conn: Connection, exchanges: Exchange[]): void {
    const transport = (conn as unknown as { _transport: { httpRequest: (...args: unknown[]) => unknown } })._transport;
    const original = transport.httpRequest.bind(transport);
    transport.httpRequest = (request: unknown, options: unknown) => {
        const pending = original(request, options) as Promise<{ statusCode: number }>;
        const { method, url } = request as { method: string; url: string };
        pending.then(
            (response) => exchanges.push({ method, url, status: response.statusCode }),
            () => exchanges.push({ method, url, status: 0 })
        );
        return pending;
    };
}

export async function startRealOrg(): Promise<RealOrg> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-compat-'));
    const now = new Date(ORG_NOW);
    const org = openLocalOrg({ dbPath: path.join(folder, 'org.db'), sourceDir: PACKAGE_SOURCE, clock: () => now });
    const server = await startLocalOrgServer({ org, port: 0 });
    const users = org.users();
    const connect = (user: { accessToken: string }): Connection =>
        new jsforce.Connection({ instanceUrl: server.instanceUrl, accessToken: user.accessToken, version: '65.0' });
    const admin = connect(users[0]);
    const exchanges: Exchange[] = [];
    recordExchanges(admin, exchanges);
    return {
        org,
        server,
        users,
        admin,
        exchanges,
        connect,
        user(persona) {
            const found = users.find((user) => user.persona === persona);
            if (!found) {
                throw new Error(`The local org has no ${persona} persona.`);
            }
            return found;
        },
        async close() {
            await server.close();
            org.close();
            fs.rmSync(folder, { recursive: true, force: true });
        }
    };
}

/** The last response status jsforce saw (after an await). */
export async function lastStatus(real: RealOrg): Promise<number> {
    // The transport's promise settles before jsforce's own; one turn lets the record land.
    await new Promise((resolve) => setImmediate(resolve));
    return real.exchanges[real.exchanges.length - 1]?.status ?? -1;
}

/** The records a QA program starts from, all saved through jsforce. */
export interface Desk {
    caseId: string;
    otherCaseId: string;
    scorecardId: string;
    greetingItemId: string;
    resolutionItemId: string;
    interactionId: string;
    assessmentId: string;
    agentId: string;
}

function idOf(result: { id?: string | null; success: boolean; errors?: unknown }): string {
    if (!result.success || !result.id) {
        throw new Error(`A seed save failed: ${JSON.stringify(result)}`);
    }
    return result.id;
}

/**
 * A Case, an active phone scorecard with a yes/no item (10 points) and a yes/partial/no item (20
 * points, N/A allowed), an interaction on the case, and an assessment with both items answered.
 * The package's validation rules shape it: a scorecard starts as a Draft and only a scorecard
 * builder (QA Admin) activates it; an assessment needs an Active scorecard, an agent, and an
 * evaluator who owns it; a response copies its item and is keyed `assessment:item`.
 */
export async function seedDesk(real: RealOrg): Promise<Desk> {
    const { admin } = real;
    const agentId = real.user('agent').id;
    const caseId = idOf(
        await admin.sobject('Case').create({ Subject: 'Billing dispute', Status: 'New', Origin: 'Phone' })
    );
    const otherCaseId = idOf(
        await admin.sobject('Case').create({ Subject: 'Password reset', Status: 'New', Origin: 'Email' })
    );
    const scorecardId = idOf(
        await admin
            .sobject('Scorecard__c')
            .create({ Name: 'Phone quality', Channel__c: 'Phone', Status__c: 'Draft', Version__c: 1 })
    );
    const greeting = { Answer_Scale__c: 'YesNo', Section__c: 'Conversation', Order__c: 1, Points__c: 10 };
    const resolution = {
        Answer_Scale__c: 'YesPartialNo',
        Section__c: 'Resolution',
        Order__c: 2,
        Points__c: 20,
        NA_Allowed__c: true
    };
    const greetingItemId = idOf(
        await admin.sobject('Scorecard_Item__c').create({ Name: 'Greeting', Scorecard__c: scorecardId, ...greeting })
    );
    const resolutionItemId = idOf(
        await admin.sobject('Scorecard_Item__c').create({ Name: 'Resolved', Scorecard__c: scorecardId, ...resolution })
    );
    const qaAdmin = real.connect(real.user('qaAdmin'));
    idOf(
        await qaAdmin.sobject('Scorecard__c').update({
            Id: scorecardId,
            Status__c: 'Active',
            Activated_At__c: '2025-05-01T08:00:00.000Z',
            Active_Channel_Key__c: 'Phone|'
        })
    );
    const interactionId = idOf(
        await admin.sobject('Interaction__c').create({
            Name: 'Call 1',
            Case__c: caseId,
            Channel__c: 'Phone',
            Agent__c: agentId,
            External_Id__c: 'INT-SEED-1',
            Started_At__c: '2025-05-14T09:30:00.000Z',
            Handle_Time_Seconds__c: 420,
            CSAT__c: 4
        })
    );
    const assessmentId = idOf(
        await admin.sobject('Assessment__c').create({
            Case__c: caseId,
            Scorecard__c: scorecardId,
            Interaction__c: interactionId,
            Agent__c: agentId,
            Evaluator__c: real.users[0].id,
            Status__c: 'Assigned',
            Type__c: 'Standard',
            Due_Date__c: '2025-05-20'
        })
    );
    const responses = await admin.sobject('Assessment_Response__c').create(
        [
            {
                Assessment__c: assessmentId,
                Scorecard_Item__c: greetingItemId,
                Answer__c: 'Yes',
                Answer_Scale__c: 'YesNo',
                Item_Points__c: 10,
                Response_Key__c: `${assessmentId}:${greetingItemId}`
            },
            {
                Assessment__c: assessmentId,
                Scorecard_Item__c: resolutionItemId,
                Answer__c: 'Partial',
                Answer_Scale__c: 'YesPartialNo',
                Item_Points__c: 20,
                NA_Allowed__c: true,
                Response_Key__c: `${assessmentId}:${resolutionItemId}`
            }
        ],
        { allOrNone: true }
    );
    responses.forEach(idOf);
    return {
        caseId,
        otherCaseId,
        scorecardId,
        greetingItemId,
        resolutionItemId,
        interactionId,
        assessmentId,
        agentId
    };
}

/** Salesforce's 18-character ID: 15 case-sensitive characters and a 3-character case checksum. */
export function checksumOf(id15: string): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
    let suffix = '';
    for (let block = 0; block < 3; block += 1) {
        let bits = 0;
        for (let position = 0; position < 5; position += 1) {
            const char = id15[block * 5 + position];
            if (char >= 'A' && char <= 'Z') {
                bits += 1 << position;
            }
        }
        suffix += alphabet[bits];
    }
    return suffix;
}
