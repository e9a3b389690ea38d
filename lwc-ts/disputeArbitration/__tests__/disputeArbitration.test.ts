import { createElement } from 'lwc';
import DisputeArbitration from 'c/disputeArbitration';
import { graphql } from 'lightning/graphql';
import { getRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { setup } from '@sa11y/jest';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import {
    ASSESSMENT_ID,
    DISPUTE_ID,
    GREETING_ITEM,
    GREETING_RESPONSE,
    LEAD_ID,
    ME,
    QA_MANAGER_ID,
    RESOLUTION_ITEM,
    assessmentRecord,
    disputeAnswer,
    refusal,
    type DisputeScenario
} from './arbitrationFixtures';

// The running user here does not hold Arbitrate_Disputes: they arbitrate only where they are named.
jest.mock('@salesforce/customPermission/Arbitrate_Disputes', () => ({ default: false }), { virtual: true });

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
};
const mockRefresh = jest.fn();
// getRecord is sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const recordAdapter = getRecord as unknown as { emit(data: unknown): void; getLastConfig(): any };
const mockUpdateRecord = updateRecord as jest.Mock;
const mockNotify = notifyRecordUpdateAvailable as jest.Mock;

// The component's saves chain several promises; a macrotask lets them all settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector) as any;
const $$ = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)] as any[];

async function render(
    scenario: DisputeScenario = {},
    assessment = assessmentRecord('Disputed', 72.5, 1)
): Promise<HTMLElement> {
    const element = createElement('c-dispute-arbitration', { is: DisputeArbitration });
    Object.assign(element, { recordId: DISPUTE_ID });
    document.body.appendChild(element);
    graphqlAdapter.emit(disputeAnswer(scenario), undefined, mockRefresh);
    await flush();
    recordAdapter.emit(assessment);
    await flush();
    return element;
}

async function decide(element: HTMLElement, itemId: string, outcome: string, note = ''): Promise<void> {
    $(element, `[data-id="decision"][data-item-id="${itemId}"]`).dispatchEvent(
        new CustomEvent('change', { detail: { value: outcome } })
    );
    if (note) {
        $(element, `[data-id="note"][data-item-id="${itemId}"]`).dispatchEvent(
            new CustomEvent('change', { detail: { value: note } })
        );
    }
    await flush();
}

async function click(element: HTMLElement, dataId: string): Promise<void> {
    $(element, `[data-id="${dataId}"]`).click();
    for (let i = 0; i < 5; i++) {
        // eslint-disable-next-line no-await-in-loop -- one macrotask per save the component chains
        await flush();
    }
}

function toasts(element: HTMLElement): Array<{ title: string; message: string; variant: string }> {
    const seen: Array<{ title: string; message: string; variant: string }> = [];
    element.addEventListener('lightning__showtoast', (event) => seen.push((event as CustomEvent).detail));
    return seen;
}

/** The scores the quality badges show, in order. */
const badges = (element: HTMLElement, dataId: string) =>
    [...$(element, `[data-id="${dataId}"]`).querySelectorAll('c-quality-band')].map((badge: any) =>
        badge.shadowRoot.textContent.trim()
    );

const savedFields = () => mockUpdateRecord.mock.calls.map(([input]) => input.fields);

