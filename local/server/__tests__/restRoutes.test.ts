import { apiVersions, releaseLabel } from '../apiVersions';
import { READER_TOKEN } from './fakeOrg';
import { startHarness, V, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
    harness = await startHarness();
});

afterEach(async () => {
    await harness.close();
});

describe('versions and resources', () => {
    it('names releases three a year from Winter 11 (v20.0) to Winter 26 (v65.0)', () => {
        expect(releaseLabel(20)).toBe("Winter '11");
        expect(releaseLabel(63)).toBe("Spring '25");
        expect(releaseLabel(64)).toBe("Summer '25");
        expect(releaseLabel(65)).toBe("Winter '26");
    });

    it('lists the versions without a session, newest last', async () => {
        const answer = await harness.call('GET', '/services/data', undefined, { token: null });
        expect(answer.status).toBe(200);
        expect(answer.body.at(-1)).toEqual({ label: "Winter '26", url: '/services/data/v65.0', version: '65.0' });
        expect(answer.body).toEqual(apiVersions('65.0'));
    });

    it('lists the resources of a version', async () => {
        const answer = await harness.call('GET', V);
        expect(answer.status).toBe(200);
        expect(answer.body.sobjects).toBe('/services/data/v65.0/sobjects');
        expect(answer.body.query).toBe('/services/data/v65.0/query');
    });

    it('answers a version it does not serve with 404 NOT_FOUND', async () => {
        const answer = await harness.call('GET', '/services/data/v99.0/sobjects');
        expect(answer.status).toBe(404);
        expect(answer.body).toEqual([
            { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND', fields: [] }
        ]);
    });

    it('counts API requests in /limits and in Sforce-Limit-Info', async () => {
        await harness.call('GET', V);
        const answer = await harness.call('GET', `${V}/limits`);
        expect(answer.body.DailyApiRequests).toEqual({ Max: 15000, Remaining: 15000 - 2 });
        expect(answer.body.DataStorageMB.Max).toBeGreaterThan(0);
        expect(answer.headers.get('sforce-limit-info')).toBe('api-usage=2/15000');
    });
});

describe('errors', () => {
    it('refuses a missing or unknown token with 401 INVALID_SESSION_ID', async () => {
        const expected = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];
        const missing = await harness.call('GET', `${V}/sobjects`, undefined, { token: null });
        expect(missing.status).toBe(401);
        expect(missing.body).toEqual(expected);
        const wrong = await harness.call('GET', `${V}/sobjects`, undefined, { token: 'nope' });
        expect(wrong.status).toBe(401);
        expect(wrong.body).toEqual(expected);
    });

    it('answers an unknown route with 404 NOT_FOUND', async () => {
        for (const path of ['/nowhere', `${V}/nowhere`, `${V}/sobjects/Widget__c/a/b/c`]) {
            const answer = await harness.call('GET', path);
            expect(answer.status).toBe(404);
            expect(answer.body[0].errorCode).toBe('NOT_FOUND');
        }
    });

    it('answers malformed JSON with 400 JSON_PARSER_ERROR and saves nothing', async () => {
        const answer = await harness.call('POST', `${V}/sobjects/Widget__c`, '{"Name": ');
        expect(answer.status).toBe(400);
        expect(answer.body[0].errorCode).toBe('JSON_PARSER_ERROR');
        expect(harness.org.rows('Widget__c')).toHaveLength(0);
    });

    it('answers a method a resource does not take with 405', async () => {
        const answer = await harness.call('PUT', `${V}/sobjects/Widget__c`, {});
        expect(answer.status).toBe(405);
        expect(answer.body[0]).toMatchObject({ errorCode: 'METHOD_NOT_ALLOWED' });
        expect(answer.body[0].message).toContain('GET,POST');
    });

    it("passes the engine's refusal through with its status, code and fields", async () => {
        const answer = await harness.call('POST', `${V}/sobjects/Widget__c`, { Code__c: 'W-1' });
        expect(answer.status).toBe(400);
        expect(answer.body).toEqual([
            { message: 'Required fields are missing: [Name]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Name'] }
        ]);
        const reader = await harness.call('POST', `${V}/sobjects/Widget__c`, { Name: 'x' }, { token: READER_TOKEN });
        expect(reader.body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    });
});

