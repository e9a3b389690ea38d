import type * as Declared from 'lightning/uiRecordApi';
import type { UiApiWireValue } from 'preview/wireAdapter';
import {
    emissions,
    FakeLocalOrg,
    openPreviewPage,
    SESSION,
    settle,
    uiRecord
} from '../../../preview/recordCache/__tests__/fakeLocalOrg';

type RecordApi = typeof import('../uiRecordApi');
// The implementation must be what the package's components compile against (checked by npm run build).
const conformsToDeclarations = (api: RecordApi): typeof Declared => api;

const ASSESSMENT = 'a01000000000001AAA';
const OTHER_ASSESSMENT = 'a01000000000002AAA';
const CASE = '500000000000001AAA';
const SCORE = { objectApiName: 'Assessment__c', fieldApiName: 'Score__c' };
const CASE_SUBJECT = { objectApiName: 'Assessment__c', fieldApiName: 'Case__r.Subject' };

function assessment(id: string, score: number, subject = 'Billing dispute') {
    return uiRecord('Assessment__c', id, {
        Score__c: { value: score, displayValue: `${score}%` },
        Case__r: uiRecord('Case', CASE, { Subject: subject })
    });
}

let org: FakeLocalOrg;
let api: RecordApi;

beforeEach(async () => {
    openPreviewPage();
    org = new FakeLocalOrg();
    org.install();
    await jest.isolateModulesAsync(async () => {
        api = conformsToDeclarations(await import('../uiRecordApi')) as RecordApi;
    });
});

function wireRecord(config: Record<string, unknown>) {
    const seen = emissions<UiApiWireValue<ReturnType<typeof assessment>>>();
    const wire = new api.getRecord(seen.callback);
    wire.connect();
    wire.update(config as never);
    return { wire, seen };
}

