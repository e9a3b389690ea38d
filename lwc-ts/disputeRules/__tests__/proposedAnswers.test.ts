import { answerLabel, proposedAnswers } from 'c/disputeRules';

describe('proposedAnswers', () => {
    it('offers the rest of the item scale', () => {
        expect(proposedAnswers('YesNo', false, 'No')).toEqual(['Yes']);
        expect(proposedAnswers('YesPartialNo', false, 'Partial')).toEqual(['Yes', 'No']);
        expect(proposedAnswers('OneToFive', false, '2')).toEqual(['1', '3', '4', '5']);
    });

    it('offers N/A only where the item allows it', () => {
        expect(proposedAnswers('YesNo', true, 'No')).toEqual(['Yes', 'NA']);
        expect(proposedAnswers('YesNo', true, 'NA')).toEqual(['Yes', 'No']);
    });

    it('offers the whole scale for an unanswered item', () => {
        expect(proposedAnswers('YesPartialNo', false, null)).toEqual(['Yes', 'Partial', 'No']);
    });

    it('refuses a scale it does not know, naming it', () => {
        expect(() => proposedAnswers('OneToTen', false, '3')).toThrow('Unknown answer scale "OneToTen"');
    });
});

describe('answerLabel', () => {
    it('reads answers as the picklist labels them', () => {
        expect(answerLabel('NA')).toBe('N/A');
        expect(answerLabel('Partial')).toBe('Partial');
        expect(answerLabel('4')).toBe('4');
    });

    it('says when there is no answer', () => {
        expect(answerLabel(null)).toBe('No answer');
        expect(answerLabel('')).toBe('No answer');
    });
});
