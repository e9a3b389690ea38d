/**
 * UI API list views on the real package: list-info from the listViews metadata, and list-records
 * returning exactly the records each list view's filters select for the caller (sharing applies).
 */
import type { ListViewDefinition } from '../../metadata/listViews';
import { readListViews } from '../../metadata/listViews';
import { CallerSchema } from '../uiApi/callerSchema';
import { listViewCondition } from '../uiApi/listViewFilters';
import {
    contactCenter,
    newAssessment,
    newUser,
    openUiApiOrg,
    PACKAGE_SOURCE,
    submittedAssessment,
    type ContactCenter,
    type UiApiOrg
} from './uiApiOrg';

jest.setTimeout(30_000);

let ui: UiApiOrg;
let center: ContactCenter;
let otherAgent: string;
const made: Record<string, string> = {};

const ids = (answer: { body: { records: { id: string }[] } }): string[] =>
    answer.body.records.map((record) => record.id);

beforeAll(async () => {
    ui = await openUiApiOrg();
    center = contactCenter(ui);
    otherAgent = newUser(ui.org, ui.as.admin, 'otheragent', ['Verity_Agent']).id;
    made.inProgress = newAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId);
    made.assigned = newAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId, { Status__c: 'Assigned' });
    made.othersInProgress = newAssessment(ui, center, ui.as.qaAdmin, ui.as.agent.userId);
    made.failed = submittedAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId, 'No');
    made.passed = submittedAssessment(ui, center, ui.as.evaluator, ui.as.agent.userId, 'Yes');
    made.othersFailed = submittedAssessment(ui, center, ui.as.evaluator, otherAgent, 'No');
    const coaching = (due: string): string =>
        ui.org.create(ui.as.evaluator, 'Coaching_Task__c', {
            Assessment__c: made.failed,
            Agent__c: ui.as.agent.userId,
            Coach__c: ui.as.evaluator.userId,
            Behavior__c: 'Verification',
            Due_Date__c: due
        });
    made.dueThisWeek = coaching('2025-03-12');
    made.dueNextWeek = coaching('2025-03-20');
});

afterAll(async () => {
    await ui?.close();
});

describe('GET ui-api/list-info/{objectApiName}', () => {
    it("lists the object's list views from its metadata", async () => {
        const answer = await ui.call('evaluator', 'GET', 'list-info/Assessment__c');
        expect(answer.status).toBe(200);
        const names = readListViews(PACKAGE_SOURCE, 'Assessment__c').map((view) => view.name);
        expect(answer.body).toMatchObject({
            count: names.length,
            currentPageToken: '0',
            nextPageToken: null,
            objectApiName: 'Assessment__c',
            pageSize: 20,
            previousPageToken: null,
            queryString: null,
            recentListsOnly: false
        });
        expect(answer.body.lists.map((list: { apiName: string }) => list.apiName)).toEqual(names);
        expect(answer.body.lists[0]).toEqual({
            apiName: 'All_Assessments',
            id: expect.stringMatching(/^00B\w{15}$/),
            label: 'All assessments',
            url: '/services/data/v65.0/ui-api/list-info/Assessment__c/All_Assessments'
        });
        const searched = await ui.call('evaluator', 'GET', 'list-info/Assessment__c?q=failed&pageSize=1');
        expect(searched.body.lists.map((list: { apiName: string }) => list.apiName)).toEqual([
            'Auto_Failed_Assessments'
        ]);
        expect((await ui.call('agent', 'GET', 'list-info/Sampling_Plan__c')).status).toBe(404);
    });
});

