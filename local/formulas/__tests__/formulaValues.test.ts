import { apiValue, fieldLiteral, formulaId, numberLiteral, roundHalfUp, valuesDiffer } from '../formulaValues';

describe('roundHalfUp', () => {
    // Salesforce Help, "Tips for Using Number Formula Fields": 12.345 becomes 12.35 and −12.345 becomes −12.35.
    it('rounds half away from zero, as Salesforce documents', () => {
        expect(roundHalfUp(12.345, 2)).toBe(12.35);
        expect(roundHalfUp(-12.345, 2)).toBe(-12.35);
        expect(roundHalfUp(1.005, 2)).toBe(1.01);
        expect(roundHalfUp(85.714285, 2)).toBe(85.71);
        expect(roundHalfUp(2.5, 0)).toBe(3);
        expect(roundHalfUp(-0.004, 2)).toBe(0);
        expect(roundHalfUp(1e-7, 2)).toBe(0);
    });
});

describe('fieldLiteral', () => {
    const field = (valueType: string, extra: object = {}) => ({ name: 'F__c', valueType, ...extra }) as never;

    it('reads a percent as a fraction and keeps every digit of a number', () => {
        expect(fieldLiteral(field('percent'), 85, 'blank', 'w')).toMatchObject({ dataType: 'number', value: 0.85 });
        expect(fieldLiteral(field('number'), 0.0625, 'blank', 'w')).toMatchObject({
            value: 0.0625,
            options: { scale: 4 }
        });
        expect(numberLiteral(1e-7).options).toMatchObject({ scale: 7 });
    });

    it('reads blanks the way the formula treats them', () => {
        expect(fieldLiteral(field('number'), null, 'zero', 'w').value).toBe(0);
        expect(fieldLiteral(field('number'), undefined, 'blank', 'w').value).toBeNull();
        expect(fieldLiteral(field('text'), null, 'blank', 'w').value).toBe('');
        expect(fieldLiteral(field('picklist', { picklistValues: ['A'] }), null, 'blank', 'w').value).toBe('');
        expect(fieldLiteral(field('checkbox'), null, 'blank', 'w').value).toBe(false);
        expect(fieldLiteral(field('date'), null, 'blank', 'w').value).toBeNull();
    });

    it('cuts record ids to the 15 characters formulas see', () => {
        expect(formulaId('a0B5g00000AbCdEFGH')).toBe('a0B5g00000AbCdE');
        expect(formulaId('a0B5g00000AbCdE')).toBe('a0B5g00000AbCdE');
        expect(fieldLiteral(field('id'), 'a0B5g00000AbCdEFGH', 'blank', 'w').value).toBe('a0B5g00000AbCdE');
    });

    it('reads dates and date-times from their API forms', () => {
        expect(fieldLiteral(field('date'), '2024-02-29', 'blank', 'w').value).toEqual(new Date('2024-02-29T00:00:00Z'));
        expect(fieldLiteral(field('datetime'), '2024-03-01T10:00:00.000+0100', 'blank', 'w').value).toEqual(
            new Date('2024-03-01T09:00:00Z')
        );
    });

    it('refuses values of the wrong kind, naming where they came from', () => {
        expect(() => fieldLiteral(field('number'), '12', 'blank', 'Order__c.Amount__c')).toThrow(
            'Order__c.Amount__c must be a number, got "12".'
        );
        expect(() => fieldLiteral(field('date'), '2023-02-29', 'blank', 'w')).toThrow(/not a calendar date/);
        expect(() => fieldLiteral(field('datetime'), '2024-03-01 10:00', 'blank', 'w')).toThrow(/ISO 8601/);
        expect(() => fieldLiteral(field('checkbox'), 'true', 'blank', 'w')).toThrow(/true or false/);
        expect(() => fieldLiteral(field('multipicklist'), 'A;B', 'blank', 'w')).toThrow(/cannot read/);
    });
});

describe('valuesDiffer', () => {
    // Salesforce Help, ISCHANGED: blank text that gets a value is a change; for numbers blank and 0 differ.
    it('compares values the way ISCHANGED does', () => {
        expect(valuesDiffer('text', null, '')).toBe(false);
        expect(valuesDiffer('text', null, 'x')).toBe(true);
        expect(valuesDiffer('number', null, 0)).toBe(true);
        expect(valuesDiffer('number', 0, null)).toBe(true);
        expect(valuesDiffer('number', 2, 2)).toBe(false);
        expect(valuesDiffer('id', 'a0B5g00000AbCdEFGH', 'a0B5g00000AbCdE')).toBe(false);
        expect(valuesDiffer('datetime', '2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000+0000')).toBe(false);
        expect(valuesDiffer('checkbox', undefined, false)).toBe(false);
    });
});

describe('apiValue', () => {
    const literal = (dataType: string, value: unknown) => ({ type: 'literal' as const, dataType, value, options: {} });

    it('shows numbers rounded to the scale and percents times 100', () => {
        expect(apiValue(literal('number', 6 / 7), { valueType: 'percent', scale: 2 }, 'w')).toBe(85.71);
        expect(apiValue(literal('number', 0.625), { valueType: 'number', scale: 2 }, 'w')).toBe(0.63);
        expect(apiValue(literal('number', 0.625), { valueType: 'number', scale: 4 }, 'w')).toBe(0.625);
    });

    it('shows blank text as null, dates as YYYY-MM-DD and date-times in ISO 8601', () => {
        expect(apiValue(literal('text', ''), { valueType: 'text' }, 'w')).toBeNull();
        expect(apiValue(literal('null', null), { valueType: 'number', scale: 2 }, 'w')).toBeNull();
        expect(apiValue(literal('date', new Date('2024-03-04T00:00:00Z')), { valueType: 'date' }, 'w')).toBe(
            '2024-03-04'
        );
        expect(apiValue(literal('datetime', new Date('2024-03-04T05:06:07Z')), { valueType: 'datetime' }, 'w')).toBe(
            '2024-03-04T05:06:07.000Z'
        );
    });

    it('refuses a result of the wrong type or a blank checkbox', () => {
        expect(() => apiValue(literal('text', 'x'), { valueType: 'number', scale: 2 }, 'Order__c.Total__c')).toThrow(
            'Order__c.Total__c should give a number, but gave a text.'
        );
        expect(() => apiValue(literal('null', null), { valueType: 'checkbox' }, 'w')).toThrow(/checkbox/);
    });
});
