import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { createRecord, getRecordCreateDefaults, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import * as uiObjectInfoApi from 'lightning/uiObjectInfoApi';
import { setup } from '@sa11y/jest';
import CoachingTaskForm from 'c/coachingTaskForm';

type Config = { variables?: Record<string, unknown> };
const graphqlWire = graphql as unknown as {
    emit(data: unknown, filter?: (config: Config) => boolean): void;
    emitErrors(errors: unknown, filter?: (config: Config) => boolean): void;
    getLastConfig(): Config;
};
const objectInfoWire = uiObjectInfoApi.getObjectInfo as unknown as { emit(data: unknown): void };
// sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const defaultsWire = getRecordCreateDefaults as unknown as {
    emit(data: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): unknown;
};
const mockCreateRecord = createRecord as jest.Mock;

/** sfdx-lwc-jest's default running user: the evaluator who coaches. */
const ME = '005000000000000000';
const AGENT = '005000000000001AAA';
const TEAM_LEAD = '005000000000004AAA';
const ASSESSMENT_ID = 'a02000000000001AAA';
const SCORECARD_ID = 'a0C000000000001AAA';
const IDENTITY_ITEM = 'a0D000000000001AAA';
const EMPATHY_ITEM = 'a0D000000000002AAA';

const forAssessment = (config: Config) => Boolean(config.variables && 'assessmentId' in config.variables);
const forItems = (config: Config) => Boolean(config.variables && 'scorecardId' in config.variables);

const field = <T>(value: T, displayValue: string | null = null) => ({ value, displayValue });

function assessmentAnswer(agentId: string | null = AGENT, managerId: string | null = TEAM_LEAD) {
    return {
        uiapi: {
            query: {
                assessment: {
                    edges: [
                        {
                            node: {
                                Id: ASSESSMENT_ID,
                                Name: field('A-0001'),
                                agentId: field(agentId),
                                agent: agentId
                                    ? {
                                          Name: field('Alex Agent'),
                                          managerId: field(managerId),
                                          manager: managerId ? { Name: field('Tess Lead') } : null
                                      }
                                    : null,
                                scorecardId: field(SCORECARD_ID)
                            }
                        }
                    ]
                },
                responses: {
                    edges: [
                        { node: { Id: 'a0E000000000001AAA', itemId: field(IDENTITY_ITEM), answer: field('No', 'No') } }
                    ]
                }
            }
        }
    };
}

const ITEMS = {
    uiapi: {
        query: {
            items: {
                edges: [
                    {
                        node: {
                            Id: IDENTITY_ITEM,
                            question: field('Verified the customer before discussing the account'),
                            section: field('Compliance'),
                            behavior: field('identity-check')
                        }
                    },
                    {
                        node: {
                            Id: EMPATHY_ITEM,
                            question: field('Showed empathy'),
                            section: field('Conversation'),
                            behavior: field(null)
                        }
                    }
                ]
            }
        }
    }
};

/** Lets wires deliver, promises settle and the component render again. */
function flush(): Promise<void> {
    return Array.from({ length: 20 }).reduce<Promise<void>>((turn) => turn.then(() => undefined), Promise.resolve());
}
const one = (element: HTMLElement, selector: string) =>
    element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const control = (element: HTMLElement, name: string) =>
    one(element, `[data-field="${name}"]`) as HTMLElement & { value: string; options: any[] };

/** The platform's Record Defaults for a new coaching task: its due date is the default value's. */
const DEFAULT_DUE_DATE = '2026-11-16';
function recordDefaults(dueDate: string | null = DEFAULT_DUE_DATE) {
    return {
        layout: { mode: 'Create', objectApiName: 'Coaching_Task__c', sections: [] },
        objectInfos: {},
        record: {
            apiName: 'Coaching_Task__c',
            id: null,
            fields: { Due_Date__c: field(dueDate, dueDate && '11/16/2026'), Status__c: field('Open', 'Open') }
        }
    };
}

/** Coaching_Task__c's object info: whether I may create tasks, and write what completing writes. */
function objectInfo(createable: boolean, completes: boolean) {
    const completing = { updateable: completes };
    return {
        apiName: 'Coaching_Task__c',
        createable,
        fields: {
            Status__c: { apiName: 'Status__c', ...completing },
            Completed_At__c: { apiName: 'Completed_At__c', ...completing }
        }
    };
}

async function renderForm(
    props: Record<string, unknown> = { recordId: ASSESSMENT_ID },
    createable = true,
    completes = false,
    assessment = assessmentAnswer(),
    defaults: unknown = recordDefaults()
): Promise<HTMLElement> {
    const element = createElement('c-coaching-task-form', { is: CoachingTaskForm });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    objectInfoWire.emit(objectInfo(createable, completes));
    if (defaults) {
        defaultsWire.emit(defaults);
    }
    graphqlWire.emit(assessment, forAssessment);
    await flush();
    graphqlWire.emit(ITEMS, forItems);
    await flush();
    return element;
}

