import { createElement } from 'lwc';
import DisputeRequest from 'c/disputeRequest';
import { graphql } from 'lightning/graphql';
import { createRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { setup } from '@sa11y/jest';

// sfdx-lwc-jest's default running user; the assessed agent in these tests.
const AGENT_ID = '005000000000000000';
const ASSESSMENT_ID = 'a005L000000000mQAA';
const DISPUTE_ID = 'a055L0000000006QAA';
const GREETING = 'a015L000000005gQAA';
const RESOLUTION = 'a015L000000005hQAA';
const DAY = 24 * 60 * 60 * 1000;

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
};
const mockRefresh = jest.fn();
const emitAnswers = (scenario: Scenario = {}) => graphqlAdapter.emit(answers(scenario), undefined, mockRefresh);
const mockCreateRecord = createRecord as jest.Mock;
const mockUpdateRecord = updateRecord as jest.Mock;
const mockNotify = notifyRecordUpdateAvailable as jest.Mock;

interface Scenario {
    agentId?: string;
    status?: string;
    deadline?: string | null;
    /** The greeting's and the resolution's answers as they stand on the assessment now. */
    currentAnswers?: [string, string];
    disputes?: Array<{ id: string; name: string; status: string; level?: string; arbitrator?: string }>;
    items?: Array<{
        id: string;
        disputeId: string;
        responseId: string;
        original?: string;
        proposed: string;
        reason: string;
        outcome?: string;
        note?: string;
    }>;
}

const field = (value: unknown, displayValue: string | null = null) => ({ value, displayValue });
const connection = (nodes: unknown[]) => ({ edges: nodes.map((node) => ({ node })) });

function answers(scenario: Scenario = {}): unknown {
    return {
        uiapi: {
            query: {
                Assessment__c: connection([
                    {
                        Id: ASSESSMENT_ID,
                        Name: field('A-000048'),
                        Status__c: field(scenario.status ?? 'Submitted', scenario.status ?? 'Submitted'),
                        Agent__c: field(scenario.agentId ?? AGENT_ID),
                        Dispute_Deadline__c: field(
                            scenario.deadline === undefined
                                ? new Date(Date.now() + 3 * DAY).toISOString()
                                : scenario.deadline
                        )
                    }
                ]),
                Assessment_Response__c: connection([
                    {
                        Id: GREETING,
                        Answer__c: field(scenario.currentAnswers?.[0] ?? 'No', scenario.currentAnswers?.[0] ?? 'No'),
                        Answer_Scale__c: field('YesNo'),
                        NA_Allowed__c: field(false),
                        Coaching_Only__c: field(false),
                        Comment__c: field('No greeting by name'),
                        Scorecard_Item__r: {
                            Question__c: field('Greets the customer by name'),
                            Section__c: field('Conversation')
                        }
                    },
                    {
                        Id: RESOLUTION,
                        Answer__c: field(
                            scenario.currentAnswers?.[1] ?? 'Partial',
                            scenario.currentAnswers?.[1] ?? 'Partial'
                        ),
                        Answer_Scale__c: field('YesPartialNo'),
                        NA_Allowed__c: field(true),
                        Coaching_Only__c: field(false),
                        Comment__c: field(null),
                        Scorecard_Item__r: { Question__c: field('Resolves the issue'), Section__c: field('Resolution') }
                    }
                ]),
                Dispute__c: connection(
                    (scenario.disputes ?? []).map((dispute) => ({
                        Id: dispute.id,
                        Name: field(dispute.name),
                        Status__c: field(dispute.status, dispute.status),
                        Level__c: field(
                            dispute.level ?? 'Level 1',
                            dispute.level === 'Level 2' ? 'Level 2: QA manager' : 'Level 1: team lead'
                        ),
                        Arbitrator__r: dispute.arbitrator ? { Name: field(dispute.arbitrator) } : null
                    }))
                ),
                Dispute_Item__c: connection(
                    (scenario.items ?? []).map((item) => ({
                        Id: item.id,
                        Dispute__c: field(item.disputeId),
                        Assessment_Response__c: field(item.responseId),
                        Original_Answer__c: field(item.original ?? null),
                        Proposed_Answer__c: field(item.proposed),
                        Reason__c: field(item.reason),
                        Outcome__c: field(item.outcome ?? null),
                        Decision_Note__c: field(item.note ?? null)
                    }))
                )
            }
        }
    };
}