describe('getRecord', () => {
    it('asks GET ui-api/records/{id} with the fields as the UI API takes them, as the signed-in user', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        const { seen } = wireRecord({
            recordId: ASSESSMENT,
            fields: [SCORE, 'Assessment__c.Case__r.Subject'],
            optionalFields: 'Assessment__c.Band__c'
        });
        expect(seen.values).toEqual([{ data: undefined, error: undefined }]);
        await settle();

        expect(org.calls).toHaveLength(1);
        const [call] = org.calls;
        expect(call.method).toBe('GET');
        expect(call.query.get('fields')).toBe('Assessment__c.Case__r.Subject,Assessment__c.Score__c');
        expect(call.query.get('optionalFields')).toBe('Assessment__c.Band__c');
        expect(call.headers.Authorization).toBe(`Bearer ${SESSION.accessToken}`);
        expect(seen.values).toHaveLength(2);
        expect(seen.last().error).toBeUndefined();
        expect(seen.last().data?.fields.Score__c.value).toBe(92);
    });

    it('provisions immutable data, as the wire service does', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        const { seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();

        const record = seen.last().data!;
        expect(Object.isFrozen(record)).toBe(true);
        expect(Object.isFrozen(record.fields.Score__c)).toBe(true);
    });

    it('passes layoutTypes and modes instead of fields', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        wireRecord({ recordId: ASSESSMENT, layoutTypes: ['Full'], modes: 'View' });
        await settle();

        expect(org.calls[0].query.get('layoutTypes')).toBe('Full');
        expect(org.calls[0].query.get('modes')).toBe('View');
        expect(org.calls[0].query.has('fields')).toBe(false);
    });

    it('provisions nothing while a reactive property is undefined, then fetches once it is known', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        const { wire, seen } = wireRecord({ recordId: undefined, fields: [SCORE] });
        await settle();
        expect(org.calls).toHaveLength(0);
        expect(seen.values).toHaveLength(1);

        wire.update({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();
        expect(org.calls).toHaveLength(1);
        expect(seen.last().data?.id).toBe(ASSESSMENT);
    });

    it('emits the FetchResponse of a failed call as error', async () => {
        const notFound = [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }];
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { status: 404, body: notFound });
        const { seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();

        expect(seen.last()).toEqual({
            data: undefined,
            error: { status: 404, statusText: 'Not Found', ok: false, body: notFound }
        });
    });

    it('emits an error naming the record when no field is asked for', async () => {
        const { seen } = wireRecord({ recordId: ASSESSMENT, fields: [] });
        await settle();

        expect(org.calls).toHaveLength(0);
        expect(seen.last().error?.status).toBe(0);
        expect(seen.last().error?.body).toEqual({
            message: `getRecord for ${ASSESSMENT} needs fields, optionalFields or layoutTypes`
        });
    });

    it('does not fetch again for the same config, and fetches the new record when recordId changes', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        org.on('GET', `ui-api/records/${OTHER_ASSESSMENT}`, { body: assessment(OTHER_ASSESSMENT, 64) });
        const { wire, seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();
        wire.update({ recordId: ASSESSMENT, fields: [{ ...SCORE }] });
        await settle();
        expect(org.calls).toHaveLength(1);

        wire.update({ recordId: OTHER_ASSESSMENT, fields: [SCORE] });
        await settle();
        expect(org.calls.map((call) => call.resource)).toEqual([
            `ui-api/records/${ASSESSMENT}`,
            `ui-api/records/${OTHER_ASSESSMENT}`
        ]);
        expect(seen.last().data?.fields.Score__c.value).toBe(64);
    });

    it('ignores the answer for an old config that arrives after the new one', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        org.on('GET', `ui-api/records/${OTHER_ASSESSMENT}`, { body: assessment(OTHER_ASSESSMENT, 64) });
        org.hold();
        const { wire, seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();
        wire.update({ recordId: OTHER_ASSESSMENT, fields: [SCORE] });
        await settle();
        org.release();
        await settle();

        expect(seen.values.map((value) => value.data?.id)).toEqual([undefined, OTHER_ASSESSMENT]);
    });

    it('makes one HTTP call when two components ask for the same record at once', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        org.hold();
        const first = wireRecord({ recordId: ASSESSMENT, fields: [SCORE, CASE_SUBJECT] });
        const second = wireRecord({ recordId: ASSESSMENT, fields: [CASE_SUBJECT, SCORE] });
        await settle();
        org.release();
        await settle();

        expect(org.calls).toHaveLength(1);
        expect(first.seen.last().data?.id).toBe(ASSESSMENT);
        expect(second.seen.last().data?.id).toBe(ASSESSMENT);
    });

    it('re-emits after another component saves the record, and leaves other records alone', async () => {
        let score = 92;
        org.on('GET', `ui-api/records/${ASSESSMENT}`, () => ({ body: assessment(ASSESSMENT, score) }));
        org.on('GET', `ui-api/records/${OTHER_ASSESSMENT}`, { body: assessment(OTHER_ASSESSMENT, 64) });
        org.on('PATCH', `ui-api/records/${ASSESSMENT}`, (call) => {
            score = (call.body as { fields: { Score__c: number } }).fields.Score__c;
            return { body: assessment(ASSESSMENT, score) };
        });
        const shown = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        const other = wireRecord({ recordId: OTHER_ASSESSMENT, fields: [SCORE] });
        await settle();

        const saved = await api.updateRecord({ fields: { Id: ASSESSMENT, Score__c: 75 } });

        expect(saved.fields.Score__c.value).toBe(75);
        expect(org.callsTo('PATCH', `ui-api/records/${ASSESSMENT}`)[0].body).toEqual({ fields: { Score__c: 75 } });
        // Re-emitted before updateRecord resolved.
        expect(shown.seen.last().data?.fields.Score__c.value).toBe(75);
        expect(org.callsTo('GET', `ui-api/records/${ASSESSMENT}`)).toHaveLength(2);
        expect(org.callsTo('GET', `ui-api/records/${OTHER_ASSESSMENT}`)).toHaveLength(1);
        expect(other.seen.values).toHaveLength(2);
    });

    it('re-emits when a related record shown through a spanning field changes (15-character Id)', async () => {
        let subject = 'Billing dispute';
        org.on('GET', `ui-api/records/${ASSESSMENT}`, () => ({ body: assessment(ASSESSMENT, 92, subject) }));
        const { seen } = wireRecord({ recordId: ASSESSMENT, fields: [CASE_SUBJECT] });
        await settle();

        subject = 'Billing dispute (escalated)';
        await api.notifyRecordUpdateAvailable([{ recordId: CASE.slice(0, 15) }]);

        expect(api.getFieldValue(seen.last().data, CASE_SUBJECT)).toBe('Billing dispute (escalated)');
    });

    it('fetches again on notification but does not re-emit data that did not change', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        const { seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();

        await api.notifyRecordUpdateAvailable([{ recordId: ASSESSMENT }]);

        expect(org.calls).toHaveLength(2);
        expect(seen.values).toHaveLength(2);
    });

    it('stops receiving once disconnected, and fetches afresh when connected again', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        const { wire, seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();

        wire.disconnect();
        await api.notifyRecordUpdateAvailable([{ recordId: ASSESSMENT }]);
        expect(org.calls).toHaveLength(1);

        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 80) });
        wire.connect();
        wire.update({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();
        expect(org.calls).toHaveLength(2);
        expect(seen.values.map((value) => value.data?.fields.Score__c.value)).toEqual([undefined, 92, 80]);
    });

    it('drops an answer that arrives after the wire disconnected', async () => {
        org.on('GET', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 92) });
        org.hold();
        const { wire, seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();
        wire.disconnect();
        org.release();
        await settle();

        expect(seen.values).toHaveLength(1);
    });
});