describe('GET ui-api/list-info/{objectApiName}/{listViewApiName}', () => {
    it('answers the List Info of a list view: columns, filters, order and scope', async () => {
        const answer = await ui.call('evaluator', 'GET', 'list-info/Assessment__c/My_Assigned_Assessments');
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({
            label: 'My assigned assessments',
            listReference: {
                id: expect.stringMatching(/^00B/),
                listViewApiName: 'My_Assigned_Assessments',
                objectApiName: 'Assessment__c',
                type: 'listView'
            },
            filterLogicString: null,
            filteredByInfo: [
                {
                    fieldApiName: 'Status__c',
                    label: 'Status',
                    operandLabels: ['Assigned', 'In Progress'],
                    operator: 'Equals'
                }
            ],
            orderedByInfo: [{ fieldApiName: 'Name', isAscending: true, label: 'Assessment Number' }],
            scope: { apiName: 'mine', label: 'My' },
            visibility: 'Public'
        });
        expect(answer.body.displayColumns).toEqual([
            { fieldApiName: 'Name', label: 'Assessment Number', lookupId: 'Id', searchable: true, sortable: true },
            {
                fieldApiName: 'Case__r.CaseNumber',
                label: 'Case',
                lookupId: 'Case__c',
                searchable: false,
                sortable: true
            },
            { fieldApiName: 'Agent__r.Name', label: 'Agent', lookupId: 'Agent__c', searchable: false, sortable: true },
            {
                fieldApiName: 'Scorecard__r.Name',
                label: 'Scorecard',
                lookupId: 'Scorecard__c',
                searchable: false,
                sortable: true
            },
            { fieldApiName: 'Type__c', label: 'Type', lookupId: null, searchable: true, sortable: true },
            { fieldApiName: 'Status__c', label: 'Status', lookupId: null, searchable: true, sortable: true },
            { fieldApiName: 'Due_Date__c', label: 'Due Date', lookupId: null, searchable: false, sortable: true }
        ]);
    });

    it('serves every list view of the package, its columns and filters as the metadata declares them', async () => {
        const global = ui.org.describeGlobal(ui.as.admin) as { sobjects: { name: string; custom: boolean }[] };
        let served = 0;
        for (const { name } of global.sobjects.filter((sobject) => sobject.custom)) {
            for (const view of readListViews(PACKAGE_SOURCE, name)) {
                const answer = await ui.call('admin', 'GET', `list-info/${name}/${view.name}`);
                expect(answer.status).toBe(200);
                expect(answer.body.label).toBe(view.label);
                const lookups = answer.body.displayColumns.map(
                    (column: { fieldApiName: string; lookupId: string | null }) =>
                        column.lookupId === null || column.lookupId === 'Id' ? column.fieldApiName : column.lookupId
                );
                expect(lookups).toEqual(view.columns.map((column) => (column === 'NAME' ? 'Name' : column)));
                expect(
                    answer.body.filteredByInfo.map((filter: { fieldApiName: string }) => filter.fieldApiName)
                ).toEqual(view.filters.map((filter) => filter.field));
                const records = await ui.call('admin', 'GET', `list-records/${name}/${view.name}`);
                expect(records.status).toBe(200);
                served += 1;
            }
        }
        expect(served).toBeGreaterThanOrEqual(25);
    });
});

