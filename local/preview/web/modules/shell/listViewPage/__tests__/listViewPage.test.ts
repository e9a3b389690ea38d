import { createElement } from 'lwc';
import ListViewPage from 'shell/listViewPage';
import { callOrg } from 'preview/session';
import { navigate } from 'preview/router';
import { flushMicrotasks } from '../../../../testing/shellTesting';

jest.mock('preview/session', () => ({
    session: { name: 'Noah Khan', persona: 'Evaluator', i18n: { locale: 'en-US', timeZone: 'UTC' } },
    callOrg: jest.fn()
}));
jest.mock('preview/router', () => ({ navigate: jest.fn(), urlOf: jest.fn() }));

const OBJECT_INFO = {
    apiName: 'Assessment__c',
    label: 'Assessment',
    labelPlural: 'Assessments',
    createable: true,
    updateable: true,
    nameFields: ['Name'],
    fields: { Name: { apiName: 'Name', label: 'Assessment Number', dataType: 'String' } },
    childRelationships: [],
    themeInfo: { color: null, iconUrl: '/img/icon/t4v35/custom/custom18_120.png' }
};

const LIST_INFO = {
    label: 'My assigned assessments',
    listReference: { listViewApiName: 'My_Assigned_Assessments', objectApiName: 'Assessment__c' },
    orderedByInfo: [{ fieldApiName: 'Name', isAscending: true, label: 'Assessment Number' }],
    displayColumns: [
        { fieldApiName: 'Name', label: 'Assessment Number', lookupId: 'Id', sortable: true },
        { fieldApiName: 'Agent__r.Name', label: 'Agent', lookupId: 'Agent__c', sortable: true },
        { fieldApiName: 'Status__c', label: 'Status', lookupId: null, sortable: true }
    ]
};

function assessment(id: string, name: string, agent: string) {
    return {
        apiName: 'Assessment__c',
        id,
        fields: {
            Name: { displayValue: null, value: name },
            Agent__c: { displayValue: null, value: `005${agent}` },
            Agent__r: {
                displayValue: agent,
                value: { apiName: 'User', id: `005${agent}`, fields: { Name: { displayValue: null, value: agent } } }
            },
            Status__c: { displayValue: 'Assigned', value: 'Assigned' }
        }
    };
}

type Answers = Record<string, unknown>;

function answer(answers: Answers) {
    jest.mocked(callOrg).mockImplementation((resource: string) => {
        const key = Object.keys(answers).find((prefix) => resource.startsWith(prefix));
        if (!key) {
            return Promise.reject(new Error(`unexpected call ${resource}`));
        }
        const value = answers[key];
        return value instanceof Error || (value as { ok?: boolean })?.ok === false
            ? Promise.reject(value)
            : Promise.resolve(typeof value === 'function' ? (value as (r: string) => unknown)(resource) : value);
    });
}

function listPageAnswers(extra: Answers = {}): Answers {
    return {
        'ui-api/object-info/Assessment__c': OBJECT_INFO,
        'ui-api/list-info/Assessment__c?': {
            lists: [
                { apiName: 'All_Assessments', label: 'All assessments', id: '00B1' },
                { apiName: 'My_Assigned_Assessments', label: 'My assigned assessments', id: '00B2' }
            ]
        },
        'ui-api/list-info/Assessment__c/My_Assigned_Assessments': LIST_INFO,
        'ui-api/list-records/Assessment__c/My_Assigned_Assessments': (resource: string) => {
            return resource.includes('pageToken=2')
                ? { records: [assessment('a003', 'A-000003', 'Omar Murphy')], nextPageToken: null }
                : {
                      records: [
                          assessment('a001', 'A-000001', 'Fatima Kowalski'),
                          assessment('a002', 'A-000002', 'James Silva')
                      ],
                      nextPageToken: '2'
                  };
        },
        ...extra
    };
}

async function renderPage(props: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('shell-list-view-page', { is: ListViewPage });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushMicrotasks();
    return element;
}

function datatable(element: HTMLElement): HTMLElement & { columns: any[]; data: any[] } {
    return element.shadowRoot!.querySelector('lightning-datatable') as any;
}

function button(element: HTMLElement, label: string): HTMLElement | undefined {
    return [...element.shadowRoot!.querySelectorAll('lightning-button')].find(
        (candidate: any) => candidate.label === label
    ) as HTMLElement | undefined;
}