describe('getRecords', () => {
    it('asks one batch per entry and joins the results in order, with hasErrors', async () => {
        org.on('GET', `ui-api/records/batch/${ASSESSMENT},${OTHER_ASSESSMENT}`, {
            body: {
                hasErrors: false,
                results: [
                    { statusCode: 200, result: assessment(ASSESSMENT, 92) },
                    { statusCode: 200, result: assessment(OTHER_ASSESSMENT, 64) }
                ]
            }
        });
        org.on('GET', `ui-api/records/batch/${CASE}`, {
            body: { hasErrors: true, results: [{ statusCode: 403, result: [{ errorCode: 'INSUFFICIENT_ACCESS' }] }] }
        });
        const seen = emissions<UiApiWireValue<Declared.RecordBatchResults>>();
        const wire = new api.getRecords(seen.callback);
        wire.connect();
        wire.update({
            records: [
                { recordIds: [ASSESSMENT, OTHER_ASSESSMENT], fields: [SCORE] },
                { recordIds: [CASE], fields: ['Case.Subject'], optionalFields: ['Case.Priority'] }
            ]
        });
        await settle();

        expect(org.calls.map((call) => [call.query.get('fields'), call.query.get('optionalFields')])).toEqual([
            ['Assessment__c.Score__c', null],
            ['Case.Subject', 'Case.Priority']
        ]);
        expect(seen.last().data?.hasErrors).toBe(true);
        expect(seen.last().data?.results.map((item) => item.statusCode)).toEqual([200, 200, 403]);
    });

    it('fetches the batch again when one of its records is saved', async () => {
        org.on('GET', `ui-api/records/batch/${ASSESSMENT}`, {
            body: { hasErrors: false, results: [{ statusCode: 200, result: assessment(ASSESSMENT, 92) }] }
        });
        const wire = new api.getRecords(() => undefined);
        wire.connect();
        wire.update({ records: [{ recordIds: [ASSESSMENT], fields: [SCORE] }] });
        await settle();

        await api.notifyRecordUpdateAvailable([{ recordId: ASSESSMENT }]);

        expect(org.calls).toHaveLength(2);
    });
});

