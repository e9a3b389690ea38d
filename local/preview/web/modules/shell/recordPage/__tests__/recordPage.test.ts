import { createElement } from 'lwc';
import RecordPage from 'shell/recordPage';
import { callOrg } from 'preview/session';
import { forgetDescribedObjects } from 'shell/orgObjects';
import { recordsChanged } from 'preview/recordCache';
import { flushMicrotasks, deepAll } from '../../../../testing/shellTesting';

jest.mock('preview/session', () => ({
    session: { userId: '005E', customPermissions: [], i18n: { locale: 'en-US', timeZone: 'UTC' } },
    callOrg: jest.fn()
}));
jest.mock('preview/router', () => ({
    navigate: jest.fn(),
    urlOf: (reference: { attributes: Record<string, string> }) =>
        `/lightning/r/${reference.attributes.objectApiName}/${reference.attributes.recordId}/related/${reference.attributes.relationshipApiName}/view`
}));
jest.mock('shell/placeableComponents', () => ({
    __esModule: true,
    default: {
        qualityBand: { constructor: jest.requireActual('c/qualityBand').default, propertyTypes: { score: 'Integer' } }
    }
}));

const CASE_INFO = {
    apiName: 'Case',
    label: 'Case',
    labelPlural: 'Cases',
    updateable: true,
    nameFields: ['CaseNumber'],
    fields: {
        CaseNumber: { apiName: 'CaseNumber', label: 'Case Number', dataType: 'String', relationshipName: null },
        Subject: { apiName: 'Subject', label: 'Subject', dataType: 'String', relationshipName: null },
        IsEscalated: { apiName: 'IsEscalated', label: 'Escalated', dataType: 'Boolean', relationshipName: null }
    },
    childRelationships: [
        { childObjectApiName: 'Assessment__c', fieldName: 'Case__c', relationshipName: 'Assessments__r' },
        { childObjectApiName: 'Interaction__c', fieldName: 'Case__c', relationshipName: 'Interactions__r' }
    ],
    themeInfo: null
};

const ASSESSMENT_INFO = {
    apiName: 'Assessment__c',
    label: 'Assessment',
    labelPlural: 'Assessments',
    nameFields: ['Name'],
    fields: {
        Name: { apiName: 'Name', label: 'Assessment Number', dataType: 'String', referenceToInfos: [] },
        Case__c: {
            apiName: 'Case__c',
            label: 'Case',
            dataType: 'Reference',
            relationshipName: 'Case__r',
            referenceToInfos: [{ apiName: 'Case', nameFields: ['CaseNumber'] }]
        },
        Score__c: { apiName: 'Score__c', label: 'Score', dataType: 'Percent', scale: 2, referenceToInfos: [] }
    },
    childRelationships: [],
    themeInfo: { color: null, iconUrl: '/img/icon/t4v35/custom/custom18_120.png' }
};

const LAYOUT = {
    sections: [
        {
            id: 's1',
            heading: 'Information',
            useHeading: true,
            columns: 2,
            layoutRows: [
                {
                    layoutItems: [item('CaseNumber', 'Case Number', false), item('Subject', 'Subject', true)]
                },
                { layoutItems: [item('IsEscalated', 'Escalated', true)] }
            ]
        }
    ]
};

function item(apiName: string, label: string, editable: boolean) {
    return {
        label,
        editableForNew: editable,
        editableForUpdate: editable,
        required: false,
        lookupIdApiName: null,
        layoutComponents: [{ apiName, componentType: 'Field', label }]
    };
}

const RECORD = {
    apiName: 'Case',
    id: '500A',
    fields: {
        CaseNumber: { displayValue: null, value: '00001008' },
        Subject: { displayValue: null, value: 'Router keeps dropping the connection' },
        IsEscalated: { displayValue: null, value: true }
    }
};

