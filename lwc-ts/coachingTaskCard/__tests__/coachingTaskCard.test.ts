import { createElement } from 'lwc';
import * as navigation from 'lightning/navigation';
import * as uiRecordApi from 'lightning/uiRecordApi';
import * as uiObjectInfoApi from 'lightning/uiObjectInfoApi';
import { setup } from '@sa11y/jest';
import CoachingTaskCard from 'c/coachingTaskCard';
import {
    AGENT,
    AGENT_EDITS,
    ASSESSMENT_ID,
    COACH,
    MANAGER_EDITS,
    ME,
    TASK_ID,
    coachingTask,
    objectInfoEditing
} from './coachingTaskFixtures';

/** The page references navigated to (the shared lightning/navigation mock). */
const mockNavigate = (navigation as unknown as { navigate: jest.Mock }).navigate;
// Neither a QA manager nor anyone with Manage_Assessments: only the coach completes.
jest.mock('@salesforce/customPermission/Manage_Assessments', () => ({ __esModule: true, default: false }), {
    virtual: true
});

const recordWire = uiRecordApi.getRecord as unknown as {
    emit(record: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): { recordId: string; fields: unknown[]; optionalFields: unknown[] };
};
const objectInfoWire = uiObjectInfoApi.getObjectInfo as unknown as { emit(data: unknown): void };
const mockUpdateRecord = uiRecordApi.updateRecord as jest.Mock;

/** Lets wires deliver, promises settle and the component render again. */
function flush(): Promise<void> {
    return Array.from({ length: 20 }).reduce<Promise<void>>((turn) => turn.then(() => undefined), Promise.resolve());
}

/** The card for a viewer who may edit these fields of coaching tasks. */
async function renderCard(editable: string[] = MANAGER_EDITS): Promise<HTMLElement> {
    const element = createElement('c-coaching-task-card', { is: CoachingTaskCard });
    (element as any).recordId = TASK_ID;
    document.body.appendChild(element);
    await flush();
    objectInfoWire.emit(objectInfoEditing(...editable));
    return element;
}

const one = (element: HTMLElement, selector: string) =>
    element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const text = (element: HTMLElement, name: string) => one(element, `[data-field="${name}"]`)?.textContent?.trim();
const button = (element: HTMLElement, action: string) => one(element, `lightning-button[data-action="${action}"]`);

