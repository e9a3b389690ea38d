import { lastStatus, seedDesk, startRealOrg, type Desk, type RealOrg } from './realOrg';

/**
 * The enforcement errors through jsforce on the real engine, each with the error code, message,
 * fields and HTTP status the REST API Developer Guide ("Status Codes and Error Responses") and the
 * platform give: a failed call answers `[{ message, errorCode, fields }]`, which jsforce raises as
 * an error named by its errorCode with the entry as `data`.
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

const chat = (extra: Record<string, unknown> = {}) => ({
    Name: 'Chat',
    Case__c: desk.caseId,
    Channel__c: 'Chat',
    Queue__c: 'errors',
    ...extra
});

async function refusal(
    work: PromiseLike<unknown>
): Promise<{ errorCode: string; message: string; fields?: string[]; status: number }> {
    try {
        await work;
    } catch (error) {
        const { errorCode, message, data } = error as {
            errorCode: string;
            message: string;
            data?: { fields?: string[] };
        };
        return { errorCode, message, fields: data?.fields, status: await lastStatus(real) };
    }
    throw new Error('expected the org to refuse, but it answered');
}

describe('save errors', () => {
    it('REQUIRED_FIELD_MISSING names the missing field', async () => {
        expect(await refusal(real.admin.sobject('Interaction__c').create({ Name: 'x', Channel__c: 'Chat' }))).toEqual({
            errorCode: 'REQUIRED_FIELD_MISSING',
            message: 'Required fields are missing: [Case__c]',
            fields: ['Case__c'],
            status: 400
        });
    });

    it('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST quotes the bad value', async () => {
        const error = await refusal(real.admin.sobject('Interaction__c').create(chat({ Channel__c: 'Fax' })));
        expect(error).toMatchObject({
            errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            fields: ['Channel__c'],
            status: 400
        });
        // Salesforce prefixes the field label: "Channel: bad value for restricted picklist field: Fax".
        expect(error.message).toMatch(/bad value for restricted picklist field: Fax$/);
    });

    it("FIELD_CUSTOM_VALIDATION_EXCEPTION carries the rule's message and its error field", async () => {
        expect(await refusal(real.admin.sobject('Interaction__c').create(chat({ CSAT__c: 6 })))).toEqual({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            message: 'CSAT is from 1 to 5.',
            fields: ['CSAT__c'],
            status: 400
        });
        // A rule that reads the prior value and $Permission: only a scorecard builder changes the status.
        const error = await refusal(
            real.admin
                .sobject('Scorecard__c')
                .update({ Id: desk.scorecardId, Status__c: 'Retired', Active_Channel_Key__c: null })
        );
        expect(error).toMatchObject({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            message: 'Only a scorecard builder (QA Admin) activates or retires scorecards.'
        });
    });

    it('DUPLICATE_VALUE on a unique external ID names the record that holds it', async () => {
        const error = await refusal(
            real.admin.sobject('Interaction__c').create(chat({ External_Id__c: 'INT-SEED-1' }))
        );
        expect(error).toMatchObject({ errorCode: 'DUPLICATE_VALUE', status: 400 });
        expect(error.message).toContain(desk.interactionId);
        expect(error.message).toMatch(/^duplicate value found: External_Id__c duplicates value on record with id: /);
    });

    it('INVALID_FIELD for a field the object does not have', async () => {
        const error = await refusal(real.admin.sobject('Interaction__c').create(chat({ Nope__c: 1 })));
        expect(error).toMatchObject({ errorCode: 'INVALID_FIELD', status: 400 });
        expect(error.message).toContain('Nope__c');
    });

    it('INVALID_FIELD_FOR_INSERT_UPDATE for formula, roll-up and system fields', async () => {
        const error = await refusal(
            real.admin.sobject('Assessment__c').update({ Id: desk.assessmentId, Score__c: 99 })
        );
        expect(error).toMatchObject({
            errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
            fields: ['Score__c'],
            status: 400
        });
    });

    it('STRING_TOO_LONG, INVALID_TYPE_ON_FIELD_IN_RECORD, MALFORMED_ID and lookups to the wrong object', async () => {
        expect(
            await refusal(real.admin.sobject('Interaction__c').create(chat({ Queue__c: 'q'.repeat(81) })))
        ).toMatchObject({
            errorCode: 'STRING_TOO_LONG',
            fields: ['Queue__c']
        });
        expect(
            await refusal(real.admin.sobject('Interaction__c').create(chat({ Handle_Time_Seconds__c: 'long' })))
        ).toMatchObject({ errorCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD' });
        expect(
            await refusal(real.admin.sobject('Interaction__c').create(chat({ Case__c: 'not-an-id' })))
        ).toMatchObject({
            errorCode: 'MALFORMED_ID'
        });
        expect(
            await refusal(real.admin.sobject('Interaction__c').create(chat({ Case__c: desk.scorecardId })))
        ).toMatchObject({ errorCode: 'FIELD_INTEGRITY_EXCEPTION' });
    });

    it('a refused save leaves nothing behind, roll-ups included', async () => {
        const before: any = await real.admin.sobject('Scorecard__c').retrieve(desk.scorecardId);
        await refusal(
            real.admin.sobject('Scorecard_Item__c').create({
                Name: 'Both',
                Scorecard__c: desk.scorecardId,
                Answer_Scale__c: 'YesNo',
                Section__c: 'Compliance',
                Order__c: 3,
                Points__c: 5,
                Hard_Fail__c: true,
                Coaching_Only__c: true
            })
        );
        const after: any = await real.admin.sobject('Scorecard__c').retrieve(desk.scorecardId);
        expect([after.Item_Count__c, after.Total_Points__c]).toEqual([before.Item_Count__c, before.Total_Points__c]);
        expect((await real.admin.query("SELECT COUNT() FROM Interaction__c WHERE Queue__c = 'errors'")).totalSize).toBe(
            0
        );
    });
});

describe('query errors', () => {
    it('MALFORMED_QUERY for SOQL that does not parse', async () => {
        expect(await refusal(real.admin.query('SELECT FROM Interaction__c'))).toMatchObject({
            errorCode: 'MALFORMED_QUERY',
            status: 400
        });
    });

    it('INVALID_FIELD and INVALID_TYPE for names the org does not have', async () => {
        const field = await refusal(real.admin.query('SELECT Nope__c FROM Interaction__c'));
        expect(field).toMatchObject({ errorCode: 'INVALID_FIELD', status: 400 });
        expect(field.message).toContain("No such column 'Nope__c' on entity 'Interaction__c'");
        const type = await refusal(real.admin.query('SELECT Id FROM Nope__c'));
        expect(type).toMatchObject({ errorCode: 'INVALID_TYPE', status: 400 });
        expect(type.message).toContain('Nope__c');
    });

    // The package has no multi-select picklist, so INCLUDES can only be shown refused here.
    it('refuses INCLUDES on a field that is not a multi-select picklist rather than guess', async () => {
        const error = await refusal(
            real.admin.query("SELECT Id FROM Interaction__c WHERE Channel__c INCLUDES ('Phone')")
        );
        expect(error.status).toBe(400);
        expect(error.errorCode).toBe('INVALID_QUERY_FILTER_OPERATOR');
    });
});

describe('access and session', () => {
    it('INVALID_SESSION_ID with 401 for an unknown token', async () => {
        const stranger = real.connect({ accessToken: 'not-a-session' });
        await expect(stranger.query('SELECT Id FROM Case')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
    });

    it('an agent may not create a scorecard: INSUFFICIENT_ACCESS_OR_READONLY', async () => {
        const agent = real.connect(real.user('agent'));
        await expect(
            agent.sobject('Scorecard__c').create({ Name: 'Mine', Channel__c: 'Chat', Status__c: 'Draft' })
        ).rejects.toMatchObject({ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' });
    });

    it('NOT_FOUND 404 for a record that does not exist, METHOD_NOT_ALLOWED 405 for a wrong method', async () => {
        expect(await refusal(real.admin.sobject('Case').retrieve('500000000000000AAA'))).toMatchObject({
            errorCode: 'NOT_FOUND',
            status: 404
        });
        expect(
            await refusal(real.admin.request({ method: 'PUT', url: '/services/data/v65.0/sobjects/Case', body: '{}' }))
        ).toMatchObject({
            errorCode: 'METHOD_NOT_ALLOWED',
            status: 405
        });
    });
});

describe('limits', () => {
    it('serves /limits and the Sforce-Limit-Info header jsforce reads', async () => {
        const limits: any = await real.admin.limits();
        expect(limits.DailyApiRequests).toEqual({ Max: expect.any(Number), Remaining: expect.any(Number) });
        expect(limits.DailyApiRequests.Remaining).toBeLessThan(limits.DailyApiRequests.Max);
        expect(real.admin.limitInfo.apiUsage).toEqual({ used: expect.any(Number), limit: limits.DailyApiRequests.Max });
        expect(real.admin.limitInfo.apiUsage?.used).toBeGreaterThan(0);
    });
});