const FLEXIPAGE = {
    name: 'Verity_Case_Record_Page',
    label: 'Verity Case Record Page',
    type: 'RecordPage',
    objectApiName: 'Case',
    template: 'flexipage:recordHomeTemplateDesktop',
    regions: [
        {
            name: 'header',
            type: 'Region',
            items: [{ kind: 'component', name: 'force:highlightsPanel', properties: {} }]
        },
        {
            name: 'main',
            type: 'Region',
            items: [
                { kind: 'component', name: 'force:detailPanel', properties: {} },
                { kind: 'component', name: 'c:qualityBand', identifier: 'band', properties: { score: '92' } },
                { kind: 'component', name: 'force:socialPanel', properties: {} },
                {
                    kind: 'component',
                    name: 'c:qualityBand',
                    identifier: 'hiddenBand',
                    properties: { score: '10' },
                    visibilityRule: {
                        criteria: [{ leftValue: '{!Record.IsEscalated}', operator: 'EQUAL', rightValue: 'false' }]
                    }
                }
            ]
        },
        {
            name: 'sidebar',
            type: 'Region',
            items: [
                {
                    kind: 'component',
                    name: 'force:relatedListSingleContainer',
                    properties: { relatedListApiName: 'Assessments__r', rowsToDisplay: '10' }
                }
            ]
        }
    ]
};

function answer(answers: Record<string, unknown>) {
    jest.mocked(callOrg).mockImplementation((resource: string) => {
        const key = Object.keys(answers).find((prefix) => resource.startsWith(prefix));
        if (!key) {
            return Promise.reject(new Error(`unexpected call ${resource}`));
        }
        const value = answers[key];
        return (value as { ok?: boolean })?.ok === false ? Promise.reject(value) : Promise.resolve(value);
    });
}

const ORG_ANSWERS = {
    'ui-api/object-info/Case': CASE_INFO,
    'ui-api/layout/Case': LAYOUT,
    'ui-api/records/500A': RECORD,
    sobjects: {
        sobjects: [
            { name: 'Case', keyPrefix: '500', queryable: true },
            { name: 'Assessment__c', keyPrefix: 'a00', queryable: true }
        ]
    },
    'ui-api/object-info/batch/Assessment__c': { results: [{ statusCode: 200, result: ASSESSMENT_INFO }] },
    // A related list the layout does not carry takes its columns from the child's "All" list view.
    'ui-api/list-info/Assessment__c/All_Assessments': {
        displayColumns: [
            { fieldApiName: 'Name', label: 'Assessment Number', lookupId: 'Id', sortable: true },
            { fieldApiName: 'Case__r.CaseNumber', label: 'Case', lookupId: 'Case__c', sortable: true },
            { fieldApiName: 'Score__c', label: 'Score', lookupId: null, sortable: true }
        ]
    },
    'ui-api/list-info/Assessment__c': {
        lists: [
            { apiName: 'Auto_Failed_Assessments', label: 'Auto-failed', id: '00B1' },
            { apiName: 'All_Assessments', label: 'All assessments', id: '00B2' }
        ]
    },
    'query?q=': { records: [{ Id: 'a001', Name: 'A-000001', Score__c: 79.17 }] }
};

function deepText(root: ParentNode): string {
    return deepAll(root, '*')
        .map((element) =>
            [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent)
        )
        .flat()
        .join(' ');
}

async function renderRecordPage(flexipageAnswer: unknown): Promise<HTMLElement> {
    globalThis.fetch = jest.fn().mockResolvedValue({ ok: true, json: () => Promise.resolve(flexipageAnswer) });
    const element = createElement('shell-record-page', { is: RecordPage });
    Object.assign(element, { recordId: '500A', objectApiName: 'Case', actionName: 'view' });
    document.body.appendChild(element);
    await flushMicrotasks();
    return element;
}

