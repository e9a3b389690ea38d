/**
 * The UI API record defaults (`record-defaults/create` and its lightweight `template/create`) on
 * the real engine over the real package, as the personas: the values are the ones a create would
 * store (default value formulas with $CustomMetadata, picklist defaults, the caller as owner), the
 * layout and object infos are the ones the other resources answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contactCenter, newAssessment, NOW, openUiApiOrg, PACKAGE_SOURCE, type UiApiOrg } from './uiApiOrg';

jest.setTimeout(30_000);

const SETTING_FILE = path.join(PACKAGE_SOURCE, 'customMetadata', 'Verity_Setting.Default.md-meta.xml');
const DUE_DAYS_VALUE = /(<field>Coaching_Due_Days__c<\/field>\s*<value[^>]*>)(\d+)(<\/value>)/;

/** The program's coaching due days, as the package's custom metadata record holds them. */
function coachingDueDays(settingXml: string): number {
    const match = DUE_DAYS_VALUE.exec(settingXml);
    if (!match) {
        throw new Error(`${SETTING_FILE} has no Coaching_Due_Days__c value.`);
    }
    return Number(match[2]);
}

/** The org's today (its clock's UTC date, as TODAY() in a default value) plus `days`, as YYYY-MM-DD. */
function orgTodayPlus(days: number): string {
    const date = new Date(NOW);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/** `2025-03-24` → `3/24/2025`, the personas' en_US short date. */
function usShortDate(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return `${month}/${day}/${year}`;
}

let ui: UiApiOrg;

beforeAll(async () => {
    ui = await openUiApiOrg();
});

afterAll(async () => {
    await ui?.close();
});

describe('GET ui-api/record-defaults/create/{objectApiName}', () => {
    it("suggests the coaching due date the platform would give: the org's today plus the program's due days", async () => {
        const days = coachingDueDays(fs.readFileSync(SETTING_FILE, 'utf8'));
        const answer = await ui.call(
            'evaluator',
            'GET',
            'record-defaults/create/Coaching_Task__c?optionalFields=Coaching_Task__c.Due_Date__c'
        );
        expect(answer.status).toBe(200);
        expect(Object.keys(answer.body).sort()).toEqual(['layout', 'objectInfos', 'record']);
        const due = orgTodayPlus(days);
        expect(answer.body.record.fields.Due_Date__c).toEqual({ displayValue: usShortDate(due), value: due });
    });

    it('follows the custom metadata: another number of due days gives another date', async () => {
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-defaults-'));
        fs.cpSync(PACKAGE_SOURCE, copy, { recursive: true, filter: (source) => path.basename(source) !== 'lwc' });
        const setting = path.join(copy, 'customMetadata', 'Verity_Setting.Default.md-meta.xml');
        const days = coachingDueDays(fs.readFileSync(SETTING_FILE, 'utf8')) + 5;
        fs.writeFileSync(setting, fs.readFileSync(setting, 'utf8').replace(DUE_DAYS_VALUE, `$1${days}$3`));
        const changed = await openUiApiOrg(copy);
        try {
            const answer = await changed.call('qaManager', 'GET', 'record-defaults/create/Coaching_Task__c');
            expect(answer.status).toBe(200);
            expect(answer.body.record.fields.Due_Date__c.value).toBe(orgTodayPlus(days));
        } finally {
            await changed.close();
            fs.rmSync(copy, { recursive: true, force: true });
        }
    });

    it('answers a Record not yet saved, with the fields of the Create layout and their defaults', async () => {
        const answer = await ui.call('evaluator', 'GET', 'record-defaults/create/Coaching_Task__c');
        const { record } = answer.body;
        expect(record).toMatchObject({
            apiName: 'Coaching_Task__c',
            childRelationships: {},
            id: null,
            lastModifiedById: null,
            lastModifiedDate: null,
            recordTypeId: '012000000000000AAA',
            recordTypeInfo: null,
            systemModstamp: null,
            weakEtag: 0
        });
        expect(record.eTag).toMatch(/^[0-9a-f]{32}$/);
        // Every field the Create layout shows, each lookup with its relationship (blank: no default).
        const layout = await ui.call('evaluator', 'GET', 'layout/Coaching_Task__c?mode=Create');
        const shown: string[] = layout.body.sections.flatMap((section: any) =>
            section.layoutRows.flatMap((row: any) =>
                row.layoutItems
                    .map((item: any) => item.layoutComponents[0])
                    .filter((component: any) => component.componentType === 'Field')
                    .map((component: any) => component.apiName)
            )
        );
        expect(shown).toContain('Due_Date__c');
        expect(shown).not.toContain('Name');
        const lookups = ['Agent__r', 'Assessment__r', 'Coach__r', 'Scorecard_Item__r'];
        expect(Object.keys(record.fields).sort()).toEqual([...shown, ...lookups].sort());
        expect(record.fields.Status__c).toEqual({ displayValue: 'Open', value: 'Open' });
        expect(record.fields.Observed__c).toEqual({ displayValue: null, value: null });
        expect(record.fields.Coach__r).toEqual({ displayValue: null, value: null });
        // A detail of a master-detail has no owner to default.
        expect(record.fields).not.toHaveProperty('OwnerId');
    });

    it('stores on create exactly what it suggested', async () => {
        const center = contactCenter(ui);
        const assessment = newAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId);
        const defaults = await ui.call('evaluator', 'GET', 'record-defaults/create/Coaching_Task__c');
        const created = await ui.call('evaluator', 'POST', 'records', {
            apiName: 'Coaching_Task__c',
            fields: {
                Assessment__c: assessment,
                Agent__c: ui.as.agent.userId,
                Coach__c: ui.as.evaluator.userId,
                Observed__c: 'Discussed the balance before verifying the caller.',
                Expected_Alternative__c: 'Verify two identity details first.'
            }
        });
        expect(created.status).toBe(201);
        expect(created.body.fields.Due_Date__c).toEqual(defaults.body.record.fields.Due_Date__c);
        expect(created.body.fields.Status__c).toEqual(defaults.body.record.fields.Status__c);
    });

    it('defaults the owner to the caller, with the owner as a related record named for them', async () => {
        for (const [persona, name] of [
            ['evaluator', 'Eli Evaluator'],
            ['qaManager', 'Mina Manager']
        ] as const) {
            const answer = await ui.call(persona, 'GET', 'record-defaults/create/Assessment__c');
            expect(answer.status).toBe(200);
            const { OwnerId, Owner, Status__c } = answer.body.record.fields;
            expect(OwnerId).toEqual({ displayValue: null, value: ui.as[persona].userId });
            expect(Owner.displayValue).toBe(name);
            expect(Owner.value).toMatchObject({
                apiName: 'User',
                id: ui.as[persona].userId,
                fields: { Name: { displayValue: null, value: name } }
            });
            expect(Status__c).toEqual({ displayValue: 'Assigned', value: 'Assigned' });
        }
    });

    it('gives the Create layout and the Object Infos the other resources give, for the object and its lookups', async () => {
        const answer = await ui.call('evaluator', 'GET', 'record-defaults/create/Coaching_Task__c');
        const layout = await ui.call('evaluator', 'GET', 'layout/Coaching_Task__c?layoutType=Full&mode=Create');
        expect(answer.body.layout).toEqual(layout.body);
        expect(answer.body.layout.mode).toBe('Create');
        expect(Object.keys(answer.body.objectInfos)).toEqual([
            'Coaching_Task__c',
            'Assessment__c',
            'User',
            'Scorecard_Item__c'
        ]);
        const infos = await ui.call('evaluator', 'GET', 'object-info/batch/Coaching_Task__c,Assessment__c');
        expect(answer.body.objectInfos.Coaching_Task__c).toEqual(infos.body.results[0].result);
        expect(answer.body.objectInfos.Assessment__c).toEqual(infos.body.results[1].result);
    });

    it('adds the optional fields the caller can read, spanning ones through a defaulted lookup, and leaves out the rest', async () => {
        const optionalFields = [
            'Assessment__c.Score__c',
            'Assessment__c.Owner.Email',
            'Assessment__c.Evaluator__r.Name',
            'Assessment__c.No_Such_Field__c',
            'Case.Subject'
        ].join(',');
        const answer = await ui.call(
            'evaluator',
            'GET',
            `record-defaults/create/Assessment__c?optionalFields=${optionalFields}`
        );
        expect(answer.status).toBe(200);
        const { fields } = answer.body.record;
        // A formula is not on the Create layout; asked for, it is there, blank until the record is saved.
        expect(fields.Score__c).toEqual({ displayValue: null, value: null });
        expect(fields.Owner.value.fields.Email.value).toBe('evaluator@verity.local');
        expect(fields.Evaluator__r).toEqual({ displayValue: null, value: null });
        expect(fields).not.toHaveProperty('No_Such_Field__c');
        expect(fields).not.toHaveProperty('Subject');
    });

    it('takes the master record type and every form factor, and refuses any other', async () => {
        for (const query of ['recordTypeId=012000000000000AAA', 'recordTypeId=012000000000000', 'formFactor=Small']) {
            const answer = await ui.call('evaluator', 'GET', `record-defaults/create/Coaching_Task__c?${query}`);
            expect(answer.status).toBe(200);
        }
        const otherType = await ui.call(
            'evaluator',
            'GET',
            'record-defaults/create/Coaching_Task__c?recordTypeId=012000000000001AAA'
        );
        expect(otherType.status).toBe(404);
        expect(otherType.body[0]).toEqual({
            errorCode: 'NOT_FOUND',
            message: expect.stringContaining('012000000000001AAA does not exist on Coaching_Task__c')
        });
        const formFactor = await ui.call('evaluator', 'GET', 'record-defaults/create/Coaching_Task__c?formFactor=Huge');
        expect(formFactor.status).toBe(400);
        expect(formFactor.body[0]).toEqual({
            errorCode: 'ILLEGAL_QUERY_PARAMETER_VALUE',
            message: 'formFactor Huge is not one of Large, Medium, Small.'
        });
    });

    it('refuses a caller who may not create the object, naming it, and hides an object they cannot read', async () => {
        const agent = await ui.call('agent', 'GET', 'record-defaults/create/Coaching_Task__c');
        expect(agent.status).toBe(403);
        expect(agent.body).toEqual([
            {
                errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
                message:
                    'You cannot create Coaching Tasks (Coaching_Task__c), so there are no values to create one with.'
            }
        ]);
        const unreadable = await ui.call('agent', 'GET', 'record-defaults/create/Sampling_Plan__c');
        expect(unreadable.status).toBe(404);
        expect(unreadable.body[0].errorCode).toBe('NOT_FOUND');
    });

    it('serves GET only, and no clone defaults', async () => {
        const post = await ui.call('evaluator', 'POST', 'record-defaults/create/Coaching_Task__c', {});
        expect(post.status).toBe(405);
        const clone = await ui.call('evaluator', 'GET', 'record-defaults/clone/a05000000000001AAA');
        expect(clone.status).toBe(404);
    });
});

