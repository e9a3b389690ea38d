import { parse } from 'formulon';
import { formulaText, identifiersOf, misgroupedComparison, parseFormula } from '../formulaAst';

const FORMULAS = [
    '1 + 2 * 3 - 4 / 2',
    '(1 + 2) * 3',
    '2 ^ 3 ^ 2',
    '10 - 4 - 3',
    'IF(1 > 2, "no", "yes")',
    'AND(1 <= 2, 3 >= 3, NOT(1 = 2), 1 <> 2, 1 != 3)',
    '"it\'s" & \' "quoted" \'',
    'CASE("b", "a", 1, "b", 2, 0) + -1',
    'TRUE && FALSE || TRUE',
    'ROUND(2 / 3, 2)',
    'IF(NULL = NULL, 1, 0)'
];

describe('formulaText', () => {
    it.each(FORMULAS)('writes %s back so formulon gives the same answer', (formula) => {
        const rewritten = formulaText(parseFormula(formula, 'T'));
        const expected = parse(formula);
        expect(expected.type).toBe('literal');
        expect(parse(rewritten)).toEqual(expected);
    });

    it('keeps the precedence formulon applied', () => {
        expect(formulaText(parseFormula('1 + 2 * 3', 'T'))).toBe('(1 + (2 * 3))');
        expect(formulaText(parseFormula('(A__c & B__c) = "x"', 'T'))).toBe('((A__c + B__c) = "x")');
    });

    it('finds where formulon and Salesforce group & and comparisons differently', () => {
        // Salesforce reads (A & B) = "x"; formulon reads A & (B = "x").
        expect(misgroupedComparison(parseFormula('A__c & B__c = "x"', 'T'))).toBeDefined();
        expect(misgroupedComparison(parseFormula('IF(A__c = B__c = C__c, 1, 0)', 'T'))).toBeDefined();
        expect(misgroupedComparison(parseFormula('(A__c & B__c) = "x"', 'T'))).toBeUndefined();
        expect(misgroupedComparison(parseFormula('"x" = A__c & B__c', 'T'))).toBeUndefined();
        expect(misgroupedComparison(parseFormula('A__c + 1 > B__c * 2', 'T'))).toBeUndefined();
    });

    it('refuses a text literal holding both kinds of quote', () => {
        expect(() => formulaText({ type: 'literal', dataType: 'text', value: `a'b"c` })).toThrow(RangeError);
    });
});

describe('parseFormula and identifiersOf', () => {
    it('lists every field path once, in order', () => {
        const tree = parseFormula('IF(Scorecard__r.Status__c = "Active", Score__c, Score__c + $User.Id)', 'T');
        expect(identifiersOf(tree)).toEqual(['Scorecard__r.Status__c', 'Score__c', '$User.Id']);
    });

    it('names the formula when it does not parse or is empty', () => {
        expect(() => parseFormula('IF(,', 'Order__c.Broken__c')).toThrow(/^Order__c\.Broken__c: does not parse/);
        expect(() => parseFormula('  ', 'Order__c.Empty__c')).toThrow('Order__c.Empty__c: is empty.');
    });
});
