import { createElement } from 'lwc';
import * as navigation from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import { setup } from '@sa11y/jest';
import AssessmentQueue from 'c/assessmentQueue';

/** The page references navigated to (the shared lightning/navigation mock). */
const mockNavigate = (navigation as unknown as { navigate: jest.Mock }).navigate;

const graphqlWire = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): { variables: Record<string, unknown> };
};

/** sfdx-lwc-jest's default running user. */
const ME = '005000000000000000';
const PHONE = 'a0C000000000001AAA';
const CHAT = 'a0C000000000002AAA';

const field = <T>(value: T, displayValue: string | null = null) => ({ value, displayValue });

function item(
    id: string,
    name: string,
    status: string,
    dueDate: string | null,
    overdue: boolean,
    scorecardId: string,
    caseNumber: string
) {
    return {
        node: {
            Id: id,
            Name: field(name),
            status: field(status, status),
            dueDate: field(dueDate),
            overdue: field(overdue),
            scorecardId: field(scorecardId),
            scorecard: { Name: field(scorecardId === PHONE ? 'Phone Scorecard' : 'Chat Scorecard') },
            case: { CaseNumber: field(caseNumber), Subject: field('Billing question') },
            agent: { Name: field('Alex Agent') }
        }
    };
}

const QUEUE = [
    item('a02000000000001AAA', 'A-0001', 'In Progress', '2026-10-30', true, PHONE, '00001001'),
    item('a02000000000002AAA', 'A-0002', 'Assigned', '2026-11-05', false, CHAT, '00001002'),
    item('a02000000000003AAA', 'A-0003', 'Assigned', '2026-11-09', false, PHONE, '00001003'),
    item('a02000000000004AAA', 'A-0004', 'Assigned', null, false, PHONE, '00001004')
];

function answer(edges: unknown[], hasNextPage = false) {
    return { uiapi: { query: { assessments: { edges, pageInfo: { hasNextPage } } } } };
}

function renderQueue(): HTMLElement {
    const element = createElement('c-assessment-queue', { is: AssessmentQueue });
    document.body.appendChild(element);
    return element;
}

/** Lets wires deliver, promises settle and the component render again. */
function flush(): Promise<void> {
    return Array.from({ length: 20 }).reduce<Promise<void>>((turn) => turn.then(() => undefined), Promise.resolve());
}
const one = (element: HTMLElement, selector: string) =>
    element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const rows = (element: HTMLElement) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr') ?? [])];
const rowNames = (element: HTMLElement) =>
    rows(element).map((row) => (row.querySelector('lightning-button') as any).label);

async function choose(element: HTMLElement, name: string, value: string): Promise<void> {
    one(element, `lightning-combobox[data-filter="${name}"]`)!.dispatchEvent(
        new CustomEvent('change', { detail: { value } })
    );
    await flush();
}

describe('c-assessment-queue', () => {
    beforeAll(() => setup());

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('asks for my assigned work, as many as a queue shows', async () => {
        renderQueue();
        await flush();
        expect(graphqlWire.getLastConfig().variables).toEqual({ ownerId: ME, size: 200 });
    });

    it('lists my assessments in the order the org gave them, earliest due first', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer(QUEUE));
        await flush();

        expect(rowNames(element)).toEqual(['A-0001', 'A-0002', 'A-0003', 'A-0004']);
        const [first, , , undated] = rows(element);
        expect(first.querySelector('[data-field="case"]')?.textContent).toContain('00001001');
        expect(first.querySelector('[data-field="agent"]')?.textContent).toBe('Alex Agent');
        expect(first.querySelector('[data-field="scorecard"]')?.textContent).toBe('Phone Scorecard');
        expect(first.querySelector('[data-field="status"]')?.textContent).toBe('In Progress');
        expect(first.querySelector('[data-field="due"]')?.textContent).toContain('Oct 30, 2026');
        expect(undated.querySelector('[data-field="due"]')?.textContent).toContain('No due date');
    });

    it('marks overdue work in words, as the model flags it', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer(QUEUE));
        await flush();

        const marked = rows(element).filter((row) => row.querySelector('[data-field="overdue"]'));
        expect(marked.map((row) => row.dataset.row)).toEqual(['a02000000000001AAA']);
        expect(marked[0].querySelector('[data-field="overdue"]')?.textContent).toBe('Overdue');
    });

    it('counts what is waiting', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer(QUEUE));
        await flush();

        expect(one(element, '[data-id="summary"]')?.textContent?.trim()).toBe(
            '4 assigned to you: 3 not started, 1 in progress, 1 overdue.'
        );
    });

    it('says when the queue is longer than it shows', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer(QUEUE, true));
        await flush();

        expect(one(element, '[data-id="summary"]')?.textContent).toContain('Showing the first 200.');
    });

    it('filters by scorecard and by status, and says how many it shows', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer(QUEUE));
        await flush();

        const scorecards = (one(element, 'lightning-combobox[data-filter="scorecard"]') as any).options;
        expect(scorecards).toEqual([
            { label: 'All scorecards', value: 'all' },
            { label: 'Chat Scorecard', value: CHAT },
            { label: 'Phone Scorecard', value: PHONE }
        ]);

        await choose(element, 'scorecard', PHONE);
        expect(rowNames(element)).toEqual(['A-0001', 'A-0003', 'A-0004']);

        await choose(element, 'status', 'Assigned');
        expect(rowNames(element)).toEqual(['A-0003', 'A-0004']);
        expect(one(element, '[data-id="summary"]')?.textContent).toContain('Showing 2 of 4.');

        await choose(element, 'scorecard', CHAT);
        await choose(element, 'status', 'In Progress');
        expect(rows(element)).toHaveLength(0);
        expect(one(element, '[data-id="filtered-out"]')?.textContent).toBe(
            'No assigned assessment matches these filters.'
        );
    });

    it('opens an item on its record page', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer(QUEUE));
        await flush();

        rows(element)[1].querySelector<HTMLElement>('lightning-button')!.click();
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: 'a02000000000002AAA', objectApiName: 'Assessment__c', actionName: 'view' }
        });
    });

    it('says so when nothing is assigned', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer([]));
        await flush();

        expect(one(element, '[data-id="empty"]')?.textContent).toContain('Nothing is assigned to you.');
        expect(one(element, 'table')).toBeNull();
    });

    it("shows the platform's message when the query is refused", async () => {
        const element = renderQueue();
        graphqlWire.emitErrors([{ message: 'INVALID_TYPE: sObject type Assessment__c is not supported.' }]);
        await flush();

        expect(one(element, '[role="alert"]')?.textContent).toContain(
            'INVALID_TYPE: sObject type Assessment__c is not supported.'
        );
        expect(one(element, 'lightning-spinner')).toBeNull();
    });

    it('runs the query again on Refresh, for work assigned since', async () => {
        const element = renderQueue();
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphqlWire.emit(answer(QUEUE), undefined, refresh);
        await flush();

        one(element, 'lightning-button-icon')!.click();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('is accessible: a captioned table with row headers and labelled filters', async () => {
        const element = renderQueue();
        graphqlWire.emit(answer(QUEUE));
        await flush();

        expect(one(element, 'caption')?.textContent).toBe('My assigned assessments, earliest due first');
        expect(one(element, 'tbody th[scope="row"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
