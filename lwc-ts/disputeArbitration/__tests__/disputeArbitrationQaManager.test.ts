import { createElement } from 'lwc';
import DisputeArbitration from 'c/disputeArbitration';
import { graphql } from 'lightning/graphql';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import {
    DISPUTE_ID,
    GREETING_ITEM,
    LEAD_ID,
    ME,
    RESOLUTION_ITEM,
    assessmentRecord,
    disputeAnswer
} from './arbitrationFixtures';

// A QA manager: holds Arbitrate_Disputes, so may take on any dispute, named or not.
jest.mock('@salesforce/customPermission/Arbitrate_Disputes', () => ({ default: true }), { virtual: true });

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
};
const mockRefresh = jest.fn().mockResolvedValue(undefined);
// getRecord is sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const recordAdapter = getRecord as unknown as { emit(data: unknown): void };
const mockUpdateRecord = updateRecord as jest.Mock;

// The component's saves chain several promises; a macrotask lets them all settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector) as any;

async function render(scenario: Parameters<typeof disputeAnswer>[0]): Promise<HTMLElement> {
    const element = createElement('c-dispute-arbitration', { is: DisputeArbitration });
    Object.assign(element, { recordId: DISPUTE_ID });
    document.body.appendChild(element);
    graphqlAdapter.emit(disputeAnswer(scenario), undefined, mockRefresh);
    await flush();
    recordAdapter.emit(assessmentRecord('Disputed', 60, 1));
    await flush();
    return element;
}

async function click(element: HTMLElement, dataId: string): Promise<void> {
    $(element, `[data-id="${dataId}"]`).click();
    for (let i = 0; i < 5; i++) {
        // eslint-disable-next-line no-await-in-loop -- one macrotask per save the component chains
        await flush();
    }
}

describe('c-dispute-arbitration for a QA manager', () => {
    beforeEach(() => {
        mockUpdateRecord.mockReset();
        mockUpdateRecord.mockResolvedValue({});
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('names themself the arbitrator when taking an unassigned dispute under review', async () => {
        const element = await render({ status: 'Open', arbitratorId: null, arbitratorName: null });
        expect($(element, '[data-id="arbitrator"]').textContent).toBe('Not named yet');
        await click(element, 'take-under-review');
        expect(mockUpdateRecord.mock.calls[0][0].fields).toEqual({
            Id: DISPUTE_ID,
            Status__c: 'Under Review',
            Arbitrator__c: ME
        });
    });

    it('decides an escalated dispute named to someone else, recording who decided it', async () => {
        const element = await render({ status: 'Escalated', level: 'Level 2', arbitratorId: LEAD_ID });
        expect($(element, '[data-id="read-only"]')).toBeNull();
        for (const itemId of [GREETING_ITEM, RESOLUTION_ITEM]) {
            $(element, `[data-id="decision"][data-item-id="${itemId}"]`).dispatchEvent(
                new CustomEvent('change', { detail: { value: 'Upheld' } })
            );
        }
        $(element, '[data-id="resolution"]').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'The answers stand.' } })
        );
        await flush();
        await click(element, 'record-decision');
        const saved = mockUpdateRecord.mock.calls.map(([input]) => input.fields);
        expect(saved.map((fields) => fields.Id)).toEqual([GREETING_ITEM, RESOLUTION_ITEM, DISPUTE_ID]);
        expect(saved[2]).toEqual(
            expect.objectContaining({ Status__c: 'Upheld', Arbitrator__c: ME, Resolution__c: expect.any(String) })
        );
    });
});
