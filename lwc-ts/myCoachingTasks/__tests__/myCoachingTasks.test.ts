import { createElement } from 'lwc';
import * as navigation from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import * as uiObjectInfoApi from 'lightning/uiObjectInfoApi';
import { setup } from '@sa11y/jest';
import MyCoachingTasks from 'c/myCoachingTasks';

/** The page references navigated to (the shared lightning/navigation mock). */
const mockNavigate = (navigation as unknown as { navigate: jest.Mock }).navigate;

const graphqlWire = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): { variables: Record<string, unknown> };
};

const objectInfoWire = uiObjectInfoApi.getObjectInfo as unknown as { emit(data: unknown): void };

/** sfdx-lwc-jest's default running user. */
const ME = '005000000000000000';

const field = <T>(value: T) => ({ value, displayValue: null });

function task(id: string, name: string, status: string, dueDate: string, overdue = false) {
    return {
        node: {
            Id: id,
            Name: field(name),
            status: field(status),
            behavior: field('identity-check'),
            dueDate: field(dueDate),
            overdue: field(overdue),
            agent: { Name: field('Alex Agent') },
            coach: { Name: field('Casey Coach') }
        }
    };
}

function answer(asAgent: unknown[], asCoach: unknown[]) {
    return { uiapi: { query: { asAgent: { edges: asAgent }, asCoach: { edges: asCoach } } } };
}

const AS_AGENT = [
    task('a04000000000001AAA', 'CT-00001', 'Open', '2026-10-30', true),
    task('a04000000000002AAA', 'CT-00002', 'Acknowledged', '2026-11-12')
];
const AS_COACH = [
    task('a04000000000003AAA', 'CT-00003', 'Acknowledged', '2026-11-05'),
    task('a04000000000004AAA', 'CT-00004', 'Open', '2026-11-20')
];

/** The list for someone who may (a team lead, a QA manager) or may not (an evaluator) complete coaching. */
function renderList(completes = true): HTMLElement {
    const element = createElement('c-my-coaching-tasks', { is: MyCoachingTasks });
    document.body.appendChild(element);
    const completing = { updateable: completes };
    objectInfoWire.emit({
        apiName: 'Coaching_Task__c',
        fields: {
            Status__c: { apiName: 'Status__c', ...completing },
            Completed_At__c: { apiName: 'Completed_At__c', ...completing }
        }
    });
    return element;
}

/** Lets wires deliver, promises settle and the component render again. */
function flush(): Promise<void> {
    return Array.from({ length: 20 }).reduce<Promise<void>>((turn) => turn.then(() => undefined), Promise.resolve());
}
const one = (element: HTMLElement, selector: string) =>
    element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const taskRow = (element: HTMLElement, id: string) => one(element, `li[data-task="${id}"]`)!;
const fieldText = (row: HTMLElement, name: string) => row.querySelector(`[data-field="${name}"]`)?.textContent?.trim();

describe('c-my-coaching-tasks', () => {
    beforeAll(() => setup());

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('asks for the open coaching where I am the agent or the coach', async () => {
        renderList();
        await flush();
        expect(graphqlWire.getLastConfig().variables).toEqual({ userId: ME });
    });

    it('shows the coaching I receive and the coaching I give, each with its next step and due date', async () => {
        const element = renderList();
        graphqlWire.emit(answer(AS_AGENT, AS_COACH));
        await flush();

        const sections = [...element.shadowRoot!.querySelectorAll('section')];
        expect(sections.map((section) => section.querySelector('h3')?.textContent)).toEqual([
            'Coaching for me',
            'Coaching I give'
        ]);

        expect(fieldText(taskRow(element, 'a04000000000001AAA'), 'next-step')).toBe(
            'To acknowledge · coach: Casey Coach'
        );
        expect(fieldText(taskRow(element, 'a04000000000002AAA'), 'next-step')).toBe(
            'Acknowledged · Casey Coach completes it'
        );
        expect(fieldText(taskRow(element, 'a04000000000003AAA'), 'next-step')).toBe('To complete · agent: Alex Agent');
        expect(fieldText(taskRow(element, 'a04000000000004AAA'), 'next-step')).toBe(
            'Waiting for Alex Agent to acknowledge'
        );
        expect(fieldText(taskRow(element, 'a04000000000003AAA'), 'due')).toBe('Due Nov 5, 2026');
    });

    it('tells a coach whose access does not let them complete that a QA manager does', async () => {
        const element = renderList(false);
        graphqlWire.emit(answer([], AS_COACH));
        await flush();

        expect(fieldText(taskRow(element, 'a04000000000003AAA'), 'next-step')).toBe(
            'Acknowledged by Alex Agent · a QA manager marks it completed'
        );
        expect(one(element, '[data-id="summary"]')?.textContent).toBe('0 to acknowledge, 0 to complete, 0 overdue.');
    });

    it('marks overdue coaching, as the model flags it', async () => {
        const element = renderList();
        graphqlWire.emit(answer(AS_AGENT, AS_COACH));
        await flush();

        expect(fieldText(taskRow(element, 'a04000000000001AAA'), 'overdue')).toBe('Overdue');
        expect(taskRow(element, 'a04000000000003AAA').querySelector('[data-field="overdue"]')).toBeNull();
    });

    it('counts what waits for me', async () => {
        const element = renderList();
        graphqlWire.emit(answer(AS_AGENT, AS_COACH));
        await flush();
        expect(one(element, '[data-id="summary"]')?.textContent).toBe('1 to acknowledge, 1 to complete, 1 overdue.');
    });

    it('shows only the list an agent has', async () => {
        const element = renderList();
        graphqlWire.emit(answer(AS_AGENT, []));
        await flush();

        const sections = [...element.shadowRoot!.querySelectorAll<HTMLElement>('section')];
        expect(sections.map((section) => section.dataset.section)).toEqual(['agent']);
    });

    it('opens a task on its record page, where it is acknowledged or completed', async () => {
        const element = renderList();
        graphqlWire.emit(answer(AS_AGENT, AS_COACH));
        await flush();

        taskRow(element, 'a04000000000003AAA').querySelector<HTMLElement>('lightning-button')!.click();
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: 'a04000000000003AAA', objectApiName: 'Coaching_Task__c', actionName: 'view' }
        });
    });

    it('says so when there is no open coaching', async () => {
        const element = renderList();
        graphqlWire.emit(answer([], []));
        await flush();

        expect(one(element, '[data-id="empty"]')?.textContent).toBe('No open coaching for you.');
        expect(one(element, '[data-id="summary"]')).toBeNull();
    });

    it("shows the platform's message when the query is refused", async () => {
        const element = renderList();
        graphqlWire.emitErrors([{ message: 'INVALID_TYPE: sObject type Coaching_Task__c is not supported.' }]);
        await flush();

        expect(one(element, '[role="alert"]')?.textContent).toContain(
            'INVALID_TYPE: sObject type Coaching_Task__c is not supported.'
        );
        expect(one(element, 'lightning-spinner')).toBeNull();
    });

    it('runs the query again on Refresh, for coaching created since', async () => {
        const element = renderList();
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphqlWire.emit(answer(AS_AGENT, []), undefined, refresh);
        await flush();

        one(element, 'lightning-button-icon')!.click();
        await flush();
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('is accessible', async () => {
        const element = renderList();
        graphqlWire.emit(answer(AS_AGENT, AS_COACH));
        await flush();
        await expect(element).toBeAccessible();
    });
});
