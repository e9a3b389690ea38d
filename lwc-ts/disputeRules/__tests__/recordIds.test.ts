import { disputeItemKey, sameRecordId } from 'c/disputeRules';

describe('sameRecordId', () => {
    it('matches the 15- and 18-character forms of one id', () => {
        expect(sameRecordId('0055L000000000LQAQ', '0055L000000000L')).toBe(true);
        expect(sameRecordId('0055L000000000LQAQ', '0055L000000000LQAQ')).toBe(true);
    });

    it('tells different records apart, case included', () => {
        expect(sameRecordId('0055L000000000LQAQ', '0055L000000000KQAQ')).toBe(false);
        expect(sameRecordId('0055L000000000lQAQ', '0055L000000000LQAQ')).toBe(false);
    });

    it('never matches a blank or malformed id', () => {
        expect(sameRecordId(null, '0055L000000000LQAQ')).toBe(false);
        expect(sameRecordId('', '')).toBe(false);
        expect(sameRecordId('not-an-id', 'not-an-id')).toBe(false);
    });
});

describe('disputeItemKey', () => {
    it('joins the two 18-character ids', () => {
        expect(disputeItemKey('a055L0000000006QAA', 'a015L000000005gQAA')).toBe(
            'a055L0000000006QAA:a015L000000005gQAA'
        );
    });

    it('refuses a short id, naming which one', () => {
        expect(() => disputeItemKey('a055L0000000006', 'a015L000000005gQAA')).toThrow(
            'The dispute id must have 18 characters, got "a055L0000000006".'
        );
        expect(() => disputeItemKey('a055L0000000006QAA', '')).toThrow('The response id must have 18 characters');
    });
});
