import { createElement } from 'lwc';
import { getRecord, createRecord } from 'lightning/uiRecordApi';
import { graphql } from 'lightning/graphql';
import AssessmentForm from 'c/assessmentForm';
import { ASSESSMENT_ID, assessmentRecord, formData, IDENTITY_ID, SOMEONE_ELSE } from './assessmentFormFixtures';

// A QA manager: Manage_Assessments lets them record answers on an assessment assigned to someone else.
jest.mock('@salesforce/customPermission/Evaluate_Assessments', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/Manage_Assessments', () => ({ default: true }), { virtual: true });

// getRecord is sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const recordWire = getRecord as unknown as { emit(data: unknown): void };
const graphqlWire = graphql as unknown as { emit(data: unknown): void };
const mockedCreate = createRecord as jest.MockedFunction<typeof createRecord>;

// A macrotask: the wires, renders and chained saves of the component settle before the test looks.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('c-assessment-form for a QA manager', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lets them answer and save an open assessment assigned to another evaluator', async () => {
        mockedCreate.mockResolvedValue({
            id: 'a04000000000001AAA',
            apiName: 'Assessment_Response__c',
            fields: {}
        } as never);
        const element = createElement('c-assessment-form', { is: AssessmentForm }) as HTMLElement & {
            recordId: string;
        };
        element.recordId = ASSESSMENT_ID;
        document.body.appendChild(element);
        recordWire.emit(assessmentRecord({ status: 'In Progress', evaluatorId: SOMEONE_ELSE }));
        await flush();
        graphqlWire.emit(formData());
        await flush();
        const root = element.shadowRoot as ShadowRoot;
        expect(root.querySelector('.read-only')).toBeNull();
        root.querySelector<HTMLInputElement>(`li[data-item-id="${IDENTITY_ID}"] input[value="Yes"]`)!.click();
        await flush();
        const save = [...root.querySelectorAll<HTMLElement & { label: string }>('lightning-button')].find(
            (button) => button.label === 'Save draft'
        )!;
        save.dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(mockedCreate).toHaveBeenCalledTimes(1);
        expect(mockedCreate.mock.calls[0][0].fields).toMatchObject({
            Scorecard_Item__c: IDENTITY_ID,
            Answer__c: 'Yes'
        });
    });

    it('still keeps a submitted assessment read only', async () => {
        const element = createElement('c-assessment-form', { is: AssessmentForm }) as HTMLElement & {
            recordId: string;
        };
        element.recordId = ASSESSMENT_ID;
        document.body.appendChild(element);
        recordWire.emit(
            assessmentRecord({ status: 'Submitted', evaluatorId: SOMEONE_ELSE, score: 90, band: 'Target' })
        );
        await flush();
        graphqlWire.emit(formData());
        await flush();
        const root = element.shadowRoot as ShadowRoot;
        expect(root.querySelectorAll('input, lightning-input, lightning-textarea, lightning-button')).toHaveLength(0);
    });
});
