import path from 'node:path';
import { evaluateFormulaText, type EvaluationOptions, type FormulaKind } from '../evaluateFormula';
import { readPackageSchema } from '../packageSchema';
import { findObject, type PackageSchema, type SObjectRecord } from '../schemaTypes';

const schema: PackageSchema = readPackageSchema(path.join(__dirname, 'fixtures', 'shop'));

function evaluate(
    formula: string,
    record: SObjectRecord = {},
    options: EvaluationOptions = {},
    kind: FormulaKind = 'validationRule'
) {
    return evaluateFormulaText(formula, {
        schema,
        object: findObject(schema, 'Order__c')!,
        record,
        options,
        formulaName: 'Order__c.Test',
        kind,
        blankNumbers: 'blank',
        chain: []
    }).value;
}

describe('evaluateFormulaText: what the platform supplies', () => {
    it('answers ISNEW, ISCHANGED and PRIORVALUE from the prior record (Salesforce Help: on insert PRIORVALUE is the current value)', () => {
        expect(evaluate('ISNEW()')).toBe(true);
        expect(evaluate('ISNEW()', {}, { prior: {} })).toBe(false);
        expect(evaluate('ISCHANGED(Amount__c)', { Amount__c: 5 })).toBe(false);
        expect(evaluate('ISCHANGED(Amount__c)', { Amount__c: 5 }, { prior: { Amount__c: 4 } })).toBe(true);
        expect(evaluate('ISCHANGED(Amount__c)', { Amount__c: 5 }, { prior: { Amount__c: 5 } })).toBe(false);
        expect(evaluate('PRIORVALUE(Amount__c) + 1', { Amount__c: 5 })).toBe(6);
        expect(evaluate('PRIORVALUE(Amount__c) + 1', { Amount__c: 5 }, { prior: { Amount__c: 1 } })).toBe(2);
        expect(evaluate('TEXT(PRIORVALUE(Status__c))', { Status__c: 'Open' }, { prior: { Status__c: 'Draft' } })).toBe(
            'Draft'
        );
    });

    it('refuses ISCHANGED and friends outside validation rules, and on anything but a field of the object', () => {
        expect(() => evaluate('ISCHANGED(Amount__c)', {}, {}, 'formulaField')).toThrow(/only validation rules may use/);
        expect(() => evaluate('ISCHANGED(Account__r.Name)')).toThrow(/ISCHANGED takes a field of Order__c itself/);
        expect(() => evaluate('PRIORVALUE(Total__c)')).toThrow(/of a formula or roll-up field is not supported/);
        expect(() => evaluate('ISCHANGED(Nothing__c)')).toThrow(/Nothing__c is not a field of Order__c/);
    });

    it('answers $User, $Permission and $CustomMetadata, and refuses what it does not know', () => {
        expect(evaluate('$User.Id', {}, { user: { Id: '005000000000001AAA' } })).toBe('005000000000001');
        expect(() => evaluate('$User.Id')).toThrow('Order__c.Test: reads $User.Id, but no such user value was given.');
        expect(evaluate('$Permission.Reopen_Orders', {}, { permissions: ['Reopen_Orders'] })).toBe(true);
        expect(evaluate('$Permission.Reopen_Orders')).toBe(false);
        expect(() => evaluate('$Permission.Delete_Everything')).toThrow(/no custom permission Delete_Everything/);
        expect(evaluate('$CustomMetadata.Shop_Setting__mdt.Default.Grace_Days__c * 2')).toBe(6);
        expect(() => evaluate('$CustomMetadata.Shop_Setting__mdt.Other.Grace_Days__c')).toThrow(
            /no custom metadata value/
        );
        expect(() => evaluate('$Setup.Shop__c.Limit__c')).toThrow(/the global \$Setup is not supported/);
        expect(() => evaluate('$Profile.Name = "x"')).toThrow(/\$Profile is not supported/);
    });

    it('passes on what formulon cannot evaluate as a FormulaError', () => {
        expect(() => evaluate('VLOOKUP(1, 2, 3)')).toThrow(
            /Order__c\.Test: cannot be evaluated: Unknown function VLOOKUP/
        );
        expect(() => evaluate('IF(TRUE)')).toThrow(/Incorrect number of parameters/);
        expect(() => evaluate('NOW()')).toThrow(/NOW\(\) but no "now"/);
    });
});

describe('evaluateFormulaText: blanks and grouping', () => {
    it('gives an answer when a blank comparison cannot change it', () => {
        const guarded = 'AND(NOT(ISBLANK(Closed_At__c)), Closed_At__c > NOW())';
        expect(evaluate(guarded, { Closed_At__c: null }, { now: '2024-01-01T00:00:00Z' })).toBe(false);
        expect(evaluate('OR(ISBLANK(Amount__c), Amount__c < 0)', { Amount__c: null })).toBe(true);
    });

    it('refuses an answer that hangs on comparing a blank', () => {
        // formulon says a date-time is later than a blank one; Salesforce need not agree.
        expect(() => evaluate('NOW() > Closed_At__c', { Closed_At__c: null }, { now: '2024-01-01T00:00:00Z' })).toThrow(
            /depends on comparing a blank value \(\(NOW\(\) > Closed_At__c\)\)/
        );
        expect(() =>
            evaluate('Amount__c < PRIORVALUE(Amount__c)', { Amount__c: 3 }, { prior: { Amount__c: null } })
        ).toThrow(/Amount__c < PRIORVALUE\(Amount__c\)/);
    });

    it('refuses & before a comparison, which formulon groups differently from Salesforce', () => {
        expect(() => evaluate('TEXT(Status__c) & "x" = "Openx"', { Status__c: 'Open' })).toThrow(/add parentheses/);
        expect(evaluate('(TEXT(Status__c) & "x") = "Openx"', { Status__c: 'Open' })).toBe(true);
        expect(evaluate('"Openx" = TEXT(Status__c) & "x"', { Status__c: 'Open' })).toBe(true);
    });
});
