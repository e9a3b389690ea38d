import { offersCoaching, readOnlyReason } from '../formAccess';
import { readFormData } from '../formItems';
import { BLANK_DRAFT, citationText, hasUnsavedChanges, mergeSaved, withCitation } from '../itemDrafts';
import { responseCreateInput, responseUpdateInput } from '../responseSaves';
import { answerChoices } from '../answerChoices';
import {
    ACCURACY_ID,
    ASSESSMENT_ID,
    ESCALATION_ID,
    formData,
    IDENTITY_ID,
    itemNode,
    RESOLUTION_ID,
    responseNode
} from './assessmentFormFixtures';

describe('readFormData', () => {
    it('reads the items in form order with the words the evaluator reads', () => {
        const { items } = readFormData(formData());
        expect(items.map((formItem) => formItem.item.id)).toEqual([
            IDENTITY_ID,
            RESOLUTION_ID,
            ACCURACY_ID,
            ESCALATION_ID,
            'a03000000000005AAA'
        ]);
        expect(items[0]).toMatchObject({
            question: 'Verified the customer before discussing the account',
            guidance: 'Yes: name and two security answers checked before any account detail.',
            item: { section: 'Compliance', points: 10, answerScale: 'YesNo', hardFail: true, naAllowed: false }
        });
        expect(items[1].guidance).toBeNull();
    });

    it('keys the saved answers by item', () => {
        const { responses } = readFormData(
            formData([responseNode('a04000000000001AAA', ACCURACY_ID, '4', 'Mostly right', null)])
        );
        expect(responses).toEqual({
            [ACCURACY_ID]: { responseId: 'a04000000000001AAA', answer: '4', comment: 'Mostly right', evidence: '' }
        });
    });

    it('names an item the data model would not have let through', () => {
        const broken = itemNode({
            id: 'a03000000000009AAA',
            section: 'Compliance',
            order: 9,
            question: 'Broken',
            points: 0,
            scale: 'YesNo'
        });
        expect(() => readFormData(formData([], [broken]))).toThrow('Scorecard item "a03000000000009AAA" needs points');
    });

    it('names a saved answer off the picklist', () => {
        expect(() => readFormData(formData([responseNode('a04000000000001AAA', ACCURACY_ID, 'Maybe')]))).toThrow(
            'Response a04000000000001AAA has the answer "Maybe"'
        );
    });
});

describe('drafts', () => {
    const saved = { responseId: 'a04000000000001AAA', answer: 'Yes' as const, comment: '', evidence: '' };

    it('has unsaved changes only where the draft differs from what was saved', () => {
        expect(hasUnsavedChanges(undefined, saved)).toBe(false);
        expect(hasUnsavedChanges({ ...BLANK_DRAFT, answer: 'Yes' }, saved)).toBe(false);
        expect(hasUnsavedChanges({ ...BLANK_DRAFT, answer: 'No' }, saved)).toBe(true);
        expect(hasUnsavedChanges({ ...BLANK_DRAFT, comment: 'note' }, undefined)).toBe(true);
        expect(hasUnsavedChanges(BLANK_DRAFT, undefined)).toBe(false);
    });

    it('takes the saved answers when they arrive, but never over the evaluator’s unsaved ones', () => {
        const drafts = {
            [IDENTITY_ID]: { ...BLANK_DRAFT, answer: 'No' as const },
            [RESOLUTION_ID]: { ...BLANK_DRAFT, answer: 'Yes' as const }
        };
        const previous = { [RESOLUTION_ID]: { ...saved, responseId: 'a04000000000002AAA' } };
        const arrived = {
            [IDENTITY_ID]: saved,
            [RESOLUTION_ID]: { ...saved, responseId: 'a04000000000002AAA', answer: 'Partial' as const },
            [ACCURACY_ID]: { ...saved, responseId: 'a04000000000003AAA', answer: '3' as const }
        };
        expect(mergeSaved(drafts, previous, arrived)).toEqual({
            [IDENTITY_ID]: { ...BLANK_DRAFT, answer: 'No' },
            [RESOLUTION_ID]: { ...BLANK_DRAFT, answer: 'Partial' },
            [ACCURACY_ID]: { ...BLANK_DRAFT, answer: '3' }
        });
    });

    it('adds a citation on a line of its own, once', () => {
        const citation = citationText({ turnNumber: 4, speaker: 'Customer', text: 'Please fix the charge.' });
        expect(citation).toBe('Customer, turn 4: “Please fix the charge.”');
        expect(withCitation('', citation)).toBe(citation);
        expect(withCitation('Heard at 02:10\n', citation)).toBe(`Heard at 02:10\n${citation}`);
        expect(withCitation(`Heard at 02:10\n${citation}`, citation)).toBe(`Heard at 02:10\n${citation}`);
    });
});

