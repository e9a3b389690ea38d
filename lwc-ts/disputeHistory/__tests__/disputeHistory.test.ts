import { createElement } from 'lwc';
import DisputeHistory from 'c/disputeHistory';
import { graphql } from 'lightning/graphql';
import { setup } from '@sa11y/jest';
import TIME_ZONE from '@salesforce/i18n/timeZone';

const DISPUTE_ID = 'a055L0000000006QAA';
const ASSESSMENT_ID = 'a005L000000000mQAA';
const ITEM = 'a065L000000000DQAQ';
const RESPONSE = 'a015L000000005gQAA';
const LEAD = '0055L0000000009QAA';

type Config = { variables?: Record<string, unknown> } | undefined;
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: Config) => boolean, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown, filter?: (config: Config) => boolean): void;
};
const recordsWire = (config: Config) => !!config?.variables?.disputeId && !config.variables.assessmentId;
const historyWire = (config: Config) => !!config?.variables?.assessmentId;
const usersWire = (config: Config) => !!config?.variables?.userIds;

const field = (value: unknown, displayValue: string | null = null) => ({ value, displayValue });
const connection = (nodes: unknown[]) => ({ edges: nodes.map((node) => ({ node })) });
const answer = (query: Record<string, unknown>) => ({ uiapi: { query } });

const records = answer({
    Dispute__c: connection([
        {
            Id: DISPUTE_ID,
            Name: field('D-00007'),
            CreatedDate: field('2026-10-31T10:00:00.000Z'),
            CreatedBy: { Name: field('Maria Okafor') },
            Assessment__c: field(ASSESSMENT_ID),
            Assessment__r: { Id: ASSESSMENT_ID, Status__c: field('Disputed') },
            Summary__c: field(null),
            Status__c: field('Under Review'),
            Level__c: field('Level 1', 'Level 1: team lead'),
            Arbitrator__r: { Name: field('Sofia Silva') },
            Resolved_At__c: field(null),
            Resolution__c: field(null)
        }
    ]),
    Dispute_Item__c: connection([
        {
            Id: ITEM,
            CreatedDate: field('2026-10-31T10:00:01.000Z'),
            CreatedBy: { Name: field('Maria Okafor') },
            Original_Answer__c: field('No'),
            Proposed_Answer__c: field('Yes'),
            Reason__c: field('I used the name from the CRM.'),
            Outcome__c: field(null),
            Decision_Note__c: field(null),
            Assessment_Response__c: field(RESPONSE),
            Assessment_Response__r: { Scorecard_Item__r: { Question__c: field('Greets the customer by name') } }
        }
    ])
});

const historyRow = (
    parentId: string,
    fieldName: string,
    oldValue: string | null,
    newValue: string | null,
    at: string,
    by: string
) => ({
    Id: `${parentId}${fieldName}${at}`,
    ParentId: field(parentId),
    Field: field(fieldName),
    OldValue: field(oldValue),
    NewValue: field(newValue),
    CreatedDate: field(at),
    CreatedBy: { Name: field(by) }
});

const history = answer({
    Dispute__History: connection([
        historyRow(DISPUTE_ID, 'created', null, null, '2026-10-31T10:00:00.000Z', 'Maria Okafor'),
        historyRow(DISPUTE_ID, 'Arbitrator__c', null, LEAD, '2026-11-01T08:00:00.000Z', 'Sofia Silva'),
        historyRow(DISPUTE_ID, 'Status__c', 'Open', 'Under Review', '2026-11-01T08:00:00.000Z', 'Sofia Silva')
    ]),
    Dispute_Item__History: connection([]),
    Assessment_Response__History: connection([]),
    Assessment__History: connection([
        historyRow(ASSESSMENT_ID, 'Status__c', 'Submitted', 'Disputed', '2026-11-01T08:00:01.000Z', 'Sofia Silva')
    ])
});

// The component's saves chain several promises; a macrotask lets them all settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector) as any;
const $$ = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)] as any[];

async function render(): Promise<HTMLElement> {
    const element = createElement('c-dispute-history', { is: DisputeHistory });
    Object.assign(element, { recordId: DISPUTE_ID });
    document.body.appendChild(element);
    await flush();
    return element;
}

const titles = (element: HTMLElement) => $$(element, '[data-id="step-title"]').map((title) => title.textContent);

