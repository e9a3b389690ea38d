import { createElement } from 'lwc';
import {
    getRecord,
    getRecordCreateDefaults,
    createRecord,
    updateRecord,
    notifyRecordUpdateAvailable
} from 'lightning/uiRecordApi';
import { graphql } from 'lightning/graphql';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { setup } from '@sa11y/jest';
import AssessmentForm from 'c/assessmentForm';
import {
    ACCURACY_ID,
    ASSESSMENT_ID,
    assessmentObjectInfo,
    assessmentRecord,
    coachingObjectInfo,
    ESCALATION_ID,
    formData,
    IDENTITY_ID,
    itemNode,
    ITEMS,
    objectInfoFor,
    RESOLUTION_ID,
    responseNode,
    SCORECARD_ID,
    SOMEONE_ELSE,
    UPSELL_ID,
    type AssessmentFacts,
    type FormAccess
} from './assessmentFormFixtures';

jest.mock('@salesforce/customPermission/Evaluate_Assessments', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/Manage_Assessments', () => ({ default: false }), { virtual: true });

/** sfdx-lwc-jest's test adapters. */
// getRecord is sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const recordWire = getRecord as unknown as {
    emit(data: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): { recordId: string; fields: { fieldApiName: string }[] };
};
type GraphqlConfig = { variables?: Record<string, unknown> };
const graphqlWire = graphql as unknown as {
    emit(data: unknown, filter?: (config: GraphqlConfig) => boolean, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): { variables: Record<string, unknown> };
};
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const objectInfoWire = getObjectInfo as unknown as {
    emit(data: unknown, filter?: (config: { objectApiName: string | { objectApiName: string } }) => boolean): void;
};
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const createDefaultsWire = getRecordCreateDefaults as unknown as { emit(data: unknown): void };
const mockedCreate = createRecord as jest.MockedFunction<typeof createRecord>;
const mockedUpdate = updateRecord as jest.MockedFunction<typeof updateRecord>;
const mockedNotify = notifyRecordUpdateAvailable as jest.MockedFunction<typeof notifyRecordUpdateAvailable>;

setup();

type FormElement = HTMLElement & { recordId: string; citeTurn(turn: unknown): boolean };

// A macrotask: the wires, renders and chained saves of the component settle before the test looks.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const refreshItems = jest.fn(() => Promise.resolve());

/** The form's own query names both the scorecard and the assessment (a hosted coaching form's, one of them). */
const formQuery = (config: GraphqlConfig) =>
    Boolean(config.variables && 'scorecardId' in config.variables && 'assessmentId' in config.variables);

/** The object info the form reads; by default an evaluator's: the comment editable, coaching createable. */
function emitAccess(access: FormAccess = {}): void {
    objectInfoWire.emit(assessmentObjectInfo(access), objectInfoFor('Assessment__c'));
    objectInfoWire.emit(coachingObjectInfo(access), objectInfoFor('Coaching_Task__c'));
}

async function renderForm(
    facts: AssessmentFacts = {},
    responses: unknown[] = [],
    items: unknown[] = ITEMS,
    access: FormAccess = {}
): Promise<FormElement> {
    const element = createElement('c-assessment-form', { is: AssessmentForm }) as FormElement;
    element.recordId = ASSESSMENT_ID;
    document.body.appendChild(element);
    recordWire.emit(assessmentRecord(facts));
    emitAccess(access);
    await flush();
    graphqlWire.emit(formData(responses, items), formQuery, refreshItems);
    await flush();
    return element;
}

function shadow(element: HTMLElement): ShadowRoot {
    return element.shadowRoot as ShadowRoot;
}

function itemRow(element: HTMLElement, itemId: string): HTMLElement {
    const row = shadow(element).querySelector<HTMLElement>(`li[data-item-id="${itemId}"]`);
    if (!row) {
        throw new Error(`No form item ${itemId} rendered`);
    }
    return row;
}

function answerInput(element: HTMLElement, itemId: string, answer: string): HTMLInputElement {
    const input = itemRow(element, itemId).querySelector<HTMLInputElement>(`input[type="radio"][value="${answer}"]`);
    if (!input) {
        throw new Error(`Item ${itemId} offers no answer ${answer}`);
    }
    return input;
}

async function choose(element: HTMLElement, itemId: string, value: string): Promise<void> {
    answerInput(element, itemId, value).click();
    await flush();
}