describe('sobjects', () => {
    it('describes globally, one object, and its basic info', async () => {
        const global = await harness.call('GET', `${V}/sobjects`);
        expect(global.body.sobjects.map((sobject: { name: string }) => sobject.name)).toEqual(['Widget__c', 'Account']);
        const describe = await harness.call('GET', `${V}/sobjects/Widget__c/describe`);
        expect(describe.body.fields.map((field: { name: string }) => field.name)).toContain('Code__c');
        const basic = await harness.call('GET', `${V}/sobjects/Widget__c`);
        expect(basic.body).toEqual({
            objectDescribe: { name: 'Widget__c', keyPrefix: 'a00', queryable: true },
            recentItems: []
        });
        expect((await harness.call('GET', `${V}/sobjects/Nothing__c`)).status).toBe(404);
    });

    it('creates (201), reads, updates (204) and deletes (204) a record', async () => {
        const created = await harness.call('POST', `${V}/sobjects/Widget__c`, {
            attributes: { type: 'Widget__c' },
            Name: 'First',
            Count__c: 2
        });
        expect(created.status).toBe(201);
        expect(created.body).toEqual({ id: expect.stringMatching(/^a00\w{15}$/), success: true, errors: [] });
        const id = created.body.id;

        const read = await harness.call('GET', `${V}/sobjects/Widget__c/${id}?fields=Name,Count__c`);
        expect(read.body).toEqual({
            attributes: { type: 'Widget__c', url: `${V}/sobjects/Widget__c/${id}` },
            Name: 'First',
            Count__c: 2
        });

        const updated = await harness.call('PATCH', `${V}/sobjects/Widget__c/${id}`, { Count__c: 3 });
        expect(updated.status).toBe(204);
        expect(updated.text).toBe('');
        expect((await harness.call('GET', `${V}/sobjects/Widget__c/${id}`)).body.Count__c).toBe(3);

        const deleted = await harness.call('DELETE', `${V}/sobjects/Widget__c/${id}`);
        expect(deleted.status).toBe(204);
        expect((await harness.call('GET', `${V}/sobjects/Widget__c/${id}`)).status).toBe(404);
    });

    it('upserts by external ID: 201 created, then 200 updated, with created in the body', async () => {
        const first = await harness.call('PATCH', `${V}/sobjects/Widget__c/Code__c/W-7`, { Name: 'Seven' });
        expect(first.status).toBe(201);
        expect(first.body).toEqual({ id: expect.any(String), success: true, errors: [], created: true });
        const second = await harness.call('PATCH', `${V}/sobjects/Widget__c/Code__c/W-7`, { Name: 'Seven again' });
        expect(second.status).toBe(200);
        expect(second.body).toEqual({ id: first.body.id, success: true, errors: [], created: false });
        const byExternalId = await harness.call('GET', `${V}/sobjects/Widget__c/Code__c/W-7`);
        expect(byExternalId.body.Name).toBe('Seven again');
    });
});

describe('query', () => {
    beforeEach(async () => {
        for (const name of ['a', 'b', 'c']) {
            await harness.call('POST', `${V}/sobjects/Widget__c`, { Name: name });
        }
    });

    it('answers the first page and follows nextRecordsUrl to the last', async () => {
        harness.org.pageSize = 2;
        const first = await harness.call(
            'GET',
            `${V}/query?q=${encodeURIComponent('SELECT Name FROM Widget__c ORDER BY Name')}`
        );
        expect(first.status).toBe(200);
        expect(first.body).toMatchObject({ totalSize: 3, done: false });
        expect(first.body.records.map((record: { Name: string }) => record.Name)).toEqual(['a', 'b']);
        const second = await harness.call('GET', first.body.nextRecordsUrl);
        expect(second.body).toMatchObject({ totalSize: 3, done: true });
        expect(second.body.records.map((record: { Name: string }) => record.Name)).toEqual(['c']);
    });

    it('includes deleted records only through queryAll', async () => {
        const page = await harness.call(
            'GET',
            `${V}/query?q=${encodeURIComponent("SELECT Id FROM Widget__c WHERE Name = 'a'")}`
        );
        await harness.call('DELETE', `${V}/sobjects/Widget__c/${page.body.records[0].Id}`);
        const q = encodeURIComponent('SELECT Id FROM Widget__c');
        expect((await harness.call('GET', `${V}/query?q=${q}`)).body.totalSize).toBe(2);
        expect((await harness.call('GET', `${V}/queryAll?q=${q}`)).body.totalSize).toBe(3);
    });

    it('refuses a missing or malformed query with 400 MALFORMED_QUERY', async () => {
        expect((await harness.call('GET', `${V}/query`)).body[0].errorCode).toBe('MALFORMED_QUERY');
        const bad = await harness.call('GET', `${V}/query?q=${encodeURIComponent('SELEKT Id')}`);
        expect(bad.status).toBe(400);
        expect(bad.body[0].errorCode).toBe('MALFORMED_QUERY');
    });
});