describe('c-dispute-history', () => {
    beforeAll(() => setup());

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('reads field history once the dispute names its assessment, then names the arbitrators', async () => {
        const element = await render();
        graphqlAdapter.emit(records, recordsWire);
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading the dispute history');
        graphqlAdapter.emit(history, historyWire);
        await flush();
        graphqlAdapter.emit(answer({ User: connection([{ Id: LEAD, Name: field('Sofia Silva') }]) }), usersWire);
        await flush();

        expect(titles(element)).toEqual([
            'D-00007 raised',
            'Disputed “Greets the customer by name”: No, proposed Yes',
            'Taken under review',
            'Assessment Submitted → Disputed'
        ]);
        const steps = $$(element, '[data-id="step"]');
        expect(steps[2].textContent).toContain('· Sofia Silva');
        expect(steps[2].querySelector('[data-id="step-detail"]').textContent).toBe('Arbitrator: Sofia Silva');
        expect(steps[2].querySelector('lightning-formatted-date-time').value).toBe('2026-11-01T08:00:00.000Z');
        // In the user's Salesforce time zone, not the browser's.
        expect(steps[2].querySelector('lightning-formatted-date-time').timeZone).toBe(TIME_ZONE);
        expect($(element, '[data-id="history-note"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('reads history again when the dispute changes on the page', async () => {
        const refreshHistory = jest.fn().mockResolvedValue(undefined);
        await render();
        graphqlAdapter.emit(records, recordsWire);
        await flush();
        graphqlAdapter.emit(history, historyWire, refreshHistory);
        await flush();
        graphqlAdapter.emit(records, recordsWire);
        await flush();
        expect(refreshHistory).not.toHaveBeenCalled();

        const decided = JSON.parse(JSON.stringify(records));
        decided.uiapi.query.Dispute__c.edges[0].node.Status__c = field('Overturned');
        graphqlAdapter.emit(decided, recordsWire);
        await flush();
        expect(refreshHistory).toHaveBeenCalledTimes(1);

        // The arbitrator's last step: the assessment marked Final.
        const closed = JSON.parse(JSON.stringify(decided));
        closed.uiapi.query.Dispute__c.edges[0].node.Assessment__r.Status__c = field('Final');
        graphqlAdapter.emit(closed, recordsWire);
        await flush();
        expect(refreshHistory).toHaveBeenCalledTimes(2);
    });

    it('shows each decision with the arbitrator’s note on the answer', async () => {
        const decided = JSON.parse(JSON.stringify(records));
        decided.uiapi.query.Dispute__c.edges[0].node.Status__c = field('Overturned');
        Object.assign(decided.uiapi.query.Dispute_Item__c.edges[0].node, {
            Outcome__c: field('Overturned'),
            Decision_Note__c: field('The name is said at 00:02,\nbefore the account number.')
        });
        const decidedHistory = JSON.parse(JSON.stringify(history));
        // As Salesforce records a long text: that it changed, without the words.
        decidedHistory.uiapi.query.Dispute_Item__History = connection([
            historyRow(ITEM, 'Outcome__c', null, 'Overturned', '2026-11-02T08:59:58.000Z', 'Sofia Silva'),
            historyRow(ITEM, 'Decision_Note__c', null, null, '2026-11-02T08:59:58.000Z', 'Sofia Silva')
        ]);
        const element = await render();
        graphqlAdapter.emit(decided, recordsWire);
        await flush();
        graphqlAdapter.emit(decidedHistory, historyWire);
        await flush();

        const step = $$(element, '[data-id="step"]').find(
            (candidate) =>
                candidate.querySelector('[data-id="step-title"]').textContent ===
                '“Greets the customer by name”: Overturned'
        );
        expect(step.querySelector('[data-id="step-detail"]').textContent).toBe(
            'The name is said at 00:02,\nbefore the account number.'
        );
        expect(titles(element).filter((title) => title.includes('note'))).toEqual([]);
    });

    it('asks for the history of the dispute and of its assessment', async () => {
        await render();
        graphqlAdapter.emit(records, recordsWire);
        await flush();
        expect((graphql as any).getLastConfig().variables).toEqual({
            disputeId: DISPUTE_ID,
            assessmentId: ASSESSMENT_ID
        });
    });

    it('falls back to the records and says why when history cannot be read', async () => {
        const element = await render();
        graphqlAdapter.emit(records, recordsWire);
        await flush();
        graphqlAdapter.emitErrors(
            [{ message: 'INVALID_TYPE: sObject type Dispute__History is not supported.' }],
            historyWire
        );
        await flush();

        expect($(element, '[data-id="history-note"]').textContent).toContain(
            'Field history could not be read (INVALID_TYPE: sObject type Dispute__History is not supported.)'
        );
        expect(titles(element)).toEqual([
            'D-00007 raised',
            'Disputed “Greets the customer by name”: No, proposed Yes',
            'Under Review with Sofia Silva'
        ]);
        expect($$(element, '[data-id="step"]')[2].textContent).toContain('Time not recorded');
        await expect(element).toBeAccessible();
    });

    it('shows the platform words when the dispute cannot be read', async () => {
        const element = await render();
        graphqlAdapter.emitErrors([{ message: 'NOT_FOUND: The requested resource does not exist' }], recordsWire);
        await flush();
        expect($(element, '[data-id="load-error"]').textContent).toContain(
            'NOT_FOUND: The requested resource does not exist'
        );
    });

    it('says so when the dispute is not shared with the person', async () => {
        const element = await render();
        graphqlAdapter.emit(answer({ Dispute__c: connection([]), Dispute_Item__c: connection([]) }), recordsWire);
        await flush();
        expect($(element, '[data-id="not-visible"]').textContent).toContain('not shared with you');
    });
});
