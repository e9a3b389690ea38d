import { lastStatus, seedDesk, startRealOrg, type Desk, type RealOrg } from './realOrg';

/**
 * sObject Collections and composite requests through jsforce on the real engine, against the REST
 * API Developer Guide: "sObject Collections" (one SaveResult { id, success, errors[{ statusCode,
 * message, fields }] } per record, in order; with allOrNone the others are
 * ALL_OR_NONE_OPERATION_ROLLED_BACK and nothing is saved) and "Composite" ({ compositeResponse:
 * [{ body, httpHeaders, httpStatusCode, referenceId }] }, @{ref.id} references, PROCESSING_HALTED).
 */
let real: RealOrg;
let desk: Desk;
const V = '/services/data/v65.0';

beforeAll(async () => {
    real = await startRealOrg();
    desk = await seedDesk(real);
});

afterAll(async () => {
    await real.close();
});

const countIn = async (queue: string): Promise<number> =>
    (await real.admin.query(`SELECT COUNT() FROM Interaction__c WHERE Queue__c = '${queue}'`)).totalSize;

const interaction = (queue: string, name: string, extra: Record<string, unknown> = {}) => ({
    Name: name,
    Case__c: desk.caseId,
    Channel__c: 'Chat',
    Queue__c: queue,
    ...extra
});

describe('sObject Collections', () => {
    it('saves record by record without allOrNone: the good ones stay', async () => {
        const results = await real.admin
            .sobject('Interaction__c')
            .create([interaction('c1', 'ok'), { Name: 'no case', Channel__c: 'Chat', Queue__c: 'c1' }]);
        expect(await lastStatus(real)).toBe(200);
        expect(results[0]).toEqual({ id: expect.stringMatching(/^[a-zA-Z0-9]{18}$/), success: true, errors: [] });
        expect(results[1]).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'REQUIRED_FIELD_MISSING',
                    message: 'Required fields are missing: [Case__c]',
                    fields: ['Case__c']
                }
            ]
        });
        expect(await countIn('c1')).toBe(1);
    });

    it('changes nothing when one record fails with allOrNone', async () => {
        const results = await real.admin
            .sobject('Interaction__c')
            .create(
                [
                    interaction('c2', 'first'),
                    interaction('c2', 'bad', { Channel__c: 'Fax' }),
                    interaction('c2', 'third')
                ],
                {
                    allOrNone: true
                }
            );
        expect(results.map((result) => result.success)).toEqual([false, false, false]);
        expect(results[0].errors).toEqual([
            expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK', fields: [] })
        ]);
        expect(results[1].errors).toEqual([
            expect.objectContaining({ statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Channel__c'] })
        ]);
        expect(await countIn('c2')).toBe(0);
    });

    it('updates with allOrNone both ways and leaves values untouched after a failed all-or-none update', async () => {
        const created = await real.admin
            .sobject('Interaction__c')
            .create([interaction('c3', 'u1'), interaction('c3', 'u2')], { allOrNone: true });
        const [first, second] = created.map((result) => result.id as string);
        const failed = await real.admin.sobject('Interaction__c').update(
            [
                { Id: first, CSAT__c: 5 },
                { Id: second, CSAT__c: 9 }
            ],
            { allOrNone: true }
        );
        expect(failed.map((result) => result.success)).toEqual([false, false]);
        expect(failed[1]).toMatchObject({
            id: second,
            errors: [{ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'CSAT is from 1 to 5.' }]
        });
        const unchanged: any = await real.admin.query(`SELECT CSAT__c FROM Interaction__c WHERE Queue__c = 'c3'`);
        expect(unchanged.records.map((record: any) => record.CSAT__c)).toEqual([null, null]);
        const partial = await real.admin.sobject('Interaction__c').update([
            { Id: first, CSAT__c: 5 },
            { Id: second, CSAT__c: 9 }
        ]);
        expect(partial.map((result) => result.success)).toEqual([true, false]);
        expect(((await real.admin.sobject('Interaction__c').retrieve(first)) as any).CSAT__c).toBe(5);
    });

    it('upserts on an external ID and deletes a collection', async () => {
        const upserted: any[] = await real.admin
            .sobject('Interaction__c')
            .upsert(
                [
                    interaction('c4', 'x1', { External_Id__c: 'COLL-1' }),
                    interaction('c4', 'x2', { External_Id__c: 'COLL-2' })
                ],
                'External_Id__c'
            );
        expect(upserted.map((result) => [result.success, result.created])).toEqual([
            [true, true],
            [true, true]
        ]);
        const again: any[] = await real.admin
            .sobject('Interaction__c')
            .upsert(
                [{ External_Id__c: 'COLL-1', CSAT__c: 3 }, interaction('c4', 'x3', { External_Id__c: 'COLL-3' })],
                'External_Id__c'
            );
        expect(again.map((result) => [result.id === upserted[0].id, result.created])).toEqual([
            [true, false],
            [false, true]
        ]);
        const ids = [upserted[0].id, upserted[1].id, again[1].id];
        const deleted = await real.admin.sobject('Interaction__c').destroy(ids);
        expect(deleted).toEqual(ids.map((id) => ({ id, success: true, errors: [] })));
        expect(await countIn('c4')).toBe(0);
    });
});

