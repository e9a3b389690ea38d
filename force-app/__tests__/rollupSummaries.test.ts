/**
 * Every roll-up summary of the package, computed from its own XML definition (operation, field,
 * filters) over detail records.
 */
import { computeRollupSummary, type SObjectRecord } from '../../local/formulas';
import {
    coachingTask,
    dispute,
    disputeItem,
    poolMember,
    recordId,
    response,
    schema,
    scorecardItem
} from './support/verityRecords';

const tested = new Set<string>();
function rollup(object: string, field: string, details: SObjectRecord[]): number | string | null {
    tested.add(`${object}.${field}`);
    return computeRollupSummary(schema, object, field, details);
}

describe('roll-up summaries', () => {
    it('sums the scorecard items that are scored, and counts them', () => {
        const items = [
            scorecardItem({ Points__c: 10 }),
            scorecardItem({ Points__c: 2.5 }),
            scorecardItem({ Points__c: 0, Coaching_Only__c: true }),
            scorecardItem({ Points__c: 4, Coaching_Only__c: true })
        ];
        expect(rollup('Scorecard__c', 'Item_Count__c', items)).toBe(4);
        expect(rollup('Scorecard__c', 'Scored_Item_Count__c', items)).toBe(2);
        expect(rollup('Scorecard__c', 'Total_Points__c', items)).toBe(12.5);
        expect(rollup('Scorecard__c', 'Total_Points__c', [])).toBe(0);
    });

    it('sums the points of the answers and counts failed hard-fail items and answered scored items', () => {
        const answers = [
            response({
                Scorecard_Item__r: scorecardItem({ Points__c: 3, Answer_Scale__c: 'YesPartialNo' }),
                Answer__c: 'Partial'
            }),
            response({
                Scorecard_Item__r: scorecardItem({ Points__c: 7.25, Answer_Scale__c: 'OneToFive' }),
                Answer__c: '2'
            }),
            response({ Scorecard_Item__r: scorecardItem({ Points__c: 10, Hard_Fail__c: true }), Answer__c: 'No' }),
            response({
                Scorecard_Item__r: scorecardItem({ Points__c: 6, Hard_Fail__c: true, Answer_Scale__c: 'OneToFive' }),
                Answer__c: '1'
            }),
            response({ Scorecard_Item__r: scorecardItem({ Points__c: 5 }), Answer__c: null }),
            response({ Scorecard_Item__r: scorecardItem({ Points__c: 0, Coaching_Only__c: true }), Answer__c: 'Yes' })
        ];
        // Earned: 1.5 + 1.8125 + 0 + 0 = 3.3125; possible: 3 + 7.25 + 10 + 6 = 26.25.
        expect(rollup('Assessment__c', 'Points_Earned__c', answers)).toBe(3.3125);
        expect(rollup('Assessment__c', 'Points_Possible__c', answers)).toBe(26.25);
        expect(rollup('Assessment__c', 'Hard_Fail_Failures__c', answers)).toBe(2);
        expect(rollup('Assessment__c', 'Answered_Item_Count__c', answers)).toBe(4);
        expect(rollup('Assessment__c', 'Response_Count__c', answers)).toBe(6);
    });

    it('counts the open disputes and the coaching tasks of an assessment', () => {
        const disputes = [
            'Open',
            'Under Review',
            'Escalated',
            'Upheld',
            'Overturned',
            'Partially Upheld',
            'Withdrawn'
        ].map((status) => dispute({ Status__c: status }));
        expect(rollup('Assessment__c', 'Open_Dispute_Count__c', disputes)).toBe(3);
        expect(rollup('Assessment__c', 'Open_Dispute_Count__c', disputes.slice(3))).toBe(0);
        expect(
            rollup('Assessment__c', 'Coaching_Task_Count__c', [
                coachingTask(),
                coachingTask({ Status__c: 'Completed' })
            ])
        ).toBe(2);
    });

    it('counts the disputed answers, the decided ones and the overturned ones', () => {
        const items = [
            disputeItem({ Outcome__c: 'Overturned' }),
            disputeItem({ Outcome__c: 'Upheld' }),
            disputeItem({ Outcome__c: null })
        ];
        expect(rollup('Dispute__c', 'Item_Count__c', items)).toBe(3);
        expect(rollup('Dispute__c', 'Decided_Item_Count__c', items)).toBe(2);
        expect(rollup('Dispute__c', 'Overturned_Item_Count__c', items)).toBe(1);
    });

    it('counts the available evaluators of a sampling pool', () => {
        const members = [
            poolMember(),
            poolMember({ Id: recordId('a0a', 2), Available__c: false }),
            poolMember({ Id: recordId('a0a', 3) })
        ];
        expect(rollup('Sampling_Plan__c', 'Pool_Size__c', members)).toBe(2);
    });

    it('has tested every roll-up summary of the package', () => {
        const all = [...schema.objects.values()].flatMap((object) =>
            [...object.fields.values()].filter((field) => field.summary).map((field) => `${object.name}.${field.name}`)
        );
        expect(all.filter((name) => !tested.has(name))).toEqual([]);
        expect(all.length).toBeGreaterThan(10);
    });
});
