import { createElement } from 'lwc';
import * as navigation from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import { setup } from '@sa11y/jest';
import CaseQualityPanel from 'c/caseQualityPanel';

/** The page references navigated to (the shared lightning/navigation mock). */
const mockNavigate = (navigation as unknown as { navigate: jest.Mock }).navigate;

/** sfdx-lwc-jest's test adapter for the graphql wire. */
const graphqlWire = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): { variables: Record<string, unknown> };
};

/** sfdx-lwc-jest's default running user. */
const ME = '005000000000000000';
const SOMEONE_ELSE = '005000000000999AAA';
const CASE_ID = '500000000000001AAA';

const field = <T>(value: T, displayValue: string | null = null) => ({ value, displayValue });

function interaction(id: string, name: string, channel: string, startedAt: string, agent: string) {
    return {
        node: {
            Id: id,
            Name: field(name),
            channel: field(channel, channel),
            startedAt: field(startedAt),
            agent: { Name: field(agent) }
        }
    };
}

function assessment(
    id: string,
    name: string,
    overrides: Partial<{
        status: string;
        score: number | null;
        autoFailed: boolean;
        dueDate: string | null;
        interactionId: string | null;
        evaluatorId: string | null;
        evaluatorName: string;
    }> = {}
) {
    const values = {
        status: 'Assigned',
        score: null,
        autoFailed: false,
        dueDate: '2026-11-09',
        interactionId: 'a01000000000001AAA',
        evaluatorId: ME,
        evaluatorName: 'Eva Luator',
        ...overrides
    };
    return {
        node: {
            Id: id,
            Name: field(name),
            status: field(values.status, values.status),
            type: field('Standard', 'Standard'),
            score: field(values.score),
            autoFailed: field(values.autoFailed),
            dueDate: field(values.dueDate),
            interactionId: field(values.interactionId),
            evaluatorId: field(values.evaluatorId),
            ownerId: field(values.evaluatorId ?? SOMEONE_ELSE),
            evaluator: values.evaluatorId ? { Name: field(values.evaluatorName) } : null,
            scorecard: { Name: field('Phone Scorecard v1') }
        }
    };
}

function answer(interactions: unknown[], assessments: unknown[]) {
    return { uiapi: { query: { interactions: { edges: interactions }, assessments: { edges: assessments } } } };
}

const PHONE_CALL = interaction('a01000000000001AAA', 'INT-0001', 'Phone', '2026-11-02T09:00:00.000Z', 'Alex Agent');
const CHAT = interaction('a01000000000002AAA', 'INT-0002', 'Chat', '2026-11-02T10:30:00.000Z', 'Alex Agent');

function renderPanel(): HTMLElement {
    const element = createElement('c-case-quality-panel', { is: CaseQualityPanel });
    (element as any).recordId = CASE_ID;
    document.body.appendChild(element);
    return element;
}

/** Lets wires deliver, promises settle and the component render again. */
function flush(): Promise<void> {
    return Array.from({ length: 20 }).reduce<Promise<void>>((turn) => turn.then(() => undefined), Promise.resolve());
}
const all = (element: HTMLElement, selector: string) => [
    ...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])
];
const one = (element: HTMLElement, selector: string) =>
    element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const rowOf = (element: HTMLElement, id: string) => one(element, `li[data-assessment="${id}"]`)!;
const fieldText = (row: HTMLElement, name: string) => row.querySelector(`[data-field="${name}"]`)?.textContent?.trim();