describe('composite', () => {
    it('runs subrequests that use earlier results through references', async () => {
        const answer: any = await real.admin.requestPost('/composite', {
            allOrNone: true,
            compositeRequest: [
                {
                    method: 'POST',
                    url: `${V}/sobjects/Case`,
                    referenceId: 'newCase',
                    body: { Subject: 'Composite case', Origin: 'Web' }
                },
                {
                    method: 'POST',
                    url: `${V}/sobjects/Interaction__c`,
                    referenceId: 'newInteraction',
                    body: { Name: 'Composite call', Case__c: '@{newCase.id}', Channel__c: 'Phone', Queue__c: 'k1' }
                },
                {
                    method: 'PATCH',
                    url: `${V}/sobjects/Interaction__c/@{newInteraction.id}`,
                    referenceId: 'rate',
                    body: { CSAT__c: 4 }
                },
                {
                    method: 'GET',
                    url: `${V}/query?q=SELECT+Name,CSAT__c,Case__r.Subject+FROM+Interaction__c+WHERE+Case__c='@{newCase.id}'`,
                    referenceId: 'check'
                }
            ]
        });
        const [newCase, newInteraction, rate, check] = answer.compositeResponse;
        expect(newCase).toEqual({
            body: { id: expect.any(String), success: true, errors: [] },
            httpHeaders: { Location: `${V}/sobjects/Case/${newCase.body.id}` },
            httpStatusCode: 201,
            referenceId: 'newCase'
        });
        expect(newInteraction.httpStatusCode).toBe(201);
        expect(rate).toMatchObject({ body: null, httpStatusCode: 204, referenceId: 'rate' });
        expect(check.httpStatusCode).toBe(200);
        expect(check.body).toMatchObject({ totalSize: 1, done: true });
        expect(check.body.records[0]).toMatchObject({
            Name: 'Composite call',
            CSAT__c: 4,
            Case__r: { Subject: 'Composite case' }
        });
    });

    it('halts and rolls back everything with allOrNone when a subrequest fails', async () => {
        const answer: any = await real.admin.requestPost('/composite', {
            allOrNone: true,
            compositeRequest: [
                {
                    method: 'POST',
                    url: `${V}/sobjects/Interaction__c`,
                    referenceId: 'good',
                    body: interaction('k2', 'good')
                },
                {
                    method: 'POST',
                    url: `${V}/sobjects/Interaction__c`,
                    referenceId: 'bad',
                    body: interaction('k2', 'bad', { AI_Flagged__c: true })
                },
                {
                    method: 'POST',
                    url: `${V}/sobjects/Interaction__c`,
                    referenceId: 'after',
                    body: interaction('k2', 'after')
                }
            ]
        });
        expect(answer.compositeResponse.map((one: any) => [one.referenceId, one.httpStatusCode])).toEqual([
            ['good', 400],
            ['bad', 400],
            ['after', 400]
        ]);
        expect(answer.compositeResponse[0].body[0].errorCode).toBe('PROCESSING_HALTED');
        expect(answer.compositeResponse[1].body[0]).toMatchObject({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            message: 'A flagged interaction says why it was flagged.'
        });
        expect(await countIn('k2')).toBe(0);
    });

    it('without allOrNone keeps what succeeded and halts only what depends on a failure', async () => {
        const answer: any = await real.admin.requestPost('/composite', {
            allOrNone: false,
            compositeRequest: [
                {
                    method: 'POST',
                    url: `${V}/sobjects/Interaction__c`,
                    referenceId: 'bad',
                    body: interaction('k3', 'bad', { CSAT__c: 0 })
                },
                {
                    method: 'POST',
                    url: `${V}/sobjects/Interaction__c`,
                    referenceId: 'free',
                    body: interaction('k3', 'free')
                },
                {
                    method: 'PATCH',
                    url: `${V}/sobjects/Interaction__c/@{bad.id}`,
                    referenceId: 'dependent',
                    body: { CSAT__c: 2 }
                }
            ]
        });
        expect(answer.compositeResponse.map((one: any) => one.httpStatusCode)).toEqual([400, 201, 400]);
        expect(answer.compositeResponse[2].body[0].errorCode).toBe('PROCESSING_HALTED');
        expect(await countIn('k3')).toBe(1);
    });
});
