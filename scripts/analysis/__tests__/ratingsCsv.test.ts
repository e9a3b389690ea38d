import { UsageError } from '../../cli/exitCodes';
import { readRatingsCsv } from '../ratingsCsv';

describe('readRatingsCsv', () => {
    it('reads long-form ratings, an empty value as a missing rating', () => {
        const text = 'unit,rater,value\ncall-1,ana,4\ncall-1,ben,\n"call,2",ana,3.5\n';
        expect(readRatingsCsv(text, 'ratings.csv')).toEqual([
            { unit: 'call-1', rater: 'ana', value: 4 },
            { unit: 'call-1', rater: 'ben', value: null },
            { unit: 'call,2', rater: 'ana', value: 3.5 }
        ]);
    });

    it('accepts a byte-order mark, spaces and a header in capitals', () => {
        expect(readRatingsCsv('\ufeffUnit, Rater ,VALUE\r\n1, a , 2\r\n', 'r.csv')).toEqual([
            { unit: '1', rater: 'a', value: 2 }
        ]);
    });

    it.each([
        ['', 'r.csv: the file is empty'],
        ['unit,rater\n1,a\n', 'r.csv, line 1: the header must be unit,rater,value, got unit,rater.'],
        ['unit,rater,value\n', 'r.csv: the file has a header but no ratings.'],
        ['unit,rater,value\n1,a,3\n2,b\n', 'r.csv, line 3: expected 3 columns (unit,rater,value), got 2.'],
        ['unit,rater,value\n1,a,3\n\n2,b,four\n', 'r.csv, line 4: the value "four" is not a number'],
        ['unit,rater,value\n,a,3\n', 'r.csv, line 2: the unit is empty.'],
        ['unit,rater,value\n1,,3\n', 'r.csv, line 2: the rater is empty.'],
        ['unit,rater,value\n1,"a,3\n', 'r.csv: not a readable CSV file']
    ])('names the problem in %p', (text, message) => {
        expect(() => readRatingsCsv(text, 'r.csv')).toThrow(UsageError);
        expect(() => readRatingsCsv(text, 'r.csv')).toThrow(message);
    });
});
