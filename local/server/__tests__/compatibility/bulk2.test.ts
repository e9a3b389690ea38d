import { seedDesk, startRealOrg, type Desk, type RealOrg } from './realOrg';

/**
 * Bulk API 2.0 ingest and query jobs through jsforce's bulk2 on the real engine, against the Bulk
 * API 2.0 Developer Guide: successful results carry sf__Id and sf__Created before the uploaded
 * columns, failed results sf__Id and sf__Error ("CODE:message:fields"), and query results are CSV.
 */
let real: RealOrg;
let desk: Desk;

beforeAll(async () => {
    real = await startRealOrg();
    desk = await seedDesk(real);
    real.admin.bulk2.pollInterval = 20;
});

afterAll(async () => {
    await real.close();
});

describe('Bulk API 2.0', () => {
    it('ingests an insert job record by record and reports successes and failures', async () => {
        const csv = [
            'Name,Case__c,Channel__c,Queue__c,CSAT__c',
            `B-1,${desk.caseId},Phone,bulk2,5`,
            `B-2,${desk.caseId},Fax,bulk2,4`,
            `B-3,,Chat,bulk2,3`,
            `B-4,${desk.caseId},Chat,bulk2,7`,
            `B-5,${desk.caseId},Email,bulk2,`
        ].join('\n');
        const results = await real.admin.bulk2.loadAndWaitForResults({
            object: 'Interaction__c',
            operation: 'insert',
            input: csv
        });
        expect(results.successfulResults.map((row: any) => [row.Name, row.sf__Created])).toEqual([
            ['B-1', 'true'],
            ['B-5', 'true']
        ]);
        expect(results.successfulResults[0].sf__Id).toMatch(/^[a-zA-Z0-9]{18}$/);
        const errors = Object.fromEntries(results.failedResults.map((row: any) => [row.Name, row.sf__Error]));
        expect(errors['B-2']).toMatch(/^INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:/);
        expect(errors['B-3']).toMatch(/^REQUIRED_FIELD_MISSING:Required fields are missing: \[Case__c\]/);
        expect(errors['B-4']).toMatch(/^FIELD_CUSTOM_VALIDATION_EXCEPTION:CSAT is from 1 to 5\./);
        const stored: any = await real.admin.query(
            "SELECT Name, CSAT__c FROM Interaction__c WHERE Queue__c = 'bulk2' ORDER BY Name"
        );
        // An empty CSV cell is a blank value.
        expect(stored.records.map((row: any) => [row.Name, row.CSAT__c])).toEqual([
            ['B-1', 5],
            ['B-5', null]
        ]);
    });

    it('upserts on an external ID and deletes through ingest jobs', async () => {
        const upsert = await real.admin.bulk2.loadAndWaitForResults({
            object: 'Interaction__c',
            operation: 'upsert',
            externalIdFieldName: 'External_Id__c',
            input: `External_Id__c,Name,Case__c,Channel__c,Queue__c\nBU-1,U-1,${desk.caseId},Phone,bulk2u\nBU-2,U-2,${desk.caseId},Chat,bulk2u\n`
        });
        expect(upsert.successfulResults.map((row: any) => row.sf__Created)).toEqual(['true', 'true']);
        const again = await real.admin.bulk2.loadAndWaitForResults({
            object: 'Interaction__c',
            operation: 'upsert',
            externalIdFieldName: 'External_Id__c',
            input: 'External_Id__c,CSAT__c\nBU-1,2\n'
        });
        expect(again.successfulResults).toHaveLength(1);
        expect(again.successfulResults[0]).toMatchObject({
            sf__Created: 'false',
            sf__Id: upsert.successfulResults[0].sf__Id
        });
        const removed = await real.admin.bulk2.loadAndWaitForResults({
            object: 'Interaction__c',
            operation: 'delete',
            input: `Id\n${upsert.successfulResults[1].sf__Id}\n`
        });
        expect(removed.successfulResults).toHaveLength(1);
        const left: any = await real.admin.query("SELECT Name, CSAT__c FROM Interaction__c WHERE Queue__c = 'bulk2u'");
        expect(left.records.map((row: any) => [row.Name, row.CSAT__c])).toEqual([['U-1', 2]]);
    });

    it('runs a query job and returns every row as CSV strings, parents by dotted column', async () => {
        const records = await (
            await real.admin.bulk2.query(
                "SELECT Name, Channel__c, CSAT__c, Case__r.Subject FROM Interaction__c WHERE Queue__c = 'bulk2' ORDER BY Name",
                { pollInterval: 20 }
            )
        ).toArray();
        expect(records).toEqual([
            { Name: 'B-1', Channel__c: 'Phone', CSAT__c: '5', 'Case__r.Subject': 'Billing dispute' },
            { Name: 'B-5', Channel__c: 'Email', CSAT__c: '', 'Case__r.Subject': 'Billing dispute' }
        ]);
    });

    it('refuses a bad query job with the SOQL error', async () => {
        const before = real.exchanges.length;
        await expect(
            real.admin.bulk2
                .query('SELECT Nope__c FROM Interaction__c', { pollInterval: 20 })
                .then((stream) => stream.toArray())
        ).rejects.toMatchObject({ errorCode: 'INVALID_FIELD' });
        // jsforce fires a clean-up DELETE of the job without waiting for it; let it land before the
        // server closes, or jsforce keeps retrying it against a closed port.
        for (let waited = 0; waited < 2000; waited += 20) {
            if (real.exchanges.slice(before).some((exchange) => exchange.method === 'DELETE')) {
                break;
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(real.exchanges.slice(before).map((exchange) => exchange.method)).toContain('DELETE');
    });
});
