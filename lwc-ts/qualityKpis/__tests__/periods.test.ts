import { parsePeriodKey, parseQuarterKey, periodKey, periodOf, periodScheme, previousPeriod } from 'c/qualityKpis';

describe('period keys', () => {
    it('numbers weeks as ISO 8601 does, across year ends', () => {
        // ISO 8601 week-date examples: 2008-12-29 is 2009-W01-1, 2010-01-03 is 2009-W53-7,
        // 2005-01-01 is 2004-W53-6, 2007-01-01 is 2007-W01-1.
        expect(periodKey('2008-12-29', 'week')).toBe('2009-W01');
        expect(periodKey('2010-01-03', 'week')).toBe('2009-W53');
        expect(periodKey('2005-01-01', 'week')).toBe('2004-W53');
        expect(periodKey('2007-01-01', 'week')).toBe('2007-W01');
        const week = periodOf('2026-11-25T15:00:00Z', 'week');
        expect(week.start.toISOString()).toBe('2026-11-23T00:00:00.000Z'); // a Monday
        expect(week.end.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    });

    it('keys months and quarters in UTC', () => {
        expect(periodKey('2026-11-30T23:59:59Z', 'month')).toBe('2026-11');
        expect(periodKey('2026-12-01T00:00:00+01:00', 'month')).toBe('2026-11'); // 23:00 UTC on 30 November
        expect(periodKey('2026-12-31', 'quarter')).toBe('2026Q4');
        expect(periodOf('2026-12-31', 'month').end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
        expect(periodKey(new Date(Date.UTC(2026, 0, 1)), 'quarter')).toBe('2026Q1');
    });

    it('reads quarter keys into [start, end) dates', () => {
        const q4 = parseQuarterKey('2026Q4');
        expect(q4.start.toISOString()).toBe('2026-10-01T00:00:00.000Z');
        expect(q4.end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
        expect(parseQuarterKey('2026Q1').end.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    });

    it('refuses quarter keys that name no quarter', () => {
        expect(() => parseQuarterKey('2026Q5')).toThrow(RangeError);
        expect(() => parseQuarterKey('2026Q5')).toThrow('names quarter 5; a year has quarters 1 to 4');
        expect(() => parseQuarterKey('2026Q0')).toThrow('quarter 0');
        expect(() => parseQuarterKey('Q4 2026')).toThrow('must look like "2026Q4"');
        expect(() => parseQuarterKey(2026 as any)).toThrow(TypeError);
        expect(() => parseQuarterKey('0999Q1')).toThrow('years from 1000');
    });

    it('reads every key it writes back into the same period', () => {
        for (const date of ['2009-12-31', '2026-03-15T12:00:00Z', '2027-01-01']) {
            for (const unit of ['week', 'month', 'quarter'] as const) {
                const period = periodOf(date, unit);
                const parsed = parsePeriodKey(period.key);
                expect(parsed.key).toBe(period.key);
                expect(parsed.start.getTime()).toBe(period.start.getTime());
                expect(parsed.end.getTime()).toBe(period.end.getTime());
            }
        }
        expect(() => parsePeriodKey('2010-W53')).toThrow('which 2010 does not have');
        expect(() => parsePeriodKey('2026-13')).toThrow('month 13');
        expect(() => parsePeriodKey('November')).toThrow('must look like');
    });

    it('finds the previous period', () => {
        const scheme = periodScheme('quarter');
        expect(previousPeriod(parseQuarterKey('2027Q1'), scheme).key).toBe('2026Q4');
        expect(previousPeriod(periodOf('2026-01-05', 'week'), periodScheme('week')).key).toBe('2026-W01');
    });

    it('checks a custom scheme and refuses unknown units', () => {
        const wrong = periodScheme(() => ({ key: 'FY27', start: new Date('2027-01-01'), end: new Date('2028-01-01') }));
        expect(() => wrong(new Date('2026-06-01'))).toThrow('does not contain it');
        expect(() => periodScheme('year' as any)).toThrow('period must be');
    });

    it('refuses dates that are ambiguous or not dates', () => {
        expect(() => periodKey('2026-11-25T09:30:00', 'month')).toThrow('with a zone');
        expect(() => periodKey('25/11/2026', 'month')).toThrow(RangeError);
        expect(() => periodKey('2026-02-30', 'month')).toThrow(RangeError);
        expect(() => periodKey(new Date('nope'), 'month')).toThrow('invalid Date');
        expect(() => periodKey(20261125 as any, 'month')).toThrow(TypeError);
    });
});