describe('GET ui-api/list-records/{objectApiName}/{listViewApiName}', () => {
    it("answers exactly the caller's own assigned and in-progress assessments for My assigned assessments", async () => {
        const answer = await ui.call('evaluator', 'GET', 'list-records/Assessment__c/My_Assigned_Assessments');
        expect(answer.status).toBe(200);
        expect(ids(answer).sort()).toEqual([made.inProgress, made.assigned].sort());
        expect(answer.body).toMatchObject({
            count: 2,
            currentPageToken: '0',
            currentPageUrl:
                '/services/data/v65.0/ui-api/list-records/Assessment__c/My_Assigned_Assessments?pageSize=50&pageToken=0',
            nextPageToken: null,
            pageSize: 50,
            listReference: { listViewApiName: 'My_Assigned_Assessments', objectApiName: 'Assessment__c' },
            sortBy: null
        });
        const info = await ui.call('evaluator', 'GET', 'list-info/Assessment__c/My_Assigned_Assessments');
        expect(answer.body.listInfoETag).toBe(info.body.eTag);
        // Each record carries its columns: a lookup column as the lookup and its related record.
        const record = answer.body.records.find((candidate: { id: string }) => candidate.id === made.assigned);
        expect(record.fields).toMatchObject({
            Status__c: { value: 'Assigned', displayValue: 'Assigned' },
            Agent__c: { value: ui.as.agent.userId },
            Agent__r: { displayValue: 'Ana Agent' },
            Due_Date__c: { displayValue: '3/14/2025' }
        });
        const qaAdmin = await ui.call('qaAdmin', 'GET', 'list-records/Assessment__c/My_Assigned_Assessments');
        expect(ids(qaAdmin)).toEqual([made.othersInProgress]);
    });

    it("applies sharing: the agent lists their own submitted assessments, the QA manager everyone's", async () => {
        const agent = await ui.call('agent', 'GET', 'list-records/Assessment__c/Submitted_Assessments');
        expect(ids(agent).sort()).toEqual([made.failed, made.passed].sort());
        const manager = await ui.call('qaManager', 'GET', 'list-records/Assessment__c/Submitted_Assessments');
        expect(ids(manager).sort()).toEqual([made.failed, made.passed, made.othersFailed].sort());
        const failed = await ui.call('qaManager', 'GET', 'list-records/Assessment__c/Auto_Failed_Assessments');
        expect(ids(failed).sort()).toEqual([made.failed, made.othersFailed].sort());
    });

    it('filters on a date literal: coaching due this week', async () => {
        const answer = await ui.call('evaluator', 'GET', 'list-records/Coaching_Task__c/Coaching_Due_This_Week');
        expect(ids(answer)).toEqual([made.dueThisWeek]);
        const all = await ui.call('evaluator', 'GET', 'list-records/Coaching_Task__c/All_Coaching_Tasks');
        expect(ids(all).sort()).toEqual([made.dueThisWeek, made.dueNextWeek].sort());
    });

    it('pages with pageSize and pageToken, and sorts with sortBy', async () => {
        const all = ids(await ui.call('qaManager', 'GET', 'list-records/Assessment__c/All_Assessments'));
        expect(all).toHaveLength(6);
        const first = await ui.call('qaManager', 'GET', 'list-records/Assessment__c/All_Assessments?pageSize=4');
        expect(ids(first)).toEqual(all.slice(0, 4));
        expect(first.body.nextPageToken).toBe('4');
        const second = await ui.call('qaManager', 'GET', first.body.nextPageUrl);
        expect(ids(second)).toEqual(all.slice(4));
        expect(second.body).toMatchObject({ nextPageToken: null, previousPageToken: '0', count: 2 });
        const descending = await ui.call('qaManager', 'GET', 'list-records/Assessment__c/All_Assessments?sortBy=-Name');
        expect(ids(descending)).toEqual([...all].reverse());
        expect(descending.body.sortBy).toBe('-Name');
        const byAgent = await ui.call(
            'qaManager',
            'GET',
            'list-records/Assessment__c/All_Assessments?sortBy=Agent__r.Name'
        );
        expect(byAgent.body.records.map((record: any) => record.fields.Agent__r.displayValue)).toEqual([
            'Ana Agent',
            'Ana Agent',
            'Ana Agent',
            'Ana Agent',
            'Ana Agent',
            'otheragent'
        ]);
        expect(
            (await ui.call('qaManager', 'GET', 'list-records/Assessment__c/All_Assessments?pageSize=0')).status
        ).toBe(400);
    });

    it('adds the fields asked for, refusing one in fields the caller cannot read', async () => {
        const extra = await ui.call(
            'evaluator',
            'GET',
            'list-records/Assessment__c/My_Assigned_Assessments?fields=Assessment__c.Overall_Comment__c&optionalFields=Assessment__c.Sampling_Run__r.Name'
        );
        expect(extra.status).toBe(200);
        expect(extra.body.fields).toEqual(['Assessment__c.Overall_Comment__c']);
        expect(extra.body.records[0].fields.Overall_Comment__c).toEqual({ displayValue: null, value: null });
        expect(extra.body.records[0].fields.Sampling_Run__r).toBeUndefined();
        const refused = await ui.call(
            'evaluator',
            'GET',
            'list-records/Assessment__c/My_Assigned_Assessments?fields=Assessment__c.Sampling_Run__r.Name'
        );
        expect(refused.status).toBe(400);
        expect(refused.body[0].errorCode).toBe('INVALID_FIELD');
        expect((await ui.call('evaluator', 'GET', 'list-records/Assessment__c/No_Such_View')).status).toBe(404);
        expect((await ui.call('agent', 'GET', 'list-records/Sampling_Plan__c/Active_Sampling_Plans')).status).toBe(404);
    });
});