describe('c-coaching-task-card', () => {
    beforeAll(() => setup());

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('reads the task with its people, assessment and item', async () => {
        await renderCard();
        await flush();
        const config = recordWire.getLastConfig();
        expect(config.recordId).toBe(TASK_ID);
        const names = (list: unknown[]) => list.map((field: any) => field.fieldApiName);
        expect(names(config.fields)).toEqual(
            expect.arrayContaining([
                'Status__c',
                'Observed__c',
                'Expected_Alternative__c',
                'Due_Date__c',
                'Agent__c',
                'Coach__c'
            ])
        );
        expect(names(config.optionalFields)).toEqual(
            expect.arrayContaining(['Agent__r.Name', 'Coach__r.Name', 'Scorecard_Item__r.Question__c'])
        );
    });

    it('shows what was observed, what is expected instead, and when it is due', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Open'));
        await flush();

        expect((one(element, 'lightning-card') as any).title).toBe('Coaching CT-00042');
        expect(text(element, 'observed')).toBe('The caller was not asked for their date of birth.');
        expect(text(element, 'expected')).toBe('Verify two identity details before discussing the account.');
        expect(text(element, 'item')).toBe('Verified the caller’s identity');
        expect(text(element, 'due')).toBe('Nov 16, 2026');
        expect(text(element, 'agent')).toBe('Alex Agent');
        expect(text(element, 'coach')).toBe('Casey Coach');
        expect((one(element, 'lightning-progress-indicator') as any).currentStep).toBe('Open');
        expect(one(element, '[data-field="overdue"]')).toBeNull();
    });

    it('marks an overdue task, as the model flags it', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Open', {}, { Overdue__c: { value: true, displayValue: null } }));
        await flush();
        expect(text(element, 'overdue')).toBe('Overdue');
    });

    it('lets the coached agent acknowledge an Open task, with the moment it happened', async () => {
        const element = await renderCard(AGENT_EDITS);
        recordWire.emit(coachingTask('Open', { agent: ME }));
        await flush();

        expect(button(element, 'complete')).toBeNull();
        button(element, 'acknowledge')!.click();
        await flush();

        expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        const { fields } = mockUpdateRecord.mock.calls[0][0];
        expect(fields).toEqual({ Id: TASK_ID, Status__c: 'Acknowledged', Acknowledged_At__c: expect.any(String) });
        expect(Number.isNaN(Date.parse(fields.Acknowledged_At__c))).toBe(false);
    });

    it('toasts when the platform accepted the step', async () => {
        const element = await renderCard(AGENT_EDITS);
        recordWire.emit(coachingTask('Open', { agent: ME }));
        await flush();
        const toasts: Array<{ title: string; variant: string }> = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push((event as CustomEvent).detail));

        button(element, 'acknowledge')!.click();
        await flush();
        expect(toasts).toEqual([expect.objectContaining({ title: 'Coaching acknowledged', variant: 'success' })]);
    });

    it('lets the coach complete an Acknowledged task', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Acknowledged', { coach: ME }));
        await flush();

        expect(button(element, 'acknowledge')).toBeNull();
        button(element, 'complete')!.click();
        await flush();

        expect(mockUpdateRecord.mock.calls[0][0].fields).toEqual({
            Id: TASK_ID,
            Status__c: 'Completed',
            Completed_At__c: expect.any(String)
        });
    });

    it('offers nothing to the coach before the agent has acknowledged, and says what it waits for', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Open', { coach: ME }));
        await flush();

        expect(button(element, 'acknowledge')).toBeNull();
        expect(button(element, 'complete')).toBeNull();
        expect(one(element, '[data-id="waiting"]')?.textContent).toBe('Waiting for Alex Agent to acknowledge.');
    });

    it('offers nothing to the agent once acknowledged: the coach completes it', async () => {
        const element = await renderCard(AGENT_EDITS);
        recordWire.emit(coachingTask('Acknowledged', { agent: ME }));
        await flush();

        expect(button(element, 'acknowledge')).toBeNull();
        expect(button(element, 'complete')).toBeNull();
        expect(one(element, '[data-id="waiting"]')?.textContent).toBe('Casey Coach completes it after the coaching.');
        expect(text(element, 'acknowledged-at')).toBe('Nov 3, 2026, 7:30 AM');
    });

    it('offers no step to a coach whose access does not let them complete, and says who does', async () => {
        const element = await renderCard(['Observed__c']);
        recordWire.emit(coachingTask('Acknowledged', { coach: ME }));
        await flush();

        expect(button(element, 'complete')).toBeNull();
        expect(one(element, '[data-id="waiting"]')?.textContent).toBe(
            'Completing coaching is not in your access: a QA manager marks it completed.'
        );
    });

    it('offers no step before it knows what the viewer may edit', async () => {
        const element = createElement('c-coaching-task-card', { is: CoachingTaskCard });
        (element as any).recordId = TASK_ID;
        document.body.appendChild(element);
        await flush();
        recordWire.emit(coachingTask('Open', { agent: ME }));
        await flush();
        expect(button(element, 'acknowledge')).toBeNull();
    });

    it('offers nothing on a task that is neither mine to acknowledge nor mine to coach', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Open', { agent: AGENT, coach: COACH }));
        await flush();
        expect(button(element, 'acknowledge')).toBeNull();
        expect(button(element, 'complete')).toBeNull();
    });

    it('shows a completed task as done, with when', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Completed', { coach: ME }));
        await flush();

        expect(button(element, 'complete')).toBeNull();
        expect(text(element, 'completed-at')).toBe('Nov 10, 2026, 8:00 AM');
        expect((one(element, 'lightning-progress-indicator') as any).currentStep).toBe('Completed');
    });

    it('says a cancelled task was cancelled and offers nothing', async () => {
        const element = await renderCard(AGENT_EDITS);
        recordWire.emit(coachingTask('Cancelled', { agent: ME }));
        await flush();

        expect(one(element, '[data-id="cancelled"]')?.textContent).toBe('This coaching was cancelled.');
        expect(one(element, 'lightning-progress-indicator')).toBeNull();
        expect(button(element, 'acknowledge')).toBeNull();
    });

    it("shows the platform's refusal in its words and does not pretend the step happened", async () => {
        const element = await renderCard(AGENT_EDITS);
        recordWire.emit(coachingTask('Open', { agent: ME }));
        await flush();
        mockUpdateRecord.mockRejectedValueOnce({
            status: 400,
            statusText: 'Bad Request',
            body: {
                message: 'An error occurred while trying to update the record.',
                output: {
                    errors: [],
                    fieldErrors: {
                        Status__c: [
                            { fieldLabel: 'Status', message: 'Only the coached agent acknowledges their coaching.' }
                        ]
                    }
                }
            }
        });
        const toasts: unknown[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push((event as CustomEvent).detail));

        button(element, 'acknowledge')!.click();
        await flush();

        expect(one(element, '[data-id="save-errors"]')?.textContent).toContain(
            'Status: Only the coached agent acknowledges their coaching.'
        );
        expect(one(element, '[data-id="save-errors"]')?.getAttribute('role')).toBe('alert');
        expect(toasts).toEqual([]);
        expect(text(element, 'status')).toBe('Open');
        expect(button(element, 'acknowledge')).not.toBeNull();
    });

    it('shows why the task cannot be read', async () => {
        const element = await renderCard();
        recordWire.error(
            [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }],
            404,
            'Not Found'
        );
        await flush();

        expect(one(element, '[data-id="load-errors"]')?.textContent).toContain('The requested resource does not exist');
        expect(one(element, 'lightning-spinner')).toBeNull();
    });

    it('opens the assessment the coaching comes from', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Open'));
        await flush();

        one(element, '[data-field="assessment"] lightning-button')!.click();
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: ASSESSMENT_ID, objectApiName: 'Assessment__c', actionName: 'view' }
        });
    });

    it('is accessible for the agent with a step to take', async () => {
        const element = await renderCard(AGENT_EDITS);
        recordWire.emit(coachingTask('Open', { agent: ME }));
        await flush();
        await expect(element).toBeAccessible();
    });
});