describe('getRecordCreateDefaults', () => {
    const COACHING_TASK = { objectApiName: 'Coaching_Task__c' };
    const DUE_DATE = { objectApiName: 'Coaching_Task__c', fieldApiName: 'Due_Date__c' };
    const DEFAULTS_RESOURCE = 'ui-api/record-defaults/create/Coaching_Task__c';

    /** Record Defaults as the local org answers them: the new record not saved yet, so without an ID. */
    function coachingDefaults(dueDate: string) {
        const record = uiRecord('Coaching_Task__c', 'unsaved', {
            Due_Date__c: { value: dueDate, displayValue: dueDate },
            Status__c: 'Open'
        });
        return {
            layout: { mode: 'Create', objectApiName: 'Coaching_Task__c', sections: [] },
            objectInfos: { Coaching_Task__c: { apiName: 'Coaching_Task__c' } },
            record: { ...record, id: null, lastModifiedById: null, lastModifiedDate: null, systemModstamp: null }
        };
    }

    function wireDefaults(config: Record<string, unknown>) {
        const seen = emissions<UiApiWireValue<Declared.RecordDefaultsRepresentation>>();
        const wire = new api.getRecordCreateDefaults(seen.callback);
        wire.connect();
        wire.update(config as never);
        return { wire, seen };
    }

    it('asks GET ui-api/record-defaults/create/{object} with the optional fields, as the signed-in user', async () => {
        org.on('GET', DEFAULTS_RESOURCE, { body: coachingDefaults('2026-11-16') });
        const { seen } = wireDefaults({
            objectApiName: COACHING_TASK,
            optionalFields: [DUE_DATE, 'Coaching_Task__c.Coach__r.Name']
        });
        await settle();

        const [call] = org.calls;
        expect(call.method).toBe('GET');
        expect(call.resource).toBe(DEFAULTS_RESOURCE);
        expect(call.query.get('optionalFields')).toBe('Coaching_Task__c.Coach__r.Name,Coaching_Task__c.Due_Date__c');
        expect(call.query.has('formFactor')).toBe(false);
        expect(call.headers.Authorization).toBe(`Bearer ${SESSION.accessToken}`);
        const data = seen.last().data!;
        expect(data.record.id).toBeNull();
        expect(api.getFieldValue(data.record, DUE_DATE)).toBe('2026-11-16');
        expect(Object.isFrozen(data.record.fields)).toBe(true);
    });

    it('passes the object by name, the form factor and the record type as the resource takes them', async () => {
        org.on('GET', DEFAULTS_RESOURCE, { body: coachingDefaults('2026-11-16') });
        wireDefaults({ objectApiName: 'Coaching_Task__c', formFactor: 'Small', recordTypeId: '012000000000000AAA' });
        await settle();

        const [call] = org.calls;
        expect(call.resource).toBe(DEFAULTS_RESOURCE);
        expect(Object.fromEntries(call.query)).toEqual({ formFactor: 'Small', recordTypeId: '012000000000000AAA' });
    });

    it("emits the org's refusal as a FetchResponse error", async () => {
        const refusal = [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'You cannot create Coaching Tasks' }];
        org.on('GET', DEFAULTS_RESOURCE, { status: 403, body: refusal });
        const { seen } = wireDefaults({ objectApiName: COACHING_TASK });
        await settle();

        expect(seen.last()).toEqual({
            data: undefined,
            error: { status: 403, statusText: 'Forbidden', ok: false, body: refusal }
        });
    });

    it('is not fetched again when a record is saved: defaults read no saved record', async () => {
        org.on('GET', DEFAULTS_RESOURCE, { body: coachingDefaults('2026-11-16') });
        org.on('POST', 'ui-api/records', { status: 201, body: uiRecord('Coaching_Task__c', 'a04000000000001AAA', {}) });
        wireDefaults({ objectApiName: COACHING_TASK, optionalFields: [DUE_DATE] });
        await settle();

        await api.createRecord({ apiName: 'Coaching_Task__c', fields: { Observed__c: 'Talked over the customer.' } });
        await settle();

        expect(org.callsTo('GET', DEFAULTS_RESOURCE)).toHaveLength(1);
    });
});

