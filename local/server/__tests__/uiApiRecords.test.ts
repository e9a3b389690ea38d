/**
 * The UI API record resources on the real engine over the real package, through HTTP as the
 * personas: the Record representation and its display values, spanning fields, field-level
 * security and sharing, batches, and saves that the package's rules refuse.
 */
import {
    contactCenter,
    newAssessment,
    newUser,
    openUiApiOrg,
    submittedAssessment,
    type ContactCenter,
    type UiApiOrg
} from './uiApiOrg';

jest.setTimeout(30_000);

let ui: UiApiOrg;
let center: ContactCenter;
let otherAgent: string;
/** In Progress, evaluated by the evaluator, about the agent. */
let inProgress: string;
/** Submitted (answered No), about the agent: shared with them. */
let submitted: string;
/** Submitted, about another agent. */
let othersSubmitted: string;

beforeAll(async () => {
    ui = await openUiApiOrg();
    center = contactCenter(ui);
    otherAgent = newUser(ui.org, ui.as.admin, 'otheragent', ['Verity_Agent']).id;
    inProgress = newAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId);
    submitted = submittedAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId);
    othersSubmitted = submittedAssessment(ui, center, ui.as.evaluator, otherAgent);
});

afterAll(async () => {
    await ui?.close();
});

const fields = (...names: string[]): string => names.map((name) => `Assessment__c.${name}`).join(',');

