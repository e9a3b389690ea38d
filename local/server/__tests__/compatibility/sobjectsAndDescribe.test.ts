import { checksumOf, lastStatus, seedDesk, startRealOrg, type Desk, type RealOrg } from './realOrg';

/**
 * sObject resources through jsforce on the real engine, asserted against the REST API Developer
 * Guide: "Describe Global", "sObject Describe" (field and childRelationships shapes), "sObject
 * Rows" (201 with { id, success, errors } on create, 204 on update and delete), "Insert or Update
 * (Upsert) a Record Using an External ID" (201 created / 200 updated, with `created`).
 */
let real: RealOrg;
let desk: Desk;

beforeAll(async () => {
    real = await startRealOrg();
    desk = await seedDesk(real);
});

afterAll(async () => {
    await real.close();
});

const field = (describe: any, name: string): any => describe.fields.find((one: any) => one.name === name);

describe('global and object describes', () => {
    it('lists the package objects in describe global with their key prefixes', async () => {
        const global: any = await real.admin.describeGlobal();
        expect(global).toMatchObject({ encoding: 'UTF-8', maxBatchSize: 200 });
        const assessment = global.sobjects.find((one: any) => one.name === 'Assessment__c');
        expect(assessment).toMatchObject({
            name: 'Assessment__c',
            label: 'Assessment',
            custom: true,
            queryable: true,
            createable: true,
            keyPrefix: expect.stringMatching(/^[a-zA-Z0-9]{3}$/),
            urls: expect.objectContaining({ sobject: '/services/data/v65.0/sobjects/Assessment__c' })
        });
        expect(global.sobjects.map((one: any) => one.name)).toEqual(
            expect.arrayContaining(['Case', 'User', 'Account', 'Scorecard__c', 'Interaction__c'])
        );
    });

    it('describes fields: types, auto-number, formulas, restricted picklists, lookups, external IDs', async () => {
        const describe: any = await real.admin.sobject('Assessment__c').describe();
        expect(describe).toMatchObject({
            name: 'Assessment__c',
            custom: true,
            keyPrefix: desk.assessmentId.slice(0, 3)
        });
        expect(field(describe, 'Id')).toMatchObject({ type: 'id', length: 18, nillable: false });
        expect(field(describe, 'Name')).toMatchObject({
            type: 'string',
            autoNumber: true,
            createable: false,
            updateable: false,
            nameField: true
        });
        expect(field(describe, 'Score__c')).toMatchObject({ type: 'percent', calculated: true, createable: false });
        expect(field(describe, 'Points_Earned__c')).toMatchObject({
            type: 'double',
            calculated: true,
            updateable: false
        });
        const status = field(describe, 'Status__c');
        expect(status).toMatchObject({ type: 'picklist', restrictedPicklist: true, createable: true });
        expect(status.picklistValues.map((value: any) => value.value)).toEqual([
            'Assigned',
            'In Progress',
            'Submitted',
            'Disputed',
            'Final',
            'Cancelled'
        ]);
        expect(status.picklistValues[0]).toMatchObject({ active: true, label: 'Assigned', value: 'Assigned' });
        expect(field(describe, 'Case__c')).toMatchObject({
            type: 'reference',
            referenceTo: ['Case'],
            relationshipName: 'Case__r',
            nillable: false
        });
        expect(field(describe, 'Assessment_Key__c')).toMatchObject({ type: 'string', externalId: true, unique: true });
        expect(field(describe, 'Due_Date__c')).toMatchObject({ type: 'date', nillable: true });
        expect(describe.childRelationships).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    childSObject: 'Assessment_Response__c',
                    field: 'Assessment__c',
                    relationshipName: 'Responses__r',
                    cascadeDelete: true
                })
            ])
        );
    });

    it('answers an unknown object with NOT_FOUND 404', async () => {
        await expect(real.admin.sobject('Nope__c').describe()).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
        expect(await lastStatus(real)).toBe(404);
    });
});