describe('createRecord, updateRecord and deleteRecord', () => {
    it('creates with POST ui-api/records and resolves with the record', async () => {
        org.on('POST', 'ui-api/records', { status: 201, body: assessment(ASSESSMENT, 0) });
        const input = { apiName: 'Assessment__c', fields: { Case__c: CASE } };

        const record = await api.createRecord(input);

        expect(record.id).toBe(ASSESSMENT);
        expect(org.calls[0].body).toEqual(input);
    });

    it('rejects with the FetchResponse when the org refuses the save', async () => {
        const refusal = [
            { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Submitted assessments are locked' }
        ];
        org.on('PATCH', `ui-api/records/${ASSESSMENT}`, { status: 400, body: refusal });

        await expect(api.updateRecord({ fields: { Id: ASSESSMENT, Score__c: 10 } })).rejects.toEqual({
            status: 400,
            statusText: 'Bad Request',
            ok: false,
            body: refusal
        });
    });

    it('sends ifUnmodifiedSince as the If-Unmodified-Since header', async () => {
        org.on('PATCH', `ui-api/records/${ASSESSMENT}`, { body: assessment(ASSESSMENT, 75) });

        await api.updateRecord(
            { fields: { Id: ASSESSMENT, Score__c: 75 } },
            { ifUnmodifiedSince: '2026-03-02T09:00:00.000Z' }
        );

        expect(org.calls[0].headers['If-Unmodified-Since']).toBe('2026-03-02T09:00:00.000Z');
    });

    it('refuses an update without fields.Id, naming the fields given', async () => {
        await expect(api.updateRecord({ fields: { Score__c: 75 } })).rejects.toThrow(
            'updateRecord needs fields.Id, the record to update; got fields {"Score__c":75}'
        );
        expect(org.calls).toHaveLength(0);
    });

    it('deletes with DELETE, after which a wire on the record gets the 404', async () => {
        let deleted = false;
        const notFound = {
            status: 404,
            body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
        };
        const live = { body: assessment(ASSESSMENT, 92) };
        org.on('GET', `ui-api/records/${ASSESSMENT}`, () => {
            return deleted ? notFound : live;
        });
        org.on('DELETE', `ui-api/records/${ASSESSMENT}`, () => {
            deleted = true;
            return { status: 204 };
        });
        const { seen } = wireRecord({ recordId: ASSESSMENT, fields: [SCORE] });
        await settle();

        await api.deleteRecord(ASSESSMENT);

        expect(org.callsTo('DELETE', `ui-api/records/${ASSESSMENT}`)).toHaveLength(1);
        expect(seen.last().data).toBeUndefined();
        expect(seen.last().error?.status).toBe(404);
    });
});

describe('getFieldValue and getFieldDisplayValue', () => {
    const record = uiRecord('Assessment__c', ASSESSMENT, {
        Score__c: { value: 82.5, displayValue: '82.5%' },
        Case__r: uiRecord('Case', CASE, {
            Subject: 'Billing dispute',
            Owner: uiRecord('User', SESSION.userId, { Name: 'Eve Evaluator' })
        }),
        Interaction__r: null
    }) as unknown as Declared.RecordRepresentation;

    it('reads a field by schema import or by name, raw or displayed', () => {
        expect(api.getFieldValue(record, SCORE)).toBe(82.5);
        expect(api.getFieldValue(record, 'Assessment__c.Score__c')).toBe(82.5);
        expect(api.getFieldDisplayValue(record, SCORE)).toBe('82.5%');
    });

    it('follows spanning fields through nested records', () => {
        expect(api.getFieldValue(record, 'Assessment__c.Case__r.Owner.Name')).toBe('Eve Evaluator');
        expect(api.getFieldValue(record, { objectApiName: 'Assessment__c', fieldApiName: 'Case__r.Subject' })).toBe(
            'Billing dispute'
        );
        expect((api.getFieldValue(record, 'Assessment__c.Case__r') as Declared.RecordRepresentation).id).toBe(CASE);
    });

    it('gives undefined for a field the record lacks and null through a blank lookup', () => {
        expect(api.getFieldValue(record, 'Assessment__c.Band__c')).toBeUndefined();
        expect(api.getFieldValue(record, 'Assessment__c.Case__r.Priority')).toBeUndefined();
        expect(api.getFieldValue(record, 'Assessment__c.Interaction__r.Channel__c')).toBeNull();
        expect(api.getFieldValue(undefined, SCORE)).toBeUndefined();
    });

    it('refuses an object import where a field is expected, naming the object', () => {
        expect(() => api.getFieldValue(record, { objectApiName: 'Assessment__c' })).toThrow(
            'Assessment__c is an object, not a field'
        );
    });
});

describe('record inputs', () => {
    const record = uiRecord('Assessment__c', ASSESSMENT, {
        Id: ASSESSMENT,
        Score__c: 82.5,
        Evaluator_Notes__c: 'Greeted the customer by name',
        Case__c: CASE,
        Case__r: uiRecord('Case', CASE, { Subject: 'Billing dispute' })
    }) as unknown as Declared.RecordRepresentation;
    const objectInfo = {
        fields: {
            Score__c: { createable: false, updateable: false },
            Evaluator_Notes__c: { createable: true, updateable: true },
            Case__c: { createable: true, updateable: false }
        }
    } as unknown as Parameters<typeof api.generateRecordInputForCreate>[1];

    it('keeps the values that are not nested records, and only createable or updateable ones with objectInfo', () => {
        expect(api.generateRecordInputForCreate(record)).toEqual({
            apiName: 'Assessment__c',
            fields: { Score__c: 82.5, Evaluator_Notes__c: 'Greeted the customer by name', Case__c: CASE }
        });
        expect(api.generateRecordInputForCreate(record, objectInfo).fields).toEqual({
            Evaluator_Notes__c: 'Greeted the customer by name',
            Case__c: CASE
        });
        expect(api.generateRecordInputForUpdate(record, objectInfo)).toEqual({
            fields: { Evaluator_Notes__c: 'Greeted the customer by name', Id: ASSESSMENT }
        });
    });

    it('keeps only the edited fields and Id', () => {
        const edited = {
            fields: { Id: ASSESSMENT, Score__c: 82.5, Evaluator_Notes__c: 'Did not confirm the address' }
        };
        expect(api.createRecordInputFilteredByEditedFields(edited, record)).toEqual({
            fields: { Id: ASSESSMENT, Evaluator_Notes__c: 'Did not confirm the address' }
        });
    });
});
