import path from 'node:path';
import { readPackageSchema } from '../packageSchema';
import { computeRollupSummary } from '../rollupSummary';
import type { SObjectRecord } from '../schemaTypes';

const schema = readPackageSchema(path.join(__dirname, 'fixtures', 'shop'));
const LINES: SObjectRecord[] = [
    { Net__c: 4, Counted__c: true, Kind__c: 'Goods', Shipped_On__c: '2024-03-02' },
    { Net__c: 7.5, Counted__c: false, Kind__c: 'Fee', Shipped_On__c: '2024-02-28' },
    { Net__c: 6, Counted__c: true, Kind__c: 'Service', Shipped_On__c: null },
    { Net__c: null, Counted__c: true, Kind__c: 'Goods', Shipped_On__c: null }
];
const rollup = (field: string, lines: SObjectRecord[] = LINES) =>
    computeRollupSummary(schema, 'Order__c', field, lines);

describe('computeRollupSummary', () => {
    it('sums, skipping blanks', () => {
        expect(rollup('Line_Total__c')).toBe(17.5);
    });

    it('counts the details that pass a checkbox filter', () => {
        expect(rollup('Counted_Lines__c')).toBe(3);
    });

    it('filters on a formula field of the detail and on a list of picklist values', () => {
        // Doubled: 8 (Goods), 15 (Fee: not in the list), 12 (Service), 0 (Goods): only 12 is above 10 and listed.
        expect(rollup('Big_Doubled_Total__c')).toBe(12);
        expect(
            rollup('Big_Doubled_Total__c', [
                { Net__c: 5.5, Kind__c: 'Goods' },
                { Net__c: 30, Kind__c: 'Service' }
            ])
        ).toBe(71);
    });

    it('takes the max of numbers and the min of dates', () => {
        expect(rollup('Largest_Line__c')).toBe(7.5);
        expect(rollup('First_Shipped__c')).toBe('2024-02-28');
    });

    it('gives 0 for a sum or count of nothing, and blank for a max of nothing', () => {
        expect(rollup('Line_Total__c', [])).toBe(0);
        expect(rollup('Counted_Lines__c', [])).toBe(0);
        expect(rollup('Largest_Line__c', [])).toBeNull();
    });

    it('refuses a field that is not a roll-up summary', () => {
        expect(() => rollup('Amount__c')).toThrow('Order__c.Amount__c: is not a roll-up summary field of the package.');
    });
});
