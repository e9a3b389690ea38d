import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLocalOrg } from './openLocalOrg';

/**
 * How fast the data engine saves, without HTTP: `count` records created through OrgData.create
 * in requests of 200 (one transaction each, as composite/sobjects sends them), as the admin.
 * Run: `npx tsx local/org/benchInserts.ts [sourceDir] [object] [count]`. The HTTP benchmark
 * (`npm run bench:local-org`) adds jsforce and the server on top of this.
 */
export function benchInserts(
    sourceDir: string,
    objectName: string,
    count: number,
    make: (index: number, caseId: string) => Record<string, unknown>
): { seconds: number; perRecordMs: number } {
    const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-bench-')), 'org.db');
    const org = openLocalOrg({ dbPath, sourceDir });
    const admin = { userId: org.users()[0].id };
    // Interactions hang off a Case (master-detail): ten Cases share the load.
    const caseIds = Array.from({ length: 10 }, (_, index) => org.create(admin, 'Case', { Subject: `Case ${index}` }));
    const started = process.hrtime.bigint();
    for (let start = 0; start < count; start += 200) {
        org.transaction(() => {
            for (let index = start; index < Math.min(start + 200, count); index += 1) {
                org.create(admin, objectName, make(index, caseIds[index % caseIds.length]));
            }
        });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    org.close();
    fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
    return { seconds, perRecordMs: (seconds * 1000) / count };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
    const sourceDir = process.argv[2] ?? path.join(process.cwd(), 'force-app', 'main', 'default');
    const objectName = process.argv[3] ?? 'Interaction__c';
    const count = Number(process.argv[4] ?? 100000);
    const result = benchInserts(sourceDir, objectName, count, (index, caseId) => ({
        Case__c: caseId,
        Name: `Interaction ${index}`,
        External_Id__c: `INT-${index}`,
        Channel__c: 'Phone',
        Handle_Time_Seconds__c: index % 900
    }));
    console.log(
        `${count} ${objectName} inserts: ${result.seconds.toFixed(2)} s (${result.perRecordMs.toFixed(3)} ms a record)`
    );
}
