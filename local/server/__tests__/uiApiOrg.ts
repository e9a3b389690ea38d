import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLocalOrg } from '../../org/openLocalOrg';
import type { Caller, OrgData } from '../../org/orgData';
import { startLocalOrgServer, type LocalOrgServer } from '../localOrgServer';

/**
 * The local org over the real package, behind its HTTP server, for the UI API tests: the
 * personas' tokens, a client that calls `/services/data/v65.0/ui-api/…` as any of them, and the
 * records the tests need, written straight through OrgData (each rule of the package applies).
 */

export const PACKAGE_SOURCE = path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default');
/** The org's clock: a Monday; the personas' time zone (America/Los_Angeles) is on daylight time. */
export const NOW = new Date('2025-03-10T12:00:00.000Z');
export const SUBMITTED_AT = '2025-03-08T12:00:00.000Z';
export const UI = '/services/data/v65.0/ui-api';

export type Persona = 'admin' | 'evaluator' | 'agent' | 'qaManager' | 'qaAdmin';

export interface Answer {
    status: number;
    body: any;
}

export interface UiApiOrg {
    org: OrgData;
    server: LocalOrgServer;
    as: Record<Persona, Caller>;
    call(persona: Persona | string, method: string, path: string, body?: unknown): Promise<Answer>;
    close(): Promise<void>;
}

export async function openUiApiOrg(sourceDir = PACKAGE_SOURCE): Promise<UiApiOrg> {
    const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-uiapi-')), 'org.db');
    const org = openLocalOrg({ dbPath, sourceDir, clock: () => NOW });
    const server = await startLocalOrgServer({ org, port: 0 });
    const tokens = new Map(org.users().map((user) => [user.persona, user.accessToken]));
    const as = Object.fromEntries(org.users().map((user) => [user.persona, { userId: user.id }])) as Record<
        Persona,
        Caller
    >;
    return {
        org,
        server,
        as,
        async call(persona, method, resource, body) {
            // A persona's name, or the access token of another user.
            const token = tokens.get(persona) ?? persona;
            const response = await fetch(
                `${server.instanceUrl}${resource.startsWith('/') ? '' : `${UI}/`}${resource}`,
                {
                    method,
                    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
                    body: body === undefined ? undefined : JSON.stringify(body)
                }
            );
            const text = await response.text();
            return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
        },
        async close() {
            await server.close();
            org.close();
        }
    };
}

/** A Standard User with these permission sets and a session: their ID and access token. */
export function newUser(
    org: OrgData,
    admin: Caller,
    alias: string,
    permissionSets: string[]
): { id: string; token: string } {
    const standardProfile = org.query(admin, "SELECT ProfileId FROM User WHERE Username = 'agent@verity.local'")
        .records[0].ProfileId;
    const username = `${alias}@verity.local`;
    const id = org.create(admin, 'User', {
        Username: username,
        LastName: alias,
        Alias: alias.slice(0, 8),
        Email: username,
        ProfileId: standardProfile,
        TimeZoneSidKey: 'America/Los_Angeles',
        LocaleSidKey: 'en_US',
        LanguageLocaleKey: 'en_US',
        EmailEncodingKey: 'UTF-8'
    });
    for (const name of permissionSets) {
        const set = org.query(admin, `SELECT Id FROM PermissionSet WHERE Name = '${name}'`).records[0];
        org.create(admin, 'PermissionSetAssignment', { AssigneeId: id, PermissionSetId: set.Id });
    }
    const session = org.signIn(username);
    if (!session) {
        throw new Error(`The new user ${username} cannot sign in.`);
    }
    return { id, token: session.accessToken };
}

/** The contact center the tests read: a case, an active phone scorecard with one 10-point item. */
export interface ContactCenter {
    caseId: string;
    scorecard: string;
    item: string;
    draftScorecard: string;
}

export function contactCenter(uiOrg: UiApiOrg): ContactCenter {
    const { org, as } = uiOrg;
    const caseId = org.create(as.admin, 'Case', { Subject: 'Billing question', Status: 'New', Origin: 'Phone' });
    const scorecard = org.create(as.admin, 'Scorecard__c', {
        Name: 'Phone quality v1',
        Channel__c: 'Phone',
        Status__c: 'Draft',
        Version__c: 1,
        Pass_Threshold__c: 80,
        Auto_Fail_Threshold__c: 75,
        Bonus_Threshold__c: 70
    });
    const item = org.create(as.admin, 'Scorecard_Item__c', {
        Name: 'Verified the caller',
        Scorecard__c: scorecard,
        Section__c: 'Compliance',
        Order__c: 1,
        Question__c: 'Did the agent verify the caller before discussing the account?',
        Points__c: 10,
        Answer_Scale__c: 'YesNo',
        NA_Allowed__c: false,
        Hard_Fail__c: false,
        Coaching_Only__c: false
    });
    // Activating a scorecard needs Build_Scorecards: the QA Admin's.
    org.update(as.qaAdmin, 'Scorecard__c', scorecard, {
        Status__c: 'Active',
        Activated_At__c: '2025-01-01T09:00:00.000Z',
        Active_Channel_Key__c: 'Phone|'
    });
    const draftScorecard = org.create(as.admin, 'Scorecard__c', {
        Name: 'Email quality v1',
        Channel__c: 'Email',
        Status__c: 'Draft',
        Version__c: 1,
        Pass_Threshold__c: 80,
        Auto_Fail_Threshold__c: 75,
        Bonus_Threshold__c: 70
    });
    return { caseId, scorecard, item, draftScorecard };
}

/** An assessment of `agentId`'s work, assigned to (and owned by) `evaluator`, In Progress unless told. */
export function newAssessment(
    uiOrg: UiApiOrg,
    center: ContactCenter,
    evaluator: Caller,
    agentId: string,
    overrides: Record<string, unknown> = {}
): string {
    return uiOrg.org.create(uiOrg.as.admin, 'Assessment__c', {
        OwnerId: evaluator.userId,
        Evaluator__c: evaluator.userId,
        Agent__c: agentId,
        Case__c: center.caseId,
        Scorecard__c: center.scorecard,
        Type__c: 'Standard',
        Status__c: 'In Progress',
        Due_Date__c: '2025-03-14',
        ...overrides
    });
}

/** A submitted assessment, its one item answered by its evaluator (No: score 0, auto-failed; Yes: 100). */
export function submittedAssessment(
    uiOrg: UiApiOrg,
    center: ContactCenter,
    evaluator: Caller,
    agentId: string,
    answer: 'Yes' | 'No' = 'No'
): string {
    const assessment = newAssessment(uiOrg, center, evaluator, agentId);
    uiOrg.org.create(evaluator, 'Assessment_Response__c', {
        Assessment__c: assessment,
        Scorecard_Item__c: center.item,
        Response_Key__c: `${assessment}:${center.item}`,
        Answer__c: answer,
        Item_Points__c: 10,
        Answer_Scale__c: 'YesNo',
        Hard_Fail__c: false,
        Coaching_Only__c: false,
        NA_Allowed__c: false
    });
    uiOrg.org.update(evaluator, 'Assessment__c', assessment, { Status__c: 'Submitted', Submitted_At__c: SUBMITTED_AT });
    return assessment;
}