describe('GET ui-api/record-defaults/template/create/{objectApiName}', () => {
    it('answers only the optional fields, without a layout, with the Object Infos of the object and their lookups', async () => {
        const answer = await ui.call(
            'qaManager',
            'GET',
            'record-defaults/template/create/Assessment__c?optionalFields=Assessment__c.OwnerId,Assessment__c.Type__c'
        );
        expect(answer.status).toBe(200);
        expect(Object.keys(answer.body).sort()).toEqual(['objectInfos', 'record']);
        expect(answer.body.record).toEqual({
            apiName: 'Assessment__c',
            fields: {
                OwnerId: { displayValue: null, value: ui.as.qaManager.userId },
                Type__c: { displayValue: 'Standard', value: 'Standard' }
            },
            recordTypeId: '012000000000000AAA'
        });
        expect(Object.keys(answer.body.objectInfos)).toEqual(['Assessment__c', 'User', 'Group']);
    });

    it('answers no fields when none are asked for, and refuses as the full resource does', async () => {
        const bare = await ui.call('evaluator', 'GET', 'record-defaults/template/create/Coaching_Task__c');
        expect(bare.body.record.fields).toEqual({});
        expect(Object.keys(bare.body.objectInfos)).toEqual(['Coaching_Task__c']);
        const agent = await ui.call('agent', 'GET', 'record-defaults/template/create/Coaching_Task__c');
        expect(agent.status).toBe(403);
        const otherType = await ui.call(
            'evaluator',
            'GET',
            'record-defaults/template/create/Coaching_Task__c?recordTypeId=012000000000001AAA'
        );
        expect(otherType.status).toBe(404);
    });
});