describe('list view filters as SOQL', () => {
    const view = (overrides: Partial<ListViewDefinition>): ListViewDefinition => ({
        objectName: 'Assessment__c',
        name: 'Test_View',
        label: 'Test view',
        columns: ['NAME'],
        filterScope: 'Everything',
        filters: [],
        restrictions: [],
        ...overrides
    });
    const selected = (definition: ListViewDefinition): string[] => {
        const schema = new CallerSchema(ui.org, ui.as.qaManager);
        const condition = listViewCondition(schema, schema.object('Assessment__c'), definition);
        return ui.org
            .query(ui.as.qaManager, `SELECT Id FROM Assessment__c WHERE ${condition}`)
            .records.map((record) => String(record.Id))
            .sort();
    };

    it('translates filter logic, text operations and a lookup compared by its record name', () => {
        const logic = view({
            filters: [
                { field: 'Status__c', operation: 'equals', value: 'Submitted' },
                { field: 'Agent__c', operation: 'equals', value: 'otheragent' },
                { field: 'Status__c', operation: 'startsWith', value: 'Assi' }
            ],
            booleanFilter: '(1 AND 2) OR 3'
        });
        expect(selected(logic)).toEqual([made.othersFailed, made.assigned].sort());
        const notContaining = view({
            filters: [
                { field: 'Status__c', operation: 'notContain', value: 'Progress,Assigned' },
                { field: 'Score__c', operation: 'greaterThan', value: '50' }
            ]
        });
        expect(selected(notContaining)).toEqual([made.passed]);
        // A LIKE pattern's own wildcards match themselves: "0_0" is not "000".
        expect(selected(view({ filters: [{ field: 'Name', operation: 'contains', value: '0_0' }] }))).toEqual([]);
        expect(selected(view({ filters: [{ field: 'Name', operation: 'contains', value: '000' }] }))).toHaveLength(6);
        const blank = view({ filters: [{ field: 'Submitted_At__c', operation: 'equals', value: '' }] });
        expect(selected(blank)).toEqual([made.inProgress, made.assigned, made.othersInProgress].sort());
    });

    it('refuses by name what it cannot translate', () => {
        const schema = new CallerSchema(ui.org, ui.as.qaManager);
        const object = schema.object('Assessment__c');
        const refusal = (definition: ListViewDefinition): string => {
            try {
                listViewCondition(schema, object, definition);
            } catch (error) {
                return (error as Error).message;
            }
            throw new Error('The list view was translated.');
        };
        expect(refusal(view({ filterScope: 'Queue' }))).toContain(
            'the Queue scope of the list view Assessment__c.Test_View'
        );
        expect(refusal(view({ restrictions: ['queue'] }))).toContain('the queue restriction');
        expect(refusal(view({ filters: [{ field: 'Status__c', operation: 'within', value: '5' }] }))).toContain(
            'the within operation of the Status__c filter'
        );
        expect(
            refusal(view({ filters: [{ field: 'Submitted_At__c', operation: 'equals', value: '2025-03-08' }] }))
        ).toContain('the value "2025-03-08" of the Submitted_At__c filter');
        expect(
            refusal(view({ filters: [{ field: 'Auto_Failed__c', operation: 'equals', value: 'maybe' }] }))
        ).toContain('the value "maybe"');
        expect(
            refusal(
                view({
                    filters: [{ field: 'Status__c', operation: 'equals', value: 'Final' }],
                    booleanFilter: '1 OR 2'
                })
            )
        ).toContain('it names filter 2');
    });
});