// The component's saves chain several promises; a macrotask lets them all settle.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render(scenario: Scenario = {}): Promise<HTMLElement> {
    const element = createElement('c-dispute-request', { is: DisputeRequest });
    Object.assign(element, { recordId: ASSESSMENT_ID });
    document.body.appendChild(element);
    emitAnswers(scenario);
    await flush();
    return element;
}

const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector) as any;
const $$ = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)] as any[];

function inRow(element: HTMLElement, responseId: string, dataId: string): any {
    return $(element, `[data-id="${dataId}"][data-response-id="${responseId}"]`);
}

async function fillIn(element: HTMLElement, responseId: string, proposed: string, reason: string): Promise<void> {
    inRow(element, responseId, 'select').dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
    await flush();
    inRow(element, responseId, 'proposal').dispatchEvent(new CustomEvent('change', { detail: { value: proposed } }));
    inRow(element, responseId, 'reason').dispatchEvent(new CustomEvent('change', { detail: { value: reason } }));
    await flush();
}

async function click(element: HTMLElement, dataId: string): Promise<void> {
    $(element, `[data-id="${dataId}"]`).click();
    await flush();
    await flush();
}

function toasts(element: HTMLElement): Array<{ title: string; message: string; variant: string }> {
    const seen: Array<{ title: string; message: string; variant: string }> = [];
    element.addEventListener('lightning__showtoast', (event) => seen.push((event as CustomEvent).detail));
    return seen;
}

function refusal(message: string, fieldLabel?: string): unknown {
    const entry = { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fieldLabel: fieldLabel ?? null };
    return {
        status: 400,
        statusText: 'Bad Request',
        body: {
            message,
            output: fieldLabel
                ? { errors: [], fieldErrors: { Field__c: [entry] } }
                : { errors: [entry], fieldErrors: {} }
        }
    };
}

