import { isVisible, recordFieldsOf } from 'shell/visibilityRules';

const record = {
    apiName: 'Dispute__c',
    id: 'a0D1',
    fields: {
        Status__c: { displayValue: 'Open', value: 'Open' },
        Item_Count__c: { displayValue: '3', value: 3 },
        Assessment__r: {
            displayValue: 'A-000001',
            value: {
                apiName: 'Assessment__c',
                id: 'a001',
                fields: { Score__c: { displayValue: '79.17%', value: 79.17 } }
            }
        }
    }
};
const context = { record, customPermissions: ['Arbitrate_Disputes'], userId: '005U' };
const criterion = (leftValue: string, operator: string, rightValue?: string) => ({ leftValue, operator, rightValue });

describe('visibility rules of placed components', () => {
    it('shows a component without a rule', () => {
        expect(isVisible(undefined, context)).toBe(true);
        expect(isVisible({ criteria: [] }, context)).toBe(true);
    });

    it.each([
        ['{!Record.Status__c}', 'EQUAL', 'open', true],
        ['{!Record.Status__c}', 'NE', 'Open', false],
        ['{!Record.Item_Count__c}', 'GT', '2', true],
        ['{!Record.Item_Count__c}', 'LE', '2', false],
        ['{!Record.Item_Count__c}', 'EQUAL', '3.0', true],
        ['{!Record.Assessment__r.Score__c}', 'LT', '80', true],
        ['{!Record.Status__c}', 'CONTAINS', 'pe', true],
        ['{!Record.Status__c}', 'STARTS_WITH', 'Cl', false],
        ['{!$Permission.CustomPermission.Arbitrate_Disputes}', 'EQUAL', 'true', true],
        ['{!$Permission.CustomPermission.Load_QA_History}', 'EQUAL', 'true', false],
        ['{!$User.Id}', 'EQUAL', '005U', true],
        ['{!$Client.FormFactor}', 'EQUAL', 'Large', true]
    ])('%s %s %s → %p', (left, operator, right, expected) => {
        expect(isVisible({ criteria: [criterion(left, operator, right)] }, context)).toBe(expected);
    });

    it('joins criteria with AND, or by the filter logic', () => {
        const criteria = [
            criterion('{!Record.Status__c}', 'EQUAL', 'Closed'),
            criterion('{!$Permission.CustomPermission.Arbitrate_Disputes}', 'EQUAL', 'true'),
            criterion('{!Record.Item_Count__c}', 'GT', '5')
        ];
        expect(isVisible({ criteria }, context)).toBe(false);
        expect(isVisible({ criteria, booleanFilter: '1 OR 2' }, context)).toBe(true);
        expect(isVisible({ criteria, booleanFilter: '(1 OR 3) AND 2' }, context)).toBe(false);
        expect(isVisible({ criteria, booleanFilter: 'NOT 1 AND (2 OR 3)' }, context)).toBe(true);
    });

    it('names what it cannot evaluate instead of guessing', () => {
        expect(() => isVisible({ criteria: [criterion('{!$Browser.formFactor}', 'EQUAL', 'x')] }, context)).toThrow(
            'The preview cannot evaluate the visibility criterion {!$Browser.formFactor}.'
        );
        expect(() => isVisible({ criteria: [criterion('{!Record.Status__c}', 'MATCHES', 'x')] }, context)).toThrow(
            'The preview cannot evaluate the visibility operator MATCHES.'
        );
        expect(() =>
            isVisible(
                { criteria: [criterion('{!Record.Status__c}', 'EQUAL', 'Open')], booleanFilter: '1 AND 4' },
                context
            )
        ).toThrow('The preview cannot read the visibility filter logic "1 AND 4".');
    });

    it('lists the record fields a rule reads, so the page loads them', () => {
        expect(
            recordFieldsOf({
                criteria: [
                    criterion('{!Record.Status__c}', 'EQUAL', 'Open'),
                    criterion('{!$User.Id}', 'EQUAL', '005U'),
                    criterion('{!Record.Assessment__r.Score__c}', 'LT', '80')
                ]
            })
        ).toEqual(['Status__c', 'Assessment__r.Score__c']);
    });
});
