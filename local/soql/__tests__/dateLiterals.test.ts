import { dateLiteralRange } from '../dateLiterals';

// Wednesday 25 November 2026; weeks start on Sunday (22 November).
const now = new Date('2026-11-25T12:00:00.000Z');
const range = (literal: string, n?: number, at = now) => {
    const { start, end } = dateLiteralRange(literal, n, at);
    return `${start}..${end}`;
};

describe('dateLiteralRange (half-open, UTC)', () => {
    test.each([
        ['TODAY', undefined, '2026-11-25..2026-11-26'],
        ['YESTERDAY', undefined, '2026-11-24..2026-11-25'],
        ['TOMORROW', undefined, '2026-11-26..2026-11-27'],
        ['THIS_WEEK', undefined, '2026-11-22..2026-11-29'],
        ['LAST_WEEK', undefined, '2026-11-15..2026-11-22'],
        ['NEXT_WEEK', undefined, '2026-11-29..2026-12-06'],
        ['THIS_MONTH', undefined, '2026-11-01..2026-12-01'],
        ['LAST_MONTH', undefined, '2026-10-01..2026-11-01'],
        ['NEXT_MONTH', undefined, '2026-12-01..2027-01-01'],
        ['LAST_N_DAYS', 2, '2026-11-23..2026-11-26'],
        ['NEXT_N_DAYS', 2, '2026-11-26..2026-11-28'],
        ['N_DAYS_AGO', 3, '2026-11-22..2026-11-23'],
        ['LAST_90_DAYS', undefined, '2026-08-27..2026-11-26'],
        ['NEXT_90_DAYS', undefined, '2026-11-26..2027-02-24'],
        ['LAST_N_WEEKS', 2, '2026-11-08..2026-11-22'],
        ['N_WEEKS_AGO', 1, '2026-11-15..2026-11-22'],
        ['LAST_N_MONTHS', 2, '2026-09-01..2026-11-01'],
        ['NEXT_N_MONTHS', 2, '2026-12-01..2027-02-01'],
        ['N_MONTHS_AGO', 11, '2025-12-01..2026-01-01'],
        ['THIS_QUARTER', undefined, '2026-10-01..2027-01-01'],
        ['LAST_QUARTER', undefined, '2026-07-01..2026-10-01'],
        ['NEXT_QUARTER', undefined, '2027-01-01..2027-04-01'],
        ['LAST_N_QUARTERS', 2, '2026-04-01..2026-10-01'],
        ['THIS_FISCAL_QUARTER', undefined, '2026-10-01..2027-01-01'],
        ['THIS_YEAR', undefined, '2026-01-01..2027-01-01'],
        ['LAST_YEAR', undefined, '2025-01-01..2026-01-01'],
        ['NEXT_N_YEARS', 2, '2027-01-01..2029-01-01'],
        ['N_YEARS_AGO', 2, '2024-01-01..2025-01-01']
    ])('%s %s', (literal, n, expected) => {
        expect(range(literal, n)).toBe(expected);
    });

    test('month and year edges', () => {
        expect(range('LAST_MONTH', undefined, new Date('2026-03-31T23:59:59Z'))).toBe('2026-02-01..2026-03-01');
        expect(range('LAST_QUARTER', undefined, new Date('2026-01-15T00:00:00Z'))).toBe('2025-10-01..2026-01-01');
        expect(range('THIS_WEEK', undefined, new Date('2026-11-22T00:00:00Z'))).toBe('2026-11-22..2026-11-29');
        expect(range('YESTERDAY', undefined, new Date('2028-03-01T05:00:00Z'))).toBe('2028-02-29..2028-03-01');
    });

    test('refuses unknown literals and negative counts', () => {
        expect(() => range('LAST_FORTNIGHT')).toThrow(/LAST_FORTNIGHT/);
        expect(() => range('LAST_N_DAYS', -1)).toThrow(/whole number/);
    });
});