async function type(element: HTMLElement, name: string, value: string): Promise<void> {
    control(element, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

async function fillIn(element: HTMLElement): Promise<void> {
    await type(element, 'item', IDENTITY_ITEM);
    await type(element, 'observed', 'Discussed the balance before verifying the caller. ');
    await type(element, 'expected', 'Verify two identity details first.');
}

async function create(element: HTMLElement): Promise<void> {
    one(element, 'lightning-button[data-action="create"]')!.click();
    await flush();
}

describe('c-coaching-task-form', () => {
    beforeAll(() => setup());

    beforeEach(() => {
        mockCreateRecord.mockResolvedValue({
            id: 'a04000000000009AAA',
            fields: { Name: field('CT-00099'), Due_Date__c: field('2026-11-16', '11/16/2026') }
        });
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('reads the assessment of its record page, then the items of its scorecard', async () => {
        await renderForm();
        const configs: Config[] = [];
        graphqlWire.emit(undefined, (config) => {
            configs.push(config);
            return false;
        });
        expect(configs).toEqual(
            expect.arrayContaining([
                expect.objectContaining({ variables: { assessmentId: ASSESSMENT_ID } }),
                expect.objectContaining({ variables: { scorecardId: SCORECARD_ID } })
            ])
        );
    });

    it("offers the scorecard's items with the answers the assessment gave them", async () => {
        const element = await renderForm();
        expect(control(element, 'item').options).toEqual([
            { label: 'The whole assessment (no single item)', value: 'whole' },
            {
                label: 'Compliance · Verified the customer before discussing the account (answered No)',
                value: IDENTITY_ITEM
            },
            { label: 'Conversation · Showed empathy', value: EMPATHY_ITEM }
        ]);
        expect(one(element, '[data-id="subject"]')?.textContent).toBe('From assessment A-0001 for Alex Agent.');
    });

    it("offers the agent's manager as the coach, and me only when I could complete the coaching", async () => {
        // Someone who may create coaching but not write Status__c and Completed_At__c.
        const cannotComplete = await renderForm();
        expect(control(cannotComplete, 'coach').options).toEqual([
            { label: 'Tess Lead (the agent’s manager)', value: TEAM_LEAD }
        ]);
        expect(control(cannotComplete, 'coach').value).toBe(TEAM_LEAD);
        document.body.replaceChildren();

        // An evaluator (or a QA manager): Verity_Evaluator grants edit on both, so they may coach.
        const evaluator = await renderForm({ recordId: ASSESSMENT_ID }, true, true);
        expect(control(evaluator, 'coach').options).toEqual([
            { label: 'Tess Lead (the agent’s manager)', value: TEAM_LEAD },
            { label: 'Me', value: ME }
        ]);
        await fillIn(evaluator);
        await type(evaluator, 'coach', ME);
        await create(evaluator);
        expect(mockCreateRecord.mock.calls[0][0].fields.Coach__c).toBe(ME);
    });

    it('says when nobody here may coach the agent, instead of a task nobody could complete', async () => {
        const element = await renderForm({ recordId: ASSESSMENT_ID }, true, false, assessmentAnswer(AGENT, null));
        expect(one(element, '[data-id="no-coach"]')?.textContent).toContain('Alex Agent has no manager to coach them');
        expect(control(element, 'observed')).toBeNull();
    });

    it('creates a task for the assessment agent, coached by their manager, on the chosen item and its behavior', async () => {
        const element = await renderForm();
        await fillIn(element);
        await create(element);

        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(mockCreateRecord.mock.calls[0][0]).toEqual({
            apiName: 'Coaching_Task__c',
            fields: {
                Assessment__c: ASSESSMENT_ID,
                Agent__c: AGENT,
                Coach__c: TEAM_LEAD,
                Scorecard_Item__c: IDENTITY_ITEM,
                Behavior__c: 'identity-check',
                Observed__c: 'Discussed the balance before verifying the caller.',
                Expected_Alternative__c: 'Verify two identity details first.'
            }
        });
        // No Due_Date__c: left as suggested, the platform's default value (the program setting) decides it.
        // No Status__c: the picklist's default starts it Open (Coaching_Status_Start).
    });

    it('sends the due date the evaluator chose instead of the suggestion', async () => {
        const element = await renderForm();
        await fillIn(element);
        await type(element, 'due-date', '2026-12-01');
        await create(element);
        expect(mockCreateRecord.mock.calls[0][0].fields.Due_Date__c).toBe('2026-12-01');
    });

    it('coaches the whole assessment when no single item is chosen', async () => {
        const element = await renderForm();
        await fillIn(element);
        await type(element, 'item', 'whole');
        await create(element);

        const { fields } = mockCreateRecord.mock.calls[0][0];
        expect(fields).not.toHaveProperty('Scorecard_Item__c');
        expect(fields).not.toHaveProperty('Behavior__c');
    });

    it('takes the assessment, item and agent from a host and offers no item picker', async () => {
        const element = await renderForm({
            assessmentId: ASSESSMENT_ID,
            scorecardItemId: EMPATHY_ITEM,
            agentId: '005000000000003AAA'
        });
        expect(control(element, 'item')).toBeNull();
        expect(one(element, '[data-id="fixed-item"]')?.textContent).toContain('Conversation · Showed empathy');

        await type(element, 'observed', 'Talked over the customer.');
        await type(element, 'expected', 'Let the customer finish, then acknowledge.');
        await create(element);

        expect(mockCreateRecord.mock.calls[0][0].fields).toMatchObject({
            Assessment__c: ASSESSMENT_ID,
            Agent__c: '005000000000003AAA',
            Scorecard_Item__c: EMPATHY_ITEM,
            Behavior__c: 'Showed empathy'
        });
    });

    it('says what is missing and sends nothing', async () => {
        const element = await renderForm();
        await type(element, 'due-date', '');
        await create(element);

        expect(mockCreateRecord).not.toHaveBeenCalled();
        const messages = [...(one(element, '[data-id="form-errors"]')?.querySelectorAll('li') ?? [])].map(
            (item) => item.textContent
        );
        expect(messages).toEqual([
            'Choose the item to coach, or the whole assessment.',
            'Write what was observed.',
            'Write the expected alternative.',
            'Give a due date.'
        ]);
    });

    it("tells with the platform's name and due date that the task was created, and clears the form", async () => {
        const element = await renderForm();
        const toasts: any[] = [];
        const created: any[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push((event as CustomEvent).detail));
        element.addEventListener('coachingtaskcreated', (event) => created.push((event as CustomEvent).detail));
        await fillIn(element);
        await type(element, 'due-date', '2026-12-01');
        await create(element);

        expect(toasts).toEqual([
            {
                title: 'Coaching task CT-00099 created',
                message: 'The agent acknowledges it next. Due Nov 16, 2026.',
                variant: 'success'
            }
        ]);
        expect(created).toEqual([{ recordId: 'a04000000000009AAA', name: 'CT-00099' }]);
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: ASSESSMENT_ID }]);
        expect(control(element, 'observed').value).toBe('');
        expect(control(element, 'expected').value).toBe('');
        // The next task starts from the platform's suggestion again.
        expect(control(element, 'due-date').value).toBe(DEFAULT_DUE_DATE);
    });

    it('reports a created task as created even when the page cannot be told to read the assessment again', async () => {
        const element = await renderForm();
        (notifyRecordUpdateAvailable as jest.Mock).mockRejectedValueOnce(new Error('offline'));
        const toasts: any[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push((event as CustomEvent).detail));
        await fillIn(element);
        await create(element);

        expect(toasts).toEqual([
            expect.objectContaining({ title: 'Coaching task CT-00099 created', variant: 'success' })
        ]);
        expect(one(element, '[data-id="form-errors"]')).toBeNull();
    });

    it("shows the platform's refusal and keeps what was written", async () => {
        const element = await renderForm();
        mockCreateRecord.mockRejectedValueOnce({
            status: 400,
            body: {
                message: 'An error occurred while trying to create the record.',
                output: {
                    errors: [],
                    fieldErrors: {
                        Scorecard_Item__c: [
                            { fieldLabel: 'Scorecard Item', message: "The item must be on the assessment's scorecard." }
                        ]
                    }
                }
            }
        });
        const toasts: any[] = [];
        const created: any[] = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push((event as CustomEvent).detail));
        element.addEventListener('coachingtaskcreated', (event) => created.push(event));
        await fillIn(element);
        await create(element);

        expect(one(element, '[data-id="form-errors"]')?.textContent).toContain(
            "Scorecard Item: The item must be on the assessment's scorecard."
        );
        expect(toasts).toEqual([expect.objectContaining({ title: 'Coaching task not created', variant: 'error' })]);
        expect(created).toEqual([]);
        expect(control(element, 'observed').value).toBe('Discussed the balance before verifying the caller. ');
    });

    it('tells someone who may not create coaching tasks, instead of a form that would be refused', async () => {
        const element = await renderForm({ recordId: ASSESSMENT_ID }, false);
        expect(one(element, '[data-id="cannot-create"]')).not.toBeNull();
        expect(control(element, 'observed')).toBeNull();
    });

    it('says when the assessment has no agent to coach', async () => {
        const element = createElement('c-coaching-task-form', { is: CoachingTaskForm });
        Object.assign(element, { recordId: ASSESSMENT_ID });
        document.body.appendChild(element);
        await flush();
        objectInfoWire.emit(objectInfo(true, false));
        graphqlWire.emit(assessmentAnswer(null), forAssessment);
        await flush();

        expect(one(element, '[data-id="no-agent"]')?.textContent).toBe('Assessment A-0001 has no agent to coach.');
        expect(control(element, 'observed')).toBeNull();
    });

    it('says why the assessment cannot be read', async () => {
        const element = createElement('c-coaching-task-form', { is: CoachingTaskForm });
        Object.assign(element, { recordId: ASSESSMENT_ID });
        document.body.appendChild(element);
        await flush();
        objectInfoWire.emit(objectInfo(true, false));
        graphqlWire.emitErrors(
            [{ message: 'INVALID_TYPE: sObject type Assessment_Response__c is not supported.' }],
            forAssessment
        );
        await flush();

        expect(one(element, '[data-id="load-errors"]')?.textContent).toContain(
            'INVALID_TYPE: sObject type Assessment_Response__c is not supported.'
        );
        expect(one(element, 'lightning-spinner')).toBeNull();
    });

    it('is accessible', async () => {
        const element = await renderForm();
        await create(element);
        await expect(element).toBeAccessible();
    });
});

