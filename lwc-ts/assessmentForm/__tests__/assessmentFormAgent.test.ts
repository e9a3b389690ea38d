import { createElement } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { graphql } from 'lightning/graphql';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { setup } from '@sa11y/jest';
import AssessmentForm from 'c/assessmentForm';
import {
    ASSESSMENT_ID,
    assessmentObjectInfo,
    assessmentRecord,
    coachingObjectInfo,
    formData,
    IDENTITY_ID,
    objectInfoFor,
    responseNode,
    SOMEONE_ELSE
} from './assessmentFormFixtures';

// The assessed agent: no custom permission, and Verity_Agent neither edits Overall_Comment__c nor
// creates coaching tasks (they acknowledge them).
jest.mock('@salesforce/customPermission/Evaluate_Assessments', () => ({ default: false }), { virtual: true });
jest.mock('@salesforce/customPermission/Manage_Assessments', () => ({ default: false }), { virtual: true });

// getRecord is sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const recordWire = getRecord as unknown as { emit(data: unknown): void };
const graphqlWire = graphql as unknown as { emit(data: unknown): void };
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const objectInfoWire = getObjectInfo as unknown as {
    emit(data: unknown, filter?: (config: { objectApiName: string | { objectApiName: string } }) => boolean): void;
};

setup();

// A macrotask: the wires and renders of the component settle before the test looks.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function renderForAgent(): Promise<HTMLElement> {
    const element = createElement('c-assessment-form', { is: AssessmentForm });
    Object.assign(element, { recordId: ASSESSMENT_ID });
    document.body.appendChild(element);
    recordWire.emit(
        assessmentRecord({
            status: 'Submitted',
            evaluatorId: SOMEONE_ELSE,
            score: 100,
            band: 'Target',
            overallComment: 'You verified the caller first every time.\nKeep it up.'
        })
    );
    objectInfoWire.emit(assessmentObjectInfo({ overallCommentUpdateable: false }), objectInfoFor('Assessment__c'));
    objectInfoWire.emit(coachingObjectInfo({ coachingCreateable: false }), objectInfoFor('Coaching_Task__c'));
    await flush();
    graphqlWire.emit(formData([responseNode('a04000000000001AAA', IDENTITY_ID, 'Yes')]));
    await flush();
    return element;
}

describe('c-assessment-form for the assessed agent', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows the evaluator’s overall comment as text, with nothing to edit and no coaching to start', async () => {
        const element = await renderForAgent();
        const root = element.shadowRoot as ShadowRoot;
        expect(root.querySelector('.overall-comment-text')?.textContent).toBe(
            'You verified the caller first every time.\nKeep it up.'
        );
        expect(root.querySelectorAll('input, textarea, lightning-input, lightning-textarea, button')).toHaveLength(
            // Only the hard-fail item's guidance toggle.
            1
        );
        expect(root.querySelector('button.guidance-toggle')).not.toBeNull();
        expect(root.querySelector('button.coaching-toggle')).toBeNull();
    });

    it('is accessible', async () => {
        const element = await renderForAgent();
        await expect(element).toBeAccessible();
    });
});
