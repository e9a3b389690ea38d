/**
 * UI API Object Info and picklist values, per caller, on the real package; field-level security on
 * the small "desk" package, whose agent permission set leaves a field out.
 */
import { DESK_SOURCE } from '../../org/__tests__/deskOrg';
import { newUser, openUiApiOrg, type UiApiOrg } from './uiApiOrg';

jest.setTimeout(30_000);

let ui: UiApiOrg;

beforeAll(async () => {
    ui = await openUiApiOrg();
});

afterAll(async () => {
    await ui?.close();
});

/** The UI API data type of each describe type (User Interface API Developer Guide, "Field"). */
const DATA_TYPE_OF: Record<string, string> = {
    id: 'String',
    string: 'String',
    textarea: 'TextArea',
    picklist: 'Picklist',
    reference: 'Reference',
    boolean: 'Boolean',
    double: 'Double',
    currency: 'Currency',
    percent: 'Percent',
    date: 'Date',
    datetime: 'DateTime'
};

describe('GET ui-api/object-info/{objectApiName}', () => {
    it('answers Object Info with the object, its record types and its child relationships', async () => {
        const answer = await ui.call('evaluator', 'GET', 'object-info/Assessment__c');
        expect(answer.status).toBe(200);
        const info = answer.body;
        const global = ui.org.describeGlobal(ui.as.evaluator) as { sobjects: { name: string; keyPrefix: string }[] };
        expect(info).toMatchObject({
            apiName: 'Assessment__c',
            label: 'Assessment',
            labelPlural: 'Assessments',
            keyPrefix: global.sobjects.find((sobject) => sobject.name === 'Assessment__c')?.keyPrefix,
            custom: true,
            queryable: true,
            createable: true,
            updateable: true,
            deletable: false,
            nameFields: ['Name'],
            defaultRecordTypeId: '012000000000000AAA',
            recordTypeInfos: {
                '012000000000000AAA': {
                    available: true,
                    defaultRecordTypeMapping: true,
                    master: true,
                    name: 'Master',
                    recordTypeId: '012000000000000AAA'
                }
            },
            themeInfo: { color: null, iconUrl: '/img/icon/t4v35/custom/custom18_120.png' }
        });
        expect(info.eTag).toMatch(/^[0-9a-f]{32}$/);
        expect(info.childRelationships).toEqual(
            expect.arrayContaining([
                {
                    childObjectApiName: 'Assessment_Response__c',
                    fieldName: 'Assessment__c',
                    junctionIdListNames: [],
                    junctionReferenceTo: [],
                    relationshipName: 'Responses__r'
                }
            ])
        );
    });

    it("gives each field its UI API data type and the caller's createable and updateable", async () => {
        const info = (await ui.call('evaluator', 'GET', 'object-info/Assessment__c')).body;
        const described = ui.org.describeSObject(ui.as.evaluator, 'Assessment__c') as {
            fields: { name: string; type: string; label: string; createable: boolean; updateable: boolean }[];
        };
        expect(Object.keys(info.fields).sort()).toEqual(described.fields.map((field) => field.name).sort());
        for (const field of described.fields) {
            expect(info.fields[field.name]).toMatchObject({
                apiName: field.name,
                dataType: DATA_TYPE_OF[field.type],
                label: field.label,
                createable: field.createable,
                updateable: field.updateable
            });
        }
        expect(info.fields.Case__c).toMatchObject({
            reference: true,
            relationshipName: 'Case__r',
            referenceToInfos: [{ apiName: 'Case', nameFields: ['CaseNumber'] }],
            required: true
        });
        expect(info.fields.Score__c).toMatchObject({
            dataType: 'Percent',
            calculated: true,
            createable: false,
            scale: 2
        });
        expect(info.fields.Status__c).toMatchObject({
            required: false,
            inlineHelpText: expect.stringContaining('Assigned → In Progress')
        });
        expect(info.fields.Overall_Comment__c).toMatchObject({ dataType: 'TextArea', extraTypeInfo: 'PlainTextArea' });
        expect(info.fields.Name).toMatchObject({ nameField: true, label: 'Assessment Number', createable: false });
        // The QA Admin deletes; the agent only reads.
        expect((await ui.call('qaAdmin', 'GET', 'object-info/Assessment__c')).body.deletable).toBe(true);
        const agent = (await ui.call('agent', 'GET', 'object-info/Assessment__c')).body;
        expect(agent).toMatchObject({ createable: false, updateable: false });
        expect(agent.fields.Status__c).toMatchObject({ createable: false, updateable: false });
    });

    it('answers NOT_FOUND for an object the caller cannot read, and each object of a batch on its own', async () => {
        const refused = await ui.call('agent', 'GET', 'object-info/Sampling_Plan__c');
        expect(refused.status).toBe(404);
        expect(refused.body).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
        const batch = await ui.call('agent', 'GET', 'object-info/batch/Assessment__c,Sampling_Plan__c,Case');
        expect(batch.status).toBe(200);
        expect(batch.body.results.map((result: { statusCode: number }) => result.statusCode)).toEqual([200, 404, 200]);
        expect(batch.body.results[0].result.apiName).toBe('Assessment__c');
        expect(batch.body.results[2].result.nameFields).toEqual(['CaseNumber']);
    });
});

