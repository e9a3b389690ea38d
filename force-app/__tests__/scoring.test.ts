/**
 * The score as the platform computes it, end to end from the package's own metadata: the
 * responses' formula fields, the assessment's roll-up summaries over them, then the score, band,
 * pass and auto-fail formulas, on a mixed set with N/A, a coaching-only item, a partial answer, a
 * 1-to-5 answer and a hard-fail item.
 */
import {
    computeRollupSummary,
    evaluateFormulaField,
    ruleViolations,
    violatesRule,
    type SObjectRecord
} from '../../local/formulas';
import {
    by,
    recordId,
    response,
    scorecard,
    scorecardItem,
    schema,
    submittedAssessment,
    assessment,
    NOW
} from './support/verityRecords';

// The scorecard: 40 scored points over five items, plus one coaching-only item.
const ITEMS = [
    scorecardItem({ Id: recordId('a02', 1), Name: 'Greeting', Order__c: 1, Points__c: 5 }),
    scorecardItem({ Id: recordId('a02', 2), Name: 'Verification', Order__c: 2, Points__c: 10, Hard_Fail__c: true }),
    scorecardItem({
        Id: recordId('a02', 3),
        Name: 'Resolution',
        Section__c: 'Resolution',
        Order__c: 3,
        Points__c: 10,
        Answer_Scale__c: 'YesPartialNo'
    }),
    scorecardItem({
        Id: recordId('a02', 4),
        Name: 'Empathy',
        Section__c: 'Conversation',
        Order__c: 4,
        Points__c: 8,
        Answer_Scale__c: 'OneToFive'
    }),
    scorecardItem({
        Id: recordId('a02', 5),
        Name: 'Upsell offered',
        Section__c: 'Resolution',
        Order__c: 5,
        Points__c: 7,
        NA_Allowed__c: true
    }),
    scorecardItem({
        Id: recordId('a02', 6),
        Name: 'Tone',
        Section__c: 'Conversation',
        Order__c: 6,
        Points__c: 0,
        Coaching_Only__c: true
    })
];

/** One answer per item of ITEMS, in order; null leaves the item unanswered. */
type Answers = (string | null)[];

function responsesFor(answers: Answers): SObjectRecord[] {
    return ITEMS.map((item, index) =>
        response({ Id: recordId('a04', index + 1), Scorecard_Item__r: item, Answer__c: answers[index] })
    );
}

/** The assessment with its roll-ups computed from the responses, as the platform would store them. */
function rolledUp(answers: Answers, overrides: SObjectRecord = {}): SObjectRecord {
    const responses = responsesFor(answers);
    const record = submittedAssessment(overrides);
    for (const field of [
        'Points_Earned__c',
        'Points_Possible__c',
        'Hard_Fail_Failures__c',
        'Answered_Item_Count__c',
        'Response_Count__c'
    ]) {
        record[field] = computeRollupSummary(schema, 'Assessment__c', field, responses, { now: NOW });
    }
    return record;
}

const shown = (record: SObjectRecord): Record<string, unknown> =>
    Object.fromEntries(
        ['Score__c', 'Band__c', 'Passed__c', 'Auto_Failed__c'].map((field) => [
            field,
            evaluateFormulaField(schema, 'Assessment__c', field, record, { now: NOW })
        ])
    );

