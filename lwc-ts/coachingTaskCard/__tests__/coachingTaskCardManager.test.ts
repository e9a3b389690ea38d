import { createElement } from 'lwc';
import * as uiRecordApi from 'lightning/uiRecordApi';
import * as uiObjectInfoApi from 'lightning/uiObjectInfoApi';
import CoachingTaskCard from 'c/coachingTaskCard';
import { MANAGER_EDITS, TASK_ID, coachingTask, objectInfoEditing } from './coachingTaskFixtures';

// A QA manager: Manage_Assessments lets them complete coaching they do not give (Coaching_Completed_By_Coach).
jest.mock('@salesforce/customPermission/Manage_Assessments', () => ({ __esModule: true, default: true }), {
    virtual: true
});

const recordWire = uiRecordApi.getRecord as unknown as { emit(record: unknown): void };
const objectInfoWire = uiObjectInfoApi.getObjectInfo as unknown as { emit(data: unknown): void };

/** Lets wires deliver, promises settle and the component render again. */
function flush(): Promise<void> {
    return Array.from({ length: 20 }).reduce<Promise<void>>((turn) => turn.then(() => undefined), Promise.resolve());
}

async function renderCard(): Promise<HTMLElement> {
    const element = createElement('c-coaching-task-card', { is: CoachingTaskCard });
    (element as any).recordId = TASK_ID;
    document.body.appendChild(element);
    await flush();
    objectInfoWire.emit(objectInfoEditing(...MANAGER_EDITS));
    return element;
}

const button = (element: HTMLElement, action: string) =>
    element.shadowRoot?.querySelector<HTMLElement>(`lightning-button[data-action="${action}"]`) ?? null;

describe('c-coaching-task-card for a QA manager', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('completes an Acknowledged task someone else coaches', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Acknowledged'));
        await flush();

        button(element, 'complete')!.click();
        await flush();
        expect((uiRecordApi.updateRecord as jest.Mock).mock.calls[0][0].fields).toMatchObject({
            Status__c: 'Completed'
        });
    });

    it('does not acknowledge for the agent: only the agent does', async () => {
        const element = await renderCard();
        recordWire.emit(coachingTask('Open'));
        await flush();

        expect(button(element, 'acknowledge')).toBeNull();
        expect(button(element, 'complete')).toBeNull();
    });
});