describe('GET ui-api/object-info/{objectApiName}/picklist-values/{recordTypeId}', () => {
    it("answers every picklist of the object with labels, the default value and the field's URL", async () => {
        const answer = await ui.call(
            'evaluator',
            'GET',
            'object-info/Assessment_Response__c/picklist-values/012000000000000AAA'
        );
        expect(answer.status).toBe(200);
        expect(Object.keys(answer.body.picklistFieldValues).sort()).toEqual(['Answer_Scale__c', 'Answer__c']);
        const answers = answer.body.picklistFieldValues.Answer__c;
        expect(answers).toMatchObject({
            controllerValues: {},
            defaultValue: null,
            url: '/services/data/v65.0/ui-api/object-info/Assessment_Response__c/picklist-values/012000000000000AAA/Answer__c'
        });
        expect(answers.values.at(-1)).toEqual({ attributes: null, label: 'N/A', validFor: [], value: 'NA' });
        expect(answers.values.map((value: { value: string }) => value.value)).toEqual([
            'Yes',
            'Partial',
            'No',
            '1',
            '2',
            '3',
            '4',
            '5',
            'NA'
        ]);
    });

    it('answers one picklist, refuses a field that is not one, and a record type the object does not have', async () => {
        const status = await ui.call(
            'evaluator',
            'GET',
            'object-info/Assessment__c/picklist-values/012000000000000AAA/Status__c'
        );
        expect(status.status).toBe(200);
        expect(status.body.defaultValue).toEqual({
            attributes: null,
            label: 'Assigned',
            validFor: [],
            value: 'Assigned'
        });
        expect(status.body.eTag).toMatch(/^[0-9a-f]{32}$/);
        const notPicklist = await ui.call(
            'evaluator',
            'GET',
            'object-info/Assessment__c/picklist-values/012000000000000AAA/Due_Date__c'
        );
        expect(notPicklist.status).toBe(400);
        expect(notPicklist.body[0].errorCode).toBe('INVALID_FIELD');
        const otherType = await ui.call(
            'evaluator',
            'GET',
            'object-info/Assessment__c/picklist-values/012000000000001AAA/Status__c'
        );
        expect(otherType.status).toBe(404);
        expect(otherType.body[0].message).toContain('012000000000001AAA');
    });
});

describe('field-level security', () => {
    let desk: UiApiOrg;
    let agent: { id: string; token: string };
    let lead: { id: string; token: string };
    let ticket: string;

    beforeAll(async () => {
        desk = await openUiApiOrg(DESK_SOURCE);
        agent = newUser(desk.org, desk.as.admin, 'deskagent', ['Desk_Agent']);
        lead = newUser(desk.org, desk.as.admin, 'desklead', ['Desk_Lead']);
        ticket = desk.org.create(desk.as.admin, 'Ticket__c', {
            Subject__c: 'Printer jam',
            Contact_Email__c: 'pat@example.com',
            OwnerId: agent.id
        });
        desk.org.create(desk.as.admin, 'Ticket__Share', {
            ParentId: ticket,
            UserOrGroupId: lead.id,
            AccessLevel: 'Read',
            RowCause: 'Manual'
        });
    });

    afterAll(async () => {
        await desk?.close();
    });

    it('leaves out of Object Info a field the caller cannot read', async () => {
        const agentInfo = (await desk.call(agent.token, 'GET', 'object-info/Ticket__c')).body;
        expect(agentInfo.fields.Subject__c).toBeDefined();
        expect(agentInfo.fields.Contact_Email__c).toBeUndefined();
        const leadInfo = (await desk.call(lead.token, 'GET', 'object-info/Ticket__c')).body;
        expect(leadInfo.fields.Contact_Email__c).toMatchObject({ dataType: 'Email', label: 'Contact Email' });
    });

    it('refuses the field in fields, and leaves it out of optionalFields, for the caller who cannot read it', async () => {
        const refused = await desk.call(agent.token, 'GET', `records/${ticket}?fields=Ticket__c.Contact_Email__c`);
        expect(refused.status).toBe(400);
        expect(refused.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD' });
        const optional = await desk.call(
            agent.token,
            'GET',
            `records/${ticket}?fields=Ticket__c.Subject__c&optionalFields=Ticket__c.Contact_Email__c`
        );
        expect(optional.status).toBe(200);
        expect(Object.keys(optional.body.fields)).toEqual(['Subject__c']);
        const readable = await desk.call(lead.token, 'GET', `records/${ticket}?fields=Ticket__c.Contact_Email__c`);
        expect(readable.body.fields.Contact_Email__c).toEqual({ displayValue: null, value: 'pat@example.com' });
    });
});