/** lightning-input and lightning-textarea fire change with the value on every keystroke. */
async function type(element: HTMLElement, itemId: string, selector: string, value: string): Promise<void> {
    const input = itemRow(element, itemId).querySelector<HTMLElement & { value: string }>(selector)!;
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

function fieldValue(element: HTMLElement, itemId: string, selector: string): string {
    return itemRow(element, itemId).querySelector<HTMLElement & { value: string }>(selector)!.value;
}

function text(element: HTMLElement, selector: string): string {
    return shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function button(element: HTMLElement, label: string): HTMLElement & { disabled: boolean } {
    const found = [
        ...shadow(element).querySelectorAll<HTMLElement & { label: string; disabled: boolean }>('lightning-button')
    ].find((candidate) => candidate.label === label);
    if (!found) {
        throw new Error(`No ${label} button`);
    }
    return found;
}

async function answerEveryScoredItem(element: HTMLElement): Promise<void> {
    await choose(element, IDENTITY_ID, 'Yes');
    await choose(element, RESOLUTION_ID, 'Yes');
    await choose(element, ACCURACY_ID, '5');
    await choose(element, ESCALATION_ID, 'NA');
}

function liveScore(element: HTMLElement): string {
    const band = shadow(element).querySelector('c-quality-band') as HTMLElement;
    return band.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function savedRecord(id: string) {
    return { id, apiName: 'Assessment_Response__c', fields: {} } as never;
}

function refusal(message: string, status = 400) {
    return { status, statusText: 'Bad Request', ok: false, body: { message, output: { errors: [{ message }] } } };
}

describe('c-assessment-form', () => {
    beforeEach(() => {
        jest.clearAllMocks();
        mockedCreate.mockImplementation((input) =>
            Promise.resolve(savedRecord(`a04${String(input.fields.Scorecard_Item__c).slice(3, 15)}RRR`))
        );
        mockedUpdate.mockResolvedValue(savedRecord('a04000000000000AAA'));
        mockedNotify.mockResolvedValue(undefined);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    describe('reading the assessment', () => {
        it('asks for the assessment with its scorecard thresholds, then the scorecard items and saved answers', async () => {
            await renderForm();
            const config = recordWire.getLastConfig();
            expect(config.recordId).toBe(ASSESSMENT_ID);
            expect(config.fields.map((reference) => reference.fieldApiName)).toEqual(
                expect.arrayContaining([
                    'Status__c',
                    'Evaluator__c',
                    'Scorecard__c',
                    'Score__c',
                    'Band__c',
                    'Auto_Failed__c',
                    'Scorecard__r.Pass_Threshold__c',
                    'Scorecard__r.Auto_Fail_Threshold__c'
                ])
            );
            expect(graphqlWire.getLastConfig().variables).toEqual({
                scorecardId: SCORECARD_ID,
                assessmentId: ASSESSMENT_ID
            });
        });

        it('shows a spinner until the items arrive', async () => {
            const element = createElement('c-assessment-form', { is: AssessmentForm }) as FormElement;
            element.recordId = ASSESSMENT_ID;
            document.body.appendChild(element);
            recordWire.emit(assessmentRecord());
            await flush();
            expect(shadow(element).querySelector('lightning-spinner')).not.toBeNull();
            expect(shadow(element).querySelectorAll('li[data-item-id]')).toHaveLength(0);
        });

        it('shows the platform’s message when the assessment cannot be read', async () => {
            const element = createElement('c-assessment-form', { is: AssessmentForm }) as FormElement;
            element.recordId = ASSESSMENT_ID;
            document.body.appendChild(element);
            recordWire.error([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }], 404);
            await flush();
            expect(text(element, '.load-error')).toBe('The requested resource does not exist');
            expect(shadow(element).querySelector('.load-error')?.getAttribute('role')).toBe('alert');
        });

        it('shows the GraphQL errors when the items cannot be read', async () => {
            const element = createElement('c-assessment-form', { is: AssessmentForm }) as FormElement;
            element.recordId = ASSESSMENT_ID;
            document.body.appendChild(element);
            recordWire.emit(assessmentRecord());
            await flush();
            graphqlWire.emitErrors([{ message: 'INVALID_FIELD: No such column Guidance__c' }]);
            await flush();
            expect(text(element, '.load-error')).toBe('INVALID_FIELD: No such column Guidance__c');
        });
        it('says so when the scorecard has no items to answer', async () => {
            const element = await renderForm({}, [], []);
            expect(text(element, '.load-error')).toBe('A scorecard needs at least one item.');
            expect(shadow(element).querySelector('lightning-spinner')).toBeNull();
        });
    });

    describe('the items', () => {
        it('lists the items by section in scorecard order, numbered', async () => {
            const element = await renderForm();
            const sections = [...shadow(element).querySelectorAll('.section-heading')].map(
                (heading) => heading.textContent?.trim().split(/\s+/)[0]
            );
            expect(sections).toEqual(['Compliance', 'Resolution', 'Conversation']);
            const questions = [...shadow(element).querySelectorAll('legend')].map((legend) =>
                legend.textContent?.replace(/\s+/g, ' ').trim()
            );
            expect(questions[0]).toMatch(/^1\. Verified the customer before discussing the account/);
            expect(questions[1]).toMatch(/^2\. Resolved the need/);
            expect(questions[4]).toMatch(/^5\. Offered a relevant product/);
        });

        it('keeps a section together when its items are not next to each other on the scorecard', async () => {
            const disclosure = itemNode({
                id: 'a03000000000006AAA',
                section: 'Compliance',
                order: 6,
                question: 'Read the call-recording disclosure',
                points: 5,
                scale: 'YesNo',
                hardFail: true
            });
            const element = await renderForm({}, [], [...ITEMS, disclosure]);
            const sections = [...shadow(element).querySelectorAll('section.form-section')].map((section) => [
                section.getAttribute('aria-label'),
                [...section.querySelectorAll('legend')].map((legend) => legend.textContent?.trim().split(' ')[0])
            ]);
            expect(sections).toEqual([
                ['Compliance', ['1.', '2.']],
                ['Resolution', ['3.', '4.']],
                ['Conversation', ['5.', '6.']]
            ]);
            expect(itemRow(element, 'a03000000000006AAA').querySelector('legend')?.textContent).toContain(
                '2. Read the call-recording disclosure'
            );
        });

        it('offers each scale its answers, and N/A only where the item allows it', async () => {
            const element = await renderForm();
            const offered = (itemId: string) =>
                [...itemRow(element, itemId).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map(
                    (input) => input.value
                );
            expect(offered(IDENTITY_ID)).toEqual(['Yes', 'No']);
            expect(offered(RESOLUTION_ID)).toEqual(['Yes', 'Partial', 'No']);
            expect(offered(ACCURACY_ID)).toEqual(['1', '2', '3', '4', '5']);
            expect(offered(ESCALATION_ID)).toEqual(['Yes', 'Partial', 'No', 'NA']);
            expect(
                itemRow(element, ESCALATION_ID).querySelector('label[for] .slds-radio_faux:last-child')
            ).not.toBeNull();
        });

        it('groups each item’s answers under one radio name, a keyboard group of its own', async () => {
            const element = await renderForm();
            const names = new Set(
                [...itemRow(element, RESOLUTION_ID).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map(
                    (input) => input.name
                )
            );
            expect(names.size).toBe(1);
            expect(answerInput(element, IDENTITY_ID, 'Yes').name).not.toBe([...names][0]);
        });

        it('marks the hard-fail item and says what failing it does', async () => {
            const element = await renderForm();
            const badge = itemRow(element, IDENTITY_ID).querySelector('.hard-fail');
            expect(badge?.textContent).toContain('Hard-fail');
            expect(badge?.querySelector('.slds-assistive-text')?.textContent).toContain(
                'answered No, it fails the whole assessment'
            );
            expect(itemRow(element, RESOLUTION_ID).querySelector('.hard-fail')).toBeNull();
        });

        it('marks the coaching-only item as not scored', async () => {
            const element = await renderForm();
            expect(itemRow(element, UPSELL_ID).querySelector('.coaching-only')?.textContent).toContain(
                'Coaching only · not scored'
            );
            expect(itemRow(element, UPSELL_ID).querySelector('.item-meta')?.textContent).toContain('not scored');
            expect(itemRow(element, RESOLUTION_ID).querySelector('.item-meta')?.textContent).toContain('20 points');
        });

        it('shows guidance on demand, telling assistive technology whether it is open', async () => {
            const element = await renderForm();
            const toggle = itemRow(element, IDENTITY_ID).querySelector<HTMLButtonElement>('.guidance-toggle')!;
            const guidance = itemRow(element, IDENTITY_ID).querySelector<HTMLElement>('.guidance')!;
            expect(toggle.getAttribute('aria-expanded')).toBe('false');
            expect(guidance.hidden).toBe(true);
            expect(toggle.getAttribute('aria-controls')).toBe(guidance.id);
            toggle.click();
            await flush();
            expect(toggle.getAttribute('aria-expanded')).toBe('true');
            expect(guidance.hidden).toBe(false);
            expect(guidance.textContent).toContain('two security answers');
            expect(itemRow(element, RESOLUTION_ID).querySelector('.guidance-toggle')).toBeNull();
        });
    });

    describe('the live score', () => {
        it('is not scored before any answer, and follows each answer', async () => {
            const element = await renderForm();
            expect(liveScore(element)).toContain('Not scored');
            expect(text(element, '.progress')).toBe('0 of 4 scored items answered');
            await choose(element, IDENTITY_ID, 'Yes');
            await choose(element, RESOLUTION_ID, 'Partial');
            // (10 + 10) / 30
            expect(liveScore(element)).toContain('66.7% · Critical');
            await choose(element, ACCURACY_ID, '5');
            // (10 + 10 + 15) / 45
            expect(liveScore(element)).toContain('77.8% · Needs Improvement');
            expect(text(element, '.progress')).toBe('3 of 4 scored items answered');
        });

        it('leaves N/A and coaching-only answers out of the score', async () => {
            const element = await renderForm();
            await choose(element, IDENTITY_ID, 'Yes');
            await choose(element, ESCALATION_ID, 'NA');
            await choose(element, UPSELL_ID, 'No');
            expect(liveScore(element)).toContain('100% · Target');
        });

        it('warns of the auto-fail when a hard-fail item fails, and the score is 0', async () => {
            const element = await renderForm();
            await choose(element, RESOLUTION_ID, 'Yes');
            expect(shadow(element).querySelector('.auto-fail')).toBeNull();
            await choose(element, IDENTITY_ID, 'No');
            expect(liveScore(element)).toContain('0% · Critical');
            expect(text(element, '.auto-fail')).toBe(
                'Auto-failed: the hard-fail item “Verified the customer before discussing the account” was failed, so the score is 0.'
            );
            expect(shadow(element).querySelector('.auto-fail')?.getAttribute('role')).toBe('alert');
            await choose(element, IDENTITY_ID, 'Yes');
            expect(shadow(element).querySelector('.auto-fail')).toBeNull();
        });

        it('warns when the score falls below the scorecard’s auto-fail threshold', async () => {
            const element = await renderForm();
            await choose(element, IDENTITY_ID, 'Yes');
            await choose(element, RESOLUTION_ID, 'No');
            expect(text(element, '.auto-fail')).toBe(
                "Auto-failed: the score is below the scorecard's auto-fail threshold of 75%."
            );
        });

        it('announces score changes politely to screen readers', async () => {
            const element = await renderForm();
            expect(shadow(element).querySelector('.live-score')?.getAttribute('aria-live')).toBe('polite');
        });
    });

    describe('submitting', () => {
        it('keeps Submit disabled, saying why, until every scored item is answered', async () => {
            const element = await renderForm();
            expect(button(element, 'Submit').disabled).toBe(true);
            expect(text(element, '.submit-reason')).toBe(
                'Answer 4 more scored items to submit (next: “Verified the customer before discussing the account”).'
            );
            await choose(element, IDENTITY_ID, 'Yes');
            await choose(element, RESOLUTION_ID, 'Yes');
            await choose(element, ACCURACY_ID, '3');
            expect(text(element, '.submit-reason')).toBe(
                'Answer 1 more scored item to submit (next: “Handled escalation requests calmly”).'
            );
            await choose(element, ESCALATION_ID, 'NA');
            expect(button(element, 'Submit').disabled).toBe(false);
            expect(shadow(element).querySelector('.submit-reason')).toBeNull();
        });

        it('saves the answers, then submits with the submission time', async () => {
            const element = await renderForm({ status: 'In Progress' });
            await answerEveryScoredItem(element);
            button(element, 'Submit').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(mockedCreate).toHaveBeenCalledTimes(4);
            const lastUpdate = mockedUpdate.mock.calls[mockedUpdate.mock.calls.length - 1][0];
            expect(lastUpdate.fields).toMatchObject({ Id: ASSESSMENT_ID, Status__c: 'Submitted' });
            expect(Date.parse(String(lastUpdate.fields.Submitted_At__c))).toBeLessThanOrEqual(Date.now());
            expect(mockedUpdate.mock.calls.some(([input]) => input.fields.Status__c === 'In Progress')).toBe(false);
        });
    });

    describe('saving a draft', () => {
        it('moves an Assigned assessment to In Progress, then creates each answered item’s response', async () => {
            const element = await renderForm({ status: 'Assigned' });
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            await choose(element, IDENTITY_ID, 'No');
            await type(element, IDENTITY_ID, '.comment', 'No security questions asked');
            await choose(element, ACCURACY_ID, '4');
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();

            expect(mockedUpdate).toHaveBeenNthCalledWith(1, {
                fields: { Id: ASSESSMENT_ID, Status__c: 'In Progress' }
            });
            expect(mockedCreate).toHaveBeenCalledTimes(2);
            expect(mockedCreate.mock.calls[0][0]).toEqual({
                apiName: 'Assessment_Response__c',
                fields: {
                    Assessment__c: ASSESSMENT_ID,
                    Scorecard_Item__c: IDENTITY_ID,
                    Response_Key__c: `${ASSESSMENT_ID}:${IDENTITY_ID}`,
                    Item_Points__c: 10,
                    Answer_Scale__c: 'YesNo',
                    Hard_Fail__c: true,
                    Coaching_Only__c: false,
                    NA_Allowed__c: false,
                    Answer__c: 'No',
                    Comment__c: 'No security questions asked',
                    Evidence__c: null
                }
            });
            expect(mockedCreate.mock.calls[1][0].fields).toMatchObject({
                Scorecard_Item__c: ACCURACY_ID,
                Answer__c: '4'
            });
            expect(mockedNotify).toHaveBeenCalledWith([{ recordId: ASSESSMENT_ID }]);
            expect(refreshItems).toHaveBeenCalled();
            expect(toasts.map((toast) => toast.detail)).toEqual([
                { title: 'Draft saved', message: '2 answers saved.', variant: 'success' }
            ]);
            expect(button(element, 'Save draft').disabled).toBe(true);
        });

        it('resumes a draft: saved answers, comments and evidence load into the form', async () => {
            const element = await renderForm({ status: 'In Progress' }, [
                responseNode(
                    'a04000000000001AAA',
                    IDENTITY_ID,
                    'Yes',
                    'Checked DOB',
                    'Agent, turn 3: “Can I take your date of birth?”'
                ),
                responseNode('a04000000000002AAA', RESOLUTION_ID, 'Partial')
            ]);
            expect(answerInput(element, IDENTITY_ID, 'Yes').checked).toBe(true);
            expect(answerInput(element, RESOLUTION_ID, 'Partial').checked).toBe(true);
            expect(fieldValue(element, IDENTITY_ID, '.comment')).toBe('Checked DOB');
            expect(fieldValue(element, IDENTITY_ID, '.evidence')).toBe(
                'Agent, turn 3: “Can I take your date of birth?”'
            );
            expect(liveScore(element)).toContain('66.7%');
            expect(button(element, 'Save draft').disabled).toBe(true);
        });

        it('updates the responses that exist and creates only the new ones, without moving the status again', async () => {
            const element = await renderForm({ status: 'In Progress' }, [
                responseNode('a04000000000001AAA', IDENTITY_ID, 'Yes'),
                responseNode('a04000000000002AAA', RESOLUTION_ID, 'Partial')
            ]);
            await choose(element, RESOLUTION_ID, 'Yes');
            await choose(element, ACCURACY_ID, '2');
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(mockedUpdate).toHaveBeenCalledTimes(1);
            expect(mockedUpdate).toHaveBeenCalledWith({
                fields: { Id: 'a04000000000002AAA', Answer__c: 'Yes', Comment__c: null, Evidence__c: null }
            });
            expect(mockedCreate).toHaveBeenCalledTimes(1);
            expect(mockedCreate.mock.calls[0][0].fields.Scorecard_Item__c).toBe(ACCURACY_ID);
        });

        it('shows the platform’s refusal on the item and the form, keeps every answer, and retries only what is unsaved', async () => {
            const element = await renderForm({ status: 'In Progress' });
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            await choose(element, IDENTITY_ID, 'Yes');
            await choose(element, RESOLUTION_ID, 'Yes');
            mockedCreate
                .mockResolvedValueOnce(savedRecord('a04000000000001AAA'))
                .mockRejectedValueOnce(refusal('Only the assigned evaluator or a QA manager records answers.'));
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();

            expect(text(element, '.form-error')).toBe('Only the assigned evaluator or a QA manager records answers.');
            expect(itemRow(element, RESOLUTION_ID).querySelector('.item-error')?.textContent).toBe(
                'Only the assigned evaluator or a QA manager records answers.'
            );
            expect(toasts[0].detail).toMatchObject({ title: 'The draft was not saved', variant: 'error' });
            expect(answerInput(element, RESOLUTION_ID, 'Yes').checked).toBe(true);
            expect(button(element, 'Save draft').disabled).toBe(false);
            expect(text(element, '.unsaved')).toBe('Unsaved changes');

            mockedCreate.mockClear();
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(mockedCreate).toHaveBeenCalledTimes(1);
            expect(mockedCreate.mock.calls[0][0].fields.Scorecard_Item__c).toBe(RESOLUTION_ID);
            expect(shadow(element).querySelector('.form-error')).toBeNull();
        });

        it('does not submit when the platform refuses the submission, and says why', async () => {
            const element = await renderForm({ status: 'In Progress' });
            await answerEveryScoredItem(element);
            mockedUpdate.mockRejectedValueOnce(
                refusal('Answer every scored item (N/A where allowed) before submitting.')
            );
            button(element, 'Submit').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(text(element, '.form-error')).toBe(
                'Answer every scored item (N/A where allowed) before submitting.'
            );
            expect(button(element, 'Submit').disabled).toBe(false);
        });

        it('shows the platform’s score, band and auto-fail once the saved record comes back', async () => {
            const element = await renderForm({ status: 'In Progress' });
            expect(text(element, '.saved-score-value')).toBe('Not scored yet');
            await choose(element, IDENTITY_ID, 'No');
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            recordWire.emit(assessmentRecord({ status: 'In Progress', score: 0, band: 'Critical', autoFailed: true }));
            await flush();
            expect(text(element, '.saved-score-value')).toBe('0% · Critical');
            expect(shadow(element).querySelector('.saved-auto-failed')).not.toBeNull();
        });
    });

    describe('read only', () => {
        it('has no editable control on a submitted assessment, and shows the answers as text', async () => {
            const element = await renderForm({ status: 'Submitted', score: 77.78, band: 'Needs Improvement' }, [
                responseNode('a04000000000001AAA', IDENTITY_ID, 'Yes', 'Checked DOB'),
                responseNode('a04000000000002AAA', RESOLUTION_ID, 'Partial')
            ]);
            expect(
                shadow(element).querySelectorAll(
                    'input, textarea, lightning-input, lightning-textarea, lightning-button'
                )
            ).toHaveLength(0);
            expect(text(element, '.read-only')).toBe(
                'This assessment is Submitted: its answers change only through a dispute outcome.'
            );
            expect(itemRow(element, IDENTITY_ID).querySelector('.answer-text')?.textContent).toBe('Yes');
            expect(itemRow(element, IDENTITY_ID).querySelector('.comment-text')?.textContent).toBe('Checked DOB');
            expect(itemRow(element, ACCURACY_ID).querySelector('.answer-text')?.textContent).toBe('Not answered');
            expect(text(element, '.saved-score-value')).toBe('77.78% · Needs Improvement');
        });

        it('is read only for someone who is not the assigned evaluator', async () => {
            const element = await renderForm({ status: 'In Progress', evaluatorId: SOMEONE_ELSE });
            expect(
                shadow(element).querySelectorAll(
                    'input, textarea, lightning-input, lightning-textarea, lightning-button'
                )
            ).toHaveLength(0);
            expect(text(element, '.read-only')).toBe(
                'Only the assigned evaluator or a QA manager records answers; you can read them.'
            );
        });

        it('cites nothing into a read-only form, and names no target for citations', async () => {
            const element = await renderForm({ status: 'Final' });
            const targets: unknown[] = [];
            element.addEventListener('citetarget', (event) => targets.push((event as CustomEvent).detail));
            itemRow(element, IDENTITY_ID).dispatchEvent(new FocusEvent('focusin'));
            expect(element.citeTurn({ turnNumber: 1, speaker: 'Agent', text: 'Hello' })).toBe(false);
            expect(targets).toEqual([]);
        });
    });

    describe('citing transcript evidence', () => {
        it('names the focused item as the target of citations, once per item', async () => {
            const element = await renderForm({ status: 'In Progress' });
            const targets: unknown[] = [];
            element.addEventListener('citetarget', (event) => targets.push((event as CustomEvent).detail));
            answerInput(element, ACCURACY_ID, '3').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
            answerInput(element, ACCURACY_ID, '4').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
            await flush();
            expect(targets).toEqual([{ itemId: ACCURACY_ID, question: 'Gave accurate information' }]);
            expect(itemRow(element, ACCURACY_ID).classList).toContain('form-item_active');
        });

        it('withdraws the citation target once the assessment is submitted', async () => {
            const element = await renderForm({ status: 'In Progress' });
            const targets: unknown[] = [];
            element.addEventListener('citetarget', (event) => targets.push((event as CustomEvent).detail));
            itemRow(element, IDENTITY_ID).dispatchEvent(new FocusEvent('focusin'));
            recordWire.emit(assessmentRecord({ status: 'Submitted', score: 100, band: 'Target' }));
            await flush();
            expect(targets).toEqual([
                { itemId: IDENTITY_ID, question: 'Verified the customer before discussing the account' },
                null
            ]);
            expect(element.citeTurn({ turnNumber: 1, speaker: 'Agent', text: 'Hello' })).toBe(false);
        });

        it('adds a cited turn to the focused item’s evidence, once', async () => {
            const element = await renderForm({ status: 'In Progress' });
            expect(element.citeTurn({ turnNumber: 1, speaker: 'Agent', text: 'Hello' })).toBe(false);
            itemRow(element, IDENTITY_ID).dispatchEvent(new FocusEvent('focusin'));
            const turn = { turnNumber: 3, speaker: 'Agent', text: 'Can I take your date of birth?' };
            expect(element.citeTurn(turn)).toBe(true);
            expect(element.citeTurn(turn)).toBe(true);
            await flush();
            expect(fieldValue(element, IDENTITY_ID, '.evidence')).toBe(
                'Agent, turn 3: “Can I take your date of birth?”'
            );
            expect(button(element, 'Save draft').disabled).toBe(false);
        });
    });

    describe('the overall comment', () => {
        const commentBox = (element: HTMLElement) =>
            shadow(element).querySelector<HTMLElement & { value: string; label: string }>(
                'lightning-textarea.overall-comment'
            );

        async function typeComment(element: HTMLElement, value: string): Promise<void> {
            const box = commentBox(element)!;
            box.value = value;
            box.dispatchEvent(new CustomEvent('change', { detail: { value } }));
            await flush();
        }

        const assessmentUpdates = () =>
            mockedUpdate.mock.calls.map(([input]) => input.fields).filter((fields) => fields.Id === ASSESSMENT_ID);

        it('is read as an optional field and loads with the assessment, labelled, after the sections', async () => {
            const element = await renderForm({ status: 'In Progress', overallComment: 'Calm and accurate.' });
            const config = recordWire.getLastConfig() as unknown as {
                optionalFields: { fieldApiName: string }[];
            };
            expect(config.optionalFields.map((reference) => reference.fieldApiName)).toEqual(['Overall_Comment__c']);
            const box = commentBox(element)!;
            expect(box.label).toBe('Overall comment');
            expect(box.value).toBe('Calm and accurate.');
            const sections = shadow(element).querySelectorAll('section.form-section');
            expect(
                sections[sections.length - 1].compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING
            ).toBeTruthy();
            expect(button(element, 'Save draft').disabled).toBe(true);
        });

        it('is saved with a draft, in the update that moves an Assigned assessment to In Progress', async () => {
            const element = await renderForm({ status: 'Assigned' });
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            await typeComment(element, 'Verify before discussing the account.');
            await choose(element, IDENTITY_ID, 'No');
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(assessmentUpdates()).toEqual([
                {
                    Id: ASSESSMENT_ID,
                    Status__c: 'In Progress',
                    Overall_Comment__c: 'Verify before discussing the account.'
                }
            ]);
            expect(mockedCreate).toHaveBeenCalledTimes(1);
            expect(toasts[0].detail.message).toBe('1 answer and the overall comment saved.');
            expect(button(element, 'Save draft').disabled).toBe(true);
        });

        it('is saved on its own when it is the only change, and a cleared comment is saved blank', async () => {
            const element = await renderForm({ status: 'In Progress', overallComment: 'Draft note' });
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            expect(button(element, 'Save draft').disabled).toBe(true);
            await typeComment(element, 'Good recovery after the hold.');
            expect(text(element, '.unsaved')).toBe('Unsaved changes');
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(assessmentUpdates()).toEqual([
                { Id: ASSESSMENT_ID, Overall_Comment__c: 'Good recovery after the hold.' }
            ]);
            expect(mockedCreate).not.toHaveBeenCalled();
            expect(toasts[0].detail.message).toBe('The overall comment saved.');
            expect(button(element, 'Save draft').disabled).toBe(true);

            await typeComment(element, '');
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(assessmentUpdates()[1]).toEqual({ Id: ASSESSMENT_ID, Overall_Comment__c: null });
        });

        it('is submitted in the submission update', async () => {
            const element = await renderForm({ status: 'In Progress' });
            await answerEveryScoredItem(element);
            await typeComment(element, 'Strong call: keep the verification first.');
            button(element, 'Submit').dispatchEvent(new CustomEvent('click'));
            await flush();
            const updates = assessmentUpdates();
            expect(updates).toHaveLength(1);
            expect(updates[0]).toMatchObject({
                Id: ASSESSMENT_ID,
                Status__c: 'Submitted',
                Overall_Comment__c: 'Strong call: keep the verification first.'
            });
        });

        it('keeps what was typed when the platform refuses it, and offers to save it again', async () => {
            const element = await renderForm({ status: 'In Progress' });
            await typeComment(element, 'Kind and clear.');
            mockedUpdate.mockRejectedValueOnce(
                refusal('Only the assigned evaluator or a QA manager edits an assessment.')
            );
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(text(element, '.form-error')).toBe(
                'Only the assigned evaluator or a QA manager edits an assessment.'
            );
            expect(commentBox(element)!.value).toBe('Kind and clear.');
            expect(button(element, 'Save draft').disabled).toBe(false);
        });

        it('keeps unsaved typing when the assessment is read again, and follows the platform otherwise', async () => {
            const element = await renderForm({ status: 'In Progress', overallComment: 'First' });
            recordWire.emit(assessmentRecord({ status: 'In Progress', overallComment: 'Changed elsewhere' }));
            await flush();
            expect(commentBox(element)!.value).toBe('Changed elsewhere');
            await typeComment(element, 'Mine');
            recordWire.emit(assessmentRecord({ status: 'In Progress', overallComment: 'Changed again' }));
            await flush();
            expect(commentBox(element)!.value).toBe('Mine');
        });

        it('is shown as text, not a field, when the form is read only', async () => {
            const element = await renderForm({
                status: 'Submitted',
                score: 100,
                band: 'Target',
                overallComment: 'Calm and accurate.\nKeep it up.'
            });
            expect(commentBox(element)).toBeNull();
            expect(shadow(element).querySelector('.overall-comment-text')?.textContent).toBe(
                'Calm and accurate.\nKeep it up.'
            );
        });

        it('says there is none on a read-only assessment without one', async () => {
            const element = await renderForm({ status: 'In Progress', evaluatorId: SOMEONE_ELSE });
            expect(commentBox(element)).toBeNull();
            expect(text(element, '.overall-comment-text')).toBe('No overall comment.');
        });

        it('is read only for someone without edit access to the field, while the answers stay editable', async () => {
            const element = await renderForm(
                { status: 'In Progress', overallComment: 'Set by the QA manager' },
                [],
                ITEMS,
                {
                    overallCommentUpdateable: false
                }
            );
            expect(commentBox(element)).toBeNull();
            expect(text(element, '.overall-comment-text')).toBe('Set by the QA manager');
            expect(answerInput(element, IDENTITY_ID, 'Yes')).not.toBeNull();
            await choose(element, IDENTITY_ID, 'Yes');
            button(element, 'Save draft').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(assessmentUpdates().some((fields) => 'Overall_Comment__c' in fields)).toBe(false);
        });

        it('is read only until the field access is known', async () => {
            const element = createElement('c-assessment-form', { is: AssessmentForm }) as FormElement;
            element.recordId = ASSESSMENT_ID;
            document.body.appendChild(element);
            recordWire.emit(assessmentRecord({ status: 'In Progress' }));
            await flush();
            graphqlWire.emit(formData(), formQuery, refreshItems);
            await flush();
            expect(commentBox(element)).toBeNull();
            expect(text(element, '.overall-comment-text')).toBe('No overall comment.');
            emitAccess();
            await flush();
            expect(commentBox(element)).not.toBeNull();
        });

        it('is left out for someone who cannot read the field', async () => {
            const element = await renderForm({ status: 'In Progress', overallCommentReadable: false });
            expect(shadow(element).querySelector('section.overall')).toBeNull();
            expect(shadow(element).querySelectorAll('li[data-item-id]')).toHaveLength(5);
        });
    });

    describe('coaching from an item', () => {
        const toggles = (element: HTMLElement) => [
            ...shadow(element).querySelectorAll<HTMLButtonElement>('button.coaching-toggle')
        ];
        const toggle = (element: HTMLElement, itemId: string) =>
            itemRow(element, itemId).querySelector<HTMLButtonElement>('button.coaching-toggle')!;
        const hostedForm = (element: HTMLElement, itemId: string) =>
            itemRow(element, itemId).querySelector('c-coaching-task-form') as
                (HTMLElement & { assessmentId?: string; scorecardItemId?: string }) | null;

        /** What c-coaching-task-form reads of the assessment: its agent, who has a manager to coach them. */
        const coachingContext = {
            uiapi: {
                query: {
                    assessment: {
                        edges: [
                            {
                                node: {
                                    Id: ASSESSMENT_ID,
                                    Name: { value: 'A-0042', displayValue: null },
                                    agentId: { value: '005000000000001AAA', displayValue: null },
                                    agent: {
                                        Name: { value: 'Alex Agent', displayValue: null },
                                        managerId: { value: '005000000000004AAA', displayValue: null },
                                        manager: { Name: { value: 'Tess Lead', displayValue: null } }
                                    },
                                    scorecardId: { value: SCORECARD_ID, displayValue: null }
                                }
                            }
                        ]
                    },
                    responses: { edges: [] }
                }
            }
        };
        const coachingQuery = (config: GraphqlConfig) =>
            Boolean(config.variables && 'assessmentId' in config.variables && !('scorecardId' in config.variables));

        it('offers coaching on every item, named for the item, to someone who may create coaching', async () => {
            const element = await renderForm({ status: 'In Progress' });
            expect(toggles(element)).toHaveLength(5);
            const first = toggle(element, IDENTITY_ID);
            expect(first.textContent?.replace(/\s+/g, ' ').trim()).toBe(
                'Coach on this item: Verified the customer before discussing the account'
            );
            expect(first.querySelector('.slds-assistive-text')?.textContent).toBe(
                ': Verified the customer before discussing the account'
            );
            expect(first.getAttribute('aria-expanded')).toBe('false');
            expect(shadow(element).querySelector('c-coaching-task-form')).toBeNull();
        });

        it.each(['Assigned', 'Submitted', 'Disputed', 'Final'])(
            'offers it on an assessment %s, read only or not',
            async (status) => {
                const element = await renderForm({ status });
                expect(toggles(element)).toHaveLength(5);
            }
        );

        it('offers none to someone who may not create coaching tasks', async () => {
            const element = await renderForm({ status: 'Submitted' }, [], ITEMS, { coachingCreateable: false });
            expect(toggles(element)).toHaveLength(0);
        });

        it.each([
            ['a cancelled assessment', { status: 'Cancelled' }],
            ['a calibration assessment', { status: 'Submitted', type: 'Calibration' }]
        ])('offers none on %s: its agent could never acknowledge the coaching', async (_label, facts) => {
            const element = await renderForm(facts);
            expect(toggles(element)).toHaveLength(0);
        });

        it('opens a coaching task form under the item, for this assessment and item, and closes it again', async () => {
            const element = await renderForm({ status: 'Submitted' });
            toggle(element, RESOLUTION_ID).click();
            await flush();
            const hosted = hostedForm(element, RESOLUTION_ID)!;
            expect(hosted.assessmentId).toBe(ASSESSMENT_ID);
            expect(hosted.scorecardItemId).toBe(RESOLUTION_ID);
            expect(toggle(element, RESOLUTION_ID).getAttribute('aria-expanded')).toBe('true');
            expect(shadow(element).querySelectorAll('c-coaching-task-form')).toHaveLength(1);
            // Under the item, not inside its answers' fieldset.
            expect(hosted.closest('fieldset')).toBeNull();

            toggle(element, RESOLUTION_ID).click();
            await flush();
            expect(hostedForm(element, RESOLUTION_ID)).toBeNull();
            expect(toggle(element, RESOLUTION_ID).getAttribute('aria-expanded')).toBe('false');
        });

        it('closes the form once the task is created, says so under the item, and gives the focus back', async () => {
            const element = await renderForm({ status: 'Submitted' });
            toggle(element, ACCURACY_ID).click();
            await flush();
            // The hosted form reads Coaching_Task__c's object info, the assessment's agent and the
            // platform's defaults for a new task (its due date) itself.
            emitAccess();
            graphqlWire.emit(coachingContext, coachingQuery);
            createDefaultsWire.emit({
                record: {
                    apiName: 'Coaching_Task__c',
                    id: null,
                    fields: { Due_Date__c: { value: '2026-11-16', displayValue: '11/16/2026' } }
                }
            });
            await flush();
            const hosted = hostedForm(element, ACCURACY_ID)!;
            const write = async (name: string, value: string) => {
                const input = shadow(hosted).querySelector<HTMLElement & { value: string }>(`[data-field="${name}"]`)!;
                input.value = value;
                input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
                await flush();
            };
            await write('observed', 'Quoted last year’s rate.');
            await write('expected', 'Check the current rate card before quoting.');
            mockedCreate.mockResolvedValueOnce({
                id: 'a06000000000001AAA',
                apiName: 'Coaching_Task__c',
                fields: { Name: { value: 'CT-00012', displayValue: null } }
            } as never);
            shadow(hosted).querySelector<HTMLElement>('lightning-button[data-action="create"]')!.click();
            await flush();

            expect(mockedCreate.mock.calls[0][0]).toMatchObject({
                apiName: 'Coaching_Task__c',
                fields: { Assessment__c: ASSESSMENT_ID, Scorecard_Item__c: ACCURACY_ID }
            });
            expect(hostedForm(element, ACCURACY_ID)).toBeNull();
            expect(itemRow(element, ACCURACY_ID).querySelector('.coached')?.textContent?.trim()).toBe(
                'Coaching task CT-00012 was created for this item.'
            );
            expect(itemRow(element, IDENTITY_ID).querySelector('.coached')).toBeNull();
            expect(shadow(element).activeElement).toBe(toggle(element, ACCURACY_ID));
        });

        it('is accessible with an item’s coaching form open', async () => {
            const element = await renderForm({ status: 'Submitted', score: 100, band: 'Target' });
            toggle(element, IDENTITY_ID).click();
            await flush();
            emitAccess();
            graphqlWire.emit(coachingContext, coachingQuery);
            await flush();
            expect(shadow(hostedForm(element, IDENTITY_ID)!).querySelector('[data-field="observed"]')).not.toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('accessibility', () => {
        it('is accessible while answering', async () => {
            const element = await renderForm({ status: 'In Progress' });
            await choose(element, IDENTITY_ID, 'No');
            itemRow(element, IDENTITY_ID).querySelector<HTMLButtonElement>('.guidance-toggle')!.click();
            await flush();
            await expect(element).toBeAccessible();
        });

        it('is accessible read only', async () => {
            const element = await renderForm({ status: 'Submitted', score: 100, band: 'Target' }, [
                responseNode(
                    'a04000000000001AAA',
                    IDENTITY_ID,
                    'Yes',
                    null,
                    'Agent, turn 2: “Can I confirm your postcode?”'
                )
            ]);
            await expect(element).toBeAccessible();
        });
    });
});
