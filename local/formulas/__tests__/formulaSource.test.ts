import { formulaWithoutComments } from '../formulaSource';
import { FormulaError } from '../formulaError';

describe('formulaWithoutComments', () => {
    it('removes comments but keeps comment-like text inside literals', () => {
        expect(formulaWithoutComments('1 /* one */ + /* two */ 2', 'T')).toBe('1   +   2');
        expect(formulaWithoutComments('"/* not a comment */" & \'x\'', 'T')).toBe('"/* not a comment */" & \'x\'');
    });

    it('refuses backslash escapes, which Salesforce reads and formulon does not', () => {
        expect(() => formulaWithoutComments('"say \\"hi\\""', 'Order__c.Greeting__c')).toThrow(FormulaError);
        expect(() => formulaWithoutComments('"a\\\\b"', 'Order__c.Greeting__c')).toThrow(/backslash escape/);
    });

    it('names the formula when a literal or a comment is never closed', () => {
        expect(() => formulaWithoutComments('"open', 'Order__c.Broken__c')).toThrow(
            'Order__c.Broken__c: has a text literal that is never closed.'
        );
        expect(() => formulaWithoutComments('1 /* open', 'Order__c.Broken__c')).toThrow(/comment that is never closed/);
    });
});
