import jsforce, { type Connection } from 'jsforce';
import { ADMIN_TOKEN } from './fakeOrg';
import { startHarness, type Harness } from './harness';

/** jsforce 3.10.16, the command line's client, pointed at the local org's API over a FakeOrg. */
let harness: Harness;
let conn: Connection;

beforeEach(async () => {
    harness = await startHarness();
    conn = new jsforce.Connection({
        instanceUrl: harness.server.instanceUrl,
        accessToken: ADMIN_TOKEN,
        version: '65.0'
    });
});

afterEach(async () => {
    await harness.close();
});

describe('jsforce against the local org', () => {
    it('creates, retrieves, updates, upserts and deletes single records', async () => {
        const created = await conn.sobject('Widget__c').create({ Name: 'One', Count__c: 1 });
        expect(created).toEqual({ id: expect.any(String), success: true, errors: [] });
        const id = created.id as string;
        const read = await conn.sobject('Widget__c').retrieve(id);
        expect(read).toMatchObject({ Id: id, Name: 'One', Count__c: 1 });
        expect(await conn.sobject('Widget__c').update({ Id: id, Count__c: 5 })).toEqual({
            id,
            success: true,
            errors: []
        });
        const upserted = await conn.sobject('Widget__c').upsert({ Code__c: 'W-1', Name: 'Coded' }, 'Code__c');
        expect(upserted).toMatchObject({ success: true, created: true });
        expect(await conn.sobject('Widget__c').destroy(id)).toEqual({ id, success: true, errors: [] });
    });

    it('raises the documented error code and fields on a refused save', async () => {
        await expect(conn.sobject('Widget__c').create({ Count__c: 1 })).rejects.toMatchObject({
            errorCode: 'REQUIRED_FIELD_MISSING',
            message: 'Required fields are missing: [Name]'
        });
    });

    it('reports an unknown session as INVALID_SESSION_ID', async () => {
        const stranger = new jsforce.Connection({
            instanceUrl: harness.server.instanceUrl,
            accessToken: 'wrong',
            version: '65.0'
        });
        await expect(stranger.query('SELECT Id FROM Widget__c')).rejects.toMatchObject({
            errorCode: 'INVALID_SESSION_ID'
        });
    });

    it('queries with autoFetch across nextRecordsUrl pages', async () => {
        harness.org.pageSize = 2;
        await conn
            .sobject('Widget__c')
            .create([{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }, { Name: 'd' }, { Name: 'e' }]);
        const result = await conn.query('SELECT Name FROM Widget__c ORDER BY Name', { autoFetch: true, maxFetch: 100 });
        expect(result.records.map((record: any) => record.Name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('uses sObject Collections for arrays, record by record without allOrNone', async () => {
        const results = await conn.sobject('Widget__c').create([{ Name: 'ok' }, { Count__c: 2 }]);
        expect(results[0]).toEqual({ id: expect.any(String), success: true, errors: [] });
        expect(results[1]).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'REQUIRED_FIELD_MISSING',
                    message: 'Required fields are missing: [Name]',
                    fields: ['Name']
                }
            ]
        });
        // The failed record was written before its check failed; its own transaction undid it.
        expect(harness.org.rows('Widget__c').map((row) => row.Name)).toEqual(['ok']);
    });

    it('rolls every record back with allOrNone', async () => {
        const results = await conn.sobject('Widget__c').create([{ Name: 'ok' }, { Count__c: 2 }], { allOrNone: true });
        expect(results[0]).toMatchObject({
            success: false,
            errors: [{ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' }]
        });
        expect(results[1]).toMatchObject({ success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING' }] });
        expect(harness.org.rows('Widget__c')).toHaveLength(0);
    });

    it('updates, upserts, retrieves and deletes collections', async () => {
        const created = await conn.sobject('Widget__c').create([{ Name: 'a' }, { Name: 'b' }]);
        const ids = created.map((result: any) => result.id as string);
        const updated = await conn.sobject('Widget__c').update(ids.map((Id: string) => ({ Id, Count__c: 9 })));
        expect(updated.every((result: any) => result.success)).toBe(true);
        const read = await conn.sobject('Widget__c').retrieve(ids, { fields: ['Name', 'Count__c'] });
        expect(read.map((record: any) => record.Count__c)).toEqual([9, 9]);
        const upserted = await conn.sobject('Widget__c').upsert(
            [
                { Code__c: 'X', Name: 'x' },
                { Code__c: 'X', Name: 'x2' }
            ],
            'Code__c'
        );
        expect(upserted.map((result: any) => result.created)).toEqual([true, false]);
        const deleted = await conn.sobject('Widget__c').destroy(ids);
        expect(deleted).toEqual(ids.map((id: string) => ({ id, success: true, errors: [] })));
    });

    it('runs a composite request with references', async () => {
        const answer: any = await conn.requestPost('/composite', {
            allOrNone: true,
            compositeRequest: [
                {
                    method: 'POST',
                    url: '/services/data/v65.0/sobjects/Widget__c',
                    referenceId: 'parent',
                    body: { Name: 'P' }
                },
                {
                    method: 'POST',
                    url: '/services/data/v65.0/sobjects/Widget__c',
                    referenceId: 'child',
                    body: { Name: 'C', Parent__c: '@{parent.id}' }
                },
                {
                    method: 'GET',
                    url: '/services/data/v65.0/sobjects/Widget__c/@{child.id}?fields=Parent__c',
                    referenceId: 'read'
                }
            ]
        });
        const [parent, child, read] = answer.compositeResponse;
        expect(parent).toMatchObject({ httpStatusCode: 201, referenceId: 'parent', body: { success: true } });
        expect(parent.httpHeaders.Location).toBe(`/services/data/v65.0/sobjects/Widget__c/${parent.body.id}`);
        expect(child.httpStatusCode).toBe(201);
        expect(read.body.Parent__c).toBe(parent.body.id);
    });

    it('halts and rolls back a composite request with allOrNone when one subrequest fails', async () => {
        const answer: any = await conn.requestPost('/composite', {
            allOrNone: true,
            compositeRequest: [
                {
                    method: 'POST',
                    url: '/services/data/v65.0/sobjects/Widget__c',
                    referenceId: 'good',
                    body: { Name: 'G' }
                },
                {
                    method: 'POST',
                    url: '/services/data/v65.0/sobjects/Widget__c',
                    referenceId: 'bad',
                    body: { Count__c: 1 }
                },
                {
                    method: 'POST',
                    url: '/services/data/v65.0/sobjects/Widget__c',
                    referenceId: 'after',
                    body: { Name: 'A' }
                }
            ]
        });
        expect(answer.compositeResponse.map((one: any) => [one.referenceId, one.httpStatusCode])).toEqual([
            ['good', 400],
            ['bad', 400],
            ['after', 400]
        ]);
        expect(answer.compositeResponse[0].body[0].errorCode).toBe('PROCESSING_HALTED');
        expect(answer.compositeResponse[1].body[0].errorCode).toBe('REQUIRED_FIELD_MISSING');
        expect(harness.org.rows('Widget__c')).toHaveLength(0);
    });

    it('halts only dependent subrequests without allOrNone', async () => {
        const answer: any = await conn.requestPost('/composite', {
            allOrNone: false,
            compositeRequest: [
                {
                    method: 'POST',
                    url: '/services/data/v65.0/sobjects/Widget__c',
                    referenceId: 'bad',
                    body: { Count__c: 1 }
                },
                {
                    method: 'POST',
                    url: '/services/data/v65.0/sobjects/Widget__c',
                    referenceId: 'free',
                    body: { Name: 'F' }
                },
                {
                    method: 'PATCH',
                    url: '/services/data/v65.0/sobjects/Widget__c/@{bad.id}',
                    referenceId: 'dependent',
                    body: { Name: 'D' }
                }
            ]
        });
        expect(answer.compositeResponse.map((one: any) => one.httpStatusCode)).toEqual([400, 201, 400]);
        expect(answer.compositeResponse[2].body[0].errorCode).toBe('PROCESSING_HALTED');
        expect(harness.org.rows('Widget__c').map((row) => row.Name)).toEqual(['F']);
    });

    it('loads and queries through Bulk API 2.0', async () => {
        conn.bulk2.pollInterval = 20;
        const results = await conn.bulk2.loadAndWaitForResults({
            object: 'Widget__c',
            operation: 'insert',
            input: 'Name,Count__c,Active__c\nfirst,1,true\n,2,false\nthird,3,#N/A\n'
        });
        expect(results.successfulResults.map((row: any) => row.Name)).toEqual(['first', 'third']);
        expect(results.successfulResults[0].sf__Created).toBe('true');
        expect(results.failedResults).toHaveLength(1);
        expect(results.failedResults[0].sf__Error).toMatch(/^REQUIRED_FIELD_MISSING:/);
        const stored = harness.org.rows('Widget__c').find((row) => row.Name === 'first')!;
        expect(stored).toMatchObject({ Count__c: 1, Active__c: true });

        const records = await (
            await conn.bulk2.query('SELECT Name, Count__c FROM Widget__c ORDER BY Name', { pollInterval: 20 })
        ).toArray();
        expect(records.map((record: any) => [record.Name, record.Count__c])).toEqual([
            ['first', '1'],
            ['third', '3']
        ]);
    });

    it('meets injected faults: a 503 that jsforce retries, then REQUEST_LIMIT_EXCEEDED that it does not', async () => {
        const before = harness.server.faults.requestCount;
        harness.server.faults.add({ kind: 'unavailable' });
        await expect(conn.query('SELECT Id FROM Widget__c')).resolves.toMatchObject({ totalSize: 0 });
        // jsforce retries a GET answered 503 (after 500 ms): two requests reached the server.
        expect(harness.server.faults.requestCount - before).toBe(2);
        harness.server.faults.add({ kind: 'requestLimitExceeded' });
        await expect(conn.query('SELECT Id FROM Widget__c')).rejects.toMatchObject({
            errorCode: 'REQUEST_LIMIT_EXCEEDED'
        });
        await expect(conn.query('SELECT Id FROM Widget__c')).resolves.toMatchObject({ totalSize: 0 });
    });
});