describe('responseCreateInput and responseUpdateInput', () => {
    const { items } = readFormData(formData());
    const escalation = items.find((formItem) => formItem.item.id === ESCALATION_ID)!.item;

    it('creates a response with its key, its item’s copy and the answer', () => {
        expect(
            responseCreateInput(ASSESSMENT_ID, escalation, { answer: 'NA', comment: '', evidence: 'No escalation' })
        ).toEqual({
            apiName: 'Assessment_Response__c',
            fields: {
                Assessment__c: ASSESSMENT_ID,
                Scorecard_Item__c: ESCALATION_ID,
                Response_Key__c: `${ASSESSMENT_ID}:${ESCALATION_ID}`,
                Item_Points__c: 10,
                Answer_Scale__c: 'YesPartialNo',
                Hard_Fail__c: false,
                Coaching_Only__c: false,
                NA_Allowed__c: true,
                Answer__c: 'NA',
                Comment__c: null,
                Evidence__c: 'No escalation'
            }
        });
    });

    it('updates only the answer, comment and evidence of an existing response', () => {
        expect(responseUpdateInput('a04000000000001AAA', { answer: null, comment: 'x', evidence: '' })).toEqual({
            fields: { Id: 'a04000000000001AAA', Answer__c: null, Comment__c: 'x', Evidence__c: null }
        });
    });
});

describe('answerChoices', () => {
    it('adds N/A after the scale where the item allows it', () => {
        const { items } = readFormData(formData());
        expect(items.map((formItem) => answerChoices(formItem.item))).toEqual([
            ['Yes', 'No'],
            ['Yes', 'Partial', 'No'],
            ['1', '2', '3', '4', '5'],
            ['Yes', 'Partial', 'No', 'NA'],
            ['Yes', 'No', 'NA']
        ]);
    });
});

describe('readOnlyReason', () => {
    const evaluator = { isEvaluator: true, canEvaluate: true, canManage: false };

    it.each(['Assigned', 'In Progress'])('lets the assigned evaluator answer while %s', (status) => {
        expect(readOnlyReason({ status, ...evaluator })).toBeNull();
    });

    it('lets a QA manager answer an assessment they are not assigned', () => {
        expect(
            readOnlyReason({ status: 'In Progress', isEvaluator: false, canEvaluate: true, canManage: true })
        ).toBeNull();
    });

    it('keeps everyone else to reading', () => {
        expect(readOnlyReason({ status: 'In Progress', isEvaluator: false, canEvaluate: true, canManage: false })).toBe(
            'Only the assigned evaluator or a QA manager records answers; you can read them.'
        );
        expect(
            readOnlyReason({ status: 'Assigned', isEvaluator: true, canEvaluate: false, canManage: false })
        ).not.toBeNull();
    });

    it.each(['Submitted', 'Disputed', 'Final'])('is read only for everyone once %s', (status) => {
        expect(readOnlyReason({ status, isEvaluator: true, canEvaluate: true, canManage: true })).toBe(
            `This assessment is ${status}: its answers change only through a dispute outcome.`
        );
    });

    it('is read only once cancelled', () => {
        expect(readOnlyReason({ status: 'Cancelled', ...evaluator })).toBe(
            'This assessment was cancelled: its answers are kept as they were.'
        );
    });
});

describe('offersCoaching', () => {
    it.each(['Assigned', 'In Progress', 'Submitted', 'Disputed', 'Final'])(
        'offers coaching on a %s assessment to someone who may create it',
        (status) => {
            expect(offersCoaching({ status, type: 'Standard', canCreateCoaching: true })).toBe(true);
            expect(offersCoaching({ status, type: 'Standard', canCreateCoaching: false })).toBe(false);
        }
    );

    it('offers none where the agent could never acknowledge it: cancelled, calibration, or not read yet', () => {
        expect(offersCoaching({ status: 'Cancelled', type: 'Standard', canCreateCoaching: true })).toBe(false);
        expect(offersCoaching({ status: 'Submitted', type: 'Calibration', canCreateCoaching: true })).toBe(false);
        expect(offersCoaching({ status: null, type: null, canCreateCoaching: true })).toBe(false);
    });
});
