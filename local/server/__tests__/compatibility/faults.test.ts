import { performance } from 'node:perf_hooks';
import { startRealOrg, type RealOrg } from './realOrg';

/**
 * Faults on purpose (issue 5, "For tests") on the real engine, met by jsforce as a real org's
 * would be: a 503 SERVER_UNAVAILABLE that jsforce retries, the Nth request failing, 403
 * REQUEST_LIMIT_EXCEEDED (REST API Developer Guide, "Status Codes and Error Responses"), a slow org,
 * and a dropped connection — with nothing half-written.
 */
let real: RealOrg;
let caseId: string;

beforeAll(async () => {
    real = await startRealOrg();
    caseId = (await real.admin.sobject('Case').create({ Subject: 'Fault case', Origin: 'Phone' })).id as string;
});

afterEach(() => {
    real.server.faults.clear();
});

afterAll(async () => {
    await real.close();
});

const countIn = async (queue: string): Promise<number> =>
    (await real.admin.query(`SELECT COUNT() FROM Interaction__c WHERE Queue__c = '${queue}'`)).totalSize;

describe('fault injection', () => {
    it('answers 503 once: jsforce retries the GET and gets the answer', async () => {
        const before = real.server.faults.requestCount;
        real.server.faults.add({ kind: 'unavailable' });
        await expect(real.admin.query('SELECT COUNT() FROM Case')).resolves.toMatchObject({ totalSize: 1 });
        expect(real.server.faults.requestCount - before).toBe(2);
        // jsforce retries below its transport, so the exchange it reports is the final 200.
        expect(real.exchanges[real.exchanges.length - 1].status).toBe(200);
    });

    it('fails the Nth request only, and a failed POST saves nothing', async () => {
        real.server.faults.add({ kind: 'serverError', onRequest: 2, pathIncludes: '/sobjects/Interaction__c' });
        const record = { Name: 'n', Case__c: caseId, Channel__c: 'Phone', Queue__c: 'nth' };
        await expect(real.admin.sobject('Interaction__c').create(record)).resolves.toMatchObject({ success: true });
        await expect(real.admin.sobject('Interaction__c').create(record)).rejects.toMatchObject({
            errorCode: 'UNKNOWN_EXCEPTION'
        });
        expect(real.exchanges[real.exchanges.length - 1].status).toBe(500);
        await expect(real.admin.sobject('Interaction__c').create(record)).resolves.toMatchObject({ success: true });
        expect(await countIn('nth')).toBe(2);
    });

    it('answers REQUEST_LIMIT_EXCEEDED with 403, which jsforce does not retry', async () => {
        real.server.faults.add({ kind: 'requestLimitExceeded', times: 2 });
        const before = real.server.faults.requestCount;
        await expect(real.admin.query('SELECT Id FROM Case')).rejects.toMatchObject({
            errorCode: 'REQUEST_LIMIT_EXCEEDED',
            message: 'TotalRequests Limit exceeded.'
        });
        expect(real.server.faults.requestCount - before).toBe(1);
        expect(real.exchanges[real.exchanges.length - 1].status).toBe(403);
    });

    it('is slow when told, and still right', async () => {
        real.server.faults.setLatency(150);
        const started = performance.now();
        const result = await real.admin.query('SELECT Subject FROM Case');
        expect(performance.now() - started).toBeGreaterThanOrEqual(140);
        expect((result.records[0] as any).Subject).toBe('Fault case');
    });

    it('drops the connection on a POST: jsforce raises, and nothing is saved', async () => {
        real.server.faults.add({ kind: 'dropConnection', pathIncludes: '/composite/sobjects' });
        await expect(
            real.admin.sobject('Interaction__c').create(
                [
                    { Name: 'd1', Case__c: caseId, Channel__c: 'Chat', Queue__c: 'dropped' },
                    { Name: 'd2', Case__c: caseId, Channel__c: 'Chat', Queue__c: 'dropped' }
                ],
                { allOrNone: true }
            )
        ).rejects.toThrow();
        expect(await countIn('dropped')).toBe(0);
    });
});