describe('GET ui-api/records/{recordId}', () => {
    it('answers the Record representation with raw values and display values', async () => {
        const answer = await ui.call(
            'evaluator',
            'GET',
            `records/${submitted}?fields=${fields('Name', 'Status__c', 'Due_Date__c', 'Submitted_At__c', 'Score__c', 'Auto_Failed__c', 'Overall_Comment__c')}`
        );
        expect(answer.status).toBe(200);
        const record = answer.body;
        expect(Object.keys(record).sort()).toEqual([
            'apiName',
            'childRelationships',
            'eTag',
            'fields',
            'id',
            'lastModifiedById',
            'lastModifiedDate',
            'recordTypeId',
            'recordTypeInfo',
            'systemModstamp',
            'weakEtag'
        ]);
        expect(record).toMatchObject({
            apiName: 'Assessment__c',
            childRelationships: {},
            id: submitted,
            lastModifiedById: ui.as.evaluator.userId,
            lastModifiedDate: '2025-03-10T12:00:00.000Z',
            recordTypeId: '012000000000000AAA',
            recordTypeInfo: null,
            systemModstamp: '2025-03-10T12:00:00.000Z',
            weakEtag: Date.parse('2025-03-10T12:00:00.000Z')
        });
        expect(record.eTag).toMatch(/^[0-9a-f]{32}$/);
        expect(Object.keys(record.fields)).toEqual([
            'Auto_Failed__c',
            'Due_Date__c',
            'Name',
            'Overall_Comment__c',
            'Score__c',
            'Status__c',
            'Submitted_At__c'
        ]);
        expect(record.fields).toEqual({
            // Picklists show their label; dates the user's short format, date/times in their time zone
            // (America/Los_Angeles, on daylight time since March 9); numbers, checkboxes and text none.
            Auto_Failed__c: { displayValue: null, value: true },
            Due_Date__c: { displayValue: '3/14/2025', value: '2025-03-14' },
            Name: { displayValue: null, value: expect.stringMatching(/^A-\d{6}$/) },
            Overall_Comment__c: { displayValue: null, value: null },
            Score__c: { displayValue: null, value: 0 },
            Status__c: { displayValue: 'Submitted', value: 'Submitted' },
            Submitted_At__c: { displayValue: '3/8/2025 4:00 AM', value: '2025-03-08T12:00:00.000Z' }
        });
    });

    it("shows a picklist value's label where it differs from the value, and currency in dollars", async () => {
        const item = await ui.call('agent', 'GET', `records/${center.item}?fields=Scorecard_Item__c.Answer_Scale__c`);
        expect(item.body.fields.Answer_Scale__c).toEqual({ displayValue: 'Yes / No', value: 'YesNo' });
        const award = ui.org.create(ui.as.admin, 'Award__c', {
            Agent__c: ui.as.agent.userId,
            Award_Type__c: 'Quality Champion',
            Period_Start__c: '2025-01-01',
            Period_End__c: '2025-03-31',
            Rank__c: 1,
            Value__c: 1250
        });
        const answer = await ui.call(
            'agent',
            'GET',
            `records/${award}?fields=Award__c.Value__c,Award__c.Award_Type__c`
        );
        expect(answer.body.fields.Value__c).toEqual({ displayValue: '$1,250.00', value: 1250 });
    });

    it('nests a spanning field as its relationship whose value is the related record', async () => {
        const answer = await ui.call(
            'evaluator',
            'GET',
            `records/${inProgress}?fields=${fields('Evaluator__r.Name', 'Case__r.Owner.Name', 'Interaction__r.Name')}`
        );
        expect(answer.status).toBe(200);
        const { Evaluator__r, Case__r, Interaction__r } = answer.body.fields;
        expect(Evaluator__r.displayValue).toBe('Eli Evaluator');
        expect(Evaluator__r.value).toMatchObject({
            apiName: 'User',
            id: ui.as.evaluator.userId,
            fields: { Name: { displayValue: null, value: 'Eli Evaluator' } },
            recordTypeId: '012000000000000AAA'
        });
        // A case's name is its number; its owner nests one level further down.
        expect(Case__r.displayValue).toMatch(/^\d{8}$/);
        expect(Case__r.value.apiName).toBe('Case');
        expect(Case__r.value.fields).toEqual({
            Owner: {
                displayValue: 'Avery Admin',
                value: expect.objectContaining({ apiName: 'User', id: ui.as.admin.userId })
            }
        });
        expect(Case__r.value.fields.Owner.value.fields.Name.value).toBe('Avery Admin');
        // An empty lookup: no record, no display value.
        expect(Interaction__r).toEqual({ displayValue: null, value: null });
        expect(Object.keys(answer.body.fields).sort()).toEqual(['Case__r', 'Evaluator__r', 'Interaction__r']);
    });

    it('refuses a field in fields that does not exist or the caller cannot read; optionalFields leaves it out', async () => {
        const missing = await ui.call('evaluator', 'GET', `records/${inProgress}?fields=${fields('Name', 'Nope__c')}`);
        expect(missing.status).toBe(400);
        expect(missing.body).toEqual([
            {
                errorCode: 'INVALID_FIELD',
                message: expect.stringContaining("No such column 'Nope__c' on entity 'Assessment__c'")
            }
        ]);
        // Sampling runs are for QA managers and the admin: the agent cannot follow the lookup to one.
        const hidden = await ui.call('agent', 'GET', `records/${submitted}?fields=${fields('Sampling_Run__r.Name')}`);
        expect(hidden.status).toBe(400);
        expect(hidden.body[0].errorCode).toBe('INVALID_FIELD');
        const optional = await ui.call(
            'agent',
            'GET',
            `records/${submitted}?fields=${fields('Name')}&optionalFields=${fields('Sampling_Run__r.Name', 'Nope__c', 'Status__c')}`
        );
        expect(optional.status).toBe(200);
        expect(Object.keys(optional.body.fields).sort()).toEqual(['Name', 'Status__c']);
        const manager = await ui.call(
            'qaManager',
            'GET',
            `records/${submitted}?optionalFields=${fields('Sampling_Run__r.Name')}`
        );
        expect(manager.body.fields.Sampling_Run__r).toEqual({ displayValue: null, value: null });
    });

    it("gives the agent their submitted assessment, but not another agent's nor one still in progress", async () => {
        const own = await ui.call('agent', 'GET', `records/${submitted}?fields=${fields('Name', 'Agent__c')}`);
        expect(own.status).toBe(200);
        expect(own.body.fields.Agent__c.value).toBe(ui.as.agent.userId);
        for (const id of [othersSubmitted, inProgress]) {
            const refused = await ui.call('agent', 'GET', `records/${id}?fields=${fields('Name')}`);
            expect(refused.status).toBe(404);
            expect(refused.body).toEqual([
                { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
            ]);
        }
        // The QA manager views all assessments.
        expect((await ui.call('qaManager', 'GET', `records/${othersSubmitted}?fields=${fields('Name')}`)).status).toBe(
            200
        );
    });

    it('answers the fields of the layout for layoutTypes=Full, lookups with their records', async () => {
        const answer = await ui.call('evaluator', 'GET', `records/${inProgress}?layoutTypes=Full`);
        expect(answer.status).toBe(200);
        expect(answer.body.fields).toMatchObject({
            Status__c: { value: 'In Progress', displayValue: 'In Progress' },
            Case__c: { value: center.caseId, displayValue: null },
            Case__r: { value: expect.objectContaining({ id: center.caseId }) },
            Score__c: { value: null, displayValue: null },
            CreatedById: { value: ui.as.admin.userId, displayValue: null },
            CreatedBy: { displayValue: 'Avery Admin' }
        });
    });

    it('refuses a request without fields or layoutTypes, an unknown record and a parameter it does not serve', async () => {
        const bare = await ui.call('evaluator', 'GET', `records/${inProgress}`);
        expect(bare.status).toBe(400);
        expect(bare.body[0].errorCode).toBe('ILLEGAL_QUERY_PARAMETER_VALUE');
        const unknown = await ui.call('evaluator', 'GET', `records/a0Z000000000000AAA?fields=${fields('Name')}`);
        expect(unknown.status).toBe(404);
        const children = await ui.call(
            'evaluator',
            'GET',
            `records/${inProgress}?fields=${fields('Name')}&childRelationships=Assessment__c.Responses__r`
        );
        expect(children.status).toBe(400);
        expect(children.body[0].message).toContain('childRelationships');
    });
});

describe('GET ui-api/records/batch/{recordIds}', () => {
    it('answers each record on its own, with the fields of its object', async () => {
        const answer = await ui.call(
            'agent',
            'GET',
            `records/batch/${submitted},${othersSubmitted},${center.scorecard}?fields=Assessment__c.Status__c,Scorecard__c.Name`
        );
        expect(answer.status).toBe(200);
        expect(answer.body.results.map((result: { statusCode: number }) => result.statusCode)).toEqual([200, 404, 200]);
        expect(answer.body.results[0].result.fields).toEqual({
            Status__c: { displayValue: 'Submitted', value: 'Submitted' }
        });
        expect(answer.body.results[1].result).toEqual([
            { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
        ]);
        expect(answer.body.results[2].result.fields).toEqual({
            Name: { displayValue: null, value: 'Phone quality v1' }
        });
    });
});

describe('POST, PATCH and DELETE ui-api/records', () => {
    const assessmentInput = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
        apiName: 'Assessment__c',
        fields: {
            OwnerId: ui.as.evaluator.userId,
            Evaluator__c: ui.as.evaluator.userId,
            Agent__c: ui.as.agent.userId,
            Case__c: center.caseId,
            Scorecard__c: center.scorecard,
            Type__c: 'Standard',
            Status__c: 'In Progress',
            Due_Date__c: '2025-03-21',
            ...overrides
        }
    });
    const assessmentCount = (): number => ui.org.query(ui.as.admin, 'SELECT COUNT() FROM Assessment__c').totalSize;

    it('creates a record (201) and answers it with the fields of its layout', async () => {
        const answer = await ui.call('evaluator', 'POST', 'records', assessmentInput());
        expect(answer.status).toBe(201);
        expect(answer.body).toMatchObject({ apiName: 'Assessment__c', id: expect.stringMatching(/^a\w{17}$/) });
        expect(answer.body.fields).toMatchObject({
            Status__c: { value: 'In Progress', displayValue: 'In Progress' },
            Due_Date__c: { value: '2025-03-21', displayValue: '3/21/2025' },
            Evaluator__r: { displayValue: 'Eli Evaluator' },
            // Computed by the org: the roll-ups start at zero, the score is blank.
            Answered_Item_Count__c: { value: 0 },
            Score__c: { value: null }
        });
    });

    it('answers a validation rule as an Error with Output, under the field it names, and saves nothing', async () => {
        const before = assessmentCount();
        const answer = await ui.call(
            'evaluator',
            'POST',
            'records',
            assessmentInput({ Scorecard__c: center.draftScorecard })
        );
        expect(answer.status).toBe(400);
        expect(answer.body).toEqual({
            enhancedErrorType: 'RecordError',
            message: 'Assess against an Active scorecard.',
            output: {
                errors: [],
                fieldErrors: {
                    Scorecard__c: [
                        {
                            constituentField: null,
                            duplicateRecordError: null,
                            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                            field: 'Scorecard__c',
                            fieldLabel: 'Scorecard',
                            message: 'Assess against an Active scorecard.'
                        }
                    ]
                }
            }
        });
        const required = await ui.call('evaluator', 'POST', 'records', assessmentInput({ Case__c: null }));
        expect(required.status).toBe(400);
        expect(Object.keys(required.body.output.fieldErrors)).toEqual(['Case__c']);
        expect(required.body.output.fieldErrors.Case__c[0].errorCode).toBe('REQUIRED_FIELD_MISSING');
        expect(assessmentCount()).toBe(before);
    });

    it("refuses a create the caller's object permissions do not allow", async () => {
        const answer = await ui.call('agent', 'POST', 'records', assessmentInput());
        expect(answer.status).toBe(403);
        expect(answer.body.output.errors[0]).toMatchObject({
            errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
            field: null,
            fieldLabel: null
        });
    });

    it('updates a record (200) with its new values, and refuses a forbidden status move leaving it unchanged', async () => {
        const id = newAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId);
        const updated = await ui.call('evaluator', 'PATCH', `records/${id}`, {
            fields: { Id: id, Overall_Comment__c: 'Verified the caller late.' }
        });
        expect(updated.status).toBe(200);
        expect(updated.body.fields.Overall_Comment__c).toEqual({
            displayValue: null,
            value: 'Verified the caller late.'
        });
        const refused = await ui.call('evaluator', 'PATCH', `records/${id}`, { fields: { Status__c: 'Final' } });
        expect(refused.status).toBe(400);
        expect(refused.body.output.fieldErrors.Status__c[0]).toMatchObject({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            fieldLabel: 'Status'
        });
        const after = await ui.call('evaluator', 'GET', `records/${id}?fields=${fields('Status__c')}`);
        expect(after.body.fields.Status__c.value).toBe('In Progress');
    });

    it('deletes a record (204) only for the QA Admin', async () => {
        const id = ui.org.create(ui.as.admin, 'Scorecard__c', {
            Name: 'Chat quality draft',
            Channel__c: 'Chat',
            Status__c: 'Draft',
            Version__c: 1,
            Pass_Threshold__c: 80,
            Auto_Fail_Threshold__c: 75,
            Bonus_Threshold__c: 70
        });
        const refused = await ui.call('evaluator', 'DELETE', `records/${id}`);
        expect(refused.status).toBe(403);
        expect(refused.body).toEqual([{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: expect.any(String) }]);
        const deleted = await ui.call('qaAdmin', 'DELETE', `records/${id}`);
        expect(deleted.status).toBe(204);
        expect((await ui.call('qaAdmin', 'GET', `records/${id}?fields=Scorecard__c.Name`)).status).toBe(404);
    });

    it('refuses a body without apiName and a method the resource does not take', async () => {
        const bare = await ui.call('evaluator', 'POST', 'records', { fields: {} });
        expect(bare.status).toBe(400);
        expect(bare.body[0].errorCode).toBe('INVALID_INPUT');
        const put = await ui.call('evaluator', 'PUT', `records/${inProgress}`, { fields: {} });
        expect(put.status).toBe(405);
        expect(put.body[0].message).toContain('GET,PATCH,DELETE');
        expect((await ui.call('evaluator', 'GET', 'nowhere')).status).toBe(404);
    });
});