describe('c-case-quality-panel', () => {
    beforeAll(() => setup());

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('asks for the interactions and assessments of its case', async () => {
        renderPanel();
        await flush();
        expect(graphqlWire.getLastConfig().variables).toEqual({ caseId: CASE_ID });
    });

    it('shows a spinner until the data arrives', () => {
        const element = renderPanel();
        expect(one(element, 'lightning-spinner')).not.toBeNull();
    });

    it('lists each interaction with its assessments: status, score, scorecard, evaluator and due date', async () => {
        const element = renderPanel();
        graphqlWire.emit(
            answer(
                [PHONE_CALL, CHAT],
                [
                    assessment('a02000000000001AAA', 'A-0001', {
                        status: 'Submitted',
                        score: 91.25,
                        dueDate: '2026-11-09',
                        evaluatorId: SOMEONE_ELSE,
                        evaluatorName: 'Sam Severe'
                    }),
                    assessment('a02000000000002AAA', 'A-0002', { status: 'Final', score: 0, autoFailed: true })
                ]
            )
        );
        await flush();

        const sections = all(element, 'section');
        expect(sections.map((section) => section.querySelector('h3')?.textContent)).toEqual(['INT-0001', 'INT-0002']);
        expect(sections[0].querySelector('p')?.textContent).toBe('Phone · Nov 2, 2026, 1:00 AM · Agent: Alex Agent');

        const submitted = rowOf(element, 'a02000000000001AAA');
        expect(fieldText(submitted, 'status')).toBe('Submitted');
        expect(fieldText(submitted, 'scorecard')).toBe('Phone Scorecard v1 (Standard)');
        expect(fieldText(submitted, 'evaluator')).toBe('Sam Severe');
        expect(fieldText(submitted, 'due')).toBe('Nov 9, 2026');
        expect((submitted.querySelector('c-quality-band') as any).score).toBe(91.25);
        expect(submitted.querySelector('[data-field="auto-failed"]')).toBeNull();

        const autoFailed = rowOf(element, 'a02000000000002AAA');
        expect(fieldText(autoFailed, 'auto-failed')).toBe('Auto-failed');
        expect((autoFailed.querySelector('c-quality-band') as any).score).toBe(0);

        expect(sections[1].querySelector('[data-id="not-assessed"]')?.textContent).toBe('Not assessed.');
    });

    it('offers Start on my assigned work and Continue on my work in progress, nothing on the rest', async () => {
        const element = renderPanel();
        graphqlWire.emit(
            answer(
                [PHONE_CALL],
                [
                    assessment('a02000000000001AAA', 'A-0001', { status: 'Assigned' }),
                    assessment('a02000000000002AAA', 'A-0002', { status: 'In Progress' }),
                    assessment('a02000000000003AAA', 'A-0003', { status: 'Submitted' }),
                    assessment('a02000000000004AAA', 'A-0004', { status: 'Assigned', evaluatorId: SOMEONE_ELSE })
                ]
            )
        );
        await flush();

        const action = (id: string) => rowOf(element, id).querySelector<any>('lightning-button[data-action="work"]');
        expect(action('a02000000000001AAA').label).toBe('Start A-0001');
        expect(action('a02000000000002AAA').label).toBe('Continue A-0002');
        expect(action('a02000000000003AAA')).toBeNull();
        expect(action('a02000000000004AAA')).toBeNull();
    });

    it('opens the assessment record page, where the assessment form is, on Start and on its name', async () => {
        const element = renderPanel();
        graphqlWire.emit(answer([PHONE_CALL], [assessment('a02000000000001AAA', 'A-0001')]));
        await flush();

        rowOf(element, 'a02000000000001AAA').querySelector<HTMLElement>('[data-action="work"]')!.click();
        rowOf(element, 'a02000000000001AAA').querySelector<HTMLElement>('[data-action="open"]')!.click();

        const assessmentPage = {
            type: 'standard__recordPage',
            attributes: { recordId: 'a02000000000001AAA', objectApiName: 'Assessment__c', actionName: 'view' }
        };
        expect(mockNavigate.mock.calls).toEqual([[assessmentPage], [assessmentPage]]);
    });

    it('lists assessments of no interaction of the case under the case itself', async () => {
        const element = renderPanel();
        graphqlWire.emit(answer([], [assessment('a02000000000005AAA', 'A-0005', { interactionId: null })]));
        await flush();

        const sections = all(element, 'section');
        expect(sections).toHaveLength(1);
        expect(sections[0].dataset.interaction).toBe('case');
        expect(sections[0].querySelector('h3')?.textContent).toBe('Assessments of the case');
        expect(rowOf(element, 'a02000000000005AAA')).not.toBeNull();
    });

    it('says so when the case has nothing to show', async () => {
        const element = renderPanel();
        graphqlWire.emit(answer([], []));
        await flush();

        expect(one(element, '[data-id="empty"]')?.textContent).toBe('No interactions or assessments on this case yet.');
        expect(one(element, 'lightning-spinner')).toBeNull();
    });

    it("shows the platform's message when the query is refused", async () => {
        const element = renderPanel();
        graphqlWire.emitErrors([{ message: "INVALID_FIELD: No such column 'Score__c' on entity 'Assessment__c'." }]);
        await flush();

        const alert = one(element, '[role="alert"]');
        expect(alert?.textContent).toContain("INVALID_FIELD: No such column 'Score__c' on entity 'Assessment__c'.");
        expect(one(element, 'section')).toBeNull();
        expect(one(element, 'lightning-spinner')).toBeNull();
    });

    it('shows the new status and score when an assessment changes', async () => {
        const element = renderPanel();
        graphqlWire.emit(answer([PHONE_CALL], [assessment('a02000000000001AAA', 'A-0001', { status: 'In Progress' })]));
        await flush();
        graphqlWire.emit(
            answer([PHONE_CALL], [assessment('a02000000000001AAA', 'A-0001', { status: 'Submitted', score: 72.5 })])
        );
        await flush();

        const row = rowOf(element, 'a02000000000001AAA');
        expect(fieldText(row, 'status')).toBe('Submitted');
        expect((row.querySelector('c-quality-band') as any).score).toBe(72.5);
        expect(row.querySelector('[data-action="work"]')).toBeNull();
    });

    it('runs the query again on Refresh', async () => {
        const element = renderPanel();
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphqlWire.emit(answer([PHONE_CALL], []), undefined, refresh);
        await flush();

        one(element, 'lightning-button-icon')!.click();
        await flush();

        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('is accessible with its data', async () => {
        const element = renderPanel();
        graphqlWire.emit(
            answer(
                [PHONE_CALL, CHAT],
                [
                    assessment('a02000000000001AAA', 'A-0001'),
                    assessment('a02000000000002AAA', 'A-0002', { status: 'Final', score: 64, autoFailed: true })
                ]
            )
        );
        await flush();
        await expect(element).toBeAccessible();
    });

    it('is accessible when it shows an error', async () => {
        const element = renderPanel();
        graphqlWire.emitErrors([{ message: 'Access denied.' }]);
        await flush();
        await expect(element).toBeAccessible();
    });
});
