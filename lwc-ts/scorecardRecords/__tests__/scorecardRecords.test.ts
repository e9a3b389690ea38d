import { scoreAssessment, type Scorecard } from 'c/assessmentScoring';
import {
    answerFromRecord,
    responseCopyOf,
    responseKey,
    scorecardItemFromRecord,
    scorecardThresholds,
    type ScorecardItemRecord
} from 'c/scorecardRecords';

const ASSESSMENT_ID = 'a01000000000001AAA';

/** The Phone scorecard's compliance and resolution items, as the API returns them. */
const IDENTITY: ScorecardItemRecord = {
    Id: 'a03000000000001AAA',
    Section__c: 'Compliance',
    Order__c: 1,
    Points__c: 10,
    Answer_Scale__c: 'YesNo',
    NA_Allowed__c: false,
    Hard_Fail__c: true,
    Coaching_Only__c: false
};
const RESOLUTION: ScorecardItemRecord = {
    Id: 'a03000000000002AAA',
    Section__c: 'Resolution',
    Order__c: 2,
    Points__c: 20,
    Answer_Scale__c: 'YesPartialNo',
    NA_Allowed__c: false,
    Hard_Fail__c: false,
    Coaching_Only__c: false
};
const ACCURACY: ScorecardItemRecord = {
    Id: 'a03000000000003AAA',
    Section__c: 'Resolution',
    Order__c: 3,
    Points__c: 15,
    Answer_Scale__c: 'OneToFive',
    NA_Allowed__c: true,
    Hard_Fail__c: false,
    Coaching_Only__c: false
};
const UPSELL: ScorecardItemRecord = {
    Id: 'a03000000000004AAA',
    Section__c: 'Conversation',
    Order__c: 4,
    Points__c: 0,
    Answer_Scale__c: 'YesNo',
    NA_Allowed__c: true,
    Hard_Fail__c: false,
    Coaching_Only__c: true
};

describe('scorecardItemFromRecord', () => {
    it('reads every field the engine scores with', () => {
        expect(scorecardItemFromRecord(ACCURACY)).toEqual({
            id: 'a03000000000003AAA',
            section: 'Resolution',
            order: 3,
            points: 15,
            answerScale: 'OneToFive',
            naAllowed: true,
            hardFail: false,
            coachingOnly: false
        });
    });

    it('keeps a coaching-only item at 0 points', () => {
        expect(scorecardItemFromRecord(UPSELL)).toMatchObject({ points: 0, coachingOnly: true });
    });

    it('reads an unselected checkbox the API left out as unchecked', () => {
        const item = scorecardItemFromRecord({ ...RESOLUTION, NA_Allowed__c: null });
        expect(item.naAllowed).toBe(false);
    });

    it.each([
        ['Section__c', 'every item sits in a section'],
        ['Order__c', 'every item has a place on the form'],
        ['Points__c', 'every item has points'],
        ['Answer_Scale__c', 'every item needs an answer scale']
    ])('names the item and the field when %s is blank', (field, reason) => {
        expect(() => scorecardItemFromRecord({ ...RESOLUTION, [field]: null })).toThrow(
            `Scorecard item a03000000000002AAA has no ${field}: ${reason}`
        );
    });

    it('refuses a scale the data model does not have', () => {
        expect(() => scorecardItemFromRecord({ ...RESOLUTION, Answer_Scale__c: 'OneToTen' })).toThrow(
            'Scorecard item a03000000000002AAA has the answer scale "OneToTen"'
        );
    });

    it('refuses an item the engine would refuse, naming it', () => {
        expect(() => scorecardItemFromRecord({ ...IDENTITY, Coaching_Only__c: true })).toThrow(
            'Scorecard item "a03000000000001AAA" cannot be both hard-fail and coaching-only'
        );
    });
});

describe('scorecardThresholds with the items, as the engine scores them', () => {
    const scorecard: Scorecard = {
        ...scorecardThresholds({ Pass_Threshold__c: 80, Auto_Fail_Threshold__c: 75 }),
        items: [IDENTITY, RESOLUTION, ACCURACY, UPSELL].map(scorecardItemFromRecord)
    };

    it('reads the thresholds in percent, as the API gives a percent field', () => {
        expect(scorecard).toMatchObject({ passThreshold: 80, autoFailThreshold: 75 });
    });

    it('scores as the data model does: partial half, 1–5 in quarters, N/A out, coaching-only unscored', () => {
        const score = scoreAssessment(scorecard, {
            [IDENTITY.Id]: 'Yes',
            [RESOLUTION.Id]: 'Partial',
            [ACCURACY.Id]: '4',
            [UPSELL.Id]: 'No'
        });
        // (10 + 10 + 11.25) / (10 + 20 + 15) = 69.44 %, below the auto-fail threshold of 75.
        expect(score).toMatchObject({ earned: 31.25, possible: 45, score: 69.44, autoFailed: true, complete: true });
    });

    it('zeroes the score when the hard-fail item is answered No', () => {
        const score = scoreAssessment(scorecard, { [IDENTITY.Id]: 'No', [RESOLUTION.Id]: 'Yes', [ACCURACY.Id]: 'NA' });
        expect(score).toMatchObject({ score: 0, autoFailed: true, hardFailItemIds: [IDENTITY.Id] });
    });

    it('leaves the auto-fail threshold out when the scorecard has none', () => {
        expect(scorecardThresholds({ Pass_Threshold__c: 80, Auto_Fail_Threshold__c: null })).toEqual({
            passThreshold: 80,
            autoFailThreshold: null
        });
    });

    it('refuses a scorecard without a pass threshold', () => {
        expect(() => scorecardThresholds({ Pass_Threshold__c: null, Auto_Fail_Threshold__c: null })).toThrow(
            'The scorecard has no Pass_Threshold__c'
        );
    });
});

describe('answerFromRecord', () => {
    it.each(['Yes', 'Partial', 'No', '1', '5', 'NA'])('reads the picklist value %s', (value) => {
        expect(answerFromRecord(value, 'a04000000000001AAA')).toBe(value);
    });

    it.each([null, undefined, ''])('reads %p as unanswered', (value) => {
        expect(answerFromRecord(value, 'a04000000000001AAA')).toBeNull();
    });

    it('names the response whose answer is off the picklist', () => {
        expect(() => answerFromRecord('Maybe', 'a04000000000001AAA')).toThrow(
            'Response a04000000000001AAA has the answer "Maybe"'
        );
    });
});

describe('responseCopyOf', () => {
    it('copies the points, scale and flags Response_Copies_Item compares with the item', () => {
        const item = scorecardItemFromRecord(ACCURACY);
        expect(responseCopyOf(item)).toEqual({
            Item_Points__c: ACCURACY.Points__c,
            Answer_Scale__c: ACCURACY.Answer_Scale__c,
            Hard_Fail__c: ACCURACY.Hard_Fail__c,
            Coaching_Only__c: ACCURACY.Coaching_Only__c,
            NA_Allowed__c: ACCURACY.NA_Allowed__c
        });
    });
});

describe('responseKey', () => {
    it('joins the assessment and item ids as Response_Key_Matches expects', () => {
        expect(responseKey(ASSESSMENT_ID, IDENTITY.Id)).toBe('a01000000000001AAA:a03000000000001AAA');
    });

    it('refuses a 15-character id, which the rule would not match', () => {
        expect(() => responseKey('a01000000000001', IDENTITY.Id)).toThrow(
            'A response key needs the assessment id in its 18-character form, got "a01000000000001"'
        );
    });
});