describe('shell-list-view-page', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.mocked(callOrg).mockReset();
        jest.mocked(navigate).mockReset();
    });

    it("shows the chosen list view's records with its columns, names and lookups linking to their records", async () => {
        answer(listPageAnswers());
        const element = await renderPage({ objectApiName: 'Assessment__c', filterName: 'My_Assigned_Assessments' });
        const table = datatable(element);
        expect(table.columns.map((column) => [column.label, column.type, column.sortable])).toEqual([
            ['Assessment Number', 'url', true],
            ['Agent', 'url', true],
            ['Status', 'text', true]
        ]);
        expect(table.data[0]).toEqual({
            Id: 'a001',
            Name: 'A-000001',
            Name_url: '/lightning/r/Assessment__c/a001/view',
            Agent__r_Name: 'Fatima Kowalski',
            Agent__r_Name_url: '/lightning/r/User/005Fatima Kowalski/view',
            Status__c: 'Assigned'
        });
        expect(element.shadowRoot!.querySelector('.list-summary')!.textContent).toBe(
            '2+ items • Sorted by Assessment Number'
        );
        const picker = element.shadowRoot!.querySelector('lightning-combobox') as any;
        expect(picker.value).toBe('My_Assigned_Assessments');
        expect(picker.options.map((option: any) => option.label)).toEqual([
            'All assessments',
            'My assigned assessments'
        ]);
        expect(button(element, 'New')).toBeDefined();
    });

    it('loads the next page on Load more, and the last page leaves no Load more', async () => {
        answer(listPageAnswers());
        const element = await renderPage({ objectApiName: 'Assessment__c', filterName: 'My_Assigned_Assessments' });
        button(element, 'Load more')!.click();
        await flushMicrotasks();
        expect(jest.mocked(callOrg).mock.calls.map(([resource]) => resource)).toContain(
            'ui-api/list-records/Assessment__c/My_Assigned_Assessments?pageSize=50&pageToken=2'
        );
        expect(datatable(element).data.map((row) => row.Name)).toEqual(['A-000001', 'A-000002', 'A-000003']);
        expect(element.shadowRoot!.querySelector('.list-summary')!.textContent).toBe(
            '3 items • Sorted by Assessment Number'
        );
        expect(button(element, 'Load more')).toBeUndefined();
    });

    it('sorts on the server by the column chosen, descending with a minus', async () => {
        answer(listPageAnswers());
        const element = await renderPage({ objectApiName: 'Assessment__c', filterName: 'My_Assigned_Assessments' });
        datatable(element).dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'Agent__r_Name_url', sortDirection: 'desc' } })
        );
        await flushMicrotasks();
        expect(jest.mocked(callOrg).mock.calls.at(-1)![0]).toBe(
            'ui-api/list-records/Assessment__c/My_Assigned_Assessments?pageSize=50&sortBy=-Agent__r.Name'
        );
        expect(element.shadowRoot!.querySelector('.list-summary')!.textContent).toContain('Sorted by Agent');
    });

    it('goes to another list view through the address', async () => {
        answer(listPageAnswers());
        const element = await renderPage({ objectApiName: 'Assessment__c', filterName: 'My_Assigned_Assessments' });
        element
            .shadowRoot!.querySelector('lightning-combobox')!
            .dispatchEvent(new CustomEvent('change', { detail: { value: 'All_Assessments' } }));
        expect(navigate).toHaveBeenCalledWith({
            type: 'standard__objectPage',
            attributes: { objectApiName: 'Assessment__c', actionName: 'list' },
            state: { filterName: 'All_Assessments' }
        });
    });

    it('offers no New to a user who cannot create the object', async () => {
        answer(listPageAnswers({ 'ui-api/object-info/Assessment__c': { ...OBJECT_INFO, createable: false } }));
        const element = await renderPage({ objectApiName: 'Assessment__c', filterName: 'My_Assigned_Assessments' });
        expect(datatable(element)).not.toBeNull();
        expect(button(element, 'New')).toBeUndefined();
    });

    it("shows the local org's message when the object is not there for the user", async () => {
        answer({
            'ui-api/object-info/Award__c': {
                ok: false,
                status: 404,
                statusText: 'Not Found',
                body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
            },
            'ui-api/list-info/Award__c': { lists: [] }
        });
        const element = await renderPage({ objectApiName: 'Award__c' });
        const message = element.shadowRoot!.querySelector('shell-page-message') as any;
        expect(message.title).toBe('This list is not available');
        expect(message.message).toBe('The requested resource does not exist');
    });

    it('says reports are not in the preview, asking the org nothing', async () => {
        const element = await renderPage({ objectApiName: 'Report', actionName: 'home' });
        expect((element.shadowRoot!.querySelector('shell-page-message') as any).message).toContain('no report engine');
        expect(callOrg).not.toHaveBeenCalled();
    });
});
