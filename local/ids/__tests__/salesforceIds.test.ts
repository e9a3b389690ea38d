import { customKeyPrefix, idSuffix, recordId, toId18 } from '../salesforceIds';

describe('Salesforce IDs', () => {
    it.each([
        // The pair Salesforce's documentation uses to explain the suffix, then worked by hand.
        ['001D000000IqhSL', '001D000000IqhSLIAZ'],
        ['005000000000000', '005000000000000AAA'],
        ['500Dn00000AbCdE', '500Dn00000AbCdEIAV']
    ])('turns %s into %s', (id15, id18) => {
        expect(idSuffix(id15)).toBe(id18.slice(15));
        expect(toId18(id15)).toBe(id18);
    });

    it('accepts an 18-character ID whatever the case of its suffix, and refuses a wrong suffix', () => {
        expect(toId18('001D000000IqhSLiaz')).toBe('001D000000IqhSLIAZ');
        expect(toId18('001D000000IqhSLAAA')).toBeNull();
        expect(toId18('not-an-id')).toBeNull();
        expect(toId18('001D000000IqhS')).toBeNull();
    });

    it('numbers records after the key prefix, with a valid suffix', () => {
        const first = recordId('a00', 1);
        expect(first).toHaveLength(18);
        expect(first.startsWith('a005L')).toBe(true);
        expect(toId18(first.slice(0, 15))).toBe(first);
        expect(recordId('a00', 62)).not.toBe(recordId('a00', 61));
        expect(recordId('500', 1_000_000).slice(0, 3)).toBe('500');
    });

    it('hands out custom key prefixes in order', () => {
        expect([0, 1, 10, 61, 62].map(customKeyPrefix)).toEqual(['a00', 'a01', 'a0A', 'a0z', 'a10']);
        expect(() => customKeyPrefix(3844)).toThrow('below 3844');
    });

    it('refuses a bad key prefix or sequence, naming it', () => {
        expect(() => recordId('a0', 1)).toThrow('A key prefix is 3 letters or digits, got "a0".');
        expect(() => recordId('a00', 0)).toThrow('got 0');
    });
});
