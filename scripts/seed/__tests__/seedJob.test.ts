import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsforce, { type Connection } from 'jsforce';
import { openLocalOrg } from '../../../local/org/openLocalOrg';
import { startLocalOrgServer, type LocalOrgServer } from '../../../local/server';
import type { OrgData } from '../../../local/org/orgData';
import type { CommandOutput } from '../../cli/output';
import { generateContactCenter } from '../generateContactCenter';
import { writeContactCenter } from '../writeContactCenter';

const OPTIONS = { seed: '7', agents: 4, teams: 2, evaluators: 3, months: 1, now: new Date(Date.UTC(2026, 0, 10)) };
const quiet: CommandOutput = { json: true, result: () => undefined, note: () => undefined };

describe('seed job against the local org', () => {
    let dir: string;
    let org: OrgData;
    let server: LocalOrgServer;
    let conn: Connection;

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-seed-'));
        org = openLocalOrg({
            dbPath: path.join(dir, 'org.sqlite'),
            sourceDir: path.resolve(__dirname, '../../../force-app/main/default')
        });
        server = await startLocalOrgServer({ org, port: 0 } as Parameters<typeof startLocalOrgServer>[0]);
        conn = new jsforce.Connection({
            instanceUrl: server.instanceUrl,
            accessToken: org.users()[0].accessToken,
            version: '65.0'
        });
    });
    afterAll(async () => {
        await server.close();
        org.close();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it('writes a center that passes the rules, and a second run adds nothing', async () => {
        const center = generateContactCenter(OPTIONS);
        const first = await writeContactCenter(conn, center, quiet, org.users()[0].id).catch(async (e) => {
            console.log(
                JSON.stringify(
                    (
                        await conn.query(
                            'SELECT Name, Status__c, Scored_Item_Count__c, Activated_At__c FROM Scorecard__c'
                        )
                    ).records
                )
            );
            throw e;
        });
        expect(first.interactions).toBe(center.interactions.length);
        const count = async (soql: string): Promise<number> => (await conn.query(soql)).totalSize;
        const before = {
            interactions: await count('SELECT Id FROM Interaction__c'),
            assessments: await count("SELECT Id FROM Assessment__c WHERE Status__c = 'Submitted'"),
            cases: await count('SELECT Id FROM Case'),
            coaching: await count('SELECT Id FROM Coaching_Task__c')
        };
        expect(before.assessments).toBe(center.assessments.length);
        expect(before.coaching).toBe(center.coaching.length);
        const second = await writeContactCenter(conn, center, quiet, org.users()[0].id);
        expect(second.created).toBe(0);
        expect(await count('SELECT Id FROM Interaction__c')).toBe(before.interactions);
        expect(await count('SELECT Id FROM Case')).toBe(before.cases);
        expect(await count('SELECT Id FROM Coaching_Task__c')).toBe(before.coaching);
    }, 60_000);
});
