import { formatDate, formatDateTime, todayIn } from 'c/calendarDates';

describe('calendarDates', () => {
    it('shows a due date as its calendar day, whatever the time zone', () => {
        expect(formatDate('2026-11-16', 'en-US')).toBe('Nov 16, 2026');
        expect(formatDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
        expect(formatDate(null, 'en-US')).toBe('');
    });

    it('refuses a date that is not YYYY-MM-DD or not on the calendar', () => {
        expect(() => formatDate('11/16/2026', 'en-US')).toThrow('"11/16/2026" is not a date in the form YYYY-MM-DD');
        expect(() => formatDate('2026-02-30', 'en-US')).toThrow('"2026-02-30" is not a date');
    });

    it('shows a moment in the user time zone', () => {
        expect(formatDateTime('2026-11-02T09:00:00.000Z', 'en-US', 'UTC')).toBe('Nov 2, 2026, 9:00 AM');
        expect(formatDateTime('2026-11-02T09:00:00.000Z', 'en-US', 'America/Los_Angeles')).toBe('Nov 2, 2026, 1:00 AM');
        expect(formatDateTime(undefined, 'en-US', 'UTC')).toBe('');
        expect(() => formatDateTime('soon', 'en-US', 'UTC')).toThrow('"soon" is not a date and time');
    });

    it("takes today as the user's own calendar day", () => {
        const lateEveningInCalifornia = new Date('2026-11-03T06:30:00.000Z');
        expect(todayIn('America/Los_Angeles', lateEveningInCalifornia)).toBe('2026-11-02');
        expect(todayIn('Europe/Paris', lateEveningInCalifornia)).toBe('2026-11-03');
    });
});
