import path from 'node:path';
import { evaluateDefaultValue, evaluateFormulaField } from '../formulaFields';
import { FormulaError } from '../formulaError';
import { readPackageSchema } from '../packageSchema';
import type { PackageSchema, SObjectRecord } from '../schemaTypes';

const schema: PackageSchema = readPackageSchema(path.join(__dirname, 'fixtures', 'shop'));
const field = (name: string, record: SObjectRecord, options = {}) =>
    evaluateFormulaField(schema, 'Order__c', name, record, options);

describe('evaluateFormulaField', () => {
    it('reads percent fields as fractions and strips comments', () => {
        // 100 × (1 − 12.5 %) = 87.5
        expect(field('Total__c', { Amount__c: 100, Discount__c: 12.5 })).toBe(87.5);
    });

    it('treats blank numbers as zero when the field says BlankAsZero', () => {
        expect(field('Total__c', { Amount__c: 80, Discount__c: null })).toBe(80);
        expect(field('Total__c', {})).toBe(0);
    });

    it('gives blank for arithmetic on a blank when the field says BlankAsBlank', () => {
        expect(field('Half__c', { Amount__c: null })).toBeNull();
        expect(field('Half__c', { Amount__c: 5.25 })).toBe(2.63);
    });

    it('shows a percent formula as the API does (times 100, rounded half up to its scale)', () => {
        expect(field('Share_Of_Lines__c', { Amount__c: 70, Line_Total__c: 60 })).toBe(85.71);
        expect(field('Share_Of_Lines__c', { Amount__c: 0, Line_Total__c: 60 })).toBeNull();
    });

    it('computes the formula fields a formula reads, at full precision', () => {
        // 0.4999… is below 0.5 though its display rounds to 50.00 %.
        expect(field('Size__c', { Amount__c: 100000, Line_Total__c: 49999.99 })).toBe('Mostly other');
        expect(field('Size__c', { Amount__c: 100, Line_Total__c: 50 })).toBe('Mostly lines');
    });

    it('follows parent paths, and reads blank fields of a blank parent', () => {
        const record = { Status__c: 'Open', Account__c: '001000000000001AAA', Account__r: { Name: 'Acme' } };
        expect(field('Account_Label__c', record)).toBe('Acme (Open)');
        expect(field('Account_Label__c', { Status__c: 'Draft', Account__c: null })).toBe(' (Draft)');
    });

    it('refuses a parent path the record does not carry', () => {
        expect(() => field('Account_Label__c', { Account__c: '001000000000001AAA' })).toThrow(
            'Order__c.Account_Label__c: reads Account__r.Name, but the record gives no Account__r (the Account it points to).'
        );
    });

    it('reads $CustomMetadata and TODAY() from the options, never from the clock', () => {
        const order = { Ship_Date__c: '2024-03-01' };
        expect(field('Due_Date__c', order)).toBe('2024-03-04');
        expect(field('Late__c', order, { now: '2024-03-04T23:00:00Z' })).toBe(false);
        expect(field('Late__c', order, { now: '2024-03-05T00:00:00Z' })).toBe(true);
        expect(field('Late__c', order, { now: '2024-03-05T00:30:00Z', today: '2024-03-04' })).toBe(false);
        expect(field('Late__c', { Ship_Date__c: null }, { now: '2024-03-05T00:00:00Z' })).toBe(false);
        expect(() => field('Late__c', order)).toThrow(
            'Order__c.Late__c: uses TODAY() but no "now" was given to evaluate it at.'
        );
    });

    it('refuses a cycle of formula fields and a field that is not a formula', () => {
        expect(() => field('Loop_A__c', {})).toThrow(
            /cycle: Order__c\.Loop_A__c → Order__c\.Loop_B__c → Order__c\.Loop_A__c/
        );
        expect(() => field('Amount__c', {})).toThrow('Order__c.Amount__c: is not a formula field.');
        expect(() => field('Nothing__c', {})).toThrow(FormulaError);
    });

    it('refuses a roll-up summary the record does not carry', () => {
        expect(() => field('Share_Of_Lines__c', { Amount__c: 10 })).toThrow(
            /roll-up summary Line_Total__c.*computeRollupSummary/
        );
    });
});

describe('evaluateDefaultValue', () => {
    it('evaluates a default value formula, and gives undefined where there is none', () => {
        expect(evaluateDefaultValue(schema, 'Order__c', 'Grace_Days__c')).toBe(3);
        expect(evaluateDefaultValue(schema, 'Order__c', 'Amount__c')).toBeUndefined();
    });
});
