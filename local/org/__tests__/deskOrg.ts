import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLocalOrg } from '../openLocalOrg';
import type { Caller, OrgData } from '../orgData';
import { SalesforceError } from '../salesforceError';

/** A local org over the small "desk" fixture package, in a fresh temp folder. */
export const DESK_SOURCE = path.join(__dirname, 'fixtures', 'desk');

export interface DeskOrg {
    org: OrgData;
    dbPath: string;
    admin: Caller;
    evaluator: Caller;
    agent: Caller;
    qaManager: Caller;
    /** Sets the org's clock. */
    setNow(iso: string): void;
    /** Gives a persona a permission set of the fixture (as the admin would). */
    assign(caller: Caller, permissionSet: string): void;
    reopen(sourceDir?: string): DeskOrg;
}

export function tempDbPath(): string {
    return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-local-')), 'org.db');
}

export function openDesk(dbPath = tempDbPath(), sourceDir = DESK_SOURCE): DeskOrg {
    let now = new Date('2025-03-01T10:00:00.000Z');
    const org = openLocalOrg({ dbPath, sourceDir, clock: () => now });
    const byPersona = new Map(org.users().map((user) => [user.persona, { userId: user.id }]));
    const admin = byPersona.get('admin') as Caller;
    const desk: DeskOrg = {
        org,
        dbPath,
        admin,
        evaluator: byPersona.get('evaluator') as Caller,
        agent: byPersona.get('agent') as Caller,
        qaManager: byPersona.get('qaManager') as Caller,
        setNow(iso) {
            now = new Date(iso);
        },
        assign(caller, permissionSet) {
            const set = org.query(admin, `SELECT Id FROM PermissionSet WHERE Name = '${permissionSet}'`).records[0];
            org.create(admin, 'PermissionSetAssignment', { AssigneeId: caller.userId, PermissionSetId: set.Id });
        },
        reopen(source = sourceDir) {
            org.close();
            return openDesk(dbPath, source);
        }
    };
    return desk;
}

/** The SalesforceError `work` throws (fails the test when it throws nothing or something else). */
export function refusal(work: () => unknown): SalesforceError {
    try {
        work();
    } catch (error) {
        if (error instanceof SalesforceError) {
            return error;
        }
        throw error;
    }
    throw new Error('expected a SalesforceError, but the call succeeded');
}