describe('c-dispute-arbitration', () => {
    beforeAll(() => setup());

    beforeEach(() => {
        mockUpdateRecord.mockReset();
        mockUpdateRecord.mockResolvedValue({});
        mockNotify.mockReset();
        mockNotify.mockResolvedValue(undefined);
        mockRefresh.mockReset();
        mockRefresh.mockResolvedValue(undefined);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('reads the dispute with the running user, and the assessment it disputes', async () => {
        await render();
        expect((graphql as any).getLastConfig().variables).toEqual({ disputeId: DISPUTE_ID, userId: ME });
        expect(recordAdapter.getLastConfig()).toEqual(
            expect.objectContaining({
                recordId: ASSESSMENT_ID,
                fields: expect.arrayContaining(['Assessment__c.Score__c'])
            })
        );
    });

    it('shows each disputed answer side by side, read-only to someone who is not the arbitrator', async () => {
        const element = await render({ arbitratorId: LEAD_ID, arbitratorName: 'Sofia Silva' });
        const [greeting, resolution] = $$(element, 'li[data-item-id]');
        expect(greeting.querySelector('h3').textContent).toBe('DI-000001 · Greets the customer by name');
        const evaluator = greeting.querySelector('[data-id="evaluator-side"]').textContent;
        expect(evaluator).toContain('No');
        expect(evaluator).toContain('No greeting by name');
        expect(evaluator).toContain('00:04 Agent: Hello, how can I help?');
        const agent = greeting.querySelector('[data-id="agent-side"]').textContent;
        expect(agent).toContain('Yes');
        expect(agent).toContain('I used the name from the CRM.');
        expect(resolution.textContent).toContain('hard-fail item');
        expect($$(element, '[data-id="outcome"]').map((p) => p.textContent)).toEqual([
            'Decision: Not decided yet',
            'Decision: Not decided yet'
        ]);
        expect($(element, '[data-id="read-only"]').textContent).toBe(
            'Only the arbitrator (Sofia Silva) or a QA manager decides D-00007; you see it as it stands.'
        );
        expect($(element, '[data-id="decision"]')).toBeNull();
        expect($(element, '[data-id="record-decision"]')).toBeNull();
        expect(badges(element, 'score-now')).toEqual(['Contact Quality Score:72.5% · Needs Improvement']);
        await expect(element).toBeAccessible();
    });

    it('never lets the assessed agent arbitrate their own dispute', async () => {
        const element = await render({ agentId: ME, arbitratorId: ME });
        expect($(element, '[data-id="read-only"]')).not.toBeNull();
        expect($(element, '[data-id="decision"]')).toBeNull();
    });

    it('takes an open dispute under review, then marks the assessment Disputed', async () => {
        const element = await render({ status: 'Open', arbitratorId: ME }, assessmentRecord('Submitted', 72.5, 1));
        const seen = toasts(element);
        mockRefresh.mockImplementation(async () => {
            graphqlAdapter.emit(disputeAnswer({ status: 'Under Review', arbitratorId: ME }), undefined, mockRefresh);
        });
        await click(element, 'take-under-review');
        expect(savedFields()).toEqual([
            { Id: DISPUTE_ID, Status__c: 'Under Review' },
            { Id: ASSESSMENT_ID, Status__c: 'Disputed' }
        ]);
        expect(seen[0]).toEqual({ title: 'Saved', message: 'D-00007 is under review.', variant: 'success' });
        expect(mockRefresh).toHaveBeenCalled();
        expect(mockNotify).toHaveBeenCalledWith([{ recordId: ASSESSMENT_ID }]);
    });

    it('cannot take a dispute under review before it names an answer', async () => {
        const element = await render({ status: 'Open', withAnswers: false }, assessmentRecord('Submitted', 72.5, 1));
        expect($(element, '[data-id="take-under-review"]').disabled).toBe(true);
        expect($(element, '[data-id="no-answers"]').textContent).toContain('has not named any disputed answer');
    });

    it('asks for every decision and the resolution before saving anything', async () => {
        const element = await render();
        await decide(element, GREETING_ITEM, 'Overturned');
        await click(element, 'record-decision');
        const problems = $(element, '[data-id="problems"]').textContent;
        expect(problems).toContain('“Resolves the issue”: uphold or overturn it.');
        expect(problems).toContain('Write the resolution');
        expect(mockUpdateRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('records each decision, changes the overturned answer, decides the dispute and shows the platform score before and after', async () => {
        // The platform rescored the assessment once the answer changed; the re-read brings the new score.
        mockNotify.mockImplementation(async () => {
            recordAdapter.emit(assessmentRecord('Disputed', 85, 0));
        });
        const element = await render();
        const seen = toasts(element);
        await decide(element, GREETING_ITEM, 'Overturned', 'The name is said at 00:02.');
        await decide(element, RESOLUTION_ITEM, 'Upheld');
        expect($(element, '[data-id="outcome-preview"]').textContent).toBe('Outcome: Partially Upheld');
        $(element, '[data-id="resolution"]').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'The greeting is there; the refund came later.' } })
        );
        await click(element, 'record-decision');

        const saved = savedFields();
        expect(saved.slice(0, 3)).toEqual([
            { Id: GREETING_ITEM, Outcome__c: 'Overturned', Decision_Note__c: 'The name is said at 00:02.' },
            { Id: RESOLUTION_ITEM, Outcome__c: 'Upheld' },
            { Id: GREETING_RESPONSE, Answer__c: 'Yes' }
        ]);
        expect(saved[3]).toEqual({
            Id: DISPUTE_ID,
            Status__c: 'Partially Upheld',
            Resolution__c:
                'The greeting is there; the refund came later.\n\nDecisions:\n' +
                '- DI-000001 “Greets the customer by name”: Overturned (No → Yes).\n' +
                '- DI-000002 “Resolves the issue”: Upheld (Partial stands).',
            Resolved_At__c: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
        });
        expect(seen[0]).toEqual({
            title: 'Saved',
            message: 'D-00007 is decided: Partially Upheld.',
            variant: 'success'
        });

        expect($(element, '[data-id="score-change"]').textContent).toContain('score before the decision');
        expect(badges(element, 'score-change')).toEqual([
            'Contact Quality Score:72.5% · Needs Improvement',
            'Contact Quality Score:85% · Target'
        ]);
    });

    it('picks up an interrupted decision with the note it saved, and saves only what is missing', async () => {
        const element = await render({
            outcomes: ['Overturned', null],
            notes: ['The name is said at 00:02.', null],
            currentAnswers: ['Yes', 'Partial']
        });
        expect($(element, `[data-id="note"][data-item-id="${GREETING_ITEM}"]`).value).toBe(
            'The name is said at 00:02.'
        );
        expect($(element, `[data-id="decision"][data-item-id="${GREETING_ITEM}"]`).value).toBe('Overturned');
        await decide(element, RESOLUTION_ITEM, 'Upheld', 'The refund was issued the next day.');
        $(element, '[data-id="resolution"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Partly.' } }));
        await click(element, 'record-decision');
        expect(savedFields().map((fields) => fields.Id)).toEqual([RESOLUTION_ITEM, DISPUTE_ID]);
        expect(savedFields()[0]).toEqual({
            Id: RESOLUTION_ITEM,
            Outcome__c: 'Upheld',
            Decision_Note__c: 'The refund was issued the next day.'
        });
    });

    it('shows each decided answer with the arbitrator’s note under its decision', async () => {
        const element = await render(
            {
                status: 'Partially Upheld',
                outcomes: ['Overturned', 'Upheld'],
                notes: ['The name is said at 00:02,\nbefore the account number.', null],
                currentAnswers: ['Yes', 'Partial'],
                resolution: 'Partly right.',
                resolvedAt: '2026-11-02T09:00:00.000Z'
            },
            assessmentRecord('Final', 85, 0)
        );
        const [greeting, resolution] = $$(element, 'li[data-item-id]');
        expect(greeting.querySelector('[data-id="outcome"]').textContent).toBe('Decision: Overturned');
        const note = greeting.querySelector('[data-id="decision-note"]');
        expect(note.textContent).toBe('The name is said at 00:02,\nbefore the account number.');
        expect(note.previousElementSibling.textContent).toBe("Arbitrator's note:");
        expect(resolution.querySelector('[data-id="outcome"]').textContent).toBe('Decision: Upheld');
        expect(resolution.querySelector('[data-id="decision-note"]')).toBeNull();
        expect($(element, '[data-id="note"]')).toBeNull();
        // The resolution time in the user's Salesforce time zone, not the browser's.
        const resolvedAt = $(element, 'lightning-formatted-date-time');
        expect([resolvedAt.value, resolvedAt.timeZone]).toEqual(['2026-11-02T09:00:00.000Z', TIME_ZONE]);
        await expect(element).toBeAccessible();
    });

    it('stops at a refusal, saying what was saved and what was not', async () => {
        mockUpdateRecord
            .mockResolvedValueOnce({})
            .mockRejectedValueOnce(
                refusal(
                    "A submitted assessment's answers change only through a dispute outcome applied by a QA manager; a final or cancelled one never."
                )
            );
        const element = await render();
        const seen = toasts(element);
        await decide(element, GREETING_ITEM, 'Overturned');
        await decide(element, RESOLUTION_ITEM, 'Overturned');
        $(element, '[data-id="resolution"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'Both.' } }));
        await click(element, 'record-decision');

        expect(mockUpdateRecord).toHaveBeenCalledTimes(2);
        expect($(element, '[data-id="action-message"]').textContent).toBe(
            "Could not record “Resolves the issue” as Overturned: A submitted assessment's answers change only through a dispute outcome applied by a QA manager; a final or cancelled one never. " +
                'Already saved: record “Greets the customer by name” as Overturned. Try again to finish.'
        );
        expect(seen[0].variant).toBe('error');
    });

    it('says when the dispute is decided but the assessment could not follow, and lets it be retried', async () => {
        const element = await render(
            {
                status: 'Overturned',
                outcomes: ['Overturned', 'Overturned'],
                resolution: 'Both overturned.',
                resolvedAt: '2026-11-02T09:00:00.000Z'
            },
            assessmentRecord('Disputed', 100, 0)
        );
        expect($(element, '[data-id="resolution-text"]').textContent).toBe('Both overturned.');
        expect($(element, '[data-id="decision"]')).toBeNull();
        mockUpdateRecord.mockRejectedValue({
            status: 403,
            statusText: 'Forbidden',
            body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights on object id' }]
        });
        expect($(element, '[data-id="follow-up"]').label).toBe('Mark the assessment Final');
        await click(element, 'follow-up');
        expect(savedFields()).toEqual([{ Id: ASSESSMENT_ID, Status__c: 'Final' }]);
        expect($(element, '[data-id="action-message"]').textContent).toBe(
            'D-00007 is overturned, but the assessment could not be marked Final: insufficient access rights on object id. ' +
                'Someone who may edit the assessment can finish with “Mark the assessment Final”.'
        );
        await expect(element).toBeAccessible();
    });

    it('escalates to the arbitrator’s own manager at level 2', async () => {
        const element = await render();
        expect($(element, '[data-id="escalate"]').label).toBe('Escalate to Emma Haddad (level 2)');
        await click(element, 'escalate');
        expect(savedFields()[0]).toEqual({
            Id: DISPUTE_ID,
            Status__c: 'Escalated',
            Level__c: 'Level 2',
            Arbitrator__c: QA_MANAGER_ID
        });
    });

    it('does not escalate a dispute that is already at level 2', async () => {
        const element = await render({ status: 'Escalated', level: 'Level 2' });
        expect($(element, '[data-id="record-decision"]')).not.toBeNull();
        expect($(element, '[data-id="escalate"]')).toBeNull();
    });

    it('shows the platform words when the dispute cannot be read', async () => {
        const element = createElement('c-dispute-arbitration', { is: DisputeArbitration });
        Object.assign(element, { recordId: DISPUTE_ID });
        document.body.appendChild(element);
        graphqlAdapter.emitErrors([{ message: 'INVALID_TYPE: sObject type Dispute__c is not supported.' }]);
        await flush();
        expect($(element, '[data-id="load-error"]').textContent).toContain('INVALID_TYPE: sObject type Dispute__c');
    });
});