describe('records', () => {
    it('gives 18-character IDs with the key prefix and case checksum, auto-numbers Name, keeps system fields', async () => {
        const created = await real.admin
            .sobject('Case')
            .create({ Subject: 'Refund request', Status: 'New', Origin: 'Email' });
        expect(created).toEqual({ id: expect.any(String), success: true, errors: [] });
        expect(await lastStatus(real)).toBe(201);
        const id = created.id as string;
        expect(id).toHaveLength(18);
        expect(id.slice(0, 3)).toBe('500');
        expect(id.slice(15)).toBe(checksumOf(id.slice(0, 15)));
        const assessment: any = await real.admin.sobject('Assessment__c').retrieve(desk.assessmentId);
        expect(assessment.attributes).toEqual({
            type: 'Assessment__c',
            url: `/services/data/v65.0/sobjects/Assessment__c/${desk.assessmentId}`
        });
        expect(assessment.Name).toMatch(/^A-\d{6}$/);
        expect(assessment).toMatchObject({
            OwnerId: real.users[0].id,
            CreatedById: real.users[0].id,
            CreatedDate: '2025-05-15T10:00:00.000+0000',
            SystemModstamp: '2025-05-15T10:00:00.000+0000',
            IsDeleted: false
        });
        // A 15-character ID reads the same record.
        const short: any = await real.admin.sobject('Assessment__c').retrieve(desk.assessmentId.slice(0, 15));
        expect(short.Id).toBe(desk.assessmentId);
    });

    it('retrieves only the fields asked for', async () => {
        const record: any = await real.admin
            .sobject('Interaction__c')
            .retrieve(desk.interactionId, { fields: ['Name', 'Channel__c'] });
        // The guide's example shows only the fields asked for; the Id may come too, nothing else.
        const extra = Object.keys(record).filter((key) => !['attributes', 'Id', 'Name', 'Channel__c'].includes(key));
        expect(extra).toEqual([]);
        expect(record).toMatchObject({ Name: 'Call 1', Channel__c: 'Phone' });
    });

    it('updates with 204 and deletes with 204, after which the record is gone', async () => {
        const id = (await real.admin.sobject('Case').create({ Subject: 'Temporary', Origin: 'Web' })).id as string;
        expect(await real.admin.sobject('Case').update({ Id: id, Subject: 'Renamed' })).toEqual({
            id,
            success: true,
            errors: []
        });
        expect(await lastStatus(real)).toBe(204);
        expect(((await real.admin.sobject('Case').retrieve(id)) as any).Subject).toBe('Renamed');
        expect(await real.admin.sobject('Case').destroy(id)).toEqual({ id, success: true, errors: [] });
        expect(await lastStatus(real)).toBe(204);
        await expect(real.admin.sobject('Case').retrieve(id)).rejects.toMatchObject({
            errorCode: 'ENTITY_IS_DELETED'
        });
        expect(await lastStatus(real)).toBe(404);
    });

    it('upserts by external ID: 201 and created true, then 200 and created false', async () => {
        const values = { Name: 'Chat 7', Case__c: desk.caseId, Channel__c: 'Chat', External_Id__c: 'INT-UPSERT-7' };
        const first: any = await real.admin.sobject('Interaction__c').upsert(values, 'External_Id__c');
        expect(first).toEqual({
            id: expect.stringMatching(/^[a-zA-Z0-9]{18}$/),
            success: true,
            errors: [],
            created: true
        });
        expect(await lastStatus(real)).toBe(201);
        // Case__c is master-detail without reparenting: not updateable, so the update leaves it out.
        const second: any = await real.admin
            .sobject('Interaction__c')
            .upsert({ External_Id__c: 'INT-UPSERT-7', Handle_Time_Seconds__c: 95 }, 'External_Id__c');
        expect(second).toEqual({ id: first.id, success: true, errors: [], created: false });
        expect(await lastStatus(real)).toBe(200);
        const read: any = await real.admin.sobject('Interaction__c').retrieve(first.id);
        expect(read.Handle_Time_Seconds__c).toBe(95);
    });
});

describe('formulas, roll-ups and field history through the API', () => {
    it('shows roll-up summaries and the score formula, and keeps them true when an answer changes', async () => {
        const scorecard: any = await real.admin.sobject('Scorecard__c').retrieve(desk.scorecardId);
        expect(scorecard).toMatchObject({ Item_Count__c: 2, Scored_Item_Count__c: 2, Total_Points__c: 30 });
        const before: any = await real.admin.sobject('Assessment__c').retrieve(desk.assessmentId);
        // Yes on 10 points, Partial (half) on 20: 20 of 30 points = 66.67 %.
        expect(before).toMatchObject({
            Response_Count__c: 2,
            Points_Earned__c: 20,
            Points_Possible__c: 30,
            Score__c: 66.67,
            Band__c: 'Critical'
        });
        const responses = await real.admin.query<any>(
            `SELECT Id FROM Assessment_Response__c WHERE Assessment__c = '${desk.assessmentId}' AND Answer__c = 'Partial'`
        );
        await real.admin.sobject('Assessment_Response__c').update({ Id: responses.records[0].Id, Answer__c: 'Yes' });
        const after: any = await real.admin.sobject('Assessment__c').retrieve(desk.assessmentId);
        expect(after).toMatchObject({ Points_Earned__c: 30, Score__c: 100, Band__c: 'Target' });
        await real.admin
            .sobject('Assessment_Response__c')
            .update({ Id: responses.records[0].Id, Answer__c: 'Partial' });
    });

    it('writes field history rows for tracked fields', async () => {
        await real.admin.sobject('Assessment__c').update({ Id: desk.assessmentId, Due_Date__c: '2025-05-22' });
        const history = await real.admin.query<any>(
            `SELECT ParentId, Field, OldValue, NewValue, CreatedById FROM Assessment__History WHERE ParentId = '${desk.assessmentId}' AND Field = 'Due_Date__c'`
        );
        expect(history.records).toHaveLength(1);
        expect(history.records[0]).toMatchObject({
            attributes: { type: 'Assessment__History' },
            ParentId: desk.assessmentId,
            Field: 'Due_Date__c',
            OldValue: '2025-05-20',
            NewValue: '2025-05-22',
            CreatedById: real.users[0].id
        });
        const created = await real.admin.query<any>(
            `SELECT Field FROM Scorecard__History WHERE ParentId = '${desk.scorecardId}' ORDER BY Field`
        );
        expect(created.records.map((row: any) => row.Field)).toEqual(
            expect.arrayContaining(['created', 'Status__c', 'Activated_At__c'])
        );
    });
});
