import path from 'node:path';
import { readPackageSchema } from '../packageSchema';
import { ruleViolations, violatesRule } from '../validationRules';

const schema = readPackageSchema(path.join(__dirname, 'fixtures', 'shop'));
const OWNER = '005000000000001AAA';
const OTHER = '005000000000002AAA';

describe('violatesRule', () => {
    it('holds a closed order closed unless the user may reopen it', () => {
        const reopen = { Status__c: 'Open' };
        const wasClosed = { prior: { Status__c: 'Closed' } };
        expect(violatesRule(schema, 'Order__c', 'Closed_Is_Final', reopen, wasClosed)).toBe(true);
        expect(
            violatesRule(schema, 'Order__c', 'Closed_Is_Final', reopen, {
                ...wasClosed,
                permissions: ['Reopen_Orders']
            })
        ).toBe(false);
        expect(violatesRule(schema, 'Order__c', 'Closed_Is_Final', reopen, { prior: { Status__c: 'Draft' } })).toBe(
            false
        );
    });

    it('tells an insert from an update', () => {
        expect(violatesRule(schema, 'Order__c', 'New_Orders_Are_Draft', { Status__c: 'Open' })).toBe(true);
        expect(violatesRule(schema, 'Order__c', 'New_Orders_Are_Draft', { Status__c: 'Draft' })).toBe(false);
        expect(
            violatesRule(
                schema,
                'Order__c',
                'New_Orders_Are_Draft',
                { Status__c: 'Open' },
                { prior: { Status__c: 'Draft' } }
            )
        ).toBe(false);
    });

    it('compares the running user with a record id in 15-character form', () => {
        const save = { Amount__c: 5, OwnerId: OWNER };
        expect(
            violatesRule(schema, 'Order__c', 'Owner_Changes_Amount', save, {
                prior: { Amount__c: 4 },
                user: { Id: OWNER }
            })
        ).toBe(false);
        expect(
            violatesRule(schema, 'Order__c', 'Owner_Changes_Amount', save, {
                prior: { Amount__c: 4 },
                user: { Id: OTHER }
            })
        ).toBe(true);
        expect(
            violatesRule(schema, 'Order__c', 'Owner_Changes_Amount', save, {
                prior: { Amount__c: 5 },
                user: { Id: OTHER }
            })
        ).toBe(false);
    });

    it('uses NOW() from the options', () => {
        const closed = { Status__c: 'Closed', Closed_At__c: '2024-03-05T10:00:00Z' };
        expect(violatesRule(schema, 'Order__c', 'Closed_Needs_Time', closed, { now: '2024-03-05T09:59:59Z' })).toBe(
            true
        );
        expect(violatesRule(schema, 'Order__c', 'Closed_Needs_Time', closed, { now: '2024-03-05T10:00:00Z' })).toBe(
            false
        );
        expect(
            violatesRule(
                schema,
                'Order__c',
                'Closed_Needs_Time',
                { Status__c: 'Closed' },
                { now: '2024-03-05T10:00:00Z' }
            )
        ).toBe(true);
    });

    it('refuses an unguarded blank comparison instead of guessing, naming the rule', () => {
        expect(() => violatesRule(schema, 'Order__c', 'Ship_Before_Close', { Ship_Date__c: '2024-03-01' })).toThrow(
            /^Order__c\.Ship_Before_Close: its answer depends on comparing a blank value/
        );
        expect(
            violatesRule(schema, 'Order__c', 'Ship_Before_Close', {
                Ship_Date__c: '2024-03-09',
                Closed_At__c: '2024-03-04T10:00:00Z'
            })
        ).toBe(true);
    });

    it('names a rule that does not exist', () => {
        expect(() => violatesRule(schema, 'Order__c', 'No_Such_Rule', {})).toThrow(
            'Order__c.No_Such_Rule: is not a validation rule of the package.'
        );
    });
});

describe('ruleViolations', () => {
    it('lists every active rule a save breaks, with its message and field', () => {
        const violations = ruleViolations(
            schema,
            'Order__c',
            {
                Status__c: 'Open',
                Amount__c: 3,
                OwnerId: OWNER,
                Ship_Date__c: '2024-03-01',
                Closed_At__c: '2024-03-04T10:00:00Z'
            },
            { prior: { Status__c: 'Closed', Amount__c: 4 }, user: { Id: OTHER }, now: '2024-03-05T10:00:00Z' }
        );
        expect(violations).toEqual([
            { rule: 'Amount_Not_Lowered', message: 'The amount can only go up.', field: 'Amount__c' },
            { rule: 'Closed_Is_Final', message: 'A closed order stays closed.', field: 'Status__c' },
            { rule: 'Owner_Changes_Amount', message: 'Only the owner changes the amount.', field: 'Amount__c' }
        ]);
    });
});