describe('c-coaching-task-form due date suggestion', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it("asks the platform for a new task's defaults, with the due date, once I may create coaching", async () => {
        await renderForm();
        expect(defaultsWire.getLastConfig()).toEqual({
            objectApiName: 'Coaching_Task__c',
            optionalFields: [{ objectApiName: 'Coaching_Task__c', fieldApiName: 'Due_Date__c' }]
        });
    });

    it('asks no defaults of someone who may not create coaching, which the platform would refuse', async () => {
        await renderForm({ recordId: ASSESSMENT_ID }, false);
        expect(defaultsWire.getLastConfig()).toEqual(expect.objectContaining({ objectApiName: undefined }));
    });

    it("suggests the platform's default due date and says it is the program's default", async () => {
        const element = await renderForm();

        expect(control(element, 'due-date').value).toBe(DEFAULT_DUE_DATE);
        expect((control(element, 'due-date') as any).fieldLevelHelp).toBe(
            "Suggested: the program's default, Nov 16, 2026."
        );
        expect(one(element, '[data-id="due-date-unknown"]')).toBeNull();
    });

    it('leaves the date empty and asks for one when the defaults cannot be read, then sends the date chosen', async () => {
        const element = await renderForm({ recordId: ASSESSMENT_ID }, true, false, assessmentAnswer(), null);
        defaultsWire.error([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }], 404);
        await flush();

        expect(control(element, 'due-date').value).toBe('');
        expect((control(element, 'due-date') as any).fieldLevelHelp).toBeUndefined();
        expect(one(element, '[data-id="due-date-unknown"]')?.textContent?.trim()).toBe(
            "The program's default due date could not be read: choose the date the coaching is due."
        );
        // The form itself still works: only the date is the person's to give.
        expect(one(element, '[data-id="load-errors"]')).toBeNull();
        await fillIn(element);
        await create(element);
        expect(mockCreateRecord).not.toHaveBeenCalled();
        expect(one(element, '[data-id="form-errors"]')?.textContent).toContain('Give a due date.');

        await type(element, 'due-date', '2026-12-01');
        await create(element);
        expect(mockCreateRecord.mock.calls[0][0].fields.Due_Date__c).toBe('2026-12-01');
    });

    it('treats defaults without a due date as unknown, inventing none', async () => {
        const element = await renderForm(
            { recordId: ASSESSMENT_ID },
            true,
            false,
            assessmentAnswer(),
            recordDefaults(null)
        );

        expect(control(element, 'due-date').value).toBe('');
        expect(one(element, '[data-id="due-date-unknown"]')).not.toBeNull();
    });

    it('keeps a date the person chose when the defaults arrive after it', async () => {
        const element = await renderForm({ recordId: ASSESSMENT_ID }, true, false, assessmentAnswer(), null);
        await type(element, 'due-date', '2026-12-01');
        defaultsWire.emit(recordDefaults());
        await flush();

        expect(control(element, 'due-date').value).toBe('2026-12-01');
        expect((control(element, 'due-date') as any).fieldLevelHelp).toBe(
            "Suggested: the program's default, Nov 16, 2026."
        );
    });

    it('is accessible when the default due date is unknown', async () => {
        const element = await renderForm({ recordId: ASSESSMENT_ID }, true, false, assessmentAnswer(), null);
        defaultsWire.error();
        await flush();
        await expect(element).toBeAccessible();
    });
});