describe('shell-record-page', () => {
    it('reads the record again when a component on the page saves it, so the header and details follow', async () => {
        answer(ORG_ANSWERS);
        const element = await renderRecordPage({ objectApiName: 'Case', flexipage: FLEXIPAGE, relatedLists: [] });
        const reads = (): number =>
            jest.mocked(callOrg).mock.calls.filter(([resource]) => resource.startsWith('ui-api/records/500A')).length;
        const before = reads();
        answer({
            ...ORG_ANSWERS,
            'ui-api/records/500A': {
                ...RECORD,
                fields: { ...RECORD.fields, Subject: { displayValue: null, value: 'Fixed' } }
            }
        });
        await recordsChanged(['500A']);
        await flushMicrotasks();
        expect(reads()).toBe(before + 1);
        const detail = deepAll(element, 'shell-record-detail')[0];
        expect(deepText(detail.shadowRoot!)).toContain('Fixed');
        await recordsChanged(['500B']);
        expect(reads()).toBe(before + 1);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.mocked(callOrg).mockReset();
        forgetDescribedObjects();
    });

    it("lays out the app's Lightning page: highlights, details, the package's components with their properties, related lists", async () => {
        answer(ORG_ANSWERS);
        const element = await renderRecordPage({ objectApiName: 'Case', flexipage: FLEXIPAGE, relatedLists: [] });
        expect(globalThis.fetch).toHaveBeenCalledWith('/preview/flexipages/Case');
        const regions = deepAll(element, '[data-region]').map((region) => region.getAttribute('data-region'));
        expect(regions).toEqual(['header', 'main', 'sidebar']);

        const header = deepAll(element, 'shell-highlights-panel')[0];
        expect(deepText(header.shadowRoot!)).toContain('00001008');

        const detail = deepAll(element, 'shell-record-detail')[0];
        expect(deepText(detail.shadowRoot!)).toContain('Router keeps dropping the connection');
        expect(deepAll(detail.shadowRoot!, 'lightning-button-icon').map((icon: any) => icon.alternativeText)).toEqual([
            'Edit Subject',
            'Edit Escalated'
        ]);

        const bands = deepAll(element, '.package-component[data-component="c:qualityBand"] > *');
        expect(bands).toHaveLength(1);
        // The page's text property arrives typed as the component declares it; qualityBand has no recordId to set.
        expect((bands[0] as any).score).toBe(92);
        expect(deepText(bands[0].shadowRoot!)).toContain('92% · Target');

        expect(deepText(element.shadowRoot!)).toContain('The preview has no stand-in for force:socialPanel.');

        const relatedTitle = deepAll(element, '.related-list .slds-card__header-link')[0];
        expect(relatedTitle.textContent).toBe('Assessments (1)');
        const query = jest
            .mocked(callOrg)
            .mock.calls.map(([resource]) => resource)
            .find((resource) => resource.startsWith('query'))!;
        // The lookup to the case itself is left out: every row has it.
        expect(decodeURIComponent(query)).toBe(
            "query?q=SELECT Id, Name, Score__c FROM Assessment__c WHERE Case__c = '500A' ORDER BY CreatedDate DESC LIMIT 11"
        );
    });

    it("lays out the default record page, with the layout's related lists, when the app assigns none", async () => {
        answer(ORG_ANSWERS);
        const element = await renderRecordPage({
            objectApiName: 'Case',
            flexipage: null,
            relatedLists: [{ childObjectApiName: 'Assessment__c', fieldName: 'Case__c', columns: ['NAME', 'Score__c'] }]
        });
        expect(deepAll(element, 'shell-flexipage-layout')).toHaveLength(0);
        expect(deepAll(element, 'shell-highlights-panel')).toHaveLength(1);
        expect(deepAll(element, 'shell-record-detail')).toHaveLength(1);
        const table = deepAll(element, 'lightning-datatable')[0] as any;
        expect(table.columns.map((column: any) => column.label)).toEqual(['Assessment Number', 'Score']);
        expect(table.data[0]).toMatchObject({
            Name: 'A-000001',
            Name_url: '/lightning/r/Assessment__c/a001/view',
            Score__c: expect.closeTo(0.7917, 10)
        });
    });

    it("shows the local org's message instead of a blank page when the record is not available", async () => {
        answer({
            ...ORG_ANSWERS,
            'ui-api/records/500A': {
                ok: false,
                status: 404,
                statusText: 'Not Found',
                body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
            }
        });
        const element = await renderRecordPage({ objectApiName: 'Case', flexipage: FLEXIPAGE, relatedLists: [] });
        const message = element.shadowRoot!.querySelector('shell-page-message') as any;
        expect(message.title).toBe('This record is not available');
        expect(message.message).toBe('The requested resource does not exist');
    });
});
