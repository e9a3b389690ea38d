import { createElement } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { graphql } from 'lightning/graphql';
import { setup } from '@sa11y/jest';
import AssessmentWorkspace from 'c/assessmentWorkspace';
import {
    ASSESSMENT_ID,
    assessmentRecord,
    formData,
    IDENTITY_ID,
    type AssessmentFacts
} from '../../assessmentForm/__tests__/assessmentFormFixtures';

jest.mock('@salesforce/customPermission/Evaluate_Assessments', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/Manage_Assessments', () => ({ default: false }), { virtual: true });

// getRecord is sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const recordWire = getRecord as unknown as {
    emit(data: unknown, filter?: (config: { recordId: string }) => boolean): void;
    emitError(error: unknown, filter?: (config: { recordId: string }) => boolean): void;
};
const graphqlWire = graphql as unknown as { emit(data: unknown): void };

setup();

const INTERACTION_ID = 'a05000000000001AAA';
// A macrotask: the wires, renders and chained saves of the component settle before the test looks.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function assessmentWithInteraction(facts: AssessmentFacts, interactionId: string | null) {
    const record = assessmentRecord(facts);
    return { ...record, fields: { ...record.fields, Interaction__c: { value: interactionId, displayValue: null } } };
}

const interaction = {
    apiName: 'Interaction__c',
    id: INTERACTION_ID,
    fields: {
        Name: { value: 'INT-0001', displayValue: null },
        Channel__c: { value: 'Phone', displayValue: 'Phone' },
        Transcript__c: {
            value: 'Agent: Hello, Sam speaking.\nAgent: Can I take your date of birth?\nCustomer: The fourth of May.',
            displayValue: null
        }
    }
};

async function renderWorkspace(
    facts: AssessmentFacts = { status: 'In Progress' },
    interactionId: string | null = INTERACTION_ID
) {
    const element = createElement('c-assessment-workspace', { is: AssessmentWorkspace }) as HTMLElement & {
        recordId: string;
    };
    element.recordId = ASSESSMENT_ID;
    document.body.appendChild(element);
    // Wires receive their config after the element connects.
    await flush();
    recordWire.emit(assessmentWithInteraction(facts, interactionId), (config) => config.recordId === ASSESSMENT_ID);
    await flush();
    recordWire.emit(interaction, (config) => config.recordId === INTERACTION_ID);
    graphqlWire.emit(formData());
    await flush();
    return element;
}

const root = (element: Element) => element.shadowRoot as ShadowRoot;
const form = (element: HTMLElement) => root(element).querySelector('c-assessment-form') as HTMLElement;
const transcript = (element: HTMLElement) =>
    root(element).querySelector('c-interaction-transcript') as HTMLElement & {
        recordId?: string;
        citingItemLabel: string | null;
    };
const turn = (element: HTMLElement, index: number) =>
    root(transcript(element)).querySelectorAll<HTMLElement>('li[role="option"]')[index];
const evidenceOf = (element: HTMLElement, itemId: string) =>
    (root(form(element)).querySelector(`li[data-item-id="${itemId}"] .evidence`) as HTMLElement & { value: string })
        .value;

describe('c-assessment-workspace', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the form for the assessment and the transcript of its interaction side by side', async () => {
        const element = await renderWorkspace();
        expect((form(element) as HTMLElement & { recordId: string }).recordId).toBe(ASSESSMENT_ID);
        expect(transcript(element).recordId).toBe(INTERACTION_ID);
        expect(root(transcript(element)).querySelectorAll('li[role="option"]')).toHaveLength(3);
    });

    it('cites a selected turn as the evidence of the item focused in the form', async () => {
        const element = await renderWorkspace();
        expect(transcript(element).citingItemLabel).toBeNull();
        root(form(element))
            .querySelector(`li[data-item-id="${IDENTITY_ID}"] input[value="Yes"]`)!
            .dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        await flush();
        expect(transcript(element).citingItemLabel).toBe('Verified the customer before discussing the account');
        turn(element, 1).click();
        await flush();
        expect(evidenceOf(element, IDENTITY_ID)).toBe('Agent, turn 2: “Can I take your date of birth?”');
        turn(element, 2).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flush();
        expect(evidenceOf(element, IDENTITY_ID)).toBe(
            'Agent, turn 2: “Can I take your date of birth?”\nCustomer, turn 3: “The fourth of May.”'
        );
    });

    it('cites nothing while no item is focused', async () => {
        const element = await renderWorkspace();
        turn(element, 1).click();
        await flush();
        expect(evidenceOf(element, IDENTITY_ID)).toBe('');
    });

    it('offers no citing on a read-only assessment', async () => {
        const element = await renderWorkspace({ status: 'Submitted' });
        root(form(element))
            .querySelector(`li[data-item-id="${IDENTITY_ID}"]`)!
            .dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        await flush();
        expect(transcript(element).citingItemLabel).toBeNull();
    });

    it('tells the evaluator when the assessment has no interaction', async () => {
        const element = await renderWorkspace({ status: 'In Progress' }, null);
        expect(transcript(element).recordId).toBeUndefined();
        expect(root(transcript(element)).querySelector('p')?.textContent).toBe(
            'No interaction is linked, so there is no transcript to show.'
        );
    });

    it('shows the platform’s message when the assessment cannot be read', async () => {
        const element = createElement('c-assessment-workspace', { is: AssessmentWorkspace }) as HTMLElement & {
            recordId: string;
        };
        element.recordId = ASSESSMENT_ID;
        document.body.appendChild(element);
        await flush();
        recordWire.emitError({ body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] });
        await flush();
        expect(root(element).querySelector('.interaction-error')?.textContent?.trim()).toBe(
            'The requested resource does not exist'
        );
    });

    it('is accessible', async () => {
        const element = await renderWorkspace();
        await expect(element).toBeAccessible();
    });
});
