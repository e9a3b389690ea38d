import type { FaultKind } from '../../../local/server';
import { JobError } from '../../cli/exitCodes';
import { queryAllRecords, soqlString, upsertRecords } from '../recordWriter';
import { NO_WAIT, startJobsOrg, type JobsOrg } from './localOrgHarness';

/**
 * upsertRecords and queryAllRecords against the real local org through jsforce: faults the org
 * injects are retried and nothing is duplicated or lost; a validation rule fails at once with the
 * record and field named; Bulk API 2.0 is used above the threshold.
 */
let real: JobsOrg;
let caseId: string;

beforeAll(async () => {
    real = await startJobsOrg();
    caseId = (await real.admin.sobject('Case').create({ Subject: 'Writer case', Origin: 'Phone' })).id as string;
});

afterEach(() => {
    real.server.faults.clear();
});

afterAll(async () => {
    await real.close();
});

const interactions = (queue: string, count: number, extra: Record<string, unknown> = {}) =>
    Array.from({ length: count }, (_, index) => ({
        External_Id__c: `${queue}-${String(index).padStart(5, '0')}`,
        Name: `${queue} ${index}`,
        Case__c: caseId,
        Channel__c: 'Phone',
        Queue__c: queue,
        CSAT__c: 1 + (index % 5),
        ...extra
    }));

const inQueue = (queue: string) =>
    queryAllRecords<{ External_Id__c: string; CSAT__c: number }>(
        real.admin,
        `SELECT External_Id__c, CSAT__c FROM Interaction__c WHERE Queue__c = ${soqlString(queue)} ORDER BY External_Id__c`
    );

describe('upsertRecords', () => {
    it('creates, then updates on a second run: no duplicates, same ids', async () => {
        const records = interactions('twice', 450);
        const first = await upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', records);
        expect([first.created, first.updated, first.idsByKey.size]).toEqual([450, 0, 450]);
        const changed = records.map((record) => ({ ...record, CSAT__c: 5 }));
        // Case__c is the master-detail parent: the org refuses it on update, so it is sent on create only.
        await expect(upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', changed)).rejects.toThrow(
            /twice-00000 .*Case__c/
        );
        const second = await upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', changed, {
            insertOnlyFields: ['Case__c']
        });
        expect([second.created, second.updated]).toEqual([0, 450]);
        expect([...second.idsByKey]).toEqual([...first.idsByKey]);
        const stored = await inQueue('twice');
        expect(stored).toHaveLength(450);
        expect(stored.every((row) => row.CSAT__c === 5)).toBe(true);
    });

    it('leaves existing records as they are with leaveExisting, creates the missing ones and returns every id', async () => {
        const records = interactions('leave', 5);
        const first = await upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', records.slice(0, 3));
        // Someone moved a loaded record on; loading again must not put it back.
        await real.admin
            .sobject('Interaction__c')
            .update({ Id: first.idsByKey.get('leave-00000') as string, CSAT__c: 5 });
        const requestsBefore = real.server.faults.requestCount;
        const again = await upsertRecords(
            real.admin,
            'Interaction__c',
            'External_Id__c',
            records.map((record) => ({ ...record, CSAT__c: 2 })),
            { leaveExisting: true }
        );
        expect([again.created, again.updated, again.idsByKey.size]).toEqual([2, 0, 5]);
        expect(again.idsByKey.get('leave-00002')).toBe(first.idsByKey.get('leave-00002'));
        // One query for the existing keys, one collection call for the two missing records.
        expect(real.server.faults.requestCount - requestsBefore).toBe(2);
        expect((await inQueue('leave')).map((row) => row.CSAT__c)).toEqual([5, 2, 3, 2, 2]);
        const nothingNew = await upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', records, {
            leaveExisting: true
        });
        expect([nothingNew.created, nothingNew.updated, nothingNew.idsByKey.size]).toEqual([0, 0, 5]);
    });

    it.each<[FaultKind, number]>([
        ['unavailable', 2],
        ['requestLimitExceeded', 2],
        ['serverError', 2],
        ['dropConnection', 1]
    ])('retries a %s fault on the collections and loses nothing', async (kind, times) => {
        const queue = `fault-${kind}`;
        real.server.faults.add({ kind, onRequest: 2, times, pathIncludes: '/composite/sobjects' });
        const retries: unknown[] = [];
        const summary = await upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', interactions(queue, 500), {
            retry: { ...NO_WAIT, onRetry: (_attempt, error) => retries.push(error) }
        });
        expect(summary.created + summary.updated).toBe(500);
        expect(retries.length).toBeGreaterThanOrEqual(1);
        const stored = await inQueue(queue);
        expect(new Set(stored.map((row) => row.External_Id__c)).size).toBe(500);
        expect(stored).toHaveLength(500);
    });

    it('fails at once on a validation rule, naming the record and the field, and writes none of its batch', async () => {
        const records = interactions('refused', 5);
        records[3].CSAT__c = 9;
        const requestsBefore = real.server.faults.requestCount;
        const failure = upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', records, { retry: NO_WAIT });
        await expect(failure).rejects.toBeInstanceOf(JobError);
        await expect(failure).rejects.toThrow(/Interaction__c External_Id__c=refused-00003 .*CSAT__c/);
        expect(real.server.faults.requestCount - requestsBefore).toBe(1);
        expect(await inQueue('refused')).toHaveLength(0);
    });

    it('uses Bulk API 2.0 above the threshold, and a second run updates', async () => {
        const records = interactions('bulk', 40);
        const requestsBefore = real.server.faults.requestCount;
        const first = await upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', records, {
            bulkThreshold: 20
        });
        expect([first.created, first.updated, first.idsByKey.size]).toEqual([40, 0, 40]);
        const again = await upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', records, {
            bulkThreshold: 20,
            insertOnlyFields: ['Case__c']
        });
        expect([again.created, again.updated]).toEqual([0, 40]);
        expect([...again.idsByKey]).toEqual([...first.idsByKey]);
        expect(await inQueue('bulk')).toHaveLength(40);
        expect(real.server.faults.requestCount - requestsBefore).toBeGreaterThan(2);
    });

    it('names the record and field when Bulk API 2.0 refuses one', async () => {
        const records = interactions('bulkbad', 25);
        records[7].CSAT__c = 0;
        await expect(
            upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', records, { bulkThreshold: 20 })
        ).rejects.toThrow(/Interaction__c External_Id__c=bulkbad-00007 .*CSAT__c/);
    });

    it('refuses records without a key or with a repeated key before writing', async () => {
        await expect(
            upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', [{ Name: 'no key', Case__c: caseId }])
        ).rejects.toThrow('has no External_Id__c');
        const twin = interactions('twin', 1);
        await expect(upsertRecords(real.admin, 'Interaction__c', 'External_Id__c', [...twin, ...twin])).rejects.toThrow(
            'share External_Id__c=twin-00000'
        );
    });
});

describe('queryAllRecords', () => {
    it('reads every page, retrying a fault on the next page', async () => {
        real.server.faults.add({ kind: 'unavailable', onRequest: 2, times: 2, pathIncludes: '/query' });
        const all = await queryAllRecords<{ Id: string }>(
            real.admin,
            "SELECT Id FROM Interaction__c WHERE Queue__c LIKE 'fault-%'"
        );
        expect(all).toHaveLength(2000);
        expect(new Set(all.map((row) => row.Id)).size).toBe(2000);
    });

    it('escapes quoted values so a name cannot change the query', () => {
        expect(soqlString("O'Brien \\ team")).toBe("'O\\'Brien \\\\ team'");
    });
});