describe('the score of an assessment', () => {
    it('rolls the scorecard up to 5 scored items worth 40 points', () => {
        expect(computeRollupSummary(schema, 'Scorecard__c', 'Item_Count__c', ITEMS)).toBe(6);
        expect(computeRollupSummary(schema, 'Scorecard__c', 'Scored_Item_Count__c', ITEMS)).toBe(5);
        expect(computeRollupSummary(schema, 'Scorecard__c', 'Total_Points__c', ITEMS)).toBe(40);
    });

    it('scores a mixed set: N/A and coaching-only count in neither sum', () => {
        // Greeting Yes 5/5, Verification Yes 10/10, Resolution Partial 5/10, Empathy 4 → (4−1)/4 × 8 = 6/8,
        // Upsell N/A 0/0, Tone (coaching-only) 0/0: 26 of 33 = 78.79 %.
        const record = rolledUp(['Yes', 'Yes', 'Partial', '4', 'NA', 'No']);
        expect(record).toMatchObject({
            Points_Earned__c: 26,
            Points_Possible__c: 33,
            Hard_Fail_Failures__c: 0,
            Answered_Item_Count__c: 5,
            Response_Count__c: 6
        });
        expect(shown(record)).toEqual({
            Score__c: 78.79,
            Band__c: 'Needs Improvement',
            Passed__c: false,
            Auto_Failed__c: false
        });
    });

    it('leaves N/A out of the maximum: the same answers with Upsell answered Yes score 33 of 40', () => {
        const record = rolledUp(['Yes', 'Yes', 'Partial', '4', 'Yes', 'No']);
        expect(shown(record)).toEqual({
            Score__c: 82.5,
            Band__c: 'Acceptable',
            Passed__c: true,
            Auto_Failed__c: false
        });
    });

    it('scores 0, auto-failed and critical when the hard-fail item is answered No', () => {
        // Verification No: 16 of 33 earned, but one failed hard-fail item zeroes the score.
        const record = rolledUp(['Yes', 'No', 'Partial', '4', 'NA', 'No']);
        expect(record).toMatchObject({ Points_Earned__c: 16, Points_Possible__c: 33, Hard_Fail_Failures__c: 1 });
        expect(shown(record)).toEqual({ Score__c: 0, Band__c: 'Critical', Passed__c: false, Auto_Failed__c: true });
    });

    it('puts 31 of 33 (93.94 %) on target and passes it', () => {
        const record = rolledUp(['Yes', 'Yes', 'Yes', '4', 'NA', 'Yes']);
        expect(shown(record)).toEqual({ Score__c: 93.94, Band__c: 'Target', Passed__c: true, Auto_Failed__c: false });
    });

    it('auto-fails a score below the scorecard threshold without a hard-fail item', () => {
        // Greeting No, Resolution No, Empathy 3 → 4/8: 14 of 33 = 42.42 %, below 75.
        const record = rolledUp(['No', 'Yes', 'No', '3', 'NA', 'Yes']);
        expect(shown(record)).toEqual({ Score__c: 42.42, Band__c: 'Critical', Passed__c: false, Auto_Failed__c: true });
    });

    it('has no score while only N/A and coaching-only items are answered', () => {
        const record = rolledUp([null, null, null, null, 'NA', 'Yes']);
        expect(record).toMatchObject({ Points_Possible__c: 0, Answered_Item_Count__c: 1 });
        expect(shown(record)).toEqual({ Score__c: null, Band__c: null, Passed__c: false, Auto_Failed__c: false });
    });

    it('accepts every answer of the mixed set under the response rules', () => {
        for (const answer of responsesFor(['Yes', 'No', 'Partial', '4', 'NA', 'No'])) {
            expect(ruleViolations(schema, 'Assessment_Response__c', answer, by('evaluator'))).toEqual([]);
        }
    });

    it('lets the evaluator submit only once every scored item is answered', () => {
        const card = scorecard({
            Scored_Item_Count__c: computeRollupSummary(schema, 'Scorecard__c', 'Scored_Item_Count__c', ITEMS)
        });
        const submit = (answers: Answers): boolean => {
            const prior = rolledUp(answers, { Status__c: 'In Progress', Submitted_At__c: null, Scorecard__r: card });
            const record = { ...prior, Status__c: 'Submitted', Submitted_At__c: NOW };
            return violatesRule(schema, 'Assessment__c', 'Assessment_Submission_Complete', record, {
                ...by('evaluator'),
                prior
            });
        };
        expect(submit(['Yes', 'Yes', 'Partial', '4', 'NA', null])).toBe(false);
        expect(submit(['Yes', 'Yes', 'Partial', null, 'NA', 'No'])).toBe(true);
        expect(submit([null, null, null, null, null, null])).toBe(true);
    });

    it('keeps an unanswered assessment unscored', () => {
        expect(shown(assessment())).toEqual({ Score__c: null, Band__c: null, Passed__c: false, Auto_Failed__c: false });
    });
});