describe('c-dispute-request', () => {
    beforeAll(() => setup());

    beforeEach(() => {
        mockCreateRecord.mockReset();
        mockUpdateRecord.mockReset();
        mockRefresh.mockReset();
        mockRefresh.mockResolvedValue(undefined);
        mockNotify.mockClear();
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('asks the GraphQL wire for the assessment it sits on', async () => {
        const element = createElement('c-dispute-request', { is: DisputeRequest });
        Object.assign(element, { recordId: ASSESSMENT_ID });
        document.body.appendChild(element);
        await flush();
        expect((graphql as any).getLastConfig().variables).toEqual({ assessmentId: ASSESSMENT_ID });
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading the assessment');
    });

    it('offers the agent every answer, with the window deadline, inside the window', async () => {
        const element = await render();
        const boxes = $$(element, '[data-id="select"]');
        expect(boxes.map((box) => box.label)).toEqual([
            'Dispute “Greets the customer by name”',
            'Dispute “Resolves the issue”'
        ]);
        expect($(element, '[data-id="dispute-form"]').textContent).toContain('You can dispute until');
        expect(element.shadowRoot!.textContent).toContain("Evaluator's comment: No greeting by name");
        expect($(element, '[data-id="submit"]').label).toBe('Raise dispute');
        await expect(element).toBeAccessible();
    });

    it('offers proposals on the item scale only, without the answer given', async () => {
        const element = await render();
        inRow(element, RESOLUTION, 'select').dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flush();
        const proposal = inRow(element, RESOLUTION, 'proposal');
        expect(proposal.options).toEqual([
            { label: 'Yes', value: 'Yes' },
            { label: 'No', value: 'No' },
            { label: 'N/A', value: 'NA' }
        ]);
        expect(proposal.label).toBe('Answer you propose for “Resolves the issue”');
        expect(inRow(element, RESOLUTION, 'reason').required).toBe(true);
        await expect(element).toBeAccessible();
    });

    it.each([
        ['someone other than the agent', { agentId: '005000000000001AAA' }, 'Only the agent whose work was assessed'],
        ['after the window', { deadline: new Date(Date.now() - DAY).toISOString() }, 'The dispute window closed on'],
        ['on a final assessment', { status: 'Final' }, 'This assessment is final'],
        ['before submission', { status: 'In Progress' }, 'has not been submitted yet']
    ])('explains why there is no form for %s', async (_who, scenario, words) => {
        const element = await render(scenario);
        expect($(element, '[data-id="unavailable"]').textContent).toContain(words);
        expect($(element, '[data-id="dispute-form"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when the assessment is not shared with the person', async () => {
        const element = createElement('c-dispute-request', { is: DisputeRequest });
        Object.assign(element, { recordId: ASSESSMENT_ID });
        document.body.appendChild(element);
        graphqlAdapter.emit({ uiapi: { query: { Assessment__c: { edges: [] } } } });
        await flush();
        expect($(element, '[data-id="unavailable"]').textContent).toContain('not shared with you');
    });

    it('shows the platform words when the assessment cannot be read', async () => {
        const element = createElement('c-dispute-request', { is: DisputeRequest });
        Object.assign(element, { recordId: ASSESSMENT_ID });
        document.body.appendChild(element);
        graphqlAdapter.emitErrors([{ message: 'INVALID_FIELD: No such column Dispute_Deadline__c' }]);
        await flush();
        expect($(element, '[data-id="load-error"]').textContent).toContain(
            'INVALID_FIELD: No such column Dispute_Deadline__c'
        );
    });

    it('saves nothing until every chosen answer has a proposal and a reason', async () => {
        const element = await render();
        await click(element, 'submit');
        expect($(element, '[data-id="problems"]').textContent).toContain('Choose at least one answer to dispute.');

        inRow(element, GREETING, 'select').dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flush();
        await click(element, 'submit');
        const problems = $(element, '[data-id="problems"]').textContent;
        expect(problems).toContain('“Greets the customer by name”: choose the answer you propose.');
        expect(problems).toContain('“Greets the customer by name”: give the reason you dispute this answer.');
        expect(mockCreateRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('raises the dispute Open, then adds each disputed answer with its key and the original answer', async () => {
        mockCreateRecord
            .mockResolvedValueOnce({ id: DISPUTE_ID, fields: { Name: { value: 'D-00007', displayValue: null } } })
            .mockResolvedValue({ id: 'a065L000000000DQAQ', fields: {} });
        const element = await render();
        const seen = toasts(element);
        await fillIn(element, GREETING, 'Yes', 'I used the name from the CRM in the first sentence.');
        await fillIn(element, RESOLUTION, 'Yes', ' The refund was issued on the call. ');
        $(element, '[data-id="summary"]').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Two answers miss what happened.' } })
        );
        await click(element, 'submit');

        expect(mockCreateRecord.mock.calls.map(([input]) => input)).toEqual([
            {
                apiName: 'Dispute__c',
                fields: {
                    Assessment__c: ASSESSMENT_ID,
                    Status__c: 'Open',
                    Summary__c: 'Two answers miss what happened.'
                }
            },
            {
                apiName: 'Dispute_Item__c',
                fields: {
                    Dispute__c: DISPUTE_ID,
                    Assessment_Response__c: GREETING,
                    Item_Key__c: `${DISPUTE_ID}:${GREETING}`,
                    Original_Answer__c: 'No',
                    Proposed_Answer__c: 'Yes',
                    Reason__c: 'I used the name from the CRM in the first sentence.'
                }
            },
            {
                apiName: 'Dispute_Item__c',
                fields: {
                    Dispute__c: DISPUTE_ID,
                    Assessment_Response__c: RESOLUTION,
                    Item_Key__c: `${DISPUTE_ID}:${RESOLUTION}`,
                    Original_Answer__c: 'Partial',
                    Proposed_Answer__c: 'Yes',
                    Reason__c: 'The refund was issued on the call.'
                }
            }
        ]);
        expect(seen).toEqual([
            { title: 'Dispute raised', message: 'D-00007: 2 answers disputed.', variant: 'success' }
        ]);
        expect(mockRefresh).toHaveBeenCalledTimes(1);
        // The assessment's open-dispute count rolls up: the page reads it again.
        expect(mockNotify).toHaveBeenCalledWith([{ recordId: ASSESSMENT_ID }]);
    });

    it('shows the platform refusal and creates no answer when the dispute itself is refused', async () => {
        mockCreateRecord.mockRejectedValue(
            refusal('The dispute window has closed: disputes are raised within the window after submission.')
        );
        const element = await render();
        const seen = toasts(element);
        await fillIn(element, GREETING, 'Yes', 'Named the customer.');
        await click(element, 'submit');

        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect($(element, '[data-id="save-message"]').textContent).toContain(
            'The dispute was not raised, and nothing was saved: The dispute window has closed'
        );
        expect(seen[0].variant).toBe('error');
        expect(mockRefresh).not.toHaveBeenCalled();
    });

    it('keeps a dispute whose answer was refused and says which answer and why', async () => {
        mockCreateRecord
            .mockResolvedValueOnce({ id: DISPUTE_ID, fields: { Name: { value: 'D-00007', displayValue: null } } })
            .mockResolvedValueOnce({ id: 'a065L000000000DQAQ', fields: {} })
            .mockRejectedValueOnce(
                refusal(
                    'The proposed answer must be on the item scale (N/A only where the item allows it).',
                    'Proposed Answer'
                )
            );
        const element = await render();
        const seen = toasts(element);
        await fillIn(element, GREETING, 'Yes', 'Named the customer.');
        await fillIn(element, RESOLUTION, 'NA', 'Nothing to resolve.');
        await click(element, 'submit');

        expect($(element, '[data-id="save-message"]').textContent).toContain(
            'D-00007 is saved, but 1 of 2 answers were not added'
        );
        expect(seen).toEqual([expect.objectContaining({ title: 'Dispute incomplete', variant: 'warning' })]);

        // The refreshed query now holds the open dispute with the answer that was saved.
        emitAnswers({
            disputes: [{ id: DISPUTE_ID, name: 'D-00007', status: 'Open' }],
            items: [
                {
                    id: 'a065L000000000DQAQ',
                    disputeId: DISPUTE_ID,
                    responseId: GREETING,
                    proposed: 'Yes',
                    reason: 'Named the customer.'
                }
            ]
        });
        await flush();
        expect($$(element, '[data-id="saved-answer"]').map((li) => li.textContent)).toEqual([
            expect.stringContaining('“Greets the customer by name”: No → you propose Yes.')
        ]);
        expect($$(element, '[data-id="select"]').map((box) => box.label)).toEqual(['Dispute “Resolves the issue”']);
        expect(inRow(element, RESOLUTION, 'select').checked).toBe(true);
        expect(inRow(element, RESOLUTION, 'reason').value).toBe('Nothing to resolve.');
        expect($(element, '[data-id="row-problem"]').textContent).toContain(
            'Not saved: Proposed Answer: The proposed answer must be on the item scale'
        );
        expect($(element, '[data-id="submit"]').label).toBe('Add to D-00007');

        // Retrying adds the answer to the same dispute; no second dispute is raised.
        mockCreateRecord.mockReset();
        mockCreateRecord.mockResolvedValue({ id: 'a065L000000000EQAQ', fields: {} });
        inRow(element, RESOLUTION, 'proposal').dispatchEvent(new CustomEvent('change', { detail: { value: 'Yes' } }));
        await click(element, 'submit');
        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(mockCreateRecord.mock.calls[0][0]).toEqual(
            expect.objectContaining({
                apiName: 'Dispute_Item__c',
                fields: expect.objectContaining({ Dispute__c: DISPUTE_ID, Proposed_Answer__c: 'Yes' })
            })
        );
        await expect(element).toBeAccessible();
    });

    it('lets the agent withdraw an open dispute after confirming', async () => {
        mockUpdateRecord.mockResolvedValue({});
        const element = await render({ disputes: [{ id: DISPUTE_ID, name: 'D-00007', status: 'Open' }] });
        const seen = toasts(element);
        await click(element, 'withdraw');
        expect($(element, '[data-id="withdraw-confirmation"]').textContent).toContain('Withdraw D-00007?');
        expect(mockUpdateRecord).not.toHaveBeenCalled();
        await click(element, 'withdraw-confirm');
        expect(mockUpdateRecord).toHaveBeenCalledWith({ fields: { Id: DISPUTE_ID, Status__c: 'Withdrawn' } });
        expect(seen[0]).toEqual({ title: 'Dispute withdrawn', message: 'D-00007 is withdrawn.', variant: 'success' });
        expect(mockRefresh).toHaveBeenCalled();
        expect(mockNotify).toHaveBeenCalledWith([{ recordId: ASSESSMENT_ID }]);
    });

    it('says a withdrawal was saved when only reading the dispute again fails', async () => {
        mockUpdateRecord.mockResolvedValue({});
        const element = await render({ disputes: [{ id: DISPUTE_ID, name: 'D-00007', status: 'Open' }] });
        const seen = toasts(element);
        mockRefresh.mockRejectedValueOnce(new Error('The connection dropped.'));
        await click(element, 'withdraw');
        await click(element, 'withdraw-confirm');
        expect(seen).toEqual([{ title: 'Dispute withdrawn', message: 'D-00007 is withdrawn.', variant: 'success' }]);
        expect(element.shadowRoot!.textContent).toContain('Saved, but the card could not read the dispute again');
        expect(element.shadowRoot!.textContent).not.toContain('was not withdrawn');
    });

    it('shows why a withdrawal was refused', async () => {
        mockUpdateRecord.mockRejectedValue(refusal('A decided or withdrawn dispute is closed and cannot change.'));
        const element = await render({ disputes: [{ id: DISPUTE_ID, name: 'D-00007', status: 'Open' }] });
        await click(element, 'withdraw');
        await click(element, 'withdraw-confirm');
        expect($(element, '[data-id="save-message"]').textContent).toContain(
            'D-00007 was not withdrawn: A decided or withdrawn dispute is closed and cannot change.'
        );
    });

    it('tells the agent who reviews a dispute under review, with no form', async () => {
        const element = await render({
            status: 'Disputed',
            disputes: [
                { id: DISPUTE_ID, name: 'D-00007', status: 'Escalated', level: 'Level 2', arbitrator: 'Emma Haddad' }
            ]
        });
        expect($(element, '[data-id="dispute-description"]').textContent).toBe(
            "D-00007 is escalated to Emma Haddad (Level 2: QA manager). You will see each answer's decision here."
        );
        expect($(element, '[data-id="dispute-form"]')).toBeNull();
        expect($(element, '[data-id="withdraw"]')).toBeNull();
        expect($(element, '[data-id="unavailable"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('ignores a withdrawn dispute: it leaves the assessment open to a new dispute', async () => {
        const element = await render({ disputes: [{ id: DISPUTE_ID, name: 'D-00007', status: 'Withdrawn' }] });
        expect($(element, '[data-id="your-dispute"]')).toBeNull();
        expect($(element, '[data-id="submit"]').label).toBe('Raise dispute');
    });

    const decidedItems = [
        {
            id: 'a065L000000000DQAQ',
            disputeId: DISPUTE_ID,
            responseId: GREETING,
            original: 'No',
            proposed: 'Yes',
            reason: 'I used the name from the CRM.',
            outcome: 'Overturned',
            note: 'The name is said at 00:02,\nbefore the account number.'
        },
        {
            id: 'a065L000000000EQAQ',
            disputeId: DISPUTE_ID,
            responseId: RESOLUTION,
            original: 'Partial',
            proposed: 'Yes',
            reason: 'The refund was issued on the call.',
            outcome: 'Upheld'
        }
    ];

    it('shows the agent their decided dispute: each answer’s decision, with the arbitrator’s note under it', async () => {
        const element = await render({
            status: 'Final',
            currentAnswers: ['Yes', 'Partial'],
            disputes: [
                { id: DISPUTE_ID, name: 'D-00007', status: 'Partially Upheld', arbitrator: 'Sofia Silva' },
                { id: 'a055L0000000005QAA', name: 'D-00005', status: 'Withdrawn' }
            ],
            items: decidedItems
        });
        expect($(element, '[data-id="dispute-description"]').textContent).toBe(
            'D-00007 was decided by Sofia Silva (Level 1: team lead): Partially Upheld.'
        );
        const [greeting, resolution] = $$(element, '[data-id="saved-answer"]');
        // The answer as disputed, though the assessment now holds the proposed one.
        expect(greeting.textContent).toContain('“Greets the customer by name”: No → you proposed Yes.');
        expect(greeting.querySelector('[data-id="saved-decision"]').textContent).toBe(
            'Decision: Overturned (Yes replaces No).'
        );
        const note = greeting.querySelector('[data-id="saved-note"]');
        expect(note.textContent).toBe('The name is said at 00:02,\nbefore the account number.');
        expect(note.previousElementSibling.textContent).toBe("Arbitrator's note:");
        expect(resolution.querySelector('[data-id="saved-decision"]').textContent).toBe(
            'Decision: Upheld (Partial stands).'
        );
        expect(resolution.querySelector('[data-id="saved-note"]')).toBeNull();
        expect($(element, '[data-id="unavailable"]').textContent).toContain('This assessment is final');
        expect($(element, '[data-id="withdraw"]')).toBeNull();
        expect($(element, '[data-id="dispute-form"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps what an arbitrator saved during review from the agent until the dispute is decided', async () => {
        const element = await render({
            status: 'Disputed',
            currentAnswers: ['Yes', 'Partial'],
            disputes: [{ id: DISPUTE_ID, name: 'D-00007', status: 'Under Review', arbitrator: 'Sofia Silva' }],
            items: decidedItems
        });
        const [greeting] = $$(element, '[data-id="saved-answer"]');
        expect(greeting.textContent).toContain('“Greets the customer by name”: No → you propose Yes.');
        expect($(element, '[data-id="saved-decision"]')).toBeNull();
        expect($(element, '[data-id="saved-note"]')).toBeNull();
    });
});
